'use strict';
// The RETM webhook deliveries the demo sends to the welcome-email workflow: what a restaurant's POS
// would send over a few minutes, including the awkward cases the RETM Trigger has to handle.
const { randomUUID } = require('node:crypto');

const BUSINESS = 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22';

// RETM's customer webhook: ids as numbers, timestamps without a zone (as in its docs' sample).
function customerEvent(event, customer, secondsAgo) {
	return {
		business_refrence: BUSINESS,
		timestamp: new Date(Date.now() - secondsAgo * 1000).toISOString().slice(0, 19),
		event,
		reference: randomUUID(),
		customer,
	};
}

/**
 * @returns {Array<{ label: string, body: object, wrongToken?: boolean, expect: string }>} in sending
 *   order; `expect` says what the trigger should do with it.
 */
function demoDeliveries() {
	const ahmad = customerEvent(
		'customer.created',
		{
			id: 20417,
			name: 'Ahmad Abdullah',
			name_localized: 'أحمد عبدالله',
			phone: '0551234567',
			email: 'ahmad.abdullah@example.com',
		},
		300,
	);
	const noura = customerEvent(
		'customer.created',
		{
			id: 20418,
			name: 'Noura Al-Qahtani',
			name_localized: 'نورة القحطاني',
			phone: '0502345678',
			email: 'noura.alqahtani@example.sa',
		},
		240,
	);
	const fahad = customerEvent(
		'customer.created',
		{
			id: 20419,
			name: 'فهد الدوسري',
			name_localized: null,
			phone: '0533456789',
			email: 'fahad.aldosari@example.com',
		},
		180,
	);
	const khalid = customerEvent(
		'customer.created',
		{
			id: 20420,
			name: 'Khalid Al-Otaibi',
			name_localized: 'خالد العتيبي',
			phone: '0544567890',
			email: null,
		},
		120,
	);
	const nouraUpdated = customerEvent(
		'customer.updated',
		{ ...noura.customer, phone: '0509876543' },
		60,
	);
	const intruder = customerEvent(
		'customer.created',
		{ id: 99999, name: 'Not From RETM', phone: '0500000000', email: 'spoof@example.com' },
		0,
	);
	return [
		{ label: 'customer.created  Ahmad Abdullah (English name)', body: ahmad, expect: 'run, email' },
		{
			label: 'customer.created  Noura Al-Qahtani / نورة القحطاني',
			body: noura,
			expect: 'run, email',
		},
		{
			label: 'customer.created  فهد الدوسري (Arabic name only)',
			body: fahad,
			expect: 'run, email',
		},
		{
			label: 'customer.created  Khalid Al-Otaibi (no email)',
			body: khalid,
			expect: 'run, no email',
		},
		{
			label: 'retry of Ahmad Abdullah (same delivery again)',
			body: ahmad,
			expect: 'duplicate, ignored',
		},
		{
			label: 'customer.updated  Noura Al-Qahtani',
			body: nouraUpdated,
			expect: 'not selected, ignored',
		},
		{
			label: 'customer.created  with a wrong webhook token',
			body: intruder,
			wrongToken: true,
			expect: 'refused, no run',
		},
	];
}

module.exports = { demoDeliveries };
