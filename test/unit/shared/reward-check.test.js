'use strict';
// Answering a reward check without code: the RETM and Flavours nodes' Reward Check > Answer, run by
// n8n's engine, send the platforms' reward JSON through n8n's sendResponse hook (what n8n's webhook
// runner uses to answer the waiting request) and put out what they said.
const { Retm } = require('../../../nodes/Retm/Retm.node');
const { Flavours } = require('../../../nodes/Flavours/Flavours.node');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { FlavoursApi } = require('../../../credentials/FlavoursApi.credentials');
const { runNode } = require('../../helpers/n8nEngine');

const NODES = [
	[
		'RETM',
		Retm,
		{ retmApi: RetmApi },
		{ retmApi: { environment: 'custom', baseUrl: 'http://127.0.0.1:1/' } },
	],
	[
		'Flavours',
		Flavours,
		{ flavoursApi: FlavoursApi },
		{ flavoursApi: { environment: 'custom', baseUrl: 'http://127.0.0.1:1/' } },
	],
];

async function answer(nodeClass, credentialClasses, credentials, parameters) {
	const responses = [];
	const result = await runNode({
		nodeClass,
		credentialClasses,
		credentials,
		typeVersion: 2,
		parameters: { resource: 'rewardCheck', operation: 'answer', ...parameters },
		items: [{ event: 'reward.check', rewardCode: 'WELCOME10' }],
		onResponse: (response) => responses.push(response),
	});
	if (result.error) throw result.error;
	return { responses, items: result.items };
}

describe.each(NODES)('%s Reward Check > Answer', (_name, nodeClass, classes, credentials) => {
	test('accepting with the fields left as they start sends 10 % off the whole order', async () => {
		const { responses, items } = await answer(nodeClass, classes, credentials, {});
		const body = {
			data: {
				type: 1,
				is_percentage: true,
				customer_number: '',
				discount_amount: 10,
				max_discount_amount: 0,
				allowed_products: [],
				button: { label: { en: 'Apply', ar: 'تطبيق' }, url: '', close_modal: true },
			},
			errors: [],
		};
		expect(responses).toEqual([
			{ statusCode: 200, headers: { 'content-type': 'application/json' }, body },
		]);
		expect(items).toEqual([
			{ json: { answered: true, statusCode: 200, body }, pairedItem: { item: 0 } },
		]);
	});

	test('a fixed amount on some products, with a cap, a customer and a button link', async () => {
		const { responses } = await answer(nodeClass, classes, credentials, {
			discountOn: 2,
			discountType: 'amount',
			discountAmount: 25,
			maxDiscountAmount: 50,
			allowedProducts: ' 101, 102 ,,',
			customerNumber: '0551234567',
			buttonLabel: 'Use reward',
			buttonUrl: 'https://loyalty.example.com/r/1',
			closeModal: false,
		});
		expect(responses[0].body.data).toEqual({
			type: 2,
			is_percentage: false,
			customer_number: '0551234567',
			discount_amount: 25,
			max_discount_amount: 50,
			allowed_products: ['101', '102'],
			button: {
				label: { en: 'Use reward', ar: 'تطبيق' },
				url: 'https://loyalty.example.com/r/1',
				close_modal: false,
			},
		});
	});

	test('refusing sends 400 {data: [], message, errors: []}', async () => {
		const { responses } = await answer(nodeClass, classes, credentials, {
			answer: 'refuse',
			refusalMessage: 'Unknown reward code',
		});
		expect(responses).toEqual([
			{
				statusCode: 400,
				headers: { 'content-type': 'application/json' },
				body: { data: [], message: 'Unknown reward code', errors: [] },
			},
		]);
	});
});
