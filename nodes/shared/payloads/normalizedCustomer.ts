import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import type { DeliveryFacts } from '../triggers/eventCatalogue';
import { toIsoTimestamp } from './timestamps';

export const CUSTOMER_PLATFORMS = ['retm', 'flavours', 'resdiary'] as const;
export const CUSTOMER_EVENTS = [
	'customer.created',
	'customer.updated',
	'customer.deleted',
	// A customer read from a platform's customer list (an initial import), not from a webhook.
	'customer.imported',
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
		/** Null for a customer read from a list: no delivery brought it. */
		deliveryId: z.string().min(1).nullable(),
		customer: z
			.object({
				/** Null only when the delivery lacked it; `warnings` then says so. */
				id: z.string().min(1).nullable(),
				name: z.string().nullable(),
				firstName: z.string().nullable(),
				lastName: z.string().nullable(),
				/** E.164 (`+966501234567`) when the country is known or defaulted, otherwise as sent. */
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
		/** The fields of the body that were not of their documented type (the trigger adds them). */
		warnings: z
			.array(z.object({ path: z.string(), expected: z.string(), received: z.string() }).strict())
			.optional(),
	})
	.strict();

export type NormalizedCustomerEvent = z.infer<typeof normalizedCustomerEventSchema>;

export interface CustomerFacts {
	platform: CustomerPlatform;
	event: CustomerEventName;
	occurredAt: unknown;
	id: string | number | null;
	name?: string | null;
	firstName?: string | null;
	lastName?: string | null;
	phone?: string | null;
	/** The country calling code the platform gives with the number (Flavours' `phone_prefix`). */
	phoneCountryCode?: string | null;
	email?: string | null;
	marketing?: { email?: boolean | null; sms?: boolean | null };
	changes?: Array<{ field: string; from: unknown; to: unknown }>;
	raw: IDataObject;
}

// Also reached by leaves that failed their schema: anything but a string is no text.
const present = (value: string | null | undefined) => {
	const trimmed = typeof value === 'string' ? value.trim() : '';
	return trimmed ? trimmed : null;
};

// E.164 country calling codes are prefix-free: 1 and 7 are one digit, these are two, all others three.
const TWO_DIGIT_COUNTRY_CODES = new Set(
	'20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
		' ',
	),
);
// Where a leading 0 is part of the number itself, not a trunk prefix (Italy, Côte d'Ivoire, Congo).
const ZERO_IS_SIGNIFICANT = new Set(['39', '225', '242']);

const countryCodeOf = (digits: string) => {
	if (/^[17]/.test(digits)) return digits.slice(0, 1);
	const two = digits.slice(0, 2);
	return TWO_DIGIT_COUNTRY_CODES.has(two) ? two : digits.slice(0, 3);
};

/** `+` and the digits, once a trunk 0 written after the code ("+966 050...") is dropped; null if no number fits. */
function international(digits: string): string | null {
	const code = countryCodeOf(digits);
	const subscriber = digits.slice(code.length);
	const number = code + (ZERO_IS_SIGNIFICANT.has(code) ? subscriber : subscriber.replace(/^0/, ''));
	return number.length >= 6 && number.length <= 15 ? `+${number}` : null;
}

/**
 * A phone number in E.164 when that can be known: it already has a `+` or `00` prefix, or a
 * country calling code is given for it (the platform's, or the one the user chose). Otherwise it is
 * returned as sent, because guessing a country would put a wrong number in the user's CRM.
 */
export function toE164(
	phone: string | null | undefined,
	countryCode?: string | null,
): string | null {
	const text = present(phone);
	if (text === null) return null;
	// "+44 (0)20 ...": the (0) is dialled only from inside the country.
	const digits = text.replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
	const prefixed = /^(?:\+|00)(\d+)$/.exec(digits);
	if (prefixed) return international(prefixed[1]) ?? text;
	const code = present(countryCode)?.replace(/^\+|^00/, '');
	if (code && /^\d{1,4}$/.test(code) && /^\d{4,14}$/.test(digits)) {
		const hasCode = !digits.startsWith('0') && digits.startsWith(code) && digits.length > 9;
		const national = ZERO_IS_SIGNIFICANT.has(code) ? digits : digits.replace(/^0+/, '');
		return international(hasCode ? digits : code + national) ?? text;
	}
	return text;
}

/**
 * Builds the normalized event, filling a name from its parts or the parts from a name. A number
 * with no country code of its own takes the platform's code, else the user's Default Country Code,
 * so the same person has one phone number whichever platform sent them.
 */
export function normalizedCustomerEvent(
	facts: CustomerFacts,
	delivery: Pick<DeliveryFacts, 'defaultCountryCode'> & { deliveryId: string | null },
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
			id: facts.id === null ? null : String(facts.id),
			name: name ?? ([firstName, lastName].filter(Boolean).join(' ') || null),
			firstName,
			lastName,
			phone: toE164(
				facts.phone,
				present(facts.phoneCountryCode) ?? present(delivery.defaultCountryCode),
			),
			email: present(facts.email),
			marketing: { email: facts.marketing?.email ?? null, sms: facts.marketing?.sms ?? null },
		},
		changes: facts.changes ?? [],
		raw: facts.raw,
	};
	return event as unknown as IDataObject;
}
