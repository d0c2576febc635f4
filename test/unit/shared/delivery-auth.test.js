'use strict';
const {
	basicCredentials,
	bearerToken,
	secretsMatch,
	sharedSecretPresented,
} = require('../../../nodes/shared/triggers/deliveryAuth');

const basic = (pair) => `Basic ${Buffer.from(pair).toString('base64')}`;

describe('bearerToken', () => {
	test.each([
		['Bearer abc', 'abc'],
		['bearer   abc ', 'abc'],
		[['Bearer first', 'Bearer second'], 'first'],
		['Basic abc', undefined],
		['Bearer', undefined],
		['', undefined],
		[undefined, undefined],
	])('%j gives %j', (header, token) => {
		expect(bearerToken(header)).toBe(token);
	});
});

describe('secretsMatch', () => {
	test('matches only the exact secret', () => {
		expect(secretsMatch('s3cret', 's3cret')).toBe(true);
		expect(secretsMatch('s3cre', 's3cret')).toBe(false);
		expect(secretsMatch('s3cret!', 's3cret')).toBe(false);
		expect(secretsMatch('S3CRET', 's3cret')).toBe(false);
	});

	test('never matches when no secret is configured or none was sent', () => {
		expect(secretsMatch('', '')).toBe(false);
		expect(secretsMatch(undefined, 's3cret')).toBe(false);
		expect(secretsMatch('anything', undefined)).toBe(false);
	});

	test('compares secrets of any length without throwing', () => {
		expect(secretsMatch('x'.repeat(10000), 'short')).toBe(false);
		expect(secretsMatch('صباح', 'صباح')).toBe(true);
	});
});

describe('basicCredentials', () => {
	test.each([
		[basic('flavours:s3cret'), 'flavours:s3cret'],
		[`basic  ${Buffer.from('a:b:c').toString('base64')} `, 'a:b:c'],
		['Bearer abc', undefined],
		['Basic not base64!', undefined],
		[undefined, undefined],
	])('%j gives %j', (header, pair) => {
		expect(basicCredentials(header)).toBe(pair);
	});
});

describe('sharedSecretPresented', () => {
	const settings = (method, secret = 's3cret') => ({
		method,
		headerName: 'X-Webhook-Secret',
		user: 'flavours',
		secret,
	});

	test('secret in URL: the secret query parameter must be exactly the secret', () => {
		const inUrl = (query, secret) =>
			sharedSecretPresented({}, settings('queryParameter', secret), query);
		expect(inUrl({ secret: 's3cret' })).toBe(true);
		expect(inUrl({ secret: 's3cre' })).toBe(false);
		expect(inUrl({ secret: 'S3CRET' })).toBe(false);
		expect(inUrl({ Secret: 's3cret' })).toBe(false);
		expect(inUrl({ token: 's3cret' })).toBe(false);
		expect(inUrl({})).toBe(false);
		expect(sharedSecretPresented({ secret: 's3cret' }, settings('queryParameter'))).toBe(false);
		// A repeated parameter counts by its first value; `secret[a]=` is no secret at all.
		expect(inUrl({ secret: ['s3cret', 'wrong'] })).toBe(true);
		expect(inUrl({ secret: ['wrong', 's3cret'] })).toBe(false);
		expect(inUrl({ secret: { a: 's3cret' } })).toBe(false);
		// No secret in the credential refuses everything, an empty parameter included.
		expect(inUrl({ secret: '' }, '')).toBe(false);
		expect(inUrl({ secret: 'x' }, undefined)).toBe(false);
	});

	test('header token: the named header must carry exactly the secret (header names are case-insensitive)', () => {
		expect(sharedSecretPresented({ 'x-webhook-secret': 's3cret' }, settings('headerToken'))).toBe(
			true,
		);
		expect(sharedSecretPresented({ 'x-webhook-secret': 'wrong' }, settings('headerToken'))).toBe(
			false,
		);
		expect(sharedSecretPresented({ authorization: 's3cret' }, settings('headerToken'))).toBe(false);
		expect(sharedSecretPresented({}, settings('headerToken'))).toBe(false);
	});

	test('basic auth: user and secret must both match', () => {
		const check = (pair) =>
			sharedSecretPresented({ authorization: basic(pair) }, settings('basicAuth'));
		expect(check('flavours:s3cret')).toBe(true);
		expect(check('other:s3cret')).toBe(false);
		expect(check('flavours:wrong')).toBe(false);
		expect(check('flavours:')).toBe(false);
	});

	test('a missing secret in the credential refuses every delivery', () => {
		expect(sharedSecretPresented({ 'x-webhook-secret': '' }, settings('headerToken', ''))).toBe(
			false,
		);
		expect(
			sharedSecretPresented({ authorization: basic('flavours:') }, settings('basicAuth', '')),
		).toBe(false);
	});

	test('"none" accepts every delivery', () => {
		expect(sharedSecretPresented({}, settings('none', undefined))).toBe(true);
	});
});
