import { sleep, type IDataObject } from 'n8n-workflow';

import { openLedgerCopies, SAVED_FIELD } from './deliveryLedger';

/**
 * Answers one n8n behaviour (seen in 2.41): n8n saves a workflow's static data after a webhook only
 * when it is marked changed, and clears that mark when it starts the run a delivery asked for
 * (WorkflowRunner.establishContextForPersistence builds a second Workflow on the same object). A
 * delivery that starts a run would so never save the ledger it recorded. n8n resolves the webhook's
 * `responseData` after starting the run and just before it saves static data, so that is where the
 * ledgers of recent deliveries are marked changed again.
 *
 * Chosen by what the running n8n hands over: only static data n8n observes (it carries n8n's
 * `__dataChanged` mark) is saved by mark, so only such static data is marked; any other is saved
 * as it is, or not at all, and needs nothing from here.
 */

const savedByMark = (staticData: IDataObject) => '__dataChanged' in staticData;

/** Marks one delivery's static data changed, where n8n saves by mark. */
function markChanged(holder: IDataObject): void {
	if (!savedByMark(holder)) return;
	// A write through n8n's observable static data is what marks it changed.
	const saved = holder[SAVED_FIELD];
	holder[SAVED_FIELD] = saved;
}

/**
 * Marks the static data of deliveries not yet answered as changed, so n8n saves their ledgers. Only
 * static data n8n observes (it carries n8n's `__dataChanged` mark) is saved by mark.
 */
export function markLedgersChanged(): void {
	for (const holder of openLedgerCopies()) markChanged(holder);
}

/**
 * The same answer where n8n has no native resolvers (1.x, 2.x before 2.35): there the answer is an
 * expression n8n evaluates itself, so none of this package's code runs between the start of the run
 * and the save. Instead the delivery's static data is marked changed again on every timer tick from
 * when the webhook returns until `done` (n8n has answered: it saves before it answers) or `boundMs`
 * has passed. n8n clears the mark as it starts the run, in the same tick the webhook returns in, and
 * writes the execution to its database before it saves, which takes longer than a tick.
 */
export async function keepMarkedUntil(
	staticData: IDataObject,
	done: () => boolean,
	boundMs: number,
): Promise<void> {
	if (!savedByMark(staticData)) return;
	const started = Date.now();
	while (!done() && Date.now() - started < boundMs) {
		await sleep(Date.now() - started < 250 ? 1 : 25);
		markChanged(staticData);
	}
}

/** A `responseData` resolver that also marks the ledgers changed when n8n resolves it. */
export function markingLedgersOnResolve<
	Resolver extends { resolve: (...args: never[]) => unknown },
>(resolver: Resolver): Resolver {
	return {
		...resolver,
		resolve: (...args: Parameters<Resolver['resolve']>) => {
			markLedgersChanged();
			return resolver.resolve(...args);
		},
	};
}
