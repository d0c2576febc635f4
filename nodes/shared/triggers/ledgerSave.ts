import type { IDataObject } from 'n8n-workflow';

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

/**
 * Marks the static data of deliveries not yet answered as changed, so n8n saves their ledgers. Only
 * static data n8n observes (it carries n8n's `__dataChanged` mark) is saved by mark.
 */
export function markLedgersChanged(): void {
	for (const holder of openLedgerCopies()) {
		if (!savedByMark(holder)) continue;
		// A write through n8n's observable static data is what marks it changed.
		const saved = holder[SAVED_FIELD];
		holder[SAVED_FIELD] = saved;
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
