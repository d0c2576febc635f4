'use strict';
// customApiCallResource: the API Request resource every action node offers, as the editor shows it,
// the request it resolves, and run by n8n's engine in the RETM node against the local simulator.
const { customApiCallResource } = require('../../../nodes/shared/actions/customApiCall');
const { operationProperties, resolveRequest } = require('../../../nodes/shared/actions/operations');
const { Retm } = require('../../../nodes/Retm/Retm.node');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { runNode } = require('../../helpers/n8nEngine');
const { startRetmSimulator } = require('../../pos-simulator');
const { parameterReader, testNode: node } = require('../../helpers/parameterReader');

const resource = customApiCallResource({
	description: 'Call any Acme POS endpoint',
	action: 'Make a custom Acme POS API call',
	callDescription: 'Send a request to any path of the Acme POS API',
	pathExample: '/widgets/list',
});
const [call] = resource.operations;

const reader = (values) => parameterReader(values, 2);

describe('as the editor shows it', () => {
	test('one Call operation with the labels given, the Path required, its example the one given', () => {
		expect(resource).toMatchObject({ value: 'customApiCall', defaultOperation: 'call' });
		// n8n adds a "Custom API Call" entry of its own: this one must not carry that name.
		expect(resource.name).not.toBe('Custom API Call');
		expect(resource.operations.map((operation) => operation.value)).toEqual(['call']);
		expect(call.action).toBe('Make a custom Acme POS API call');
		expect(resource.description).toMatch(/^Call any Acme POS endpoint/);
		const path = call.fields.find((field) => field.name === 'path');
		expect(path).toMatchObject({ required: true, placeholder: '/widgets/list' });
	});

	test('the body is offered for POST, PUT and PATCH only, and no second JSON body beside it', () => {
		const properties = operationProperties([resource], 'customApiCall');
		const names = properties.map((property) => property.name);
		expect(names).not.toContain('bodyInput');
		expect(names).not.toContain('jsonBody');
		const body = properties.find((property) => property.name === 'bodyJson');
		expect(body.displayOptions.show).toEqual({
			resource: ['customApiCall'],
			operation: ['call'],
			method: ['PATCH', 'POST', 'PUT'],
		});
	});
});

describe('the request it resolves', () => {
	test('method, trimmed path and query as given; a GET sends no body, even a broken one', () => {
		const request = resolveRequest(
			call,
			reader({ method: 'GET', path: ' /widgets/7 ', queryJson: '{"per_page": 3}', bodyJson: '{' }),
		);
		expect(request).toEqual({
			kind: 'single',
			method: 'GET',
			path: '/widgets/7',
			qs: { per_page: 3 },
			body: undefined,
			writtenByUser: true,
			pathWrittenByUser: true,
		});
	});

	test.each(['POST', 'PUT', 'PATCH'])('%s sends the body as written, text or parsed', (method) => {
		const asText = resolveRequest(call, reader({ method, path: '/w', bodyJson: '{"a": [1]}' }));
		expect(asText).toMatchObject({ method, body: { a: [1] }, writtenByUser: true });
		const parsed = resolveRequest(call, reader({ method, path: '/w', bodyJson: { b: 2 } }));
		expect(parsed.body).toEqual({ b: 2 });
	});

	test.each([
		[{ queryJson: '{"per_page": ' }, 'Query Parameters (JSON)', 'is not valid JSON'],
		[{ queryJson: '[1, 2]' }, 'Query Parameters (JSON)', 'must be a JSON object'],
		[{ method: 'POST', bodyJson: 'name=x' }, 'Body (JSON)', 'is not valid JSON'],
		[{ method: 'PUT', bodyJson: '"text"' }, 'Body (JSON)', 'must be a JSON object'],
	])('%j is refused, naming %s', (values, label, problem) => {
		const refused = () => resolveRequest(call, reader({ method: 'GET', path: '/w', ...values }));
		expect(refused).toThrow(`${label} ${problem}`);
		let error;
		try {
			refused();
		} catch (failure) {
			error = failure;
		}
		expect(error.description).toContain(`Fix the "${label}" parameter`);
		expect(error.context.itemIndex).toBe(2);
	});
});

