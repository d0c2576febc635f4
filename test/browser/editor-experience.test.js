'use strict';
// What a user meets in n8n's editor, checked in a real browser (Debian's Chromium through playwright-core)
// against a real n8n 2.41.1. The tests run in order and build on each other, as a user's first hour does:
//   1. install the package by name on Settings > Community Nodes (from a local registry; see support/n8n.js);
//   2. find RETM, Flavours and ResDiary in the nodes panel, with their icons (light and dark), triggers
//      under Triggers, each named after its event's label;
//   3. add the RETM Trigger, see its events, notice, webhook URLs and credential, "Execute workflow" and
//      receive a delivery from the POS simulator on the test URL: the customer shows in the output panel;
//   4. add a RETM action, read its resource and operation lists, run a Return All list of customers
//      against the simulator: every customer shows in the output panel.
// Screenshots go to docs/screenshots/ (the README shows some of them).
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { startRetmSimulator, createWebhookSender } = require('../pos-simulator');
const { customerCreated } = require('../e2e/support/retm');
const { launchBrowser, signedInPage, screenshot, eventually } = require('./support/browser');
const {
	newWorkflow,
	searchNodes,
	nodeItem,
	describeItem,
	openNodeEntry,
	scrollToTop,
	ndvOf,
	optionNames,
	chooseOption,
	selectedCredential,
	waitForOutputItems,
	outputJson,
	installCommunityPackage,
} = require('./support/editor');
const { startN8nWithRegistry } = require('./support/n8n');

/** The package's three platforms as the nodes panel should show them. */
const PLATFORMS = [
	{
		search: 'RETM',
		name: 'RETM',
		icon: 'retm',
		triggerNode: 'RetmTrigger',
		trigger: 'On customer created',
		hasActions: true,
	},
	{
		search: 'Flavours',
		name: 'Flavours',
		icon: 'flavours',
		triggerNode: 'FlavoursTrigger',
		trigger: 'On customer created',
		hasActions: true,
	},
	{
		search: 'ResDiary',
		name: 'ResDiary',
		icon: 'resdiary',
		triggerNode: 'ResDiaryTrigger',
		trigger: 'On customer created',
	},
];

/**
 * The names the nodes panel should list under Triggers: one per event option of the built trigger (its
 * "Events" list, which n8n reads for the panel), "On " and the event's label in lower case, or the option's
 * own `action`. n8n turns a label into words with lodash's lowerCase, which drops punctuation: a label like
 * "Customer Updated (Any Change)" would show as "On customer updated any change" and fail this comparison.
 */
function expectedTriggerNames(triggerNode) {
	const file = require('../../package.json').n8n.nodes.find((node) =>
		node.endsWith(`/${triggerNode}.node.js`),
	);
	const NodeClass = require(path.resolve(__dirname, '..', '..', file))[triggerNode];
	const events = new NodeClass().description.properties.find(
		(property) => property.displayName.toLowerCase() === 'events',
	);
	return events.options.map((option) => option.action ?? `On ${option.name.toLowerCase()}`);
}

