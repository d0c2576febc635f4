/**
 * ISO 8601 for a platform timestamp: "2025-12-17 19:26:35" or "2025-12-17T19:26:35" (RETM, UTC
 * without a zone), an ISO string, or epoch milliseconds (Flavours). Null when it cannot be read.
 */
export function toIsoTimestamp(value: unknown): string | null {
	let date: Date;
	if (typeof value === 'number') {
		date = new Date(value);
	} else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim().replace(' ', 'T');
		const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
		date = new Date(/^\d+$/.test(text) ? Number(text) : hasZone ? text : `${text}Z`);
	} else {
		return null;
	}
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
