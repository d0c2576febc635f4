'use strict';
// credentials/credentialFields: the fields and authentication the credential types share: secrets
// masked, the Base URL field shown only for the custom environment (as n8n's editor decides it), and
// the Bearer header as n8n's own expression engine resolves it.
const { NodeHelpers, Workflow } = require('n8n-workflow');
const {
	bearerAuthentication,
	CUSTOM_BASE_URL,
	environmentFields,
	secretField,
} = require('../../../nodes/shared/credentials/credentialFields');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { FlavoursApi } = require('../../../credentials/FlavoursApi.credentials');
const { ResDiaryWebhookApi } = require('../../../credentials/ResDiaryWebhookApi.credentials');

/**
 * A header template as n8n's credentials helper fills a generic authentication: each value through
 * the workflow's expression engine with the decrypted credential as `$credentials`.
 */
function resolveHeaders(authentication, credentials) {
	const node = { id: 'n', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0] };
	const description = { description: { properties: [] } };
	const nodeTypes = {
		getByName: () => description,
		getByNameAndVersion: () => description,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return Object.fromEntries(
		Object.entries(authentication.properties.headers).map(([name, template]) => [
			name,
			workflow.expression.getParameterValue(template, null, 0, 0, node.name, [], 'internal', {
				$credentials: credentials,
			}),
		]),
	);
}

describe('secretField', () => {
	test('a masked string, empty by default and optional unless asked', () => {
		const field = secretField('Webhook Secret', 'webhookSecret', 'What it is for');
		expect(field).toEqual({
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: false,
			description: 'What it is for',
		});
		expect(secretField('Access Token', 'accessToken', 'd', true).required).toBe(true);
	});

	test('each call is a field of its own, so a credential can add display rules to one', () => {
		const first = secretField('A', 'a', 'd');
		const second = secretField('A', 'a', 'd');
		first.typeOptions.password = false;
		expect(second.typeOptions).toEqual({ password: true });
	});

	test.each([
		[
			'RetmApi',
			RetmApi,
			['clientSecret', 'authorizationCode', 'refreshToken', 'accessToken', 'webhookToken'],
		],
		['FlavoursApi', FlavoursApi, ['accessToken', 'webhookSecret']],
		['ResDiaryWebhookApi', ResDiaryWebhookApi, ['webhookSecret']],
	])(
		'%s masks every token and secret, and nothing a user must read back',
		(_name, Credential, secrets) => {
			const visible = new Credential().properties.filter((property) => property.type !== 'hidden');
			const masked = visible.filter((property) => property.typeOptions?.password === true);
			expect(masked.map((property) => property.name).sort()).toEqual([...secrets].sort());
		},
	);
});

describe('environmentFields', () => {
	const environments = [
		CUSTOM_BASE_URL,
		{ name: 'Production', value: 'production', description: 'Live' },
		{ name: 'Staging', value: 'staging', description: 'Tests' },
	];
	const customBaseUrl = { placeholder: 'e.g. https://proxy.example.com', description: 'Where' };
	const fields = environmentFields(environments, 'production', customBaseUrl);
	/** The fields n8n's editor shows for a credential saved with `saved`, defaults filled in. */
	const shown = (saved) => {
		const values = NodeHelpers.getNodeParameters(fields, saved, true, false, null, null);
		return fields.filter((field) => NodeHelpers.displayParameter(values, field, null, null));
	};

	test('offers the environments as given, starting at the default one', () => {
		const [environment] = fields;
		expect(environment).toMatchObject({
			name: 'environment',
			type: 'options',
			default: 'production',
		});
		expect(environment.options).toEqual(environments);
		expect(CUSTOM_BASE_URL.value).toBe('custom');
	});

	test.each([
		['the default environment', ['environment'], {}],
		['staging', ['environment'], { environment: 'staging' }],
		['Custom Base URL', ['environment', 'baseUrl'], { environment: 'custom' }],
	])('%s shows %j', (_label, names, saved) => {
		expect(shown(saved).map((field) => field.name)).toEqual(names);
	});

	test('the Base URL is required, with the placeholder and description given', () => {
		const baseUrl = shown({ environment: 'custom' })[1];
		expect(baseUrl).toMatchObject({
			type: 'string',
			default: '',
			required: true,
			...customBaseUrl,
		});
		const values = NodeHelpers.getNodeParameters(fields, {}, true, false, null, null);
		expect(values).not.toHaveProperty('baseUrl');
	});
});

describe('bearerAuthentication', () => {
	test("sends the credential's Access Token as a Bearer token", () => {
		const authentication = bearerAuthentication();
		expect(authentication.type).toBe('generic');
		expect(resolveHeaders(authentication, { accessToken: 'tok-123' })).toEqual({
			Authorization: 'Bearer tok-123',
		});
	});

	test('adds the headers given, resolved from the same credential, and keeps no state between calls', () => {
		const withVersion = bearerAuthentication({ 'X-API-Version': '={{$credentials.apiVersion}}' });
		expect(resolveHeaders(withVersion, { accessToken: 't', apiVersion: '2.3.0' })).toEqual({
			Authorization: 'Bearer t',
			'X-API-Version': '2.3.0',
		});
		expect(Object.keys(bearerAuthentication().properties.headers)).toEqual(['Authorization']);
	});

	test("is the Flavours credential's authentication", () => {
		const headers = resolveHeaders(new FlavoursApi().authenticate, {
			accessToken: 'flv',
			apiVersion: '2.1.0',
		});
		expect(headers).toEqual({ Authorization: 'Bearer flv', 'X-API-Version': '2.1.0' });
	});
});
