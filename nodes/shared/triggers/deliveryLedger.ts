import { hash, randomBytes } from 'crypto';
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

/**
 * Where static data keeps the ledger: one string, `v2:`, the 8-character mark of the process ledger
 * that wrote it, then one 14-character entry per id, oldest first (the id's key, 8 characters, and the
 * second it was recorded, 6, both base64url). n8n loads, observes and saves static data whole on every
 * delivery, so one short string costs it far less than an object of a thousand keys: 14 kB for 1,000
 * ids where the object took 29 kB.
 */
export const SAVED_FIELD = 'deliveryLedger';
const SAVED_PREFIX = 'v2:';
const WRITER_CHARS = 8;
const HEADER_CHARS = SAVED_PREFIX.length + WRITER_CHARS;
/** The form saved before `v2`, `{ [16 hex digits]: seconds }`: read once, then replaced. */
const LEGACY_FIELD = 'seenDeliveries';

const KEY_CHARS = 8;
const TIME_CHARS = 6;
const ENTRY_CHARS = KEY_CHARS + TIME_CHARS;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const isHexPrefix = (text: string) => /^[0-9a-f]{12}/i.test(text);

/**
 * The key an id is remembered by: its first 48 bits in base64url (delivery ids are SHA-256 hex; no
 * collision among a thousand ids in practice). Any other text is hashed first. An id saved in the
 * earlier form (64 bits in hex) gives the same key.
 */
export function ledgerKey(id: string): string {
	const hex = isHexPrefix(id) ? id.slice(0, 12) : hash('sha256', id, 'hex').slice(0, 12);
	return Buffer.from(hex, 'hex').toString('base64url');
}

function encodeTime(seconds: number): string {
	let value = Math.max(0, Math.min(seconds, 64 ** TIME_CHARS - 1));
	let text = '';
	for (let index = 0; index < TIME_CHARS; index++) {
		text = DIGITS[value % 64] + text;
		value = Math.floor(value / 64);
	}
	return text;
}

function decodeTime(text: string): number | undefined {
	let value = 0;
	for (const char of text) {
		const digit = DIGITS.indexOf(char);
		if (digit < 0) return undefined;
		value = value * 64 + digit;
	}
	return value;
}

/** The ids a saved ledger holds, key to second, in either form; empty for anything else. */
export function readSavedLedger(staticData: IDataObject): Map<string, number> {
	const ids = new Map<string, number>();
	const saved = staticData[SAVED_FIELD];
	if (typeof saved === 'string' && saved.startsWith(SAVED_PREFIX)) {
		for (let at = HEADER_CHARS; at + ENTRY_CHARS <= saved.length; at += ENTRY_CHARS) {
			const seconds = decodeTime(saved.slice(at + KEY_CHARS, at + ENTRY_CHARS));
			if (seconds !== undefined) ids.set(saved.slice(at, at + KEY_CHARS), seconds);
		}
	}
	const legacy = staticData[LEGACY_FIELD];
	if (legacy !== null && typeof legacy === 'object' && !Array.isArray(legacy)) {
		for (const [key, seconds] of Object.entries(legacy)) {
			if (typeof seconds === 'number' && isHexPrefix(key)) ids.set(ledgerKey(key), seconds);
		}
	}
	return ids;
}

/**
 * A copy is kept up to date from the delivery that was handed it until n8n has answered that
 * delivery (it saves static data before it answers: `releaseLedgerCopy`). This bounds the copies of
 * deliveries whose answer never went out (the sender hung up): far more than the deliveries to one
 * trigger n8n has in hand at the same time.
 */
const OPEN_COPIES = 256;

/** One trigger node's ledger in this process: ids in the order they were recorded. */
interface ProcessLedger {
	/** Key to [second recorded, saved entry]. */
	ids: Map<string, [number, string]>;
	/** The saved form of `ids`: kept in step as ids come and go, rebuilt after any other change. */
	form: string | undefined;
	/**
	 * The header of every form this ledger writes, with a mark of its own: a copy that carries it was
	 * written from this ledger, so it holds nothing the ledger did not know or did not drop on purpose.
	 */
	header: string;
	/** The static data of this trigger's deliveries n8n has yet to answer, oldest first. */
	copies: Set<IDataObject>;
	/** Every copy taken in so far, to tell at once whether a copy is new. */
	adopted: WeakSet<object>;
}

/**
 * n8n loads a workflow's static data for each webhook request and saves it afterwards, so two
 * deliveries handled at the same time both start from the same copy and the last save wins,
 * whichever it is. So this process's ledger is the authority: checking and recording in memory is
 * atomic (one thread), which catches a retry that arrives while the first delivery is still being
 * handled, and every copy a recent delivery was handed mirrors it (each change is written into all
 * of them), so whichever copy is saved last holds every id the process knows. Static data carries
 * the ledger across restarts.
 */
const processLedgers = new Map<string, ProcessLedger>();

function processLedger(scope: string): ProcessLedger {
	let ledger = processLedgers.get(scope);
	if (!ledger) {
		ledger = {
			ids: new Map(),
			form: undefined,
			header: SAVED_PREFIX + randomBytes(6).toString('base64url'),
			copies: new Set(),
			adopted: new WeakSet(),
		};
		processLedgers.set(scope, ledger);
	}
	return ledger;
}

