'use strict';
// Shared pieces for e2e files that feed ResDiary customer notifications: the documented body (the
// contract fixture), a credential with a fresh secret, and a POST that carries the secret.
const { randomBytes, randomUUID } = require('node:crypto');
const { httpRequest } = require('../../pos-simulator');

const { example } = require('../../fixtures/contracts');

/** The change a notification of these events carries; the others keep the documented changes. */
const CHANGE_TYPES = {
	'customer.created': 'CustomerCreated',
	'customer.deleted': 'CustomerDeleted',
};

/**
 * A notification in the shape ResDiary documents (the contract fixture: its customer and, for events
 * without a change type of their own, its changes), with its own time so that no two calls are the
 * same delivery.
 * @param {string} event e.g. 'customer.created'
 * @param {{ customer?: object, changes?: object[] }} [overrides]
 */
function resDiaryNotification(event, { customer = {}, changes } = {}) {
	const documented = example('resdiary/webhooks/customer');
	const changeType = CHANGE_TYPES[event];
	const [change] = documented.Changes;
	return {
		...documented,
		ChangeDateTime: new Date().toISOString(),
		Customer: { ...documented.Customer, ...customer },
		Changes:
			changes ??
			(changeType
				? [{ ...change, ChangeType: changeType, OldValue: null, NewValue: null }]
				: documented.Changes),
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
