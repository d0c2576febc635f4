// Readers for the leaves of a webhook body. Simplify functions read every leaf through them because
// they are also given bodies that failed their schema on a leaf (the item then lists `warnings`):
// each reads what it can from a string, a number or `{en, ar}` and gives null for anything else.

type Leaf = unknown;

const isObject = (value: Leaf): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A trimmed, non-empty string, or null. */
function nonEmpty(value: Leaf): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return trimmed === '' ? null : trimmed;
}

/**
 * A name or other text: a string as sent, a number written out, `{en, ar}` read in `language`
 * (English first by default) and else in the other. Null when there is no text.
 */
export function readText(value: Leaf, language: 'en' | 'ar' = 'en'): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (isObject(value)) {
		const other = language === 'en' ? 'ar' : 'en';
		return nonEmpty(value[language]) ?? nonEmpty(value[other]);
	}
	return nonEmpty(value);
}

/** Only the Arabic side of a localized name; a plain string is not assumed to be Arabic. */
export function readArabicText(value: Leaf): string | null {
	return isObject(value) ? nonEmpty(value.ar) : null;
}

/** An id or reference as a string, whether sent as a string or a number; null otherwise. */
export function readId(value: Leaf): string | null {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
	return nonEmpty(value);
}

/** An amount as sent (RETM's "75.000" strings stay strings, numbers numbers); null otherwise. */
export function readMoney(value: Leaf): string | number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	return nonEmpty(value);
}

/** A number sent as a number or written in a string ("15", "1.000"); null otherwise. */
export function readNumber(value: Leaf): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	const text = nonEmpty(value);
	return text !== null && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** A code (an HTTP status, a status number): a number when it is numeric, else the text as sent. */
export function readCode(value: Leaf): number | string | null {
	return readNumber(value) ?? nonEmpty(value);
}

/** A flag sent as a boolean, or as 1/0; null otherwise. */
export function readFlag(value: Leaf): boolean | null {
	if (typeof value === 'boolean') return value;
	return value === 1 || value === 0 ? value === 1 : null;
}

/** An object leaf, or an empty one when the body has something else there. */
export function readObject(value: Leaf): Record<string, unknown> {
	return isObject(value) ? value : {};
}

/** An array leaf, or an empty one when the body has something else there. */
export function readArray(value: Leaf): unknown[] {
	return Array.isArray(value) ? value : [];
}
