import type { ZodError } from 'zod';

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
