'use strict';

// The simulator's public surface, for tests, benchmarks and scripts.
const { startRetmSimulator } = require('./retm/server');
const { createRetmStore } = require('./retm/store');
const { startFlavoursSimulator } = require('./flavours/server');
const { createFlavoursStore } = require('./flavours/store');
const { createFaults } = require('./faults');
const { createWebhookSender } = require('./webhook-sender');
const { httpRequest } = require('./http-request');
const { startRecordingReceiver } = require('./recording-receiver');

module.exports = {
	startRetmSimulator,
	createRetmStore,
	startFlavoursSimulator,
	createFlavoursStore,
	createFaults,
	createWebhookSender,
	startRecordingReceiver,
	httpRequest,
};
