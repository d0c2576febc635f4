'use strict';
// payloads/leafReaders: the tolerant readers simplify functions use on every leaf, including leaves
// that failed their schema, so each must give the documented value or null and never throw.
const {
	readArabicText,
	readArray,
	readCode,
	readFlag,
	readId,
	readMoney,
	readNumber,
	readObject,
	readText,
} = require('../../../nodes/shared/payloads/leafReaders');
const { example } = require('../../fixtures/contracts');

describe('readText', () => {
	test.each([
		['Burger', 'Burger'],
		['  Burger  ', 'Burger'],
		['', null],
		['   ', null],
		[15, '15'],
		[0, '0'],
		[-2.5, '-2.5'],
		[NaN, null],
		[Infinity, null],
		[{ en: 'Burger', ar: 'برجر' }, 'Burger'],
		[{ ar: 'برجر' }, 'برجر'],
		[{ en: null, ar: 'برجر' }, 'برجر'],
		[{ en: '  ', ar: 'برجر' }, 'برجر'],
		[{ en: 5, ar: null }, null],
		[{}, null],
		[['Burger'], null],
		[true, null],
		[null, null],
		[undefined, null],
	])('%j reads as %j', (value, text) => {
		expect(readText(value)).toBe(text);
	});

	test('reads {en, ar} in the language asked for, falling back to the other side', () => {
		expect(readText({ en: 'Burger', ar: 'برجر' }, 'ar')).toBe('برجر');
		expect(readText({ en: 'Burger', ar: '' }, 'ar')).toBe('Burger');
		expect(readText({ en: 'Burger' }, 'ar')).toBe('Burger');
		// a plain string or number does not depend on the language
		expect(readText('Burger', 'ar')).toBe('Burger');
		expect(readText(7, 'ar')).toBe('7');
	});
});

test.each([
	[{ en: 'Burger', ar: ' برجر ' }, 'برجر'],
	[{ en: 'Burger' }, null],
	[{ en: 'Burger', ar: '' }, null],
	[{ ar: 3 }, null],
	['برجر', null],
	[null, null],
	[[{ ar: 'برجر' }], null],
])('readArabicText(%j) is %j', (value, text) => {
	expect(readArabicText(value)).toBe(text);
});

test.each([
	[1234, '1234'],
	[0, '0'],
	[-1, '-1'],
	[1.5, '1.5'],
	[NaN, null],
	[Infinity, null],
	[' ord-1 ', 'ord-1'],
	['', null],
	[{ id: 1 }, null],
	[true, null],
	[null, null],
	[undefined, null],
])('readId(%j) is %j', (value, id) => {
	expect(readId(value)).toBe(id);
});

test.each([
	['75.000', '75.000'],
	[' 1.5 ', '1.5'],
	[19, 19],
	[0, 0],
	[NaN, null],
	[-Infinity, null],
	['', null],
	[{ en: '1' }, null],
	[false, null],
	[null, null],
])('readMoney(%j) is %j', (value, money) => {
	expect(readMoney(value)).toBe(money);
});

test.each([
	[15, 15],
	[0, 0],
	[-3.25, -3.25],
	['15', 15],
	['1.000', 1],
	['-2.5', -2.5],
	[' 7 ', 7],
	['1e3', null],
	['1,000', null],
	['.5', null],
	['5.', null],
	['0x10', null],
	['abc', null],
	['', null],
	[NaN, null],
	[Infinity, null],
	[true, null],
	[[1], null],
	[null, null],
])('readNumber(%j) is %j', (value, number) => {
	expect(readNumber(value)).toBe(number);
});

test.each([
	[200, 200],
	['404', 404],
	['ERR_TIMEOUT', 'ERR_TIMEOUT'],
	[' E1 ', 'E1'],
	['', null],
	[NaN, null],
	[{ code: 1 }, null],
	[null, null],
])('readCode(%j) is %j', (value, code) => {
	expect(readCode(value)).toBe(code);
});

test.each([
	[true, true],
	[false, false],
	[1, true],
	[0, false],
	[2, null],
	['1', null],
	['true', null],
	[null, null],
	[undefined, null],
])('readFlag(%j) is %j', (value, flag) => {
	expect(readFlag(value)).toBe(flag);
});

describe('readObject and readArray', () => {
	test('give back the leaf itself when it has the right kind', () => {
		const object = { id: 1 };
		const array = [1, 2];
		expect(readObject(object)).toBe(object);
		expect(readArray(array)).toBe(array);
	});

	test.each([[null], [undefined], ['x'], [3], [true]])(
		'%j is an empty object and array',
		(value) => {
			expect(readObject(value)).toEqual({});
			expect(readArray(value)).toEqual([]);
		},
	);

	test('an array is not an object, and an object is not an array', () => {
		expect(readObject([1])).toEqual({});
		expect(readArray({ 0: 'a', length: 1 })).toEqual([]);
	});
});

test('reads the leaves of RETM documented invoice webhook', () => {
	const invoice = example('retm/webhooks/invoice.order.created');
	const [product] = readArray(invoice.products);
	expect(readId(invoice.invoice_id)).toBe(String(invoice.invoice_id));
	expect(readId(invoice.sale_id)).toBeNull();
	expect(readMoney(invoice.total_price)).toBe(invoice.total_price);
	expect(readText(product.name)).toBe(product.name.en);
	expect(readText(product.name, 'ar')).toBe(product.name.ar);
	expect(readArabicText(product.name)).toBe(product.name.ar);
	expect(readNumber(product.quantity)).toBe(Number(product.quantity));
	expect(readText(product.note)).toBeNull();
	expect(readObject(product.category)).toBe(product.category);
	expect(readCode(invoice.status)).toBe(invoice.status);
});
