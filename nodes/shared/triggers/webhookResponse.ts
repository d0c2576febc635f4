import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { DeliveryOutcome } from './deliveryPipeline';

/** How the trigger's Respond parameter (triggerProperties.ts) names n8n's webhook response modes. */
export type RespondMode = 'onReceived' | 'responseNode' | 'lastNode';

/**
 * Turns the pipeline's decision into n8n's webhook answer. Rejections and deliveries that must not
 * wait for the workflow are written straight to the HTTP response, so the platform's 10-second
 * deadline never depends on how long the workflow takes.
 */
export function toWebhookResponse(
	context: IWebhookFunctions,
	outcome: DeliveryOutcome,
	respond: RespondMode,
): IWebhookResponseData {
	if (outcome.action === 'reject') {
		context.getResponseObject().status(outcome.status).json({ error: outcome.message });
		return { noWebhookResponse: true };
	}
	if (outcome.action === 'ignore') {
		return { webhookResponse: { received: true, ignored: outcome.reason, event: outcome.event } };
	}
	const workflowData = [[{ json: outcome.item }]];
	const acknowledgement = { received: true, deliveryId: outcome.deliveryId };
	if (respond !== 'onReceived' && !outcome.answeredByWorkflow) {
		context.getResponseObject().status(200).json(acknowledgement);
		return { noWebhookResponse: true, workflowData };
	}
	return { workflowData, webhookResponse: acknowledgement };
}
