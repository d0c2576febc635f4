'use strict';
// Shared pieces for e2e files that feed ResDiary customer notifications: the documented bodies from the
// built event catalogue, a credential with a fresh secret, and a POST that carries the secret.
const { randomBytes, randomUUID } = require('node:crypto');
const { httpRequest } = require('../../pos-simulator');

// The built catalogue: e2e runs after `npm run build` and loads no TypeScript.
const { resDiaryEvents } = require('../../../dist/nodes/ResDiary/events');

/**
 * A notification built on the catalogue's sample for `event` (the documented customer), with its own
 * time so that no two calls are the same delivery.
 * @param {string} event e.g. 'customer.created'
 * @param {{ customer?: object, changes?: object[] }} [overrides]
 */
function resDiaryNotification(event, { customer = {}, changes } = {}) {
	const sample = structuredClone(resDiaryEvents.find((entry) => entry.name === event).sample);
	return {
		...sample,
		ChangeDateTime: new Date().toISOString(),
		Customer: { ...sample.Customer, ...customer },
		Changes: changes ?? sample.Changes,
	};
}

/** A resDiaryWebhookApi credential with a fresh secret; returns { credential, webhookSecret }. */
async function createResDiaryCredential(wf) {
	const webhookSecret = randomBytes(24).toString('hex');
	const credential = await wf.createCredential(
		'resDiaryWebhookApi',
		`ResDiary (e2e ${randomUUID().slice(0, 8)})`,
		{ webhookSecret },
	);
	return { credential, webhookSecret };
}

/** One POST carrying a shared secret in a header; resolves to { status, json, text, ms }. */
function postWithSecret(
	url,
	body,
	secret,
	{ headerName = 'X-Webhook-Secret', timeoutMs = 15000 } = {},
) {
	return httpRequest(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', [headerName]: secret },
		body: JSON.stringify(body),
		timeoutMs,
	});
}

module.exports = { resDiaryNotification, createResDiaryCredential, postWithSecret };