describe('a Path that names no endpoint is refused before anything is sent', () => {
	// What resolveRequest threw, for its message, description and item.
	const refusal = (values) => {
		try {
			resolveRequest(call, reader({ method: 'GET', ...values }));
		} catch (error) {
			return error;
		}
		throw new Error('the request was not refused');
	};

	test.each([undefined, null, '', '   ', '/', ' // '])('%j: the Path is empty', (path) => {
		const error = refusal({ path });
		expect(error.message).toBe('The "Path" parameter is empty');
		expect(error.description).toMatch(
			/^Enter the Path of the endpoint, for example \/widgets\/list,/,
		);
		expect(error.description).toContain('resolved to nothing for this item');
		expect(error.context.itemIndex).toBe(2);
	});

	test.each([
		[7, 'the number 7'],
		[true, 'true or false'],
		[{ path: '/w' }, 'an object'],
		[['/w'], 'a list'],
	])('%j: the Path must be text, and the error says what it was', (path, kind) => {
		const error = refusal({ path });
		expect(error.message).toBe('The "Path" parameter must be text');
		expect(error.description).toContain(`for example /widgets/list`);
		expect(error.description).toContain(`resolved to ${kind} for this item`);
		expect(error.context.itemIndex).toBe(2);
	});
});

describe('the Method is one the field offers, in upper case', () => {
	test.each([
		['post', 'POST'],
		[' Put ', 'PUT'],
		['patch', 'PATCH'],
	])('%j is sent as %s, with its body', (given, method) => {
		const request = resolveRequest(
			call,
			reader({ method: given, path: '/w', bodyJson: '{"a": 1}' }),
		);
		expect(request).toMatchObject({ method, body: { a: 1 } });
	});

	test.each([
		['get', 'GET'],
		['delete', 'DELETE'],
	])('%j is sent as %s, without a body', (given, method) => {
		const request = resolveRequest(call, reader({ method: given, path: '/w', bodyJson: '{' }));
		expect(request).toMatchObject({ method, body: undefined });
	});

	test.each([
		['HEAD', '"HEAD"'],
		['fetch', '"fetch"'],
		[1, 'the number 1'],
		[['POST'], 'a list'],
	])('%j is refused, naming the parameter and the methods it may be', (method, kind) => {
		const refused = () =>
			resolveRequest(call, reader({ method, path: '/w', bodyJson: '{"a": 1}' }));
		expect(refused).toThrow('The "Method" parameter must be DELETE, GET, PATCH, POST or PUT');
		let error;
		try {
			refused();
		} catch (failure) {
			error = failure;
		}
		expect(error.description).toContain(`It resolved to ${kind} for this item`);
		expect(error.context.itemIndex).toBe(2);
	});

	test.each([undefined, null, ' '])('%j: the Method is empty', (method) => {
		expect(() => resolveRequest(call, reader({ method, path: '/w' }))).toThrow(
			'The "Method" parameter is empty',
		);
	});

	test('the field offers the methods the check accepts', () => {
		const field = call.fields.find((entry) => entry.name === 'method');
		expect(field.options.map((option) => option.value)).toEqual([
			'DELETE',
			'GET',
			'PATCH',
			'POST',
			'PUT',
		]);
	});
});

