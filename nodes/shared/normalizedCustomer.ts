import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import type { DeliveryFacts } from './eventCatalogue';
import { toIsoTimestamp } from './timestamps';

export const CUSTOMER_PLATFORMS = ['retm', 'flavours', 'resdiary'] as const;
export const CUSTOMER_EVENTS = [
	'customer.created',
	'customer.updated',
	'customer.deleted',
] as const;

export type CustomerPlatform = (typeof CUSTOMER_PLATFORMS)[number];
export type CustomerEventName = (typeof CUSTOMER_EVENTS)[number];

/**
 * The one shape every trigger's simplified customer event takes, whichever platform sent it, so a
 * workflow that keeps customers in sync is built once and fed by any of them.
 */
export const normalizedCustomerEventSchema = z
	.object({
		platform: z.enum(CUSTOMER_PLATFORMS),
		event: z.enum(CUSTOMER_EVENTS),
		/** ISO 8601 (UTC), or null when the platform sent no readable time. */
		occurredAt: z.string().datetime().nullable(),
		deliveryId: z.string().min(1),
		customer: z
			.object({
				id: z.string().min(1),
				name: z.string().nullable(),
				firstName: z.string().nullable(),
				lastName: z.string().nullable(),
				/** E.164 (`+966501234567`) when the country is known, otherwise as the platform sent it. */
				phone: z.string().nullable(),
				email: z.string().nullable(),
				/** Whether the customer agreed to marketing by each channel; null when the platform does not say. */
				marketing: z
					.object({ email: z.boolean().nullable(), sms: z.boolean().nullable() })
					.strict(),
			})
			.strict(),
		changes: z.array(
			z.object({ field: z.string().min(1), from: z.unknown(), to: z.unknown() }).strict(),
		),
		/** The body exactly as the platform sent it. */
		raw: z.record(z.unknown()),
	})
	.strict();

export type NormalizedCustomerEvent = z.infer<typeof normalizedCustomerEventSchema>;

export interface CustomerFacts {
	platform: CustomerPlatform;
	event: CustomerEventName;
	occurredAt: unknown;
	id: string | number;
	name?: string | null;
	firstName?: string | null;
	lastName?: string | null;
	phone?: string | null;
	/** The country calling code for a phone number written without one (`966`). */
	phoneCountryCode?: string | null;
	email?: string | null;
	marketing?: { email?: boolean | null; sms?: boolean | null };
	changes?: Array<{ field: string; from: unknown; to: unknown }>;
	raw: IDataObject;
}

const present = (value: string | null | undefined) => {
	const trimmed = value?.trim();
	return trimmed ? trimmed : null;
};

/**
 * A phone number in E.164 when that can be known: it already has a `+` or `00` prefix, or the
 * platform says which country calling code it belongs to. Otherwise it is returned as sent, because
 * guessing a country would put a wrong number in the user's CRM.
 */
export function toE164(
	phone: string | null | undefined,
	countryCode?: string | null,
): string | null {
	const text = present(phone);
	if (text === null) return null;
	const digits = text.replace(/[\s().-]/g, '');
	if (/^\+\d{6,15}$/.test(digits)) return digits;
	if (/^00\d{6,15}$/.test(digits)) return `+${digits.slice(2)}`;
	const code = present(countryCode)?.replace(/^\+|^00/, '');
	if (code && /^\d{1,4}$/.test(code) && /^\d{4,14}$/.test(digits)) {
		const national = digits.replace(/^0+/, '');
		return national.startsWith(code) && national.length > 9
			? `+${national}`
			: `+${code}${national}`;
	}
	return text;
}

/** Builds the normalized event, filling a name from its parts or the parts from a name. */
export function normalizedCustomerEvent(
	facts: CustomerFacts,
	delivery: DeliveryFacts,
): IDataObject {
	const name = present(facts.name);
	let firstName = present(facts.firstName);
	let lastName = present(facts.lastName);
	if (name && firstName === null && lastName === null) {
		const [first, ...rest] = name.split(/\s+/);
		firstName = first;
		lastName = rest.length ? rest.join(' ') : null;
	}
	const event: NormalizedCustomerEvent = {
		platform: facts.platform,
		event: facts.event,
		occurredAt: toIsoTimestamp(facts.occurredAt),
		deliveryId: delivery.deliveryId,
		customer: {
			id: String(facts.id),
			name: name ?? ([firstName, lastName].filter(Boolean).join(' ') || null),
			firstName,
			lastName,
			phone: toE164(facts.phone, facts.phoneCountryCode),
			email: present(facts.email),
			marketing: { email: facts.marketing?.email ?? null, sms: facts.marketing?.sms ?? null },
		},
		changes: facts.changes ?? [],
		raw: facts.raw,
	};
	return event as unknown as IDataObject;
}
