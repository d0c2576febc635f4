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
