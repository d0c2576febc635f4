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
	const combined = new Map(ledger.ids);
	for (const [id, at] of Object.entries(persisted)) {
		const known = combined.get(id);
		if (typeof at === 'number' && (known === undefined || known < at)) combined.set(id, at);
	}
	ledger.ids = new Map([...combined].sort((a, b) => a[1] - b[1]));
	for (const [id, at] of ledger.ids) if (persisted[id] !== at) persisted[id] = at;
	ledger.merged.add(persisted);
}

function forget(ledger: ProcessLedger, persisted: Persisted, now: number, limits: LedgerLimits) {
	for (const [id, at] of ledger.ids) {
		if (ledger.ids.size <= limits.maxEntries && now - at <= limits.ttlMs) break;
		ledger.ids.delete(id);
		delete persisted[id];
	}
}

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

	const seenAt = ledger.ids.get(id);
	const isNew = seenAt === undefined || now - seenAt > limits.ttlMs;
	if (isNew) {
		ledger.ids.delete(id);
		ledger.ids.set(id, now);
		persisted[id] = now;
		forget(ledger, persisted, now, limits);
	}
	return isNew;
}
