'use strict';
// Duplicate suppression under concurrency, in whichever mode the e2e suite runs (regular, or queue
// mode where every production delivery lands on the one `n8n webhook` process): each event is sent
// several times at once, so the copies race through n8n's per-request load and save of the
// workflow's static data. Exactly one copy of each event may start a run; the others are answered
// 2xx as duplicates.
const { randomUUID } = require('node:crypto');
const { sharedN8n } = require('../support/n8n');
const {
	chainWorkflow,
	createRetmCredential,
	customerCreated,
	noOpNode,
	post,
	publishWorkflow,
	retmTriggerNode,
	waitForExactExecutions,
} = require('../support/retm');

const EVENTS = 30;
const COPIES = 5;

describe(`duplicates sent at the same time (${process.env.N8N_E2E_MODE ?? 'regular'} mode)`, () => {
	const { n8n, ...wf } = sharedN8n();
	let workflowId;
	let url;
	let webhookToken;

	beforeAll(async () => {
		const created = await createRetmCredential(wf);
		webhookToken = created.webhookToken;
		const trigger = retmTriggerNode();
		const workflow = chainWorkflow('RETM concurrent duplicates (e2e)', [trigger, noOpNode()]);
		({ workflowId, url } = await publishWorkflow(wf, workflow, trigger, {
			retmApi: created.credential,
		}));
	});

	test(`${EVENTS} events x ${COPIES} simultaneous copies start ${EVENTS} runs`, async () => {
		const events = Array.from({ length: EVENTS }, () =>
			customerCreated({ reference: randomUUID() }),
		);
		const answers = await Promise.all(
			events.flatMap((event) =>
				Array.from({ length: COPIES }, () =>
					post(url, event, { token: webhookToken, timeoutMs: 180_000 }),
				),
			),
		);
		expect(answers.filter((answer) => answer.status !== 200).map((answer) => answer.text)).toEqual(
			[],
		);
		const started = answers.filter((answer) => answer.json.deliveryId && !answer.json.ignored);
		const duplicates = answers.filter((answer) => answer.json.ignored === 'duplicate');
		expect(started).toHaveLength(EVENTS);
		expect(duplicates).toHaveLength(EVENTS * (COPIES - 1));

		const executions = await waitForExactExecutions(wf, workflowId, EVENTS, { stableMs: 3000 });
		expect(executions).toHaveLength(EVENTS);
		const references = executions.map((execution) => {
			const [item] = wf.nodeOutput(execution, 'RETM Trigger');
			return item?.raw?.reference ?? item?.reference;
		});
		expect(new Set(references)).toEqual(new Set(events.map((event) => event.reference)));
		expect(n8n.baseUrl).toBeTruthy();
	});
});
