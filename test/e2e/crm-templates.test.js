'use strict';
// The CRM templates (examples/customer-sync-hubspot.json, customer-sync-google-sheets.json) imported as
// shipped into a real n8n, with only credentials and the sheet's address filled in, as a user does.
// n8n's HubSpot and Google Sheets nodes call fixed Google and HubSpot hosts, which this test does not
// reach: a customer from each of the three triggers goes through every node up to the CRM node, whose
// input is checked; the CRM node's own fields are checked against the CRM's documented fields in
// test/unit/examples.test.js. The one-off backfill branch runs against the RETM and Flavours
// simulators, started by a Webhook in place of its manual trigger (n8n's API cannot press "Execute
// workflow"), and must put out the customers in the live sync's shape.
const fs = require('node:fs');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { sharedN8n } = require('./support/n8n');
const {
	createRetmCredential,
	customerCreated,
	post,
	waitForExactExecutions,
} = require('./support/retm');
const {
	createResDiaryCredential,
	postWithSecret,
	resDiaryNotification,
} = require('./support/resdiary');
const { createFlavoursCredential, flavoursCustomerEvent } = require('./support/flavours');
const { example: contract } = require('../fixtures/contracts');
const { startRetmSimulator, startFlavoursSimulator } = require('../pos-simulator');

const load = (file) =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8'));

const TEMPLATES = [
	{
		file: 'customer-sync-hubspot.json',
		crmNode: 'Create or update HubSpot contact',
		before: 'Has an email',
		credential: ['hubspotAppToken', { appToken: 'e2e-not-a-hubspot-token' }],
	},
	{
		file: 'customer-sync-google-sheets.json',
		crmNode: 'Add or update row',
		before: 'Not deleted',
		credential: ['googleSheetsOAuth2Api', { clientId: 'e2e-client', clientSecret: 'e2e-secret' }],
		fill: (workflow) => {
			const sheets = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.googleSheets');
			sheets.parameters.documentId.value = 'https://docs.google.com/spreadsheets/d/e2e-sheet/edit';
		},
	},
];

