import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';

import { bearerToken } from '../shared/triggers/deliveryAuth';
import { recentSecrets } from '../shared/triggers/recentSecrets';
import { eventsProperty, outputProperties } from '../shared/triggers/triggerProperties';
import {
	manualSubscription,
	triggerBasics,
	receiveDelivery,
} from '../shared/triggers/triggerWebhook';
import { retmEvents, retmWebhooks } from './events';
import { answerInstall, installPost } from './install';
import type { RetmCredentials } from './transport';

export class RetmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RETM Trigger',
		name: 'retmTrigger',
		...triggerBasics,
		defaults: { name: 'RETM Trigger' },
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		credentials: [{ name: 'retmApi', required: true }],
		description:
			'Starts the workflow when RETM reports a customer, invoice, order, menu, reward or failed-webhook event',
		properties: [
			{
				displayName:
					"In RETM's developer portal, paste this node's Production URL (under Webhook URLs above) as the notification URL for the events you pick here, then publish this workflow. RETM sends every event with your credential's Webhook Token; events without it are refused.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: "Answer RETM's App Install",
				name: 'answerInstall',
				type: 'boolean',
				default: false,
				description:
					"Whether this node is also your app's success endpoint: paste its Production URL there in RETM's partner portal. When a merchant installs the app, the node exchanges RETM's code with the credential's Client ID and Secret (n8n saves the tokens in the credential) and only then answers with the Webhook Token. A POST whose code RETM does not accept gets 401 and no token. Installs start no workflow.",
			},
			eventsProperty('RETM', retmEvents, ['customer.created']),
			...outputProperties(
				'a clean shape (event, occurredAt, deliveryId and the customer, invoice or order)',
			),
		],
	};

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions) {
		const request = this.getRequestObject();
		const token = bearerToken(request.headers.authorization);
		// RETM's install POST carries no Bearer token; a delivery always does.
		const install = token === undefined ? installPost(request.body) : undefined;
		if (install && this.getNodeParameter('answerInstall', false)) {
			const credentials = await this.getCredentials<RetmCredentials & { webhookToken?: string }>(
				'retmApi',
			);
			return await answerInstall(this, credentials, install);
		}
		const authorized = await recentSecrets.proves(
			this,
			'retmApi',
			(credentials) => credentials.webhookToken as string | undefined,
			token,
		);
		return await receiveDelivery(this, retmWebhooks, authorized);
	}
}
