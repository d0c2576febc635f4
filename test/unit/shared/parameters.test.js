'use strict';
const {
	compact,
	encodeId,
	extraQueryParameters,
	optionalValues,
	parseJsonArrayParameter,
	parseJsonParameter,
	rowValues,
} = require('../../../nodes/shared/actions/parameters');
const { parameterReader } = require('../../helpers/parameterReader');

const reader = (values) => parameterReader(values, 3);

describe('JSON parameters', () => {
	test('text or already parsed, empty as nothing', () => {
		expect(parseJsonParameter(reader({ j: '{"a":1}' }), 'j', 'J')).toEqual({ a: 1 });
		expect(parseJsonParameter(reader({ j: { a: 2 } }), 'j', 'J')).toEqual({ a: 2 });
		expect(parseJsonParameter(reader({ j: '  ' }), 'j', 'J')).toEqual({});
		expect(parseJsonArrayParameter(reader({ j: '[{"a":1}]' }), 'j', 'J')).toEqual([{ a: 1 }]);
	});

	test('broken JSON or the wrong shape says which parameter to fix', () => {
		expect(() => parseJsonParameter(reader({ j: '{' }), 'j', 'Body')).toThrow(
			/Body is not valid JSON/,
		);
		expect(() => parseJsonParameter(reader({ j: '[1]' }), 'j', 'Body')).toThrow(
			'Body must be a JSON object',
		);
		expect(() => parseJsonArrayParameter(reader({ j: '{}' }), 'j', 'Rows')).toThrow(
			'Rows must be a JSON array',
		);
	});
});

describe('encodeId', () => {
	test('text or a number, trimmed and encoded for a path', () => {
		expect(encodeId(reader({ id: ' 12 ' }), 'id', 'Order ID')).toBe('12');
		expect(encodeId(reader({ id: 42 }), 'id', 'Order ID')).toBe('42');
		expect(encodeId(reader({ id: 'a b/c' }), 'id', 'Order ID')).toBe('a%20b%2Fc');
	});

	test('anything else is refused with what it resolved to', () => {
		expect(() => encodeId(reader({}), 'id', 'Order ID')).toThrow(
			'The "Order ID" parameter is empty',
		);
		expect(() => encodeId(reader({ id: [1] }), 'id', 'Order ID')).toThrow('is not an ID');
	});
});

describe('values from the form', () => {
	test('compact drops what was left empty', () => {
		expect(compact({ a: '', b: null, c: undefined, d: 0, e: false, f: 'x' })).toEqual({
			d: 0,
			e: false,
			f: 'x',
		});
	});

	test('optional collections, rows and extra query parameters', () => {
		expect(optionalValues(reader({ updateFields: { a: '', b: 'x' } }), 'updateFields')).toEqual({
			b: 'x',
		});
		expect(
			rowValues(reader({ products: { product: [{ id: 1 }] } }), 'products', 'product'),
		).toEqual([{ id: 1 }]);
		expect(rowValues(reader({}), 'products', 'product')).toEqual([]);
		expect(
			extraQueryParameters(
				reader({
					query: {
						parameter: [
							{ name: 'a', value: '1' },
							{ name: '', value: 'x' },
						],
					},
				}),
			),
		).toEqual({ a: '1' });
	});
});
