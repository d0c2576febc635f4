'use strict';
// The templates in examples/ as a user gets them: valid workflow JSON, credentials left for the user
// to pick, triggers at their current version, the data they pin exactly what each trigger puts out
// for the event catalogue's samples, no Code node where the point was not to write code, and
// the CRM nodes filled with the fields the CRM documents.
const fs = require('node:fs');
const path = require('node:path');
const { expectedPinData, examplesDir } = require('../helpers/examplePinData');
const { Retm } = require('../../nodes/Retm/Retm.node');
const { RetmTrigger } = require('../../nodes/Retm/RetmTrigger.node');
const { Flavours } = require('../../nodes/Flavours/Flavours.node');
const { FlavoursTrigger } = require('../../nodes/Flavours/FlavoursTrigger.node');
const { ResDiaryTrigger } = require('../../nodes/ResDiary/ResDiaryTrigger.node');

const nodesRoot = path.join(__dirname, '..', '..', 'nodes');
const files = fs.readdirSync(examplesDir).filter((name) => name.endsWith('.json'));
const load = (file) => JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
const PACKAGE = 'n8n-nodes-restaurant-pos.';
/** Each node type's current version, by its type name. */
const defaultVersions = Object.fromEntries(
	[Retm, RetmTrigger, Flavours, FlavoursTrigger, ResDiaryTrigger].map((NodeType) => {
		const { name, defaultVersion } = new NodeType().description;
		return [`${PACKAGE}${name}`, defaultVersion];
	}),
);

describe.each(files)('examples/%s', (file) => {
	const workflow = load(file);

	test('every connection joins nodes of the workflow; node names and ids are unique', () => {
		const names = workflow.nodes.map((node) => node.name);
		expect(new Set(names).size).toBe(names.length);
		expect(new Set(workflow.nodes.map((node) => node.id)).size).toBe(names.length);
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			expect(names).toContain(from);
			for (const target of outputs.main.flat()) expect(names).toContain(target.node);
		}
	});

	test('credentials are placeholders for the user to pick, never a secret', () => {
		for (const node of workflow.nodes)
			for (const credential of Object.values(node.credentials ?? {}))
				expect(credential.id).toMatch(/^[A-Z_]+_CREDENTIAL_ID$/);
		expect(JSON.stringify(workflow)).not.toMatch(/token"\s*:\s*"[^"]/i);
	});

	test("this package's triggers and customer lists are at their current version", () => {
		// The two actions examples the demo and the e2e tests drive read raw records (version 1).
		const rawListExample = /^(retm-list-customers-create-order|flavours-list-customers)\.json$/;
		for (const node of workflow.nodes.filter((n) => n.type.startsWith(PACKAGE))) {
			const trigger = node.type.endsWith('Trigger');
			if (!trigger && (rawListExample.test(file) || node.parameters.resource !== 'customer'))
				continue;
			expect([node.name, node.typeVersion]).toEqual([node.name, defaultVersions[node.type]]);
		}
	});

	test("pinned data is each trigger's output for the catalogue's samples", () => {
		expect(workflow.pinData ?? {}).toEqual(expectedPinData(workflow, nodesRoot));
	});
});

test('the reward check is answered without code and without a Respond to Webhook node', () => {
	const types = load('retm-reward-check.json').nodes.map((node) => node.type);
	expect(types).not.toContain('n8n-nodes-base.code');
	expect(types).not.toContain('n8n-nodes-base.respondToWebhook');
	expect(load('retm-reward-check.json').nodes[0].parameters.respond).toBe('responseNode');
});

test('the welcome email takes its sender and texts from plain fields, sent by Send Email', () => {
	const workflow = load('retm-welcome-email.json');
	const settings = workflow.nodes.find((node) => node.name === 'Your email');
	expect(settings.parameters.assignments.assignments.map((field) => field.name)).toEqual([
		'emailFrom',
		'emailSubject',
		'emailText',
	]);
	const send = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.emailSend');
	expect(send.parameters).toMatchObject({
		fromEmail: '={{ $json.emailFrom }}',
		subject: '={{ $json.emailSubject }}',
		text: '={{ $json.emailText }}',
	});
});

test('every customer sync backfills with the customer lists in the live shape', () => {
	for (const file of files.filter((name) => name.startsWith('customer-sync'))) {
		const lists = load(file).nodes.filter((node) => node.parameters.operation === 'getAll');
		expect([
			file,
			lists.map((node) => [node.type, node.typeVersion, node.parameters.returnAll]),
		]).toEqual([
			file,
			[
				['n8n-nodes-restaurant-pos.retm', 2, true],
				['n8n-nodes-restaurant-pos.flavours', 3, true],
			],
		]);
	}
});

// HubSpot's contact properties (developers.hubspot.com, CRM > Contacts: email, firstname, lastname,
// phone) as n8n's HubSpot node 2.2 names them in its Upsert: email, firstName, lastName, phoneNumber
// (read from n8n-nodes-base 2.41's HubspotV2.node.js, which sends them as firstname, lastname, phone).
test('HubSpot: contact upsert by email with first name, last name and phone', () => {
	const node = load('customer-sync-hubspot.json').nodes.find(
		(n) => n.type === 'n8n-nodes-base.hubspot',
	);
	expect(node.parameters).toEqual({
		authentication: 'appToken',
		resource: 'contact',
		operation: 'upsert',
		email: '={{ $json.customer.email }}',
		additionalFields: {
			firstName: "={{ $json.customer.firstName || '' }}",
			lastName: "={{ $json.customer.lastName || '' }}",
			phoneNumber: "={{ $json.customer.phone || '' }}",
		},
	});
	expect(Object.keys(node.credentials)).toEqual(['hubspotAppToken']);
});

test('Google Sheets: append or update matched on one key column of platform and id', () => {
	const node = load('customer-sync-google-sheets.json').nodes.find(
		(n) => n.type === 'n8n-nodes-base.googleSheets',
	);
	expect(node.parameters.operation).toBe('appendOrUpdate');
	expect(node.parameters.columns.matchingColumns).toEqual(['key']);
	expect(node.parameters.columns.value.key).toBe('={{ $json.platform }}:{{ $json.customer.id }}');
	expect(node.parameters.columns.schema.map((column) => column.id)).toEqual(
		Object.keys(node.parameters.columns.value),
	);
});
