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

/**
 * How many static-data copies of one trigger a process keeps up to date: far more than the
 * deliveries to one trigger n8n has in hand at the same time, so every copy it has yet to save is
 * among them, and few enough that recording an id stays cheap.
 */
const OPEN_COPIES = 256;

/** One trigger node's ledger in this process: ids in the order they were recorded. */
interface ProcessLedger {
	ids: Map<string, number>;
	/** The static-data ledgers handed to this trigger's latest deliveries, oldest first. */
	copies: Array<WeakRef<Persisted>>;
	/** The same copies, to tell at once whether a copy is one of them. */
	open: WeakSet<object>;
}

/**
 * n8n loads a workflow's static data for each webhook request and saves it afterwards, so two
 * deliveries handled at the same time both start from the same copy and the last save wins,
 * whichever it is. So this process's ledger is the authority: checking and recording in memory is
 * atomic (one thread), which catches a retry that arrives while the first delivery is still being
 * handled, and every copy a recent delivery was handed mirrors it (each id recorded or forgotten
 * is written into all of them), so whichever copy is saved last holds every id the process knows.
 * Static data carries the ledger across restarts.
 */
const processLedgers = new Map<string, ProcessLedger>();

function processLedger(scope: string): ProcessLedger {
	let ledger = processLedgers.get(scope);
	if (!ledger) {
		ledger = { ids: new Map(), copies: [], open: new WeakSet() };
		processLedgers.set(scope, ledger);
	}
	return ledger;
}

/**
 * Writes ids recorded (`set`) and forgotten (`remove`) into every open copy n8n may still save;
 * copies n8n has dropped are garbage-collected and left out. A copy is touched only where it
 * differs, so n8n saves no copy that did not change.
 */
function updateCopies(ledger: ProcessLedger, set: Array<[string, number]>, remove: string[]): void {
	if (set.length === 0 && remove.length === 0) return;
	let kept = 0;
	for (const ref of ledger.copies) {
		const copy = ref.deref();
		if (copy === undefined) continue;
		for (const key of remove) if (key in copy) delete copy[key];
		for (const [key, at] of set) if (copy[key] !== at) copy[key] = at;
		ledger.copies[kept++] = ref;
	}
	ledger.copies.length = kept;
}

/** Drops ids beyond `maxEntries` (oldest first) and older than `ttlMs`; returns the dropped ones. */
function forget(ledger: ProcessLedger, now: number, limits: LedgerLimits): string[] {
	const dropped: string[] = [];
	for (const [key, at] of ledger.ids) {
		if (ledger.ids.size <= limits.maxEntries && now - at * 1000 <= limits.ttlMs) break;
		ledger.ids.delete(key);
		dropped.push(key);
	}
	return dropped;
}

/**
 * Takes a delivery's copy of the saved ledger into this process's one. Ids it holds that this
 * process does not know (saved before a restart) join the ledger and every open copy, unless the
 * cap or the age limit would drop them at once (a copy loaded long ago still holds ids the process
 * has dropped since: they do not come back). The copy then holds exactly the process's ledger and
 * is kept up to date from now on.
 */
function adopt(
	ledger: ProcessLedger,
	persisted: Persisted,
	now: number,
	limits: LedgerLimits,
): void {
	const full = ledger.ids.size >= limits.maxEntries;
	const oldest = full ? (ledger.ids.values().next().value as number) : -Infinity;
	const learned: Array<[string, number]> = [];
	for (const [key, at] of Object.entries(persisted)) {
		if (typeof at !== 'number' || now - at * 1000 > limits.ttlMs) continue;
		const known = ledger.ids.get(key);
		if (known === undefined ? at >= oldest : known < at) learned.push([key, at]);
	}
	if (learned.length > 0) {
		for (const [key, at] of learned) ledger.ids.set(key, at);
		// Oldest first again, so forget() finds the ids to drop at the front.
		ledger.ids = new Map([...ledger.ids].sort((a, b) => a[1] - b[1]));
	}
	const dropped = forget(ledger, now, limits);
	updateCopies(
		ledger,
		learned.filter(([key, at]) => ledger.ids.get(key) === at),
		dropped,
	);
	for (const key of Object.keys(persisted)) if (!ledger.ids.has(key)) delete persisted[key];
	for (const [key, at] of ledger.ids) if (persisted[key] !== at) persisted[key] = at;
	ledger.copies.push(new WeakRef(persisted));
	ledger.open.add(persisted);
	if (ledger.copies.length > OPEN_COPIES) {
		const oldestCopy = ledger.copies.shift()?.deref();
		if (oldestCopy) ledger.open.delete(oldestCopy);
	}
}

/**
 * The static data of the latest deliveries (the objects holding `seenDeliveries`), newest last.
 * n8n 2.41 clears a workflow's "static data changed" mark when it starts the run a delivery asked
 * for (WorkflowRunner.establishContextForPersistence builds a second Workflow on the same object)
 * and afterwards saves static data only when marked, so a delivery that starts a run would never
 * save the ledger it recorded. `markLedgersChanged` marks them again after that point.
 */
const recentHolders: Array<WeakRef<IDataObject>> = [];

/**
 * Marks the static data of recent deliveries as changed, so n8n saves their ledgers. Called when
 * n8n resolves the answer of a delivery, which it does after starting the run and just before it
 * saves static data.
 */
export function markLedgersChanged(): void {
	let kept = 0;
	for (const ref of recentHolders) {
		const holder = ref.deref();
		if (holder === undefined) continue;
		// A write through n8n's observable static data is what marks it changed.
		const saved = holder.seenDeliveries;
		holder.seenDeliveries = saved;
		recentHolders[kept++] = ref;
	}
	recentHolders.length = kept;
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
	if (!ledger.open.has(persisted)) {
		adopt(ledger, persisted, now, limits);
		recentHolders.push(new WeakRef(staticData));
		if (recentHolders.length > OPEN_COPIES) recentHolders.shift();
	}

	const key = ledgerKey(id);
	const seenAt = ledger.ids.get(key);
	const isNew = seenAt === undefined || now - seenAt * 1000 > limits.ttlMs;
	const at = Math.floor(now / 1000);
	if (isNew) {
		ledger.ids.delete(key);
		ledger.ids.set(key, at);
	}
	// On every call, not only for new ids: time alone ages ids out.
	updateCopies(ledger, isNew ? [[key, at]] : [], forget(ledger, now, limits));
	return isNew;
}
