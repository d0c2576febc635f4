import type { INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';

import {
	eventsProperty,
	outputProperties,
	SECRET_AUTHENTICATIONS,
	sharedSecretProperties,
} from '../shared/triggers/triggerProperties';
import {
	manualSubscription,
	receiveSharedSecretDelivery,
	triggerBasics,
} from '../shared/triggers/triggerWebhook';
import { flavoursEvents, flavoursWebhooks } from './events';

export class FlavoursTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flavours Trigger',
		name: 'flavoursTrigger',
		...triggerBasics,
		// Version 3 starts new nodes with the secret in the URL, which Flavours can send (it
		// documents no way to add a header); versions 1 and 2 keep Header Token as their default.
		version: [1, 2, 3],
		defaultVersion: 3,
		defaults: { name: 'Flavours Trigger' },
		icon: { light: 'file:flavours.svg', dark: 'file:flavours.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		credentials: [
			{
				name: 'flavoursApi',
				required: true,
				displayOptions: { show: { authentication: SECRET_AUTHENTICATIONS } },
			},
		],
		description:
			'Starts the workflow when Flavours reports a customer, product, delivery order, reward or failed-webhook event',
		properties: [
			...sharedSecretProperties('Flavours', "Flavours' webhook settings", [
				{ versions: [1, 2], method: 'headerToken' },
				{ versions: [3], method: 'queryParameter' },
			]),
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