function setId(ledger: ProcessLedger, key: string, seconds: number): void {
	ledger.ids.set(key, [seconds, key + encodeTime(seconds)]);
	ledger.form = undefined;
}

/**
 * Records an id as the newest. The saved form grows by one entry instead of being rebuilt: under
 * load every delivery changes the ledger, and n8n saves it every time.
 */
function appendId(ledger: ProcessLedger, key: string, seconds: number): void {
	const moved = ledger.ids.delete(key);
	const entry = key + encodeTime(seconds);
	ledger.ids.set(key, [seconds, entry]);
	ledger.form = moved || ledger.form === undefined ? undefined : ledger.form + entry;
}

/** The saved form of the process's ledger. */
function savedForm(ledger: ProcessLedger): string {
	if (ledger.form === undefined) {
		let form = ledger.header;
		for (const [, entry] of ledger.ids.values()) form += entry;
		ledger.form = form;
	}
	return ledger.form;
}

/**
 * Writes the process's ledger into every copy n8n may still save. A copy is touched only where it
 * differs, so n8n saves no copy that did not change.
 */
function updateCopies(ledger: ProcessLedger): void {
	const form = savedForm(ledger);
	for (const copy of ledger.copies) {
		if (copy[SAVED_FIELD] !== form) copy[SAVED_FIELD] = form;
		if (LEGACY_FIELD in copy) delete copy[LEGACY_FIELD];
	}
}

/** Which trigger's ledger keeps a copy up to date. */
const copyOwners = new WeakMap<object, ProcessLedger>();

/**
 * Stops keeping a delivery's copy of static data up to date: n8n has saved it (it saves before it
 * answers the delivery) and will not save it again.
 */
export function releaseLedgerCopy(staticData: IDataObject): void {
	copyOwners.get(staticData)?.copies.delete(staticData);
}

/** The static data of every delivery n8n has yet to answer, of every trigger in this process. */
export function* openLedgerCopies(): Generator<IDataObject> {
	for (const ledger of processLedgers.values()) yield* ledger.copies;
}

/** Drops ids beyond `maxEntries` (oldest first) and older than `ttlMs`; says whether any went. */
function forget(ledger: ProcessLedger, now: number, limits: LedgerLimits): boolean {
	let dropped = 0;
	for (const [key, [seconds]] of ledger.ids) {
		if (ledger.ids.size <= limits.maxEntries && now - seconds * 1000 <= limits.ttlMs) break;
		ledger.ids.delete(key);
		dropped++;
	}
	// The oldest entries lead the saved form.
	if (dropped > 0 && ledger.form !== undefined) {
		ledger.form = ledger.header + ledger.form.slice(HEADER_CHARS + dropped * ENTRY_CHARS);
	}
	return dropped > 0;
}

/**
 * Takes a delivery's copy of the saved ledger into this process's one. A copy this ledger wrote
 * has nothing new. Otherwise ids it holds that this process does not know (saved before a
 * restart, or by another process) join the ledger, unless the cap or the age limit would drop them
 * at once (a copy loaded long ago still holds ids the process has dropped since: they do not come
 * back). The copy is kept up to date from now on.
 */
function adopt(
	ledger: ProcessLedger,
	copy: IDataObject,
	now: number,
	limits: LedgerLimits,
): boolean {
	const saved = copy[SAVED_FIELD];
	let learned = false;
	const ownCopy = typeof saved === 'string' && saved.startsWith(ledger.header);
	if (!ownCopy || LEGACY_FIELD in copy) {
		const full = ledger.ids.size >= limits.maxEntries;
		const oldest = full ? (ledger.ids.values().next().value as [number, string])[0] : -Infinity;
		for (const [key, seconds] of readSavedLedger(copy)) {
			if (now - seconds * 1000 > limits.ttlMs) continue;
			const known = ledger.ids.get(key)?.[0];
			if (known === undefined ? seconds >= oldest : known < seconds) {
				setId(ledger, key, seconds);
				learned = true;
			}
		}
		if (learned) {
			// Oldest first again, so forget() finds the ids to drop at the front.
			ledger.ids = new Map([...ledger.ids].sort((a, b) => a[1][0] - b[1][0]));
		}
	}
	ledger.adopted.add(copy);
	ledger.copies.add(copy);
	copyOwners.set(copy, ledger);
	if (ledger.copies.size > OPEN_COPIES) {
		ledger.copies.delete(ledger.copies.values().next().value as IDataObject);
	}
	return learned;
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
	let changed = false;
	if (!ledger.adopted.has(staticData)) {
		changed = adopt(ledger, staticData, now, limits);
	}

	const key = ledgerKey(id);
	const seenAt = ledger.ids.get(key)?.[0];
	const isNew = seenAt === undefined || now - seenAt * 1000 > limits.ttlMs;
	if (isNew) {
		appendId(ledger, key, Math.floor(now / 1000));
		changed = true;
	}
	// On every call, not only for new ids: time alone ages ids out.
	if (forget(ledger, now, limits)) changed = true;
	// A copy handed over just now is brought up to date even when nothing changed.
	if (changed || staticData[SAVED_FIELD] !== savedForm(ledger) || LEGACY_FIELD in staticData) {
		updateCopies(ledger);
	}
	return isNew;
}
