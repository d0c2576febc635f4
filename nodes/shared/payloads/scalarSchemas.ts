import { z } from 'zod';

interface StringOrNumberOptions {
	/** Refuse the empty string. */
	nonEmpty?: boolean;
	/** Refuse numbers with a fractional part. */
	integer?: boolean;
	/** Refuse strings that are not a whole number written in digits. */
	digitsOnly?: boolean;
	message?: string;
}

/**
 * A field that platforms send as a string or a number, checked in one step. A `z.union` builds a
 * complete issue, message included, for every branch that fails before one passes; for numeric ids
 * that was the largest single cost of handling a delivery (bench/RESULTS.md, "Handling").
 */
export function stringOrNumber({
	nonEmpty = false,
	integer = false,
	digitsOnly = false,
	message,
}: StringOrNumberOptions = {}) {
	return z.custom<string | number>(
		(value) =>
			typeof value === 'number'
				? Number.isFinite(value) && (!integer || Number.isInteger(value))
				: typeof value === 'string' &&
					(!nonEmpty || value.length > 0) &&
					(!digitsOnly || /^\s*\d+\s*$/.test(value)),
		{
			message:
				message ??
				`expected ${nonEmpty ? 'a non-empty string' : 'a string'} or ${integer ? 'an integer' : 'a number'}`,
		},
	);
}

/** An id: platforms document strings and send numbers (or the other way round). */
export const idSchema = stringOrNumber({ nonEmpty: true });

/** A localized text as RETM sends names: `{en, ar}`, either side possibly missing or null. */
export interface LocalizedText {
	en?: string | null;
	ar?: string | null;
	[language: string]: unknown;
}

const isLocalizedText = (value: unknown): value is LocalizedText =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	['en', 'ar'].every((language) => {
		const side = (value as Record<string, unknown>)[language];
		return side === undefined || side === null || typeof side === 'string';
	});

/**
 * A name the platform sends as a plain string or as `{en, ar}` (RETM's invoice lines, categories
 * and products), checked in one step for the reason `stringOrNumber` gives.
 */
export const localizedTextSchema = z.custom<string | LocalizedText>(
	(value) => typeof value === 'string' || isLocalizedText(value),
	{ message: 'expected a string or {en, ar}' },
);
