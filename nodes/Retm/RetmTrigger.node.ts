import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';

import { bearerToken, secretsMatch } from '../shared/deliveryAuth';
import { eventsProperty, outputProperties, triggerIdentity } from '../shared/triggerProperties';
import { manualSubscription, receiveDelivery } from '../shared/triggerWebhook';
import { retmEvents, retmWebhooks } from './events';

export class RetmTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerIdentity('RETM', 'retmTrigger'),
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		credentials: [{ name: 'retmApi', required: true }],
		description:
			'Starts the workflow when RETM reports a customer, invoice, order, menu, reward or delivery-error event',
		properties: [
			{
				displayName:
					"RETM has no API for subscriptions. In RETM's developer portal, paste this node's Production URL (under Webhook URLs above) as the notification URL for the events you pick here, and make your app's install endpoint return the credential's Webhook Token as <code>token</code>: RETM sends it back on every delivery, and deliveries without it are refused.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			eventsProperty('RETM', retmEvents, ['customer.created']),
			...outputProperties(
				'a clean shape (event, occurredAt, deliveryId and the customer, invoice or order)',
			),
		],
	};

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions) {
		const credentials = await this.getCredentials<{ webhookToken?: string }>('retmApi');
		const token = bearerToken(this.getRequestObject().headers.authorization);
		return await receiveDelivery(this, retmWebhooks, secretsMatch(token, credentials.webhookToken));
	}
}
