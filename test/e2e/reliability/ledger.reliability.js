'use strict';
// The load ledger: 5,000 deliveries to one published RETM Trigger workflow in a real n8n, 20 at a
// time: new customer.created events, retries of earlier ones (some while the original is still in
// flight, some later but within the last 500 new events), deliveries with a wrong or missing token,
// and malformed bodies (not JSON, missing fields, empty, over 1 MiB). Afterwards the books must
// balance exactly: every new event accepted once and run once, retries acknowledged and run zero
// extra times, rejections run never, nothing lost, no 5xx; and the ledger n8n saved in the
// workflow's static data holds at most 1,000 ids. The counts are printed.
const { randomBytes } = require('node:crypto');
const { createSeededRandom } = require('../../pos-simulator/seeded-random');
const { customerCreated, post } = require('../support/retm');
const {
	mapConcurrently,
	printCounts,
	publishRetmWorkflow,
	savedLedgers,
	settledExecutions,
	startN8nWithPackage,
	triggerItems,
} = require('../support/reliability');

const DELIVERIES = Number(process.env.RELIABILITY_LEDGER_DELIVERIES ?? 5000);
const CONCURRENCY = Number(process.env.RELIABILITY_LEDGER_CONCURRENCY ?? 20);
const SEED = Number(process.env.RELIABILITY_LEDGER_SEED ?? 20251217);

// The trigger remembers the last 1,000 delivery ids (README, Guarantees). A platform retries within
// minutes, not after a thousand other deliveries, so a later retry repeats one of the most recent
// RETRY_WINDOW accepted events: well inside the ledger, whatever order the 20 in flight finish in.
const RETRY_WINDOW = 500;
const LEDGER_MAX_IDS = 1000;

/** The delivery plan: what is sent, in order, and what each delivery is. */
function planDeliveries(random, webhookToken) {
	const plan = [];
	// Only events sent as new go here: retries repeat them. Malformed bodies are built from events
	// never sent whole, so a retry of one would really be a first send.
	const events = [];
	const eventBody = () =>
		customerCreated({
			reference: random.uuid(),
			customer: { id: random.int(1, 1e6) },
		});
	// A retry of one of the last RETRY_WINDOW events; `eventsSince` counts the new events sent after it.
	const recentEvent = () => {
		const eventsSince = random.int(0, Math.min(RETRY_WINDOW, events.length) - 1);
		return { body: events[events.length - 1 - eventsSince], eventsSince };
	};
	const malformed = [
		() => ({
			body: '{"event":"customer.created",',
			contentType: 'application/json',
			expect: [422],
		}),
		() => ({ body: 'event=customer.created', contentType: 'text/plain', expect: [400] }),
		() => ({ body: { ...eventBody(), customer: undefined }, expect: [400] }),
		() => ({ body: { ...eventBody(), event: 42 }, expect: [400] }),
		() => ({ body: '', contentType: 'application/json', expect: [400] }),
		() => ({ body: '[1,2,3]', contentType: 'application/json', expect: [400] }),
		() => ({ body: { __proto__: null, event: 'customer.created', reference: 'x' }, expect: [400] }),
	];
	while (plan.length < DELIVERIES) {
		const roll = random.next();
		if (roll < 0.4 || events.length === 0) {
			const body = eventBody();
			events.push(body);
			plan.push({ kind: 'new', body, token: webhookToken });
			// Sent right after its original: with 20 in flight, the two race each other.
			if (random.chance(0.35)) plan.push({ kind: 'retry (concurrent)', body, token: webhookToken });
		} else if (roll < 0.62) {
			plan.push({ kind: 'retry (later)', ...recentEvent(), token: webhookToken });
		} else if (roll < 0.8) {
			const token = random.pick([
				undefined,
				randomBytes(24).toString('hex'),
				webhookToken.slice(1),
			]);
			plan.push({
				kind: 'bad token',
				body: customerCreated({ reference: random.uuid() }),
				token,
				expect: [401],
			});
		} else if (random.chance(0.01)) {
			const body = {
				...customerCreated({ reference: random.uuid() }),
				note: 'x'.repeat(1024 * 1024 + 1),
			};
			plan.push({ kind: 'malformed', body, token: webhookToken, expect: [413] });
		} else {
			const { body, contentType, expect } = random.pick(malformed)();
			plan.push({ kind: 'malformed', body, contentType, token: webhookToken, expect });
		}
	}
	plan.length = DELIVERIES;
	return plan;
}

