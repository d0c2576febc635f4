/**
 * Dates before this are placeholders, not times: RETM's customer sample sends `0001-01-01T00:00:00`
 * (.NET's default date) and an unset epoch is `0`. No POS event or record predates it.
 */
const EARLIEST_REAL_TIME = Date.UTC(2000, 0, 1);

/**
 * Below this an epoch number counts seconds, not milliseconds: in milliseconds it would fall in
 * 1973, in seconds it reaches the year 5138. The reward redeem samples send seconds as text
 * ("1765988795"); Flavours' envelope sends milliseconds.
 */
const EPOCH_SECONDS_BELOW = 1e11;

const fromEpoch = (epoch: number) =>
	new Date(Math.abs(epoch) < EPOCH_SECONDS_BELOW ? epoch * 1000 : epoch);

/**
 * ISO 8601 for a platform timestamp: "2025-12-17 19:26:35" or "2025-12-17T19:26:35" (RETM, UTC
 * without a zone), an ISO string, or epoch seconds or milliseconds, as a number or digits. Null
 * when it cannot be read or is a placeholder, so a workflow never files an event under the year 1.
 */
export function toIsoTimestamp(value: unknown): string | null {
	let date: Date;
	if (typeof value === 'number') {
		date = fromEpoch(value);
	} else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim().replace(' ', 'T');
		const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
		date = /^\d+$/.test(text) ? fromEpoch(Number(text)) : new Date(hasZone ? text : `${text}Z`);
	} else {
		return null;
	}
	const time = date.getTime();
	return Number.isNaN(time) || time < EARLIEST_REAL_TIME ? null : date.toISOString();
}
