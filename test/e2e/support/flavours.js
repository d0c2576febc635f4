'use strict';
// Shared pieces for e2e files that feed Flavours webhooks: the documented bodies from the built event
// catalogue with a fresh xid per call, and a flavoursApi credential with a fresh webhook secret.
const { randomBytes, randomUUID } = require('node:crypto');

// The built catalogue: e2e runs after `npm run build` and loads no TypeScript.
const { flavoursEvents } = require('../../../dist/nodes/Flavours/events');

/**
 * A customer webhook built on the catalogue's sample for `action`, with a fresh xid (Flavours repeats
 * the xid only when it retries) and the current time.
 * @param {'customers.CREATE'|'customers.UPDATE'|'customers.DELETE'} action
 * @param {{ data?: object, user?: object }} [overrides]
 */
function flavoursCustomerEvent(action, { data = {}, user = {} } = {}) {
	const sample = structuredClone(flavoursEvents.find((entry) => entry.name === action).sample);
	return {
		...sample,
		xid: randomUUID(),
		timestamp: Date.now(),
		data: { ...sample.data, ...data, user: { ...sample.data.user, ...user } },
	};
}

/** A flavoursApi credential whose API is never called, with a fresh webhook secret. */
async function createFlavoursCredential(wf, { baseUrl = 'http://127.0.0.1:9' } = {}) {
	const webhookSecret = randomBytes(24).toString('hex');
	const credential = await wf.createCredential(
		'flavoursApi',
		`Flavours (e2e ${randomUUID().slice(0, 8)})`,
		{
			environment: 'custom',
			baseUrl,
			accessToken: 'e2e-access-token',
			apiVersion: '2.0.0',
			defaultMarketId: '',
			webhookSecret,
		},
	);
	return { credential, webhookSecret };
}

module.exports = { flavoursCustomerEvent, createFlavoursCredential };