describe(`load ledger: ${DELIVERIES} deliveries, ${CONCURRENCY} at a time`, () => {
	let n8n;
	let setup;

	beforeAll(async () => {
		// The setting docs/operations.md recommends for load: n8n then builds no expression sandbox per
		// delivery, which the ledger does not depend on, and 5,000 deliveries take minutes less.
		n8n = await startN8nWithPackage({ env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' } });
		setup = await publishRetmWorkflow(n8n, 'RETM load ledger (reliability)');
	}, 900_000);

	afterAll(async () => {
		await n8n?.stop();
	});

	test('accepted new = executions, retries and rejections run nothing, nothing is lost', async () => {
		const random = createSeededRandom(SEED);
		const plan = planDeliveries(random, setup.webhookToken);

		const started = Date.now();
		const answers = await mapConcurrently(plan, CONCURRENCY, async (delivery) => {
			try {
				return await post(setup.url, delivery.body, {
					token: delivery.token,
					contentType: delivery.contentType,
					timeoutMs: 180_000,
				});
			} catch (error) {
				return { status: 0, error: `${error.code}: ${error.message}` };
			}
		});
		const sendMs = Date.now() - started;

		// The books, per delivery.
		const tally = {};
		const count = (key) => (tally[key] = (tally[key] ?? 0) + 1);
		const runsByReference = new Map();
		const validReferences = new Set();
		const acceptedDeliveryIds = new Set();
		const problems = [];
		plan.forEach((delivery, index) => {
			const answer = answers[index];
			count(
				`${delivery.kind}: ${answer.status}${answer.json?.ignored ? ` ${answer.json.ignored}` : ''}`,
			);
			if (answer.status === 0 || answer.status >= 500) {
				problems.push(
					`#${index} ${delivery.kind}: ${answer.status} ${answer.error ?? answer.text?.slice(0, 200)}`,
				);
				return;
			}
			if (delivery.expect) {
				if (!delivery.expect.includes(answer.status)) {
					problems.push(
						`#${index} ${delivery.kind}: expected ${delivery.expect}, got ${answer.status} ${answer.text?.slice(0, 200)}`,
					);
				}
				return;
			}
			const reference = delivery.body.reference;
			validReferences.add(reference);
			if (answer.status !== 200) {
				problems.push(`#${index} ${delivery.kind}: ${answer.status} ${answer.text?.slice(0, 200)}`);
			} else if (answer.json?.deliveryId && !answer.json.ignored) {
				runsByReference.set(reference, (runsByReference.get(reference) ?? 0) + 1);
				acceptedDeliveryIds.add(answer.json.deliveryId);
			} else if (answer.json?.ignored !== 'duplicate') {
				problems.push(
					`#${index} ${delivery.kind}: unexpected answer ${answer.text?.slice(0, 200)}`,
				);
			}
		});
		const acceptedNew = [...runsByReference.values()].reduce((sum, n) => sum + n, 0);
		const acceptedTwice = [...runsByReference].filter(([, n]) => n > 1);
		const neverAccepted = [...validReferences].filter(
			(reference) => !runsByReference.has(reference),
		);

		const executions = await settledExecutions(setup.wf, setup.workflowId, {
			atLeast: acceptedNew,
		});
		const items = triggerItems(executions);
		const executedReferences = new Map();
		for (const { reference } of items) {
			executedReferences.set(reference, (executedReferences.get(reference) ?? 0) + 1);
		}
		const failedExecutions = items.filter(({ status }) => status !== 'success');
		const executedTwice = [...executedReferences].filter(([, n]) => n > 1);
		const executedUnaccepted = items.filter(
			({ deliveryId }) => !acceptedDeliveryIds.has(deliveryId),
		);
		const ledger = await savedLedgers(setup.wf, setup.workflowId);
		const ledgerIds = Object.values(ledger.idsPerTrigger);
		const laterRetries = plan.filter((delivery) => delivery.kind === 'retry (later)');
		const farthestRetry = Math.max(0, ...laterRetries.map((delivery) => delivery.eventsSince));
		const rejected = plan.filter((delivery) => delivery.expect).length;
		const retries = plan.filter((delivery) => delivery.kind.startsWith('retry')).length;

		printCounts(
			`load ledger (${DELIVERIES} deliveries, ${CONCURRENCY} at a time, sent in ${(sendMs / 1000).toFixed(1)} s)`,
			[
				['distinct valid events', validReferences.size],
				['accepted new (2xx, ran)', acceptedNew],
				['retries sent', retries],
				[
					'acknowledged duplicates',
					plan.filter((_, i) => answers[i].json?.ignored === 'duplicate').length,
				],
				['rejected (401/400/413/422)', rejected],
				['executions', executions.length],
				['executions not successful', failedExecutions.length],
				['events run twice', executedTwice.length],
				['events never accepted (lost)', neverAccepted.length],
				['later retries: most new events since the original', farthestRetry],
				['saved static data of the workflow', `${ledger.bytes} bytes`],
				[
					'ids in the saved ledger per trigger',
					Object.entries(ledger.idsPerTrigger)
						.map(([node, ids]) => `${node}: ${ids}`)
						.join(', ') || 'none',
				],
				['5xx or no answer', problems.filter((p) => / (0|5\d\d) /.test(p)).length],
				...Object.entries(tally)
					.sort()
					.map(([key, n]) => [`  ${key}`, n]),
			],
		);

		expect(problems.slice(0, 20)).toEqual([]);
		expect(acceptedTwice).toEqual([]);
		expect(neverAccepted).toEqual([]);
		expect(acceptedNew).toBe(validReferences.size);
		expect(executions.length).toBe(acceptedNew);
		expect(failedExecutions).toEqual([]);
		expect(executedTwice).toEqual([]);
		expect(executedUnaccepted).toEqual([]);
		expect(executedReferences.size).toBe(validReferences.size);
		// The ledger was saved, and stays within its documented size however many events arrive.
		expect(farthestRetry).toBeLessThan(RETRY_WINDOW);
		expect(Object.keys(ledger.idsPerTrigger)).toEqual([setup.trigger.name]);
		expect(ledgerIds[0]).toBeGreaterThan(0);
		expect(ledgerIds[0]).toBeLessThanOrEqual(LEDGER_MAX_IDS);
	});
});
