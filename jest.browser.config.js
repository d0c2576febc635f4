// Browser tests: Debian's Chromium (playwright-core) driving a real n8n 2.41.1 into which the package is
// installed by name through n8n's own community-package installer. One file, whose tests build on each
// other (install, find, add, run), so one n8n serves them all.
// Run through `npm run test:browser` (scripts/browser.sh), which installs Chromium and the runtime first.
module.exports = {
	testEnvironment: 'node',
	rootDir: __dirname,
	testMatch: ['<rootDir>/test/browser/**/*.test.js'],
	// Plain CommonJS: nothing to transform.
	transform: {},
	maxWorkers: 1,
	// n8n's start and the install through npm happen in beforeAll; a loaded two-core machine is slow.
	testTimeout: 900000,
	slowTestThreshold: 60,
};
