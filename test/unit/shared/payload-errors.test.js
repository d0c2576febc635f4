'use strict';
const { z } = require('zod');
const { describePayloadError } = require('../../../nodes/shared/payloads/payloadErrors');

const schema = z.object({
	a: z.string(),
	b: z.number(),
	c: z.object({ d: z.string() }),
	e: z.string(),
});

test('names each bad field and what was wrong', () => {
	const result = schema.safeParse({ a: 1, b: 2, c: { d: 3 }, e: 'ok' });
	expect(describePayloadError(result.error)).toBe(
		'a: Expected string, received number; c.d: Expected string, received number',
	);
});

test('shows three issues and counts the rest', () => {
	const result = schema.safeParse({});
	expect(describePayloadError(result.error)).toBe(
		'a: Required; b: Required; c: Required (and 1 more)',
	);
});

test('an issue with the whole body says so', () => {
	expect(describePayloadError(schema.safeParse('x').error)).toBe(
		'body: Expected object, received string',
	);
});