describe.each(TEMPLATES)(
	'Template $file in a real n8n',
	({ file, crmNode, before, credential, fill }) => {
		const wf = sharedN8n();

		/** Imports the template with a credential of each kind it uses, the POS ones at the given hosts. */
		async function importWithCredentials(example, { retmUrl, flavoursUrl } = {}) {
			const retm = await createRetmCredential(wf, retmUrl ? { baseUrl: retmUrl } : {});
			const flavours = await createFlavoursCredential(
				wf,
				flavoursUrl ? { baseUrl: flavoursUrl } : {},
			);
			const resDiary = await createResDiaryCredential(wf);
			const [type, data] = credential;
			const crm = await wf.createCredential(
				type,
				`${type} (e2e ${randomUUID().slice(0, 8)})`,
				data,
			);
			const workflow = await wf.importWorkflow(example, {
				freshWebhookIds: true,
				credentials: {
					retmApi: retm.credential,
					flavoursApi: flavours.credential,
					resDiaryWebhookApi: resDiary.credential,
					[type]: crm,
				},
			});
			return { workflow, retm, flavours, resDiary };
		}

		test('imports and publishes; a customer from each trigger reaches the CRM node in the live shape', async () => {
			const example = load(file);
			fill?.(example);
			const { workflow, retm, flavours, resDiary } = await importWithCredentials(example);
			const saved = await wf.n8n.api('GET', `/workflows/${workflow.id}`);
			expect(saved.nodes.map((node) => [node.name, node.type, node.typeVersion])).toEqual(
				example.nodes.map((node) => [node.name, node.type, node.typeVersion]),
			);
			await wf.activate(workflow.id);
			const urlOf = (suffix) =>
				wf.webhookUrl(saved.nodes.find((node) => node.type.endsWith(suffix)).webhookId);
			const urls = {
				retm: urlOf('.retmTrigger'),
				flavours: urlOf('.flavoursTrigger'),
				resdiary: urlOf('.resDiaryTrigger'),
			};
			for (const url of Object.values(urls)) await wf.waitForWebhook(url);

			const flavoursUser = contract('flavours/webhooks/customers.CREATE').data.user;
			const deliveries = [
				{
					send: () => post(urls.retm, customerCreated(), { token: retm.webhookToken }),
					expected: {
						platform: 'retm',
						event: 'customer.created',
						customer: {
							name: 'Ahmad Abdullah',
							firstName: 'Ahmad',
							lastName: 'Abdullah',
							phone: '+96655123456',
							email: 'ahmed@abdullah.com',
						},
					},
				},
				{
					// The secret in the URL, as the README tells users to give it to Flavours.
					send: () =>
						post(
							`${urls.flavours}?secret=${encodeURIComponent(flavours.webhookSecret)}`,
							flavoursCustomerEvent('customers.CREATE'),
						),
					expected: {
						platform: 'flavours',
						event: 'customer.created',
						customer: { email: flavoursUser.email, name: flavoursUser.name },
					},
				},
				{
					send: () =>
						postWithSecret(
							urls.resdiary,
							// ResDiary's page shows an address its site obfuscated: a real one here.
							resDiaryNotification('customer.created', {
								customer: { Email: 'aardvark@example.com' },
							}),
							resDiary.webhookSecret,
						),
					expected: {
						platform: 'resdiary',
						event: 'customer.created',
						customer: { email: 'aardvark@example.com', firstName: 'Aardvark' },
					},
				},
			];

			for (const [index, { send, expected }] of deliveries.entries()) {
				const answer = await send();
				expect(answer.status).toBe(200);
				const executions = await waitForExactExecutions(wf, workflow.id, index + 1);
				const execution = executions.find(
					(run) => wf.nodeOutput(run, before)[0]?.platform === expected.platform,
				);
				expect(execution).toBeDefined();
				const [reaching] = wf.nodeOutput(execution, before);
				expect(reaching).toMatchObject(expected);
				// The CRM node ran on that item; without HubSpot or Google it can only fail to reach them.
				expect(execution.data.resultData.runData[crmNode]).toHaveLength(1);
				expect(execution.data.resultData.lastNodeExecuted).toBe(crmNode);
			}
		});

		test('the one-off backfill puts every POS customer out in the live shape', async () => {
			const retmSimulator = await startRetmSimulator({
				customers: 3,
				accessToken: 'e2e-access-token',
			});
			const flavoursSimulator = await startFlavoursSimulator({
				customers: 3,
				accessToken: 'e2e-access-token',
			});
			try {
				const example = load(file);
				fill?.(example);
				const manual = example.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
				const path = `backfill-${randomUUID().slice(0, 8)}`;
				// Without HubSpot or Google the CRM node can only fail; it goes on, so that the second
				// list runs too (n8n would stop the run at the first list's failure).
				example.nodes.find((node) => node.name === crmNode).onError = 'continueRegularOutput';
				Object.assign(manual, {
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					webhookId: randomUUID(),
					parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
				});
				const { workflow } = await importWithCredentials(example, {
					retmUrl: retmSimulator.url,
					flavoursUrl: flavoursSimulator.apiUrl,
				});
				await wf.activate(workflow.id);
				const url = wf.productionUrl(path);
				await wf.waitForWebhook(url);

				expect((await post(url, {})).status).toBe(200);
				const [execution] = await waitForExactExecutions(wf, workflow.id, 1);
				// Each list reaches the filter in a run of its own.
				const { runData } = execution.data.resultData;
				const reaching = runData['Not deleted'].flatMap((run) =>
					run.data.main[0].map((item) => item.json),
				);
				const emails = (platform) =>
					reaching
						.filter((item) => item.platform === platform)
						.map((item) => item.customer.email)
						.sort();
				expect(emails('retm')).toEqual(
					retmSimulator.store.customers.map((customer) => customer.email).sort(),
				);
				expect(emails('flavours')).toEqual(
					flavoursSimulator.store.customers.map((customer) => customer.user.email).sort(),
				);
				for (const item of reaching) {
					expect(item).toMatchObject({
						event: 'customer.imported',
						customer: { id: expect.anything(), phone: expect.stringMatching(/^\+\d+$/) },
					});
				}
				expect(runData[crmNode]).toHaveLength(2);
			} finally {
				await retmSimulator.close();
				await flavoursSimulator.close();
			}
		});
	},
);
