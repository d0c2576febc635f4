'use strict';
// The CRM templates (examples/customer-sync-hubspot.json, customer-sync-google-sheets.json) imported as
// shipped into a real n8n, with only credentials and the sheet's address filled in, as a user does.
// n8n's HubSpot and Google Sheets nodes call fixed Google and HubSpot hosts, which this test does not
// reach: a RETM customer goes through every node up to the CRM node, whose input is checked; the CRM
// node's own fields are checked against the CRM's documented fields in test/unit/examples.test.js.
const fs = require('node:fs');
const path = require('node:path');
const { sharedN8n } = require('./setup/n8n');
const {
	createRetmCredential,
	customerCreated,
	post,
	waitForExactExecutions,
} = require('./support/retm');
const { createResDiaryCredential } = require('./support/resdiary');
const { createFlavoursCredential } = require('./support/flavours');

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

		test('imports and publishes; a RETM customer reaches the CRM node in the live shape', async () => {
			const example = load(file);
			fill?.(example);
			const retm = await createRetmCredential(wf);
			const flavours = await createFlavoursCredential(wf);
			const resDiary = await createResDiaryCredential(wf);
			const [type, data] = credential;
			const crm = await wf.createCredential(type, `${type} (e2e)`, data);
			const workflow = await wf.importWorkflow(example, {
				freshWebhookIds: true,
				credentials: {
					retmApi: retm.credential,
					flavoursApi: flavours.credential,
					resDiaryWebhookApi: resDiary.credential,
					[type]: crm,
				},
			});
			const saved = await wf.n8n.api('GET', `/workflows/${workflow.id}`);
			expect(saved.nodes.map((node) => [node.name, node.type, node.typeVersion])).toEqual(
				example.nodes.map((node) => [node.name, node.type, node.typeVersion]),
			);
			await wf.activate(workflow.id);
			const trigger = saved.nodes.find((node) => node.type.endsWith('.retmTrigger'));
			const url = wf.webhookUrl(trigger.webhookId);
			await wf.waitForWebhook(url);

			const answer = await post(url, customerCreated(), { token: retm.webhookToken });
			expect(answer.status).toBe(200);

			const [execution] = await waitForExactExecutions(wf, workflow.id, 1);
			const [reaching] = wf.nodeOutput(execution, before);
			expect(reaching).toMatchObject({
				platform: 'retm',
				event: 'customer.created',
				customer: {
					name: 'Ahmad Abdullah',
					firstName: 'Ahmad',
					lastName: 'Abdullah',
					phone: '+96655123456',
					email: 'ahmed@abdullah.com',
				},
			});
			// The CRM node ran on that item; without HubSpot or Google it can only fail to reach them.
			expect(execution.data.resultData.runData[crmNode]).toHaveLength(1);
			expect(execution.data.resultData.lastNodeExecuted).toBe(crmNode);
		});
	},
);
