'use strict';
// Duplicate suppression with SEVERAL webhook processes (README, Guarantees > Duplicates): n8n in queue
// mode with two `n8n webhook` processes behind Debian's nginx, which routes by URL with the README's
// upstream line (`hash $request_uri consistent`). A trigger's ledger is only consulted by deliveries
// to its own URL, so when every request for one URL lands on one process the check-and-record stays
// in that process's memory and is exact again, while different triggers spread over the processes.
//
// One workflow with two RETM triggers (the customer-sync example's shape: several triggers, one
// workflow, so the two processes save the same workflow's static data), their webhook ids chosen so
// that nginx sends one trigger to each process. Each event is sent several times at once, then the
// whole lot again as a retry burst. Exactly one run per event; the nginx access log shows both
// processes served deliveries and every URL always went to the same one. The counts are printed.
const { randomUUID } = require('node:crypto');
const { installPackage } = require('../../../scripts/lib/install-package');
const { NGINX_UPSTREAM_HASH, startQueueCluster } = require('../../../scripts/lib/queue-mode');
const { workflowHelpers } = require('../../../scripts/lib/workflows');
const {
	createRetmCredential,
	customerCreated,
	noOpNode,
	post,
	retmTriggerNode,
} = require('../support/retm');
const {
	printCounts,
	savedLedgers,
	settledExecutions,
	triggerItems,
} = require('../support/reliability');

const EVENTS_PER_TRIGGER = 15;
const COPIES = 5;
const RETRY_COPIES = 3;
const WEBHOOK_PROCESSES = 2;
const TRIGGER_NAMES = ['RETM Trigger A', 'RETM Trigger B'];

/** Sends every event `copies` times, all at once; the answers carry their trigger and event. */
async function sendAll(triggers, copies, webhookToken) {
	const sends = triggers.flatMap((trigger) =>
		trigger.events.flatMap((event) => Array.from({ length: copies }, () => ({ trigger, event }))),
	);
	return await Promise.all(
		sends.map(async ({ trigger, event }) => ({
			trigger,
			event,
			...(await post(trigger.url, event, { token: webhookToken, timeoutMs: 180_000 })),
		})),
	);
}

/**
 * A webhook id per webhook process such that nginx sends `/webhook/<id>/webhook` to that process,
 * found by asking nginx where candidate URLs go (its hash depends on the upstreams' ports).
 */
async function webhookIdPerProcess(nginx, webhooks) {
	const upstreams = webhooks.map((webhook) => `127.0.0.1:${webhook.port}`);
	const chosen = new Map();
	for (let tries = 0; tries < 64 && chosen.size < upstreams.length; tries++) {
		const webhookId = randomUUID();
		const upstream = await nginx.routeOf(`/webhook/${webhookId}/webhook`);
		if (upstreams.includes(upstream) && !chosen.has(upstream)) chosen.set(upstream, webhookId);
	}
	if (chosen.size < upstreams.length) {
		throw new Error(`nginx sent 64 candidate URLs to only ${[...chosen.keys()].join(', ')}`);
	}
	return upstreams.map((upstream) => ({ upstream, webhookId: chosen.get(upstream) }));
}

