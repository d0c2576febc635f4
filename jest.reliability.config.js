// Reliability suites against a real n8n (npm run test:reliability, scripts/reliability.sh): the load
// ledger, the restart test and the webhook routing test (queue mode behind nginx). Each file starts and stops its own n8n (the restart test must stop
// it mid-stream), so there is no global setup, and files run one after another so that never more
// than one n8n runs at a time. The files are named *.reliability.js so that the e2e suite
// (test/e2e/**/*.test.js) does not pick them up.
module.exports = {
	testEnvironment: 'node',
	rootDir: __dirname,
	testMatch: ['<rootDir>/test/e2e/reliability/**/*.reliability.js'],
	transform: {},
	maxWorkers: 1,
	// The suites are bounded by count, not time; this only bounds a hang (a 3x slower machine of this kind
	// takes the ledger's 5,000 deliveries well past 10 minutes).
	testTimeout: 2400000,
	slowTestThreshold: 120,
};
