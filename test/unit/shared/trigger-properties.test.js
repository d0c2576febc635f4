'use strict';
// triggers/triggerProperties: the parameters every platform trigger shares, as n8n's editor and engine
// resolve them (NodeHelpers: defaults filled in, fields their display rules hide dropped, per node
// version).
const { NodeHelpers } = require('n8n-workflow');
const {
	defaultCountryCodeProperties,
	eventsProperty,
	outputProperties,
	SECRET_AUTHENTICATIONS,
	setupNotice,
	sharedSecretProperties,
	simplifyProperty,
} = require('../../../nodes/shared/triggers/triggerProperties');
const { ANY_EVENT } = require('../../../nodes/shared/triggers/eventCatalogue');
const { flavoursEvents } = require('../../../nodes/Flavours/events');

/** The parameter values n8n resolves for a node of `typeVersion` saved with `saved`. */
const resolved = (properties, saved, typeVersion) =>
	NodeHelpers.getNodeParameters(properties, saved, true, false, { typeVersion });
/** The names of the parameters the editor shows for that node, in order. */
const shown = (properties, saved, typeVersion = 1) => {
	const values = resolved(properties, saved, typeVersion);
	return properties
		.filter((property) => NodeHelpers.displayParameter(values, property, { typeVersion }))
		.map((property) => property.name);
};

describe('sharedSecretProperties', () => {
	const properties = sharedSecretProperties('Acme POS', "Acme's webhook page");

	test('starts with the setup notice, naming where the URL goes and the platform', () => {
		expect(properties[0]).toMatchObject({ name: 'setupNotice', type: 'notice' });
		expect(properties[0].displayName).toMatch(/^In Acme's webhook page, paste this node's/);
		expect(properties[0].displayName).toContain('Have Acme POS send');
		expect(setupNotice('text')).toEqual({
			displayName: 'text',
			name: 'setupNotice',
			type: 'notice',
			default: '',
		});
	});

	test.each([
		['headerToken', ['headerName'], { headerName: 'X-Webhook-Secret' }],
		['basicAuth', ['basicAuthUser'], { basicAuthUser: 'n8n' }],
		['queryParameter', ['secretInUrlNotice'], {}],
		['none', ['noAuthenticationNotice'], {}],
	])('%s shows only %j, with its defaults', (method, fields, defaults) => {
		const names = shown(properties, { authentication: method });
		expect(names).toEqual(['setupNotice', 'authentication', ...fields]);
		const values = resolved(properties, { authentication: method }, 1);
		for (const hidden of ['headerName', 'basicAuthUser'].filter((name) => !(name in defaults)))
			expect(values).not.toHaveProperty(hidden);
		expect(values).toMatchObject(defaults);
	});

	test('without defaults by version, every version starts with Header Token', () => {
		expect(properties.filter(({ name }) => name === 'authentication')).toHaveLength(1);
		for (const version of [1, 2, 3])
			expect(resolved(properties, {}, version).authentication).toBe('headerToken');
	});

	test('with defaults by version, each version starts with its own, and keeps a saved choice', () => {
		const byVersion = sharedSecretProperties('Acme POS', 'settings', [
			{ versions: [1], method: 'none' },
			{ versions: [2, 3], method: 'basicAuth' },
		]);
		expect(byVersion.filter(({ name }) => name === 'authentication')).toHaveLength(2);
		expect(resolved(byVersion, {}, 1).authentication).toBe('none');
		expect(shown(byVersion, {}, 1)).toContain('noAuthenticationNotice');
		expect(resolved(byVersion, {}, 3)).toMatchObject({
			authentication: 'basicAuth',
			basicAuthUser: 'n8n',
		});
		expect(resolved(byVersion, { authentication: 'headerToken' }, 1).authentication).toBe(
			'headerToken',
		);
		expect(shown(byVersion, {}, 2).filter((name) => name === 'authentication')).toHaveLength(1);
	});

	test('SECRET_AUTHENTICATIONS is every method but None, so the credential is asked for just then', () => {
		const methods = properties.find(({ name }) => name === 'authentication').options;
		expect([...SECRET_AUTHENTICATIONS].sort()).toEqual(
			methods
				.map(({ value }) => value)
				.filter((value) => value !== 'none')
				.sort(),
		);
		const credential = {
			name: 'acmeApi',
			displayOptions: { show: { authentication: SECRET_AUTHENTICATIONS } },
		};
		for (const { value } of methods)
			expect(NodeHelpers.displayParameter({ authentication: value }, credential, null)).toBe(
				value !== 'none',
			);
	});
});

