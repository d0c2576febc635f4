'use strict';
// The example workflow examples/retm-welcome-email.json, imported as shipped (only its credential
// references replaced) into the shared n8n, with a real SMTP server on 127.0.0.1: a new RETM customer
// with an email gets exactly one welcome email; one without an email gets none and the run succeeds.
const fs = require('node:fs');
const path = require('node:path');
const { sharedN8n } = require('./support/n8n');
const { startSmtpServer } = require('./support/smtp');
const {
	createRetmCredential,
	customerCreated,
	post,
	waitForExactExecutions,
} = require('./support/retm');

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'retm-welcome-email.json');

describe('Example: welcome email on customer.created', () => {
	const wf = sharedN8n();
	const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const trigger = example.nodes.find((node) => node.type.endsWith('.retmTrigger'));
	const FILTER = 'Only customers with an email';
	const SEND = 'Send welcome email';
	let smtp;
	let webhookToken;
	let workflowId;
	let url;

	beforeAll(async () => {
		smtp = await startSmtpServer();
		const retm = await createRetmCredential(wf);
		webhookToken = retm.webhookToken;
		const smtpCredential = await wf.createCredential('smtp', 'SMTP (e2e)', {
			user: '',
			password: '',
			host: smtp.host,
			port: smtp.port,
			secure: false,
			disableStartTls: true,
		});
		const workflow = await wf.importWorkflow(example, {
			credentials: { retmApi: retm.credential, smtp: smtpCredential },
		});
		workflowId = workflow.id;
		await wf.activate(workflowId);
		url = wf.webhookUrl(trigger.webhookId);
		await wf.waitForWebhook(url);
	});

	afterAll(async () => {
		await smtp?.close();
	});

	test('a new customer with an email gets exactly one welcome email greeting them by name', async () => {
		const answer = await post(url, customerCreated(), { token: webhookToken });
		expect(answer.status).toBe(200);

		const [execution] = await waitForExactExecutions(wf, workflowId, 1);
		expect(execution.status).toBe('success');
		expect(wf.nodeOutput(execution, SEND)).toHaveLength(1);
		await smtp.waitForMessages(1);
		// Give a second email the chance to arrive before counting.
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(smtp.messages).toHaveLength(1);

		const [{ envelope, mail }] = smtp.messages;
		expect(envelope.to).toEqual(['ahmed@abdullah.com']);
		expect(mail.to.value).toEqual([{ address: 'ahmed@abdullah.com', name: 'Ahmad Abdullah' }]);
		expect(mail.from.value).toEqual([{ address: 'hello@restaurant.example', name: 'Restaurant' }]);
		expect(mail.subject).toBe('Welcome, Ahmad Abdullah!');
		expect(mail.text).toContain('Hello Ahmad Abdullah (احمد عبدالله),');
		expect(mail.text).toContain('أهلاً وسهلاً بك!');
	});

	test.each([
		['null', 2, null],
		['an empty string', 3, ''],
	])(
		'a new customer whose email is %s gets no email, and the run still succeeds',
		async (_label, runs, email) => {
			const sent = smtp.messages.length;
			const answer = await post(
				url,
				customerCreated({ customer: { id: 5678 + runs, name: 'Sara Alqahtani', email } }),
				{ token: webhookToken },
			);
			expect(answer.status).toBe(200);

			const executions = await waitForExactExecutions(wf, workflowId, runs);
			expect(executions).toHaveLength(runs);
			const execution = executions[runs - 1];
			expect(execution.status).toBe('success');
			expect(wf.nodeOutput(execution, trigger.name)).toEqual([
				expect.objectContaining({
					// The normalized customer has no email rather than an empty one.
					customer: expect.objectContaining({ name: 'Sara Alqahtani', email: null }),
				}),
			]);
			expect(wf.nodeOutput(execution, FILTER)).toEqual([]);
			expect(wf.nodeOutput(execution, SEND)).toEqual([]);
			expect(smtp.messages).toHaveLength(sent);
		},
	);
});
