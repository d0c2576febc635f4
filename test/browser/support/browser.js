'use strict';
// Debian's Chromium driven by playwright-core (no browser download), logged in to n8n as its owner, and
// the few waiting helpers the editor needs: n8n on a loaded two-core machine can take many seconds to
// answer, so every wait here is generous and polls instead of sleeping a fixed time.
const fs = require('node:fs');
const path = require('node:path');
const { chromium, selectors } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');
/** Default wait for one element or state: long, because n8n shares two cores with other work. */
const WAIT_MS = 180_000;

// n8n's editor marks its elements with data-test-id (Playwright's default is data-testid).
selectors.setTestIdAttribute('data-test-id');

async function launchBrowser() {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`No Chromium at ${CHROMIUM}: run the browser tests with \`npm run test:browser\` (it installs Debian's chromium)`,
		);
	}
	return await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		// Root in a container: no sandbox. The rest keeps Chromium from calling Google's servers, which this
		// machine cannot reach (refused connections slow every start).
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/**
 * A new browser context logged in as n8n's owner (through the sign-in form, as a user does).
 * @param {import('playwright-core').Browser} browser
 * @param {{ baseUrl: string, owner: { email: string, password: string } }} n8n
 * @param {{ theme?: 'light'|'dark' }} [options]
 */
async function signedInPage(browser, n8n, { theme = 'light' } = {}) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	context.setDefaultTimeout(WAIT_MS);
	// The editor reads its theme from this key before it renders. The other two say the user has seen
	// n8n's "You can pin this output..." tip, which would otherwise cover the output panel after a run.
	await context.addInitScript((value) => {
		localStorage.setItem('N8N_THEME', value);
		localStorage.setItem('N8N_PIN_DATA_DISCOVERY_NDV', 'true');
		localStorage.setItem('N8N_PIN_DATA_DISCOVERY_CANVAS', 'true');
	}, theme);
	const page = await context.newPage();
	await page.goto(`${n8n.baseUrl}/signin`);
	await page.locator('#emailOrLdapLoginId').fill(n8n.owner.email);
	await page.locator('#password').fill(n8n.owner.password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	return page;
}

/**
 * Saves a screenshot to docs/screenshots/<name>.png (committed; the README shows some). The picture shows
 * only what the test put on screen: the mouse is moved off every control so no hover tooltip shows, focus
 * leaves the node's fields, the caret is hidden, toasts ("Workflow executed successfully", timed) are
 * hidden and animations stopped, so a PNG changes only when the editor or the package does.
 */
async function screenshot(page, name) {
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	const file = path.join(SCREENSHOTS, `${name}.png`);
	const { width, height } = page.viewportSize();
	// The bottom edge, mid-width: the canvas' status bar or the dimmed backdrop below the NDV.
	await page.mouse.move(width / 2, height - 1);
	// A field of the node details view keeps showing its Fixed/Expression switch while it has focus: give the
	// focus up, unless its dropdown is open (then the open list is the picture).
	await page.evaluate(() => {
		const active = document.activeElement;
		const dropdownOpen = [...document.querySelectorAll('.el-select-dropdown')].some(
			(dropdown) => dropdown.getClientRects().length > 0,
		);
		if (active instanceof HTMLElement && active.closest('[data-test-id="ndv"]') && !dropdownOpen) {
			active.blur();
		}
	});
	// A moment for hover and focus styles to go, for the node icons to load, and for opening or closing
	// poppers (Vue's transition classes, e.g. "el-zoom-in-top-enter-active") to finish: a dropdown highlights
	// its selected option only once it has opened.
	await page.waitForTimeout(300);
	await eventually(
		() => page.evaluate(() => [...document.images].every((img) => img.complete)),
		Boolean,
		{ timeoutMs: 10_000, what: 'images (node icons) to load' },
	).catch(() => {});
	await eventually(
		() => page.locator('[class*="-enter-active"], [class*="-leave-active"]').count(),
		(count) => count === 0,
		{ timeoutMs: 5000, what: 'transitions to finish' },
	).catch(() => {});
	// Hover tooltips close a moment after the mouse leaves; dropdowns are poppers too, but not tooltips.
	await eventually(
		() => page.locator('.el-popper[role="tooltip"]:visible:not(:has(.el-select-dropdown))').count(),
		(count) => count === 0,
		{ timeoutMs: 5000, what: 'hover tooltips to close' },
	).catch(() => {});
	await page.screenshot({
		path: file,
		animations: 'disabled',
		caret: 'hide',
		style: '.el-notification, [data-test-id="toast"] { visibility: hidden !important; }',
	});
	return file;
}

/** Polls `read` until `accept(value)` holds; returns the value, or throws with the last one seen. */
async function eventually(read, accept, { timeoutMs = WAIT_MS, what = 'condition' } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last;
	for (;;) {
		try {
			last = await read();
			if (accept(last)) return last;
		} catch (error) {
			last = error;
		}
		if (Date.now() > deadline) {
			const seen = last instanceof Error ? last.message : JSON.stringify(last);
			throw new Error(
				`Timed out after ${timeoutMs / 1000}s waiting for ${what}; last seen: ${seen}`,
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

module.exports = { launchBrowser, signedInPage, screenshot, eventually, WAIT_MS, SCREENSHOTS };
