'use strict';
const { bearerToken, secretsMatch } = require('../../../nodes/shared/deliveryAuth');

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
