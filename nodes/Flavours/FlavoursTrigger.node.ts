import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import {
	eventsProperty,
	sharedSecretProperties,
	answerAndOutputProperties,
} from '../shared/triggerProperties';
import {
	manualSubscription,
	receiveSharedSecretDelivery,
	sharedSecretCredential,
	triggerBasics,
} from '../shared/triggerWebhook';
import { flavoursEvents, flavoursWebhooks } from './events';

export class FlavoursTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerBasics,
		displayName: 'Flavours Trigger',
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		name: 'flavoursTrigger',
		icon: { light: 'file:flavours.svg', dark: 'file:flavours.dark.svg' },
		description:
			'Starts the workflow when Flavours reports a customer, product, delivery order, reward or delivery-error event',
		defaults: { name: 'Flavours Trigger' },
		credentials: sharedSecretCredential('flavoursApi'),
		properties: [
			{
				displayName:
					"Flavours has no API for subscriptions and does not sign its deliveries. In Flavours, set this node's Production URL (under Webhook URLs above) as the webhook URL for the events you pick here, and have it send the Flavours credential's Webhook Secret the way you choose under Authentication.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			...sharedSecretProperties('Flavours'),
			eventsProperty('Flavours', flavoursEvents, ['customers.CREATE']),
			...answerAndOutputProperties(
				'a clean shape (ISO 8601 time, the normalized customer, the product or the order with a readable delivery status)',
			),
		],
	};

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return receiveSharedSecretDelivery(this, flavoursWebhooks, 'flavoursApi');
	}
}
