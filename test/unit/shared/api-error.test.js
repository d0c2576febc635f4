'use strict';
const {
	apiErrorFromResponse,
	laravelFieldErrors,
} = require('../../../nodes/shared/actions/apiError');

const node = { id: 'n', name: 'POS', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };
const reading = {
	platform: 'POS',
	message: (body) => body?.message,
	fieldErrors: laravelFieldErrors,
	hints: {
		unauthorized: 'Check the token.',
		notFound: 'Check the id.',
		notFoundAtPath: 'Check the Path.',
	},
};
const failed = (statusCode, body) =>
	apiErrorFromResponse(node, { statusCode, body, method: 'POST', path: '/orders' }, reading, 2);

describe('apiErrorFromResponse', () => {
	test('names the platform, status, message and request', () => {
		const error = failed(500, { message: 'Boom' });
		expect(error.message).toBe('POS 500: Boom (POST /orders)');
		expect(error.description).toBe('POS had a problem answering. Try again later.');
		expect(error.httpCode).toBe('500');
	});

	test('says what to change for each status', () => {
		expect(failed(401, {}).description).toBe('Check the token.');
		expect(failed(404, {}).description).toBe('Check the id.');
		expect(failed(403, {}).description).toMatch(/may not do this/);
		expect(failed(429, {}).description).toMatch(/limiting requests/);
		expect(failed(418, {}).description).toBe('POS answered 418.');
		expect(failed(422, {}).description).toMatch(/refused the request's data/);
	});

	test('a 404 of a path the user wrote points at the path', () => {
		const response = { statusCode: 404, body: {}, method: 'GET', path: '/nope' };
		const at = (pathWrittenByUser) =>
			apiErrorFromResponse(node, { ...response, pathWrittenByUser }, reading).description;
		expect(at(true)).toBe('Check the Path.');
		expect(at(false)).toBe('Check the id.');
		expect(at(undefined)).toBe('Check the id.');
	});

	test('lists field errors of a refused body', () => {
		const error = failed(422, {
			message: 'Invalid',
			errors: { phone: ['is required'], name: 'too long' },
		});
		expect(error.description).toBe(
			'Fix these fields and try again:\nphone: is required\nname: too long',
		);
	});

	test('an answer without a message still reads as a sentence', () => {
		expect(failed(502, 'Bad Gateway').message).toBe('POS 502: the request failed (POST /orders)');
	});
});

describe('laravelFieldErrors', () => {
	test('reads the errors map and ignores anything else', () => {
		expect(laravelFieldErrors({ errors: { a: ['x', 'y'], b: 'z' } })).toEqual({
			a: ['x', 'y'],
			b: ['z'],
		});
		for (const body of [undefined, null, 'text', { errors: [] }, { errors: 'bad' }])
			expect(laravelFieldErrors(body)).toEqual({});
	});
});
