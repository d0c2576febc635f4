'use strict';
// What a user does in n8n's editor, in n8n's own data-test-id terms (they are n8n's public test hooks,
// used by its own Playwright suite): the nodes panel, the node details view (NDV) and its dropdowns,
// and the Settings > Community Nodes page.
const { eventually } = require('./browser');

/** Opens a new, empty workflow in the editor. */
async function newWorkflow(page, baseUrl) {
	await page.goto(`${baseUrl}/workflow/new`);
	await page.getByTestId('canvas').waitFor();
}

/** Opens the nodes panel and searches; returns the panel's root locator. */
async function searchNodes(page, term) {
	const creator = page.getByTestId('node-creator');
	if (!(await creator.isVisible())) await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator-search-bar').fill(term);
	return creator;
}

/** The panel item whose name is exactly `name` (e.g. "RETM"). */
function nodeItem(creator, name) {
	return creator.getByTestId('item-iterator-item').filter({
		has: creator.page().getByTestId('node-creator-item-name').getByText(name, { exact: true }),
	});
}

/** Name, description and icon of a panel item; `iconLoaded` says whether the browser could draw it. */
async function describeItem(item) {
	const img = item.locator('img').first();
	await img.waitFor();
	await eventually(() => img.evaluate((el) => el.complete), Boolean, {
		what: 'the node icon to load',
	});
	return {
		name: (await item.getByTestId('node-creator-item-name').innerText()).trim(),
		description: (await item.getByTestId('node-creator-item-description').innerText()).trim(),
		iconSrc: await img.getAttribute('src'),
		iconLoaded: await img.evaluate((el) => el.complete && el.naturalWidth > 0),
	};
}

/**
 * Clicks a node in the panel and returns what its details view lists: { triggers: [...], actions: [...] }.
 * n8n groups a package's trigger and action node under one entry, with a "Triggers (n)" and an
 * "Actions (n)" section.
 */
async function openNodeEntry(creator, name) {
	await nodeItem(creator, name).first().click();
	const sections = creator.getByTestId('node-creator-category-item');
	await sections.first().waitFor();
	const names = async (section) => {
		const header = sections.filter({ hasText: section });
		if ((await header.count()) === 0) return [];
		// A collapsed section shows no items: open it.
		const container = header.locator('..');
		if ((await container.getAttribute('data-category-collapsed')) === 'true') await header.click();
		return await container.getByTestId('node-creator-item-name').allInnerTexts();
	};
	return { sections, triggers: await names('Triggers'), actions: await names('Actions') };
}

/**
 * Scrolls everything inside `locator` back to its top: the nodes panel keeps whatever scroll position opening
 * a section left it at, which differs from run to run (and with it the screenshot).
 */
async function scrollToTop(locator) {
	await locator.evaluate((root) => {
		for (const el of [root, ...root.querySelectorAll('*')]) if (el.scrollTop > 0) el.scrollTop = 0;
	});
}

/** The node details view (NDV). */
const ndvOf = (page) => page.getByTestId('ndv');

/** Opens the dropdown of parameter `name` in the NDV and returns its options' names, in order. */
async function optionNames(page, name) {
	await ndvOf(page).getByTestId(`parameter-input-${name}`).click();
	const items = page.locator('.el-select-dropdown__item:visible');
	await items.first().waitFor();
	// Each item shows the option's name on its first line and its description under it.
	const texts = await items.allInnerTexts();
	await page.keyboard.press('Escape');
	await items.first().waitFor({ state: 'hidden' });
	return texts.map((text) => text.split('\n')[0].trim());
}

/** Chooses option `label` of parameter `name` in the NDV. */
async function chooseOption(page, name, label) {
	await ndvOf(page).getByTestId(`parameter-input-${name}`).click();
	const option = page
		.locator('.el-select-dropdown__item:visible')
		.filter({ has: page.getByText(label, { exact: true }) })
		.first();
	await option.click();
	await eventually(
		() => ndvOf(page).getByTestId(`parameter-input-${name}`).locator('input').first().inputValue(),
		(value) => value === label,
		{ what: `parameter ${name} to show "${label}"` },
	);
}

/** The credential the NDV's credential picker shows. */
async function selectedCredential(page) {
	return await ndvOf(page)
		.getByTestId('node-credentials-select')
		.locator('input')
		.first()
		.inputValue();
}

/** Waits for the NDV's output panel to report `count` items (e.g. "1 item", "2500 items"). */
async function waitForOutputItems(page, count, { timeoutMs } = {}) {
	const label = `${count} item${count === 1 ? '' : 's'}`;
	return await eventually(
		() => ndvOf(page).getByTestId('ndv-items-count').innerText(),
		(text) => text.trim() === label,
		{ timeoutMs, what: `the output panel to show "${label}"` },
	);
}

/** Switches the output panel to its JSON view and returns what it shows, parsed. */
async function outputJson(page) {
	const output = ndvOf(page).getByTestId('output-panel');
	await output.getByTestId('radio-button-json').click();
	const data = output.getByTestId('ndv-data-container');
	// The view renders in steps and indents with non-breaking spaces: wait until what it shows parses.
	const parsed = await eventually(
		async () => {
			const shown = (await data.innerText()).replace(/\u00a0/g, ' ');
			try {
				return { json: JSON.parse(shown) };
			} catch {
				return { unparsed: shown };
			}
		},
		(read) => 'json' in read,
		{ what: 'the JSON view of the output to show complete JSON' },
	);
	return parsed.json;
}

/**
 * Installs a community package by name on Settings > Community Nodes, as a user does: Install, the
 * package name, the risk checkbox, Install; resolves once the package's card is listed.
 */
async function installCommunityPackage(page, baseUrl, name, { timeoutMs = 300_000 } = {}) {
	await page.goto(`${baseUrl}/settings/community-nodes`);
	// "Install a community node" on the empty page, "Install" above the list of packages.
	const install = page
		.getByTestId('empty-state')
		.getByRole('button')
		.or(page.getByRole('button', { name: 'Install', exact: true }))
		.first();
	await install.click();
	const modal = page.getByTestId('communityPackageInstall-modal');
	await modal.waitFor();
	await modal.locator('input').first().fill(name);
	await page.getByTestId('user-agreement-checkbox').click();
	await page.getByTestId('install-community-package-button').click();
	// npm pack + unpack + loading the nodes: slow on a busy machine.
	await modal.waitFor({ state: 'hidden', timeout: timeoutMs });
	const card = page.getByTestId('community-package-card').filter({ hasText: name });
	await card.waitFor({ timeout: timeoutMs });
	return card;
}

module.exports = {
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
};
