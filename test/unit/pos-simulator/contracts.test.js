'use strict';

const { startRetmSimulator } = require('../../pos-simulator/retm/server');
const { retmRoutes } = require('../../pos-simulator/retm/routes');
const { startFlavoursSimulator } = require('../../pos-simulator/flavours/server');
const { flavoursRoutes } = require('../../pos-simulator/flavours/routes');
const { allContracts, contract, valuesAt } = require('../../fixtures/contracts');
const { withSimulatorIds, simulatorCall, ensureRecords } = require('../../helpers/simulatorCalls');

// Every route the simulators serve, held to the contract fixtures of its method and path: the
// shapes come from the fixtures, never from the simulator's own code. A route without a response
// fixture, or without a request fixture when it takes a body, fails here.

const typeOf = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Same keys and types as the documented example, recursively (arrays by their first element). A
 * documented null says nothing of the type; `nullable` paths ('data.branch_id', valuesAt's
 * spelling) may be null where the example shows a value.
 */
function shapeDifferences(actual, documented, nullable = [], at = '') {
	if (documented === null) return [];
	if (actual === null && nullable.includes(at)) return [];
	if (typeOf(actual) !== typeOf(documented))
		return [`$${at && `.${at}`}: ${typeOf(actual)} instead of ${typeOf(documented)}`];
	if (Array.isArray(documented))
		return documented.length && actual.length
			? shapeDifferences(actual[0], documented[0], nullable, `${at}[]`)
			: [];
	if (typeof documented !== 'object') return [];
	return Object.keys(documented).flatMap((key) => {
		const path = at ? `${at}.${key}` : key;
		return key in actual
			? shapeDifferences(actual[key], documented[key], nullable, path)
			: [`$.${path}: missing`];
	});
}

function without(value, fieldPath) {
	const copy = structuredClone(value);
	const steps = fieldPath.replace(/\[\]/g, '.0').split('.');
	const last = steps.pop();
	const parent = steps.reduce((node, step) => node?.[step], copy);
	if (parent) delete parent[last];
	return copy;
}
function withValue(value, fieldPath, replacement) {
	const copy = structuredClone(value);
	const steps = fieldPath.replace(/\[\]/g, '.0').split('.');
	const last = steps.pop();
	steps.reduce((node, step) => node[step], copy)[last] = replacement;
	return copy;
}
// Values no validator takes for the type: Laravel's integer and numeric rules take "1", for one.
const wrongTypeFor = {
	number: 'not a number',
	string: 1,
	object: 'Home',
	boolean: 'yes',
	array: 'x',
};

let retm;
let flavours;
const simulators = { retm: () => retm, flavours: () => flavours };
beforeAll(async () => {
	[retm, flavours] = await Promise.all([
		startRetmSimulator({ customers: 50 }),
		startFlavoursSimulator({ customers: 50 }),
	]);
});
afterAll(() => Promise.all([retm.close(), flavours.close()]));
afterEach(() => {
	retm.reset();
	flavours.reset();
});

const ROUTE_TABLES = { retm: retmRoutes, flavours: flavoursRoutes };
const ROUTES = Object.entries(ROUTE_TABLES).flatMap(([platform, routes]) =>
	routes.map(({ method, path }) => [platform, method, path]),
);
const endpointFixtures = allContracts().filter((fixture) => fixture.method && fixture.path);
const fixturesOf = (platform, method, path, kind) =>
	endpointFixtures.filter(
		(fixture) =>
			fixture.platform === platform &&
			fixture.method === method &&
			fixture.path === path &&
			fixture.kind === kind,
	);

// The status, and the body when it is a refusal, so a failing comparison shows why.
const answered = (response) => ({
	status: response.status,
	...(response.status >= 300 ? { body: response.json ?? response.text } : {}),
});

/**
 * The fixture's call on its simulator, with the ids it names swapped for the simulator's, then
 * `change`d (a field taken out or mistyped after the swap, so the swap cannot mend it).
 */
async function send(platform, method, path, { body, version, change = (value) => value } = {}) {
	const sim = simulators[platform]();
	await ensureRecords(platform, sim);
	return simulatorCall(platform, sim, {
		method,
		path,
		body: body && change(withSimulatorIds(platform, sim, body, path)),
		version,
	});
}

