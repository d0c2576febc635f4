'use strict';
const {
	extraQueryField,
	idField,
	localizedNameFields,
	optionalFields,
	pickerField,
	rowsField,
	textField,
} = require('../../../nodes/shared/actions/fields');

describe('field builders', () => {
	test('a picker loads its options and accepts an ID by expression', () => {
		expect(pickerField('taxId', 'Tax Name or ID', 'getTaxes', 'The tax', true)).toMatchObject({
			displayName: 'Tax Name or ID',
			name: 'taxId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTaxes' },
			required: true,
		});
		expect(pickerField('taxId', 'Tax Name or ID', 'getTaxes', 'The tax').description).toMatch(
			/^The tax\. Choose from the list, or specify an ID using an <a href=/,
		);
	});

	test('a localized name is English (required) and Arabic', () => {
		expect(
			localizedNameFields('tax').map((field) => [field.name, field.required ?? false]),
		).toEqual([
			['nameEn', true],
			['nameAr', false],
		]);
	});

	test('ids, text, optional collections, rows and extra query parameters', () => {
		expect(idField('orderId', 'Order ID', 'The order', 'e.g. 1')).toMatchObject({
			required: true,
			placeholder: 'e.g. 1',
		});
		expect(idField('orderId', 'Order ID', 'The order')).not.toHaveProperty('placeholder');
		expect(textField('City', 'city', 'The city')).toEqual({
			displayName: 'City',
			name: 'city',
			type: 'string',
			default: '',
			description: 'The city',
		});
		expect(optionalFields('updateFields', [])).toMatchObject({
			displayName: 'Update Fields',
			type: 'collection',
		});
		expect(optionalFields('additionalFields', []).displayName).toBe('Additional Fields');
		const rows = rowsField(
			{ displayName: 'Items', name: 'items', placeholder: 'Add Item' },
			{ displayName: 'Item', name: 'item' },
			'Items',
			[],
		);
		expect(rows).toMatchObject({
			placeholder: 'Add Item',
			options: [{ name: 'item', displayName: 'Item' }],
		});
		expect(extraQueryField('RETM').description).toMatch(/^Filters RETM does not document/);
	});
});
