import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { bearerToken, secretsMatch } from '../shared/deliveryAuth';
import { eventsProperty, answerAndOutputProperties } from '../shared/triggerProperties';
import { manualSubscription, receiveDelivery, triggerBasics } from '../shared/triggerWebhook';
import { retmEvents, retmWebhooks } from './events';

export class RetmTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerBasics,
		displayName: 'RETM Trigger',
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		name: 'retmTrigger',
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		description:
			'Starts the workflow when RETM reports a customer, invoice, order, menu, reward or delivery-error event',
		defaults: { name: 'RETM Trigger' },
		credentials: [{ name: 'retmApi', required: true }],
		properties: [
			{
				displayName:
					"RETM has no API for subscriptions. In RETM's developer portal, paste this node's Production URL (under Webhook URLs above) as the notification URL for the events you pick here, and make your app's install endpoint return the credential's Webhook Token as <code>token</code>: RETM sends it back on every delivery, and deliveries without it are refused.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			eventsProperty('RETM', retmEvents, ['customer.created']),
			...answerAndOutputProperties(
				'a clean shape (event, occurredAt, deliveryId and the customer, invoice or order)',
			),
		],
	};

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials<{ webhookToken?: string }>('retmApi');
		const token = bearerToken(this.getRequestObject().headers.authorization);
		return await receiveDelivery(this, retmWebhooks, secretsMatch(token, credentials.webhookToken));
	}
}