describe('the route tables', () => {
	test.each(Object.keys(ROUTE_TABLES))('are what the %s simulator serves', (platform) => {
		const table = ROUTE_TABLES[platform].map(({ method, path }) => ({ method, path }));
		expect(simulators[platform]().routes).toEqual(table);
		expect(table.length).toBeGreaterThan(20);
	});
});

describe.each(ROUTES)('%s %s %s', (platform, method, path) => {
	const responses = fixturesOf(platform, method, path, 'response');
	const requests = fixturesOf(platform, method, path, 'request');

	test('has a response fixture, and a request fixture when it takes a body', () => {
		expect(responses.map((fixture) => fixture.name)).not.toEqual([]);
		if (method === 'POST') expect(requests.map((fixture) => fixture.name)).not.toEqual([]);
	});

	if (responses.length)
		test.each(responses.map((fixture) => [fixture.name, fixture]))(
			'answers in the status and shape of %s',
			async (_name, fixture) => {
				const request =
					requests.find((entry) => entry.apiVersion === fixture.apiVersion) ?? requests[0];
				const response = await send(platform, method, path, {
					body: request?.example,
					version: fixture.apiVersion,
				});
				expect(answered(response)).toEqual({ status: fixture.status });
				expect(shapeDifferences(response.json, fixture.example, fixture.nullable)).toEqual([]);
			},
		);

	for (const fixture of requests)
		describe(fixture.name, () => {
			const refusal = contract(fixture.refusal ?? `${platform}/errors/validation`);
			// A RETM field map's keys vary with the request, so only its being a map is compared.
			const refusalShape =
				platform === 'retm' && !fixture.refusal
					? { ...refusal.example, errors: {} }
					: refusal.example;
			const named = (json) =>
				platform === 'flavours' ? json.data.map((entry) => entry.field) : Object.keys(json.errors);
			const call = (change) =>
				send(platform, method, path, {
					body: fixture.example,
					version: fixture.apiVersion,
					change,
				});

			test('its example is accepted', async () => {
				const response = await call();
				expect(answered(response)).toEqual({ status: expect.any(Number) });
				expect(response.status).toBeLessThan(300);
			});

			if (fixture.required.length)
				test.each(fixture.required)(
					'without %s it is refused, in the documented shape',
					async (field) => {
						const response = await call((body) => without(body, field));
						expect(response.status).toBe(fixture.refusalStatus?.[field] ?? refusal.status);
						expect(shapeDifferences(response.json, refusalShape)).toEqual([]);
						if (!fixture.refusal)
							expect(named(response.json)).toContainEqual(
								expect.stringMatching(
									new RegExp(`^${field.replace(/\[\]/g, '.0').replace(/\./g, '\\.')}`),
								),
							);
					},
				);

			const types = Object.entries(fixture.types ?? {});
			if (types.length)
				test.each(types)('%s of another type than %s is refused', async (field, type) => {
					expect(valuesAt(fixture.example, field)).not.toEqual([]);
					const response = await call((body) => withValue(body, field, wrongTypeFor[type]));
					expect(response.status).toBe(refusal.status);
					expect(shapeDifferences(response.json, refusalShape)).toEqual([]);
				});
		});
});

describe('what the fixtures say beyond shapes', () => {
	it('gives RETM records ULID-style ids and customers numeric ones', () => {
		expect(retm.store.products[0].id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(typeof retm.store.customers[0].id).toBe('number');
	});

	it('asks SUBSCRIBER accounts for the market of a new customer', async () => {
		const sub = await startFlavoursSimulator({ customers: 5, accountRole: 'SUBSCRIBER' });
		try {
			const fixture = contract('flavours/endpoints/customers.create.request');
			expect(fixture.requiredForSubscriber).toEqual(['market_id']);
			const { market_id: _market, ...body } = fixture.example;
			const response = await simulatorCall('flavours', sub, {
				method: 'POST',
				path: fixture.path,
				body,
			});
			expect(response.status).toBe(422);
			expect(response.json.data.map((entry) => entry.field)).toContain('market_id');
		} finally {
			await sub.close();
		}
	});
});
