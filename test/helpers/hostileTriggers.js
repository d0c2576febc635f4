'use strict';
// The triggers the reliability tests attack, as data: adding a platform's trigger (or another way
// it authenticates deliveries) is one entry here. Each entry says how to load the node, its
// credential for a given secret, how a genuine delivery authenticates, which header sets are
// certainly not genuine, and how to make a fresh, valid body (one the platform would really send:
// a delivery its contract fixtures document).
const fs = require('node:fs');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { allContracts } = require('../fixtures/contracts');

const ROOT = path.resolve(__dirname, '..', '..');
const exists = (file) => fs.existsSync(path.join(ROOT, file));

/** Wrong credentials every header-based scheme must refuse, given the real secret. */
function nearMisses(secret) {
	return [secret.slice(0, -1), `${secret}x`, secret.toUpperCase(), ` ${secret.slice(1)}`];
}

const basic = (user, password) =>
	`Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

/**
 * Every delivery the platform's contract fixtures document (its webhooks, and the reward requests
 * it sends to the trigger), each with the event definition the trigger reads it as.
 */
function documentedDeliveries(platform, webhooks) {
	return allContracts(`${platform}/webhooks/`)
		.filter((fixture) => fixture.kind === 'webhook' || fixture.kind === 'request')
		.map((fixture) => ({
			body: fixture.example,
			event: webhooks.events[webhooks.identifyEvent(fixture.example).event],
		}));
}

/** Fresh copies of the documented deliveries, with the fields that identify a delivery changed. */
function freshSamples(deliveries, refresh) {
	return (index) => refresh(structuredClone(deliveries[index % deliveries.length].body));
}

/** What every way of sending the Flavours secret shares: the node, its catalogue, credential, fresh xids. */
const FLAVOURS = {
	file: 'nodes/Flavours/FlavoursTrigger.node.ts',
	load: () => require(path.join(ROOT, 'nodes/Flavours/FlavoursTrigger.node')).FlavoursTrigger,
	platform: 'flavours',
	webhooks: () => require(path.join(ROOT, 'nodes/Flavours/events')).flavoursWebhooks,
	credentials: (secret, accessToken) => ({
		flavoursApi: {
			environment: 'custom',
			baseUrl: 'http://127.0.0.1:1',
			accessToken,
			apiVersion: '2.3.0',
			webhookSecret: secret,
		},
	}),
	refresh: (sample) => {
		if ('xid' in sample) sample.xid = randomUUID();
		else sample.__reliability = randomUUID();
		return sample;
	},
};

/** Headers a trigger expecting the secret in X-Webhook-Secret must refuse. */
function headerTokenMisses(secret, wrong) {
	return [
		{},
		{ 'x-webhook-secret': wrong },
		{ 'x-webhook-secret': '' },
		{ authorization: `Bearer ${secret}` },
		...nearMisses(secret).map((miss) => ({ 'x-webhook-secret': miss })),
	];
}

let changeCounter = 0;

const TRIGGERS = [
	{
		name: 'RETM Trigger (Bearer token)',
		file: 'nodes/Retm/RetmTrigger.node.ts',
		load: () => require(path.join(ROOT, 'nodes/Retm/RetmTrigger.node')).RetmTrigger,
		platform: 'retm',
		webhooks: () => require(path.join(ROOT, 'nodes/Retm/events')).retmWebhooks,
		parameters: { events: ['*'], respond: 'onReceived', simplify: true },
		credentials: (secret, accessToken) => ({
			retmApi: {
				environment: 'custom',
				baseUrl: 'http://127.0.0.1:1',
				businessId: 'reliability',
				accessToken,
				webhookToken: secret,
			},
		}),
		validAuth: (secret) => ({ authorization: `Bearer ${secret}` }),
		invalidAuth: (secret, wrong) => [
			{},
			{ authorization: `Bearer ${wrong}` },
			{ authorization: wrong },
			{ authorization: secret },
			{ authorization: basic('n8n', secret) },
			{ authorization: `Token ${secret}` },
			{ 'x-webhook-token': secret },
			...nearMisses(secret).map((miss) => ({ authorization: `Bearer ${miss}` })),
		],
		refresh: (sample) => {
			// RETM repeats a delivery byte for byte; a new event has a new reference.
			if ('reference' in sample) sample.reference = randomUUID();
			else if ('reward_code' in sample) sample.reward_code = `R-${randomUUID()}`;
			else sample.message = `${sample.message} (${randomUUID()})`;
			return sample;
		},
	},
	{
		name: 'Flavours Trigger (header token)',
		...FLAVOURS,
		parameters: {
			authentication: 'headerToken',
			headerName: 'X-Webhook-Secret',
			events: ['*'],
			respond: 'onReceived',
			simplify: true,
		},
		validAuth: (secret) => ({ 'x-webhook-secret': secret }),
		invalidAuth: (secret, wrong) => [
			...headerTokenMisses(secret, wrong),
			{ 'x-webhook-token': secret },
		],
	},
	{
		name: 'Flavours Trigger (Basic Auth)',
		...FLAVOURS,
		parameters: {
			authentication: 'basicAuth',
			basicAuthUser: 'flavours',
			events: ['*'],
			respond: 'onReceived',
			simplify: true,
		},
		validAuth: (secret) => ({ authorization: basic('flavours', secret) }),
		invalidAuth: (secret, wrong) => [
			{},
			{ authorization: basic('flavours', wrong) },
			{ authorization: basic('someone', secret) },
			{ authorization: `Bearer ${secret}` },
			{ authorization: `Basic ${secret}` },
			{ authorization: 'Basic !!!not-base64!!!' },
			...nearMisses(secret).map((miss) => ({ authorization: basic('flavours', miss) })),
		],
	},
	{
		name: 'ResDiary Trigger (header token)',
		file: 'nodes/ResDiary/ResDiaryTrigger.node.ts',
		load: () => require(path.join(ROOT, 'nodes/ResDiary/ResDiaryTrigger.node')).ResDiaryTrigger,
		platform: 'resdiary',
		webhooks: () => require(path.join(ROOT, 'nodes/ResDiary/events')).resDiaryWebhooks,
		parameters: {
			authentication: 'headerToken',
			headerName: 'X-Webhook-Secret',
			events: ['*'],
			simplify: true,
		},
		credentials: (secret) => ({ resDiaryWebhookApi: { webhookSecret: secret } }),
		validAuth: (secret) => ({ 'x-webhook-secret': secret }),
		invalidAuth: (secret, wrong) => [
			...headerTokenMisses(secret, wrong),
			{ authorization: basic('n8n', secret) },
		],
		// ResDiary has no delivery id: a new change time makes a new notification.
		refresh: (sample) => {
			sample.ChangeDateTime = new Date(Date.UTC(2020, 0, 1) + ++changeCounter).toISOString();
			return sample;
		},
	},
];

/**
 * The entries whose node exists in this checkout, each with `freshSample(index)` ready and
 * `eventList[index]` the event definition of that sample.
 */
function availableTriggers() {
	return TRIGGERS.filter((trigger) => !trigger.pending && exists(trigger.file)).map((trigger) => {
		const deliveries = documentedDeliveries(trigger.platform, trigger.webhooks());
		return {
			...trigger,
			eventList: deliveries.map(({ event }) => event),
			freshSample: freshSamples(deliveries, trigger.refresh),
		};
	});
}

module.exports = { TRIGGERS, availableTriggers };
