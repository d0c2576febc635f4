// End-to-end tests: one real n8n (Node 24 runtime) with the packed package loaded, started once in the
// global setup and shared by every test file, because booting n8n costs far more than any single test.
// Run through `npm run test:e2e` (scripts/e2e.sh), which installs the runtime and builds first.
module.exports = {
	testEnvironment: 'node',
	rootDir: __dirname,
	testMatch: ['<rootDir>/test/e2e/**/*.test.js'],
	// Plain CommonJS: nothing to transform.
	transform: {},
	globalSetup: '<rootDir>/test/e2e/setup/global-setup.js',
	globalTeardown: '<rootDir>/test/e2e/setup/global-teardown.js',
	// The files share one n8n; running them one after another keeps executions apart and order clear.
	maxWorkers: 1,
	// Generous: tests wait on n8n by polling, so a slower machine only takes longer; the limit bounds a hang.
	testTimeout: 600000,
	slowTestThreshold: 30,
};