describe(`queue mode, ${WEBHOOK_PROCESSES} webhook processes behind nginx (${NGINX_UPSTREAM_HASH})`, () => {
	let cluster;
	let wf;
	let workflowId;
	let webhookToken;
	let triggers;

	beforeAll(async () => {
		const build = process.env.N8N_E2E_SKIP_BUILD !== '1';
		cluster = await startQueueCluster({
			webhookProcesses: WEBHOOK_PROCESSES,
			beforeStart: (userFolder) => {
				installPackage(userFolder, { build });
			},
		});
		const { main, nginx, webhooks } = cluster;
		// Production webhook URLs: nginx's.
		main.webhookOrigin = cluster.webhookBaseUrl;
		wf = workflowHelpers(main);
		const created = await createRetmCredential(wf);
		webhookToken = created.webhookToken;

		const routes = await webhookIdPerProcess(nginx, webhooks);
		const noOp = noOpNode();
		const nodes = routes.map(({ webhookId }, index) =>
			retmTriggerNode({ name: TRIGGER_NAMES[index], webhookId }),
		);
		nodes.forEach((node, index) => {
			node.position = [0, index * 200];
		});
		noOp.position = [260, 100];
		const workflow = {
			name: 'RETM two triggers behind nginx (reliability)',
			nodes: [...nodes, noOp],
			connections: Object.fromEntries(
				nodes.map((node) => [node.name, { main: [[{ node: noOp.name, type: 'main', index: 0 }]] }]),
			),
			settings: { executionOrder: 'v1' },
		};
		const imported = await wf.importWorkflow(workflow, {
			credentials: { retmApi: created.credential },
		});
		workflowId = imported.id;
		await wf.activate(workflowId);
		triggers = nodes.map((node, index) => ({
			name: node.name,
			url: wf.webhookUrl(node.webhookId),
			path: `/webhook/${node.webhookId}/webhook`,
			upstream: routes[index].upstream,
			events: Array.from({ length: EVENTS_PER_TRIGGER }, () =>
				customerCreated({ reference: randomUUID() }),
			),
		}));
		for (const trigger of triggers) await wf.waitForWebhook(trigger.url, { timeoutMs: 180_000 });
	}, 1_800_000);

	afterAll(async () => {
		await cluster?.stop();
	});

	test('concurrent copies and a retry burst start exactly one run per event, on both processes', async () => {
		const events = EVENTS_PER_TRIGGER * triggers.length;

		// 1. Every event COPIES times at once.
		const first = await sendAll(triggers, COPIES, webhookToken);
		expect(first.filter((answer) => answer.status !== 200).map((answer) => answer.text)).toEqual(
			[],
		);
		const started = first.filter((answer) => answer.json?.deliveryId && !answer.json.ignored);
		const duplicates = first.filter((answer) => answer.json?.ignored === 'duplicate');
		expect(started).toHaveLength(events);
		expect(duplicates).toHaveLength(events * (COPIES - 1));
		for (const trigger of triggers) {
			const mine = started.filter((answer) => answer.trigger === trigger);
			expect(new Set(mine.map((answer) => answer.event.reference))).toEqual(
				new Set(trigger.events.map((event) => event.reference)),
			);
		}
		let executions = await settledExecutions(wf, workflowId, { atLeast: events });
		expect(executions).toHaveLength(events);

		// 2. A retry burst: the platform sends everything again, RETRY_COPIES times at once.
		const retries = await sendAll(triggers, RETRY_COPIES, webhookToken);
		expect(retries.filter((answer) => answer.status !== 200).map((answer) => answer.text)).toEqual(
			[],
		);
		const retriesStarted = retries.filter((answer) => answer.json?.ignored !== 'duplicate');
		expect(retriesStarted.map((answer) => answer.json)).toEqual([]);
		executions = await settledExecutions(wf, workflowId, { atLeast: events, quietMs: 8000 });
		expect(executions).toHaveLength(events);
		expect(executions.filter((execution) => execution.status !== 'success')).toEqual([]);

		// Every run started from the trigger whose URL received its event, and from that one only.
		const ownerOf = (reference) =>
			triggers.find((trigger) => trigger.events.some((event) => event.reference === reference))
				?.name;
		const misrouted = executions
			.map((execution) => {
				const ran = TRIGGER_NAMES.filter((name) => execution.data?.resultData?.runData?.[name]);
				const references = ran.map(
					(name) => triggerItems([execution], name)[0].reference ?? '(no item)',
				);
				return { id: execution.id, ran, references, owners: references.map(ownerOf) };
			})
			.filter(({ ran, owners }) => ran.length !== 1 || owners[0] !== ran[0]);
		expect(misrouted).toEqual([]);

		// Each trigger ran once per event: its references, each once.
		const perTrigger = triggers.map((trigger) => {
			const items = triggerItems(executions, trigger.name).filter((item) => item.item);
			return { trigger, references: items.map((item) => item.reference) };
		});
		for (const { trigger, references } of perTrigger) {
			expect(references.slice().sort()).toEqual(
				trigger.events.map((event) => event.reference).sort(),
			);
		}

		// 3. nginx's access log: every delivery to one URL went to one process, one URL per process.
		const posts = cluster.nginx.accessLog().filter((entry) => entry.method === 'POST');
		const postsTo = (trigger) => posts.filter((entry) => entry.uri === trigger.path);
		for (const trigger of triggers) {
			const upstreams = new Set(postsTo(trigger).map((entry) => entry.upstream));
			expect([...upstreams]).toEqual([trigger.upstream]);
			expect(postsTo(trigger)).toHaveLength(EVENTS_PER_TRIGGER * (COPIES + RETRY_COPIES));
		}
		const perProcess = cluster.webhooks.map((webhook) => {
			const upstream = `127.0.0.1:${webhook.port}`;
			return { upstream, posts: posts.filter((entry) => entry.upstream === upstream).length };
		});
		for (const { posts: count } of perProcess) expect(count).toBeGreaterThan(0);
		// The answers say the same (nginx's X-Upstream header).
		for (const answer of [...first, ...retries]) {
			expect(answer.headers['x-upstream']).toBe(answer.trigger.upstream);
		}

		// Informational, not asserted: the saved copy lags the processes' memory ledgers, which are
		// what de-duplicates here. n8n saves a workflow's static data whole (the two processes' saves
		// of this workflow overwrite each other's trigger), and n8n 2.41 skips the save after a
		// delivery that starts a run (only deliveries that start none, like these duplicates, save).
		const saved = await savedLedgers(wf, workflowId);
		printCounts(
			`${WEBHOOK_PROCESSES} webhook processes behind nginx (${NGINX_UPSTREAM_HASH}): ` +
				`${events} events, ${COPIES} copies at once, then ${RETRY_COPIES} more each`,
			[
				...perProcess.map(({ upstream, posts: count }) => [
					`POSTs to webhook process ${upstream} (nginx log)`,
					count,
				]),
				...perTrigger.flatMap(({ trigger, references }) => [
					[`${trigger.name} -> ${trigger.upstream}: runs`, references.length],
					[`${trigger.name}: ids in the saved ledger`, saved.idsPerTrigger[trigger.name] ?? 0],
				]),
				['deliveries sent', first.length + retries.length],
				['started (first send)', started.length],
				['duplicates (first send)', duplicates.length],
				['duplicates (retry burst)', retries.length - retriesStarted.length],
				['executions', executions.length],
			],
		);
	});
});
