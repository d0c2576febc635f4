import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export interface LedgerLimits {
	maxEntries: number;
	ttlMs: number;
}

export const DEFAULT_LEDGER_LIMITS: LedgerLimits = { maxEntries: 1000, ttlMs: 24 * 60 * 60 * 1000 };

/** A stable id for one delivery: platforms resend the same body when they retry. */
export function deliveryId(parts: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Records a delivery id in the workflow's static data and says whether it is new. The ledger keeps
 * at most `maxEntries` ids, none older than `ttlMs`, so static data stays small.
 */
export function recordDelivery(
	staticData: IDataObject,
	id: string,
	now: number,
	limits: LedgerLimits = DEFAULT_LEDGER_LIMITS,
): boolean {
	const seen = (staticData.seenDeliveries ?? {}) as Record<string, number>;
	const isNew = !(id in seen) || now - seen[id] > limits.ttlMs;
	const kept = Object.entries(seen).filter(([key, at]) => key !== id && now - at <= limits.ttlMs);
	kept.push([id, isNew ? now : seen[id]]);
	staticData.seenDeliveries = Object.fromEntries(kept.slice(-limits.maxEntries));
	return isNew;
}
