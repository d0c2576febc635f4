import type { ZodError, ZodIssue } from 'zod';

const MAX_ISSUES_SHOWN = 3;

/** Turns a schema failure into one sentence naming each bad field and what was wrong with it. */
export function describePayloadError(error: ZodError): string {
	const issues = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
		const field = issue.path.length ? issue.path.join('.') : 'body';
		return `${field}: ${issue.message}`;
	});
	const more = error.issues.length - issues.length;
	return issues.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

/** One field of a delivery that is not of the type its platform documents; the delivery still ran. */
export interface PayloadWarning {
	/** The field, its path joined with dots (`products.0.name`). */
	path: string;
	/** What the documentation says the field holds, in words (`string`, `a string or a number`). */
	expected: string;
	/** What the delivery held there: `missing`, `null`, `array`, `object`, `string`, `number`, `boolean`. */
	received: string;
}

/** Deliveries are at most 1 MiB, but a long list of bad lines should not be one warning per line. */
export const MAX_WARNINGS = 20;

function kindOf(value: unknown, present: boolean): string {
	if (!present) return 'missing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** The value at `path` in `body`, and whether it is there at all. */
function valueAt(
	body: unknown,
	path: Array<string | number>,
): { value: unknown; present: boolean } {
	let value = body;
	for (const key of path) {
		if (value === null || typeof value !== 'object' || !(key in (value as object))) {
			return { value: undefined, present: false };
		}
		value = (value as Record<string | number, unknown>)[key];
	}
	return { value, present: value !== undefined };
}

function expectedOf(issue: ZodIssue): string {
	if (issue.code === 'invalid_type') return issue.expected;
	if (issue.code === 'too_small' && issue.type === 'string') return 'a non-empty string';
	// Custom and refinement messages are written "expected ..." (see scalarSchemas).
	return issue.message.replace(/^expected\s+/i, '');
}

/**
 * The fields of a body that do not match its schema, as warnings on the output item. Each field is
 * listed once; past `MAX_WARNINGS` the last entry says how many more there were.
 */
export function payloadWarnings(error: ZodError, body: unknown): PayloadWarning[] {
	const warnings: PayloadWarning[] = [];
	const seen = new Set<string>();
	for (const issue of error.issues) {
		const path = issue.path.join('.');
		if (seen.has(path)) continue;
		seen.add(path);
		const { value, present } = valueAt(body, issue.path);
		warnings.push({ path, expected: expectedOf(issue), received: kindOf(value, present) });
	}
	if (warnings.length <= MAX_WARNINGS) return warnings;
	const more = warnings.length - (MAX_WARNINGS - 1);
	return [
		...warnings.slice(0, MAX_WARNINGS - 1),
		{ path: '…', expected: `${more} more fields of an unexpected type`, received: 'various' },
	];
}
