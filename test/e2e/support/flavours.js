'use strict';
// Shared pieces for e2e files that feed Flavours webhooks: the documented bodies (the contract
// fixtures) with a fresh xid per call, and a flavoursApi credential with a fresh webhook secret.
const { randomBytes, randomUUID } = require('node:crypto');

const { example } = require('../../fixtures/contracts');

/**
 * A customer webhook in the shape Flavours documents (the contract fixture of customers.CREATE, the
 * one its pages show; update and delete carry the same body), for `action`, with a fresh xid
 * (Flavours repeats the xid only when it retries) and the current time.
 * @param {'customers.CREATE'|'customers.UPDATE'|'customers.DELETE'} action
 * @param {{ data?: object, user?: object }} [overrides]
 */
function flavoursCustomerEvent(action, { data = {}, user = {} } = {}) {
	const sample = example('flavours/webhooks/customers.CREATE');
	return {
		...sample,
		action,
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
