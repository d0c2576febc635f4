import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';

import {
	eventsProperty,
	outputProperties,
	sharedSecretProperties,
	triggerIdentity,
} from '../shared/triggerProperties';
import {
	manualSubscription,
	receiveSharedSecretDelivery,
	sharedSecretCredential,
} from '../shared/triggerWebhook';
import { flavoursEvents, flavoursWebhooks } from './events';

export class FlavoursTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerIdentity('Flavours', 'flavoursTrigger'),
		icon: { light: 'file:flavours.svg', dark: 'file:flavours.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		credentials: sharedSecretCredential('flavoursApi'),
		description:
			'Starts the workflow when Flavours reports a customer, product, delivery order, reward or delivery-error event',
		properties: [
			...sharedSecretProperties('Flavours', "Flavours' webhook settings"),
			eventsProperty('Flavours', flavoursEvents, ['customers.CREATE']),
			...outputProperties(
				'a clean shape (ISO 8601 time, the normalized customer, the product or the order with a readable delivery status)',
			),
		],
	};

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions) {
		return await receiveSharedSecretDelivery(this, flavoursWebhooks, 'flavoursApi');
	}
}
