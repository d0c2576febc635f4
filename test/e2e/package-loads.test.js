'use strict';
// The packed package, installed the way n8n installs community packages, is found and loaded by a
// real n8n: its node and credential types show up where the editor reads them.
const { sharedN8n } = require('./support/n8n');

const PACKAGE = 'n8n-nodes-restaurant-pos';
const { n8n } = sharedN8n();

describe('n8n loads the packed package', () => {
	test('the editor lists the RETM Trigger node type', async () => {
		const nodeTypes = await n8n.getWithCookie('/types/nodes.json');
		const trigger = nodeTypes.find((type) => type.name === `${PACKAGE}.retmTrigger`);

		expect(trigger).toBeDefined();
		expect(trigger.group).toContain('trigger');
		expect(trigger.credentials).toEqual([expect.objectContaining({ name: 'retmApi' })]);
		expect(trigger.webhooks).toEqual([
			expect.objectContaining({ httpMethod: 'POST', path: 'webhook' }),
		]);
	});

	test('the editor lists the RETM API credential type', async () => {
		const credentialTypes = await n8n.getWithCookie('/types/credentials.json');
		const retmApi = credentialTypes.find((type) => type.name === 'retmApi');

		expect(retmApi).toBeDefined();
		expect(retmApi.properties.map((property) => property.name)).toEqual(
			expect.arrayContaining(['environment', 'baseUrl', 'accessToken', 'webhookToken']),
		);
	});

	test('n8n can load the node class itself (its code and its zod import run inside n8n)', async () => {
		const [description] = await n8n.rest('POST', '/node-types', {
			nodeInfos: [{ name: `${PACKAGE}.retmTrigger`, version: 1 }],
		});

		// n8n answers with the class's own description, whose name carries no package prefix.
		expect(description).toEqual(
			expect.objectContaining({ name: 'retmTrigger', displayName: 'RETM Trigger' }),
		);
	});
});