describe('eventsProperty', () => {
	const defaults = ['customers.CREATE'];
	const property = eventsProperty('Flavours', flavoursEvents, defaults);

	test('offers Any Event, then the catalogue in its own order, labelled as written', () => {
		expect(property).toMatchObject({ name: 'events', type: 'multiOptions', required: true });
		expect(property.options.map(({ value }) => value)).toEqual([
			ANY_EVENT,
			...flavoursEvents.map(({ name }) => name),
		]);
		expect(property.options.slice(1).map(({ name }) => name)).toEqual(
			flavoursEvents.map(({ label }) => label),
		);
		expect(property.description).toMatch(/^The Flavours events that start this workflow/);
	});

	test('a new node starts with the events given, in a list of its own', () => {
		expect(resolved([property], {}, 3).events).toEqual(defaults);
		property.default.push('products.CREATED');
		expect(defaults).toEqual(['customers.CREATE']);
		expect(eventsProperty('Flavours', flavoursEvents, defaults).default).toEqual(defaults);
	});
});

describe('outputProperties', () => {
	const properties = [
		eventsProperty('Flavours', flavoursEvents, ['customers.CREATE']),
		...outputProperties('a clean shape'),
	];

	test('Respond starts at Immediately; its choices are the modes the webhook answers by', () => {
		const respond = properties.find(({ name }) => name === 'respond');
		expect(respond.options.map(({ value }) => value).sort()).toEqual([
			'lastNode',
			'onReceived',
			'responseNode',
		]);
		expect(resolved(properties, {}, 3)).toMatchObject({ respond: 'onReceived', simplify: true });
		expect(outputProperties('x').slice(-2)).toEqual(defaultCountryCodeProperties);
		expect(simplifyProperty('a clean shape')).toEqual(
			properties.find(({ name }) => name === 'simplify'),
		);
		expect(simplifyProperty('X').description).toBe(
			'Whether to return X instead of the body exactly as it was sent',
		);
	});

	test.each([
		[true, 'onReceived', ['reward.check']],
		[true, 'onReceived', [ANY_EVENT]],
		[true, 'onReceived', ['customers.UPDATE', 'reward.check']],
		[false, 'onReceived', ['reward.redeem', 'webhook.error']],
		[false, 'lastNode', ['reward.check']],
		[false, 'responseNode', [ANY_EVENT]],
	])(
		'the reward check notice is shown: %s, with Respond %s and events %j',
		(expected, respond, events) => {
			expect(shown(properties, { respond, events }, 3).includes('rewardCheckNotice')).toBe(
				expected,
			);
		},
	);

	test.each([
		[1, ''],
		[2, ''],
		[3, '966'],
	])(
		'version %i: Default Country Code starts at %j, shown only with Simplify on',
		(version, code) => {
			const names = (saved) =>
				shown(properties, saved, version).filter((name) => name === 'defaultCountryCode');
			expect(resolved(properties, {}, version).defaultCountryCode).toBe(code);
			expect(names({})).toHaveLength(1);
			expect(names({ simplify: false })).toHaveLength(0);
			expect(resolved(properties, { simplify: false }, version)).not.toHaveProperty(
				'defaultCountryCode',
			);
			expect(resolved(properties, { defaultCountryCode: '971' }, version).defaultCountryCode).toBe(
				'971',
			);
		},
	);
});
