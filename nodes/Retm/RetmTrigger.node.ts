import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { bearerToken, secretsMatch } from '../shared/deliveryAuth';
import { handleDelivery } from '../shared/deliveryPipeline';
import { eventOptions } from '../shared/eventCatalogue';
import { respondProperty, toWebhookResponse, type RespondMode } from '../shared/webhookResponse';
import { retmEvents, retmWebhooks } from './events';

export class RetmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RETM Trigger',
		name: 'retmTrigger',
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when RETM reports a customer, invoice, order, menu, reward or delivery-error event',
		defaults: { name: 'RETM Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'retmApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: '={{$parameter["respond"]}}',
				// Without it n8n answers with the literal text "firstEntryJson" outside "When Last Node Finishes".
				responseData: '={{$parameter["respond"] === "lastNode" ? "firstEntryJson" : ""}}',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					"RETM has no API for subscriptions. In RETM's developer portal, paste this node's Production URL (under Webhook URLs above) as the notification URL for the events you pick here, and make your app's install endpoint return the credential's Webhook Token as <code>token</code>: RETM sends it back on every delivery, and deliveries without it are refused.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: eventOptions(retmEvents),
				default: ['customer.created'],
				required: true,
				description:
					'The RETM events that start this workflow. Other deliveries are acknowledged and ignored.',
			},
			respondProperty,
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to return a clean shape (event, occurredAt, deliveryId and the customer, invoice or order) instead of the body exactly as RETM sent it',
			},
		],
	};

	// RETM subscriptions are set up by hand in its developer portal, so there is nothing to register.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const credentials = await this.getCredentials<{ webhookToken?: string }>('retmApi');
		const request = this.getRequestObject();
		const outcome = handleDelivery(
			retmWebhooks,
			{
				authorized: secretsMatch(
					bearerToken(request.headers.authorization),
					credentials.webhookToken,
				),
				body: request.body as unknown,
				rawBody: (request as { rawBody?: Buffer }).rawBody,
			},
			{
				selectedEvents: this.getNodeParameter('events', []) as string[],
				simplify: this.getNodeParameter('simplify', true) as boolean,
				staticData: this.getWorkflowStaticData('node') as IDataObject,
				now: Date.now(),
			},
		);
		return toWebhookResponse(this, outcome, this.getNodeParameter('respond') as RespondMode);
	}
}