/** Compares option names as n8n's node linter sorts them (case-insensitive, natural). */
const alphabetical = (names) =>
	[...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

/**
 * n8n's editor appends its own "Custom API Call" entry to the resource and operation lists of every node
 * whose credential can sign plain HTTP requests; it is not the package's, so the order check skips it.
 */
const withoutEditorCustomApiCall = (names) =>
	names.at(-1) === 'Custom API Call' ? names.slice(0, -1) : names;

let env;
let browser;
let page;
let simulator;
let credential;
const WEBHOOK_TOKEN = randomBytes(16).toString('hex');
const ACCESS_TOKEN = 'browser-sim-token';
const CUSTOMERS = 2500;

beforeAll(async () => {
	env = await startN8nWithRegistry();
	simulator = await startRetmSimulator({ customers: CUSTOMERS, accessToken: ACCESS_TOKEN });
	browser = await launchBrowser();
	page = await signedInPage(browser, env.n8n);
});

afterAll(async () => {
	await browser?.close();
	await simulator?.close();
	await env?.stop();
});

test('installs the package by name on Settings > Community Nodes', async () => {
	const { n8n, npmjs, packageName, packageVersion } = env;
	// Nothing preinstalled: the nodes do not exist yet.
	const before = await n8n.getWithCookie('/types/nodes.json');
	expect(before.some((type) => type.name.startsWith(`${packageName}.`))).toBe(false);

	const card = await installCommunityPackage(page, n8n.baseUrl, packageName);
	const cardText = await card.innerText();
	expect(cardText).toContain(packageName);
	expect(cardText).toContain(packageVersion);
	await screenshot(page, 'community-nodes-installed');

	// n8n fetched it from "the npm registry" (our local stand-in) and unpacked it where it keeps packages.
	expect(npmjs.requests).toContain(`GET /${packageName}/-/${packageName}-${packageVersion}.tgz`);
	const installed = path.join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', packageName);
	expect(JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version).toBe(
		packageVersion,
	);
	const listed = await n8n.rest('GET', '/community-packages');
	const pkg = listed.find((entry) => entry.packageName === packageName);
	expect(pkg.installedVersion).toBe(packageVersion);
	expect(pkg.installedNodes.map((node) => node.type)).toEqual(
		expect.arrayContaining([`${packageName}.retmTrigger`, `${packageName}.retm`]),
	);
});

describe('the nodes panel', () => {
	test.each(PLATFORMS)(
		'finds $name with its icon, its triggers under Triggers',
		async ({ search, name, icon, triggerNode, trigger, hasActions }) => {
			await newWorkflow(page, env.n8n.baseUrl);
			// An empty workflow opens the panel on "What triggers this workflow?": only trigger nodes.
			const creator = await searchNodes(page, search);
			const item = nodeItem(creator, name);
			await item.first().waitFor();
			const shown = await describeItem(item.first());
			expect(shown.name).toBe(name);
			expect(shown.description.length).toBeGreaterThan(20);
			expect(shown.iconSrc).toMatch(new RegExp(`/${icon}\\.svg$`));
			expect(shown.iconLoaded).toBe(true);

			const entry = await openNodeEntry(creator, name);
			expect(entry.triggers).toContain(trigger);
			expect(entry.triggers.length).toBeGreaterThan(1);
			// Every event reads as its label does: no words run together from dropped punctuation.
			expect([...entry.triggers].sort()).toEqual(expectedTriggerNames(triggerNode).sort());
			for (const shown of entry.triggers) expect(shown).not.toMatch(/\bany change\b|\bopt ins\b/i);
			if (hasActions) expect(entry.actions).toContain('Get many customers');
			await scrollToTop(creator);
			await screenshot(page, `nodes-panel-${icon}`);
		},
	);

	test('uses the dark icons in the dark theme', async () => {
		const dark = await signedInPage(browser, env.n8n, { theme: 'dark' });
		try {
			await newWorkflow(dark, env.n8n.baseUrl);
			for (const { search, name, icon } of PLATFORMS) {
				const creator = await searchNodes(dark, search);
				const item = nodeItem(creator, name).first();
				await item.waitFor();
				const shown = await describeItem(item);
				expect(shown.iconSrc).toMatch(new RegExp(`/${icon}\\.dark\\.svg$`));
				expect(shown.iconLoaded).toBe(true);
			}
			await searchNodes(dark, 'RETM');
			await screenshot(dark, 'nodes-panel-dark');
		} finally {
			await dark.context().close();
		}
	});
});

describe('RETM Trigger', () => {
	beforeAll(async () => {
		// The one RETM credential, so the editor picks it for every new RETM node.
		credential = await env.wf.createCredential('retmApi', 'RETM (browser test)', {
			environment: 'custom',
			baseUrl: simulator.url,
			businessId: 'demo',
			accessToken: ACCESS_TOKEN,
			webhookToken: WEBHOOK_TOKEN,
		});
	});

	test('shows events, the set-up notice, webhook URLs and the credential; a test delivery shows the customer', async () => {
		await newWorkflow(page, env.n8n.baseUrl);
		const creator = await searchNodes(page, 'RETM');
		await openNodeEntry(creator, 'RETM');
		await creator.getByTestId('node-creator-item-name').getByText('On customer created').click();

		const ndv = ndvOf(page);
		await ndv.waitFor();
		expect(await selectedCredential(page)).toBe(credential.name);
		const events = await optionNames(page, 'events');
		expect(events).toContain('Customer Created');
		expect(events).toEqual(alphabetical(events));
		await expect(ndv.getByTestId('parameter-input-events').innerText()).resolves.toContain(
			'Customer Created',
		);
		const notice = ndv.locator('.notice, [class*="notice"]').filter({ hasText: 'Production URL' });
		await notice.first().waitFor();
		// Taken before the webhook URLs open: they hold a random id and port, and the PNG would change every run.
		await screenshot(page, 'retm-trigger-settings');

		// The URLs the notice points at.
		await ndv.getByTitle('Click to display webhook URLs').click();
		await ndv.getByTestId('radio-button-production').click();
		const productionUrl = (await ndv.getByText(`${env.n8n.baseUrl}/webhook/`).innerText()).trim();
		await ndv.getByTestId('radio-button-test').click();
		const testUrl = (await ndv.getByText(`${env.n8n.baseUrl}/webhook-test/`).innerText()).trim();
		expect(productionUrl).toMatch(/\/webhook\/[0-9a-f-]{36}\/[\w-]+$/);
		expect(testUrl).toBe(productionUrl.replace('/webhook/', '/webhook-test/'));

		// Test mode from the canvas: "Execute workflow", then RETM delivers to the test URL.
		await page.getByTestId('ndv-close-button').click();
		await ndv.waitFor({ state: 'hidden' });
		await page.getByTestId('execute-workflow-button').click();
		// Fixed ids: the output panel shows them (and the delivery id made from them) in the screenshot.
		const customer = {
			id: '5f0c2a9e-4b7d-4c1e-9a3f-2d8e6b1c7a40',
			name: 'Noura Al-Harbi',
			name_localized: 'نورة الحربي',
			email: 'noura.alharbi@example.com',
			phone: '0551239876',
		};
		const delivery = customerCreated({
			customer,
			reference: '3c9d7e21-8a4f-4f6b-b2d5-71e0a9c4f836',
		});
		// The test URL exists from the click on; until n8n has registered it, retries cover the gap.
		const sender = createWebhookSender({ token: WEBHOOK_TOKEN, retries: 40, retryDelayMs: 500 });
		const sent = await sender.send(testUrl, delivery);
		expect(sent.delivered).toBe(true);

		await page.getByTestId('canvas-node').first().dblclick();
		await ndv.waitFor();
		await waitForOutputItems(page, 1);
		// The JSON view shows exactly what the next node receives: the simplified (normalized) event.
		const [item] = await outputJson(page);
		expect(item).toMatchObject({
			platform: 'retm',
			event: 'customer.created',
			customer: { id: customer.id, name: customer.name, email: customer.email },
		});
		expect(item.occurredAt).toBe(new Date(`${delivery.timestamp}Z`).toISOString());
		await screenshot(page, 'retm-trigger-test-event');
		await page.getByTestId('ndv-close-button').click();
	});
});

describe('RETM node', () => {
	test('lists resources and operations in alphabetical order; Return All shows every customer', async () => {
		await newWorkflow(page, env.n8n.baseUrl);
		const creator = await searchNodes(page, 'RETM');
		await openNodeEntry(creator, 'RETM');
		await creator.getByTestId('node-creator-item-name').getByText('Get many customers').click();

		const ndv = ndvOf(page);
		await ndv.waitFor();
		expect(await selectedCredential(page)).toBe(credential.name);

		const resources = withoutEditorCustomApiCall(await optionNames(page, 'resource'));
		expect(resources).toEqual(expect.arrayContaining(['Customer', 'Order', 'Product', 'Tax']));
		expect(resources).toEqual(alphabetical(resources));

		await chooseOption(page, 'resource', 'Order');
		const orderOperations = withoutEditorCustomApiCall(await optionNames(page, 'operation'));
		expect(orderOperations).toEqual(expect.arrayContaining(['Create', 'Get Many']));
		expect(orderOperations).toEqual(alphabetical(orderOperations));
		await ndv.getByTestId('parameter-input-operation').click();
		await screenshot(page, 'retm-order-operations');
		await page.keyboard.press('Escape');

		await chooseOption(page, 'resource', 'Customer');
		await chooseOption(page, 'operation', 'Get Many');
		await ndv.getByTestId('parameter-input-returnAll').click();
		await ndv.getByTestId('parameter-input-limit').waitFor({ state: 'hidden' });
		const pagesBefore = simulator.requests.length;

		await ndv.getByTestId('node-execute-button').first().click();
		await waitForOutputItems(page, CUSTOMERS, { timeoutMs: 540_000 });
		// Every page was read from the simulator, one request each.
		const customerPages = simulator.requests
			.slice(pagesBefore)
			.filter((request) => request.path.endsWith('/customers/list'));
		expect(customerPages.length).toBeGreaterThan(1);
		// The table fills in a moment after the count: the first customer of the first page shows.
		await eventually(
			() => ndv.getByTestId('output-panel').innerText(),
			(text) => text.includes(simulator.store.customers[0].name),
			{ what: 'the first customer in the output table' },
		);
		await screenshot(page, 'retm-list-customers');
	});
});
