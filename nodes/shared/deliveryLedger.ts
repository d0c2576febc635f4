import { hash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export interface LedgerLimits {
	maxEntries: number;
	ttlMs: number;
}

export const DEFAULT_LEDGER_LIMITS: LedgerLimits = { maxEntries: 1000, ttlMs: 24 * 60 * 60 * 1000 };

/**
 * A stable id for one delivery: platforms resend the same body when they retry. `hash` is the
 * one-shot form of createHash, without a Hash object per call.
 */
export function deliveryId(parts: unknown[]): string {
	return hash('sha256', JSON.stringify(parts), 'hex');
}

type Persisted = Record<string, number>;

/** One trigger node's ledger in this process: ids in the order they were recorded. */
interface ProcessLedger {
	ids: Map<string, number>;
	/** Static-data ledgers already merged: n8n hands the node a fresh copy for every request. */
	merged: WeakSet<object>;
}

/**
 * n8n loads a workflow's static data for each webhook request and saves it afterwards, so two
 * deliveries handled at the same time both start from the same copy and the last save wins. Checking
 * and recording in this process's memory is atomic (one thread), so a retry that arrives while the
 * first delivery is still being handled is caught; static data carries the ledger across restarts.
 */
const processLedgers = new Map<string, ProcessLedger>();

function processLedger(scope: string): ProcessLedger {
	let ledger = processLedgers.get(scope);
	if (!ledger) {
		ledger = { ids: new Map(), merged: new WeakSet() };
		processLedgers.set(scope, ledger);
	}
	return ledger;
}

/** Unites the saved ledger and this process's one, both ways, oldest first. */
function merge(ledger: ProcessLedger, persisted: Persisted): void {
	let rebuild = false;
	for (const [key, at] of Object.entries(persisted)) {
		const known = ledger.ids.get(key);
		if (typeof at === 'number' && (known === undefined || known < at)) {
			ledger.ids.set(key, at);
			rebuild = true;
		}
	}
	// Usually the saved copy holds nothing this process has not seen: no need to re-sort.
	if (rebuild) ledger.ids = new Map([...ledger.ids].sort((a, b) => a[1] - b[1]));
	for (const [key, at] of ledger.ids) if (persisted[key] !== at) persisted[key] = at;
	ledger.merged.add(persisted);
}

function forget(ledger: ProcessLedger, persisted: Persisted, now: number, limits: LedgerLimits) {
	for (const [key, at] of ledger.ids) {
		if (ledger.ids.size <= limits.maxEntries && now - at * 1000 <= limits.ttlMs) break;
		ledger.ids.delete(key);
		delete persisted[key];
	}
}

/**
 * n8n loads and saves static data on every delivery, so the saved ledger is kept small: 64 bits of
 * the delivery id (no collision among a thousand ids in practice) and whole seconds.
 */
const ledgerKey = (id: string) => id.slice(0, 16);

/**
 * Records a delivery id and says whether it is new. `scope` names the trigger (workflow and node) so
 * that two workflows receiving the same delivery each run once. The ledger keeps at most `maxEntries`
 * ids, none older than `ttlMs`, so static data stays small.
 */
export function recordDelivery(
	staticData: IDataObject,
	id: string,
	now: number,
	scope: string,
	limits: LedgerLimits = DEFAULT_LEDGER_LIMITS,
): boolean {
	const ledger = processLedger(scope);
	const saved = staticData.seenDeliveries;
	if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) {
		staticData.seenDeliveries = {};
	}
	const persisted = staticData.seenDeliveries as Persisted;
	if (!ledger.merged.has(persisted)) merge(ledger, persisted);

	const key = ledgerKey(id);
	const seenAt = ledger.ids.get(key);
	const isNew = seenAt === undefined || now - seenAt * 1000 > limits.ttlMs;
	if (isNew) {
		const at = Math.floor(now / 1000);
		ledger.ids.delete(key);
		ledger.ids.set(key, at);
		persisted[key] = at;
		forget(ledger, persisted, now, limits);
	}
	return isNew;
}
