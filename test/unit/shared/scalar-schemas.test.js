'use strict';
// payloads/scalarSchemas: the one-step checks for fields sent as a string or a number, and for
// names sent as a string or {en, ar}; what each accepts, refuses, and the single issue it reports.
const { z } = require('zod');
const {
	idSchema,
	localizedTextSchema,
	stringOrNumber,
} = require('../../../nodes/shared/payloads/scalarSchemas');
const { example } = require('../../fixtures/contracts');

const accepts = (schema, value) => schema.safeParse(value).success;
const issuesOf = (schema, value) => schema.safeParse(value).error.issues;

describe('stringOrNumber', () => {
	test.each([[''], ['abc'], [' '], [0], [-3], [1.5]])('by default accepts %j', (value) => {
		expect(accepts(stringOrNumber(), value)).toBe(true);
	});

	test.each([[NaN], [Infinity], [null], [undefined], [true], [{}], [[]], [['1']]])(
		'by default refuses %j',
		(value) => {
			expect(accepts(stringOrNumber(), value)).toBe(false);
		},
	);

	test('nonEmpty refuses only the empty string', () => {
		const schema = stringOrNumber({ nonEmpty: true });
		expect(accepts(schema, '')).toBe(false);
		expect(accepts(schema, ' ')).toBe(true);
		expect(accepts(schema, 0)).toBe(true);
	});

	test('integer refuses fractional numbers but not strings written with a fraction', () => {
		const schema = stringOrNumber({ integer: true });
		expect(accepts(schema, 1.5)).toBe(false);
		expect(accepts(schema, 2)).toBe(true);
		expect(accepts(schema, -2)).toBe(true);
		expect(accepts(schema, '1.5')).toBe(true);
		expect(accepts(schema, Infinity)).toBe(false);
	});

	test('digitsOnly accepts whole numbers written in digits, spaces around them allowed', () => {
		const schema = stringOrNumber({ digitsOnly: true });
		expect(accepts(schema, '123')).toBe(true);
		expect(accepts(schema, ' 42 ')).toBe(true);
		expect(accepts(schema, 7.5)).toBe(true);
		for (const value of ['', ' ', '12a', '1.5', '-1', '1 2', '١٢']) {
			expect(accepts(schema, value)).toBe(false);
		}
	});

	test.each([
		[{}, 'expected a string or a number'],
		[{ nonEmpty: true }, 'expected a non-empty string or a number'],
		[{ integer: true }, 'expected a string or an integer'],
		[{ nonEmpty: true, integer: true }, 'expected a non-empty string or an integer'],
		[{ integer: true, message: 'a table number' }, 'a table number'],
	])('with %j a refusal is one issue saying %j', (options, message) => {
		const issues = issuesOf(stringOrNumber(options), null);
		expect(issues).toHaveLength(1);
		expect(issues[0].message).toBe(message);
	});

	test('passes the value through unchanged', () => {
		expect(stringOrNumber().parse(' 007 ')).toBe(' 007 ');
		expect(stringOrNumber().parse(7)).toBe(7);
	});
});

describe('idSchema', () => {
	test.each([['abc'], ['0'], [1234], [0], [1.5]])('accepts %j', (value) => {
		expect(accepts(idSchema, value)).toBe(true);
	});

	test.each([[''], [null], [undefined], [NaN], [{ id: 1 }], [false]])('refuses %j', (value) => {
		expect(accepts(idSchema, value)).toBe(false);
	});

	test('inside an object, a bad or missing id is one issue at its path', () => {
		const schema = z.object({ id: idSchema });
		expect(issuesOf(schema, { id: '' })).toEqual([
			expect.objectContaining({ path: ['id'], message: 'expected a non-empty string or a number' }),
		]);
		expect(issuesOf(schema, {})).toHaveLength(1);
	});

	test("accepts RETM's documented numeric customer id", () => {
		const { customer } = example('retm/webhooks/customer.created');
		expect(typeof customer.id).toBe('number');
		expect(accepts(idSchema, customer.id)).toBe(true);
	});
});

describe('localizedTextSchema', () => {
	test.each([
		['Burger'],
		[''],
		[{ en: 'Burger', ar: 'برجر' }],
		[{ en: 'Burger' }],
		[{ ar: 'برجر' }],
		[{ en: null, ar: null }],
		[{}],
		[{ en: 'Burger', fr: 5 }],
	])('accepts %j', (value) => {
		expect(accepts(localizedTextSchema, value)).toBe(true);
	});

	test.each([
		[{ en: 5 }],
		[{ en: 'Burger', ar: {} }],
		[{ ar: ['برجر'] }],
		[['Burger']],
		[null],
		[undefined],
		[5],
		[true],
	])('refuses %j with one issue', (value) => {
		const issues = issuesOf(localizedTextSchema, value);
		expect(issues).toHaveLength(1);
		expect(issues[0].message).toBe('expected a string or {en, ar}');
	});

	test('passes the object through as sent', () => {
		const name = { en: 'Burger', ar: 'برجر', extra: 1 };
		expect(localizedTextSchema.parse(name)).toBe(name);
	});

	test("accepts every name in RETM's documented invoice", () => {
		const invoice = example('retm/webhooks/invoice.order.created');
		const names = [
			...invoice.taxes.map((tax) => tax.name),
			...invoice.payments.map((payment) => payment.name),
			...invoice.products.flatMap((product) => [product.name, product.category.name]),
		];
		expect(names.length).toBeGreaterThan(3);
		for (const name of names) expect(accepts(localizedTextSchema, name)).toBe(true);
	});
});
