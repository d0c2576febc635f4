import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import type { IdentifiedEvent } from './deliveryPipeline';
import { defineEvent, type DeliveryFacts, type EventDefinition } from './eventCatalogue';
import { idSchema as id, stringOrNumber } from '../payloads/scalarSchemas';
import { readCode, readId, readText } from '../payloads/leafReaders';
import { toIsoTimestamp } from '../payloads/timestamps';

// Both platforms document the same contract for loyalty and delivery-error webhooks: bodies with no
// event name, sent to URLs of their own, recognised by their fields.

// RETM's Check Reward page spells it business_refrence, its Promotional Coupon page
// business_reference (and Flavours' Bonat answer business_reference): either is accepted.
const businessReference = {
	business_refrence: z.string().optional(),
	business_reference: z.string().optional(),
};
const hasBusinessReference = (body: { business_refrence?: string; business_reference?: string }) =>
	body.business_refrence !== undefined || body.business_reference !== undefined;
const businessReferenceRequired = {
	message: 'expected a string (spelt business_refrence or business_reference)',
	path: ['business_refrence'],
};

export const rewardCheckSchema = z
	.object({ reward_code: z.string().min(1), ...businessReference })
	.passthrough()
	.refine(hasBusinessReference, businessReferenceRequired);

export const rewardRedeemSchema = z
	.object({
		reward_code: z.string().min(1),
		...businessReference,
		branch_id: id,
		date: z.string().min(1),
		timestamp: stringOrNumber(),
	})
	.passthrough()
	.refine(hasBusinessReference, businessReferenceRequired);

export const errorWebhookSchema = z
	.object({ code: stringOrNumber(), endpoint: z.string(), message: z.string() })
	.passthrough();

type RewardCheck = z.infer<typeof rewardCheckSchema>;
type RewardRedeem = z.infer<typeof rewardRedeemSchema>;
type ErrorWebhook = z.infer<typeof errorWebhookSchema>;

// Every leaf is read through the leaf readers: a body whose leaf failed its schema still gets here.

const readBusinessReference = (body: RewardCheck) =>
	readId(body.business_refrence) ?? readId(body.business_reference);

function simplifyRewardCheck(body: RewardCheck, facts: DeliveryFacts): IDataObject {
	return {
		event: 'reward.check',
		businessReference: readBusinessReference(body),
		rewardCode: readId(body.reward_code),
		deliveryId: facts.deliveryId,
	};
}

function simplifyRewardRedeem(body: RewardRedeem, facts: DeliveryFacts): IDataObject {
	return {
		event: 'reward.redeem',
		occurredAt: toIsoTimestamp(body.timestamp),
		businessReference: readBusinessReference(body),
		rewardCode: readId(body.reward_code),
		branchId: readId(body.branch_id),
		date: readText(body.date),
		deliveryId: facts.deliveryId,
	};
}

function simplifyErrorWebhook(body: ErrorWebhook, facts: DeliveryFacts): IDataObject {
	return {
		event: 'webhook.error',
		// RETM documents the type as "intger" and may send "504": a number whenever it is one.
		code: readCode(body.code),
		endpoint: readText(body.endpoint),
		message: readText(body.message),
		deliveryId: facts.deliveryId,
	};
}

/**
 * Reward check and redeem (how coupons and loyalty rewards are validated and consumed), and the
 * delivery-error webhook. `redeemTimestamp` is the time in the platform's own format, for the sample.
 */
export function rewardAndErrorEvents(
	platform: string,
	redeemTimestamp: string | number,
): EventDefinition[] {
	return [
		defineEvent({
			name: 'reward.check',
			label: 'Reward Check',
			description: `${platform} asks whether a reward or coupon code is valid; the workflow answers with the discount`,
			schema: rewardCheckSchema,
			sample: {
				reward_code: 'WELCOME10',
				business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
			},
			simplify: simplifyRewardCheck,
			answeredByWorkflow: true,
			repeatable: true,
		}),
		defineEvent({
			name: 'reward.redeem',
			label: 'Reward Redeemed',
			description: 'A reward or coupon code was used on an order',
			schema: rewardRedeemSchema,
			sample: {
				reward_code: 'WELCOME10',
				business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
				branch_id: 'br-riyadh-olaya',
				date: '2025-12-17',
				timestamp: redeemTimestamp,
			},
			simplify: simplifyRewardRedeem,
		}),
		defineEvent({
			name: 'webhook.error',
			label: 'Webhook Delivery Failed',
			description: `${platform} failed three times in a row to deliver a webhook to one of your URLs`,
			schema: errorWebhookSchema,
			sample: {
				code: 504,
				endpoint: 'https://n8n.example.com/webhook/1f0c/webhook',
				message: 'The endpoint did not answer within 10 seconds',
			},
			simplify: simplifyErrorWebhook,
			// A notification, not state: the same failure reported again is news again.
			repeatable: true,
		}),
	];
}

/** The reward or error event a body without an event name stands for, if any. */
function identifyByFields(body: IDataObject): string | undefined {
	if ('reward_code' in body) {
		return 'branch_id' in body || 'date' in body ? 'reward.redeem' : 'reward.check';
	}
	if ('endpoint' in body && 'code' in body) return 'webhook.error';
	return undefined;
}

/**
 * For platforms whose bodies name their event in one field (RETM's `event`, Flavours' `action`).
 * Reward and error webhooks name none (they go to URLs of their own), so they are recognised by
 * their documented fields.
 */
export function identifyNamedEvent(
	platform: string,
	field: string,
	example: string,
): (body: IDataObject) => IdentifiedEvent {
	return (body) => {
		if (field in body) {
			const name = body[field];
			return typeof name === 'string' && name.trim() !== ''
				? { event: name.trim() }
				: { error: `${field}: expected the ${platform} event name as a string` };
		}
		const byFields = identifyByFields(body);
		if (byFields) return { event: byFields };
		return { error: `${field}: missing. Expected a ${platform} event name such as ${example}` };
	};
}