describe('run in the RETM node', () => {
	const ACCESS_TOKEN = 'custom-call-token-6a1f';
	let sim;
	beforeAll(async () => {
		sim = await startRetmSimulator({ accessToken: ACCESS_TOKEN, customers: 3 });
	});
	afterAll(() => sim.close());
	beforeEach(() => sim.reset());

	const run = (parameters, { credential, items, continueOnFail } = {}) =>
		runNode({
			nodeClass: Retm,
			credentialClasses: { retmApi: RetmApi },
			credentials: {
				retmApi: credential ?? {
					environment: 'custom',
					baseUrl: sim.url,
					accessToken: ACCESS_TOKEN,
				},
			},
			parameters: { resource: 'customApiCall', operation: 'call', ...parameters },
			items,
			continueOnFail,
		});

	test('a POST sends the body exactly as written and puts out the answer', async () => {
		const body = { name: { en: 'Service', ar: 'خدمة' }, type: 1, value: '5' };
		const before = sim.store.taxes.length;
		const result = await run({ method: 'POST', path: '/taxes/create', bodyJson: body });
		expect(result.error).toBeUndefined();
		const sent = sim.requests.filter((request) => request.path === '/api/v2/taxes/create');
		expect(sent.map((request) => request.body)).toEqual([body]);
		expect(sim.store.taxes).toHaveLength(before + 1);
		expect(result.items[0].json.id).toBe(sim.store.taxes.at(-1).id);
	});

	test('a broken body is refused per item before anything is sent', async () => {
		const result = await run(
			{ method: 'POST', path: '/taxes/create', bodyJson: '={{ $json.body }}' },
			{ items: [{ body: '{"name": ' }], continueOnFail: true },
		);
		expect(result.items[0].json.error).toMatch(/^Body \(JSON\) is not valid JSON/);
		expect(result.items[0].json.description).toMatch(/Fix the "Body \(JSON\)" parameter/);
		expect(sim.requests).toEqual([]);
	});

	test('neither the answer nor an error carries a token or the client secret', async () => {
		const credential = {
			environment: 'custom',
			baseUrl: sim.url,
			authentication: 'app',
			clientId: sim.tokens.clientId,
			clientSecret: sim.tokens.clientSecret,
			authorizationCode: '',
			refreshToken: '',
		};
		const read = await run({ method: 'GET', path: '/taxes/list' }, { credential });
		const refused = await run({ method: 'GET', path: '/no-such-route' }, { credential });
		expect(read.items.map((item) => item.json.id)).toEqual(sim.store.taxes.map((tax) => tax.id));
		expect(refused.error.message).toMatch(/^RETM 404/);
		const secrets = [...sim.tokens.issued, credential.clientSecret];
		expect(secrets.length).toBeGreaterThan(1);
		const shown = JSON.stringify([read.items, refused.error, refused.error.description]);
		expect(secrets.filter((secret) => shown.includes(secret))).toEqual([]);
	});

	test('a Path expression that gives nothing, blanks or a number is refused per item, named', async () => {
		const result = await run(
			{ method: 'GET', path: '={{ $json.path }}' },
			{ items: [{}, { path: '  ' }, { path: 7 }, { path: '/taxes/list' }], continueOnFail: true },
		);
		const [missing, blank, number, ...read] = result.items;
		expect(missing.json.error).toBe('The "Path" parameter is empty');
		expect(missing.json.description).toMatch(
			/^Enter the Path of the endpoint, for example \/customers\/list,/,
		);
		expect(blank.json.error).toBe('The "Path" parameter is empty');
		expect(number.json.error).toBe('The "Path" parameter must be text');
		expect(read.map((item) => item.json.id)).toEqual(sim.store.taxes.map((tax) => tax.id));
		const paired = result.items.map((item) => item.pairedItem.item);
		expect(paired).toEqual([0, 1, 2, ...read.map(() => 3)]);
		expect(sim.requests.map((request) => request.path)).toEqual(['/api/v2/taxes/list']);
	});

	test('a blank Path stops the run with the error, tied to its item', async () => {
		const result = await run(
			{ method: 'GET', path: '={{ $json.path }}' },
			{ items: [{ path: '/taxes/list' }, {}] },
		);
		expect(result.error.message).toBe('The "Path" parameter is empty');
		expect(result.error.context.itemIndex).toBe(1);
	});

	test('a method an expression gives in lower case is sent in upper case, with its body', async () => {
		const body = { name: { en: 'Lower case' }, type: 1, value: '3' };
		const result = await run(
			{ method: '={{ $json.method }}', path: '/taxes/create', bodyJson: body },
			{ items: [{ method: 'post' }] },
		);
		expect(result.error).toBeUndefined();
		const sent = sim.requests.filter((request) => request.path === '/api/v2/taxes/create');
		expect(sent.map((request) => [request.method, request.body])).toEqual([['POST', body]]);
		expect(sim.store.taxes.at(-1)).toMatchObject({ type: 1, value: '3.000' });
		expect(result.items[0].json.id).toBe(sim.store.taxes.at(-1).id);
	});

	test('a method the field does not offer is refused, naming the parameter, and nothing is sent', async () => {
		const result = await run(
			{ method: '={{ $json.method }}', path: '/taxes/list' },
			{ items: [{ method: 'FETCH' }], continueOnFail: true },
		);
		expect(result.items[0].json.error).toBe(
			'The "Method" parameter must be DELETE, GET, PATCH, POST or PUT',
		);
		expect(result.items[0].json.description).toContain('It resolved to "FETCH" for this item');
		expect(sim.requests).toEqual([]);
	});

	test('a 404 points at the Path, not at the API Request resource it went through', async () => {
		const result = await run({ method: 'GET', path: '/no-such-route' });
		expect(result.error.message).toMatch(/^RETM 404: .*\(GET \/no-such-route\)$/);
		expect(result.error.description).toMatch(/Business ID/);
		expect(result.error.description).toMatch(/the Path: it goes after \/api\/v2/);
		expect(result.error.description).not.toMatch(/API Request/);
	});
});
