import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	createOperation,
	pickerField,
	recordOperation,
	rowValues,
	rowsField,
	wordOptions,
} from '../../shared/fields';
import { compact, type ParameterReader, type Resource } from '../../shared/operations';
import {
	bilingualName,
	marketField,
	nameFields,
	names,
	optional,
	optionalFields,
	text,
} from './common';
import { flavoursList } from './list';

const product = names('product', 'products');

// The field names are the pre-2.3.0 keys; the transport renames them for API version 2.3.0.
const categoryField = (required: boolean): INodeProperties => ({
	...pickerField(
		'product_category_id',
		'Category',
		'getProductCategories',
		'The menu category the product is listed under',
		required,
	),
	displayName: 'Category Name or ID',
});

const preparationTimeField: INodeProperties = {
	displayName: 'Preparation Time',
	name: 'preparation_time',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 10,
	description: 'Minutes the kitchen needs to prepare it',
};

const detailFields: INodeProperties[] = [
	text(
		'Description (Arabic)',
		'description_ar',
		'What the product is, in Arabic, as the menu shows it',
	),
	text(
		'Description (English)',
		'description_en',
		'What the product is, in English, as the menu shows it',
	),
	preparationTimeField,
	{
		displayName: 'Stock',
		name: 'stock',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many are left; leave the field out for unlimited stock',
	},
];

const MODIFIER_TYPES = ['ADDITIONAL', 'ADDITIONAL_VARIABLE', 'OPTION', 'OPTION_VARIABLE'];

// [doc] modifiers[] is required: each an option (a size, a variant) or an additional (an extra).
const modifiersField = rowsField(
	{ name: 'modifiers', row: 'modifier', plural: 'Modifiers', singular: 'Modifier' },
	'The ways the product is sold: at least one option with its price',
	[
		text('Barcode', 'barcode', 'The barcode scanned at the till for it', 'e.g. 6281234567890'),
		{
			displayName: 'Calories',
			name: 'calorie',
			type: 'number',
			default: 0,
			description: 'The calories in one serving',
		},
		text('Cost', 'cost', 'What it costs the restaurant', 'e.g. 12.50'),
		{
			displayName: 'Is Tax Included',
			name: 'is_tax_included',
			type: 'boolean',
			default: true,
			description: 'Whether the price already includes VAT',
		},
		text('Name (Arabic)', 'name_ar', 'Its name in Arabic'),
		{ ...text('Name (English)', 'name_en', 'Its name in English', 'e.g. Regular'), required: true },
		{
			...text('Price', 'price', 'What the customer pays for it, in SAR', 'e.g. 25.00'),
			required: true,
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: wordOptions(MODIFIER_TYPES),
			default: 'OPTION',
			description:
				"Option for a size or variant the customer picks, Additional for an extra added on top; the Variable kinds are Flavours' variable versions of each",
		},
	],
	true,
);

function productBody(p: ParameterReader): IDataObject {
	return {
		market_id: p.get<string>('marketId'),
		product_category_id: p.get<string>('product_category_id'),
		...bilingualName(p),
		...optional(p, 'additionalFields'),
		modifiers: rowValues(p, 'modifiers', 'modifier').map(compact),
	};
}

// [doc] create and update (sent as JSON rather than multipart: images go through the API Request resource);
// [guess] list, get and delete paths.
export const productResource: Resource = {
	value: 'product',
	name: 'Product',
	description: 'Menu products with their options and extras',
	operations: [
		// [guess] the market include
		flavoursList(product, '/products', {
			includes: ['category', 'market', 'modifiers'],
			filters: ['market', 'branch', 'active'],
		}),
		recordOperation('get', product, (id) => `/products/${id}`),
		createOperation('product', '/products', {
			fields: [
				marketField(),
				categoryField(true),
				...nameFields('product'),
				modifiersField,
				optionalFields('additionalFields', detailFields),
			],
			body: productBody,
		}),
		recordOperation('update', product, (id) => `/products/${id}`, {
			fields: [
				optionalFields('updateFields', [
					{ ...categoryField(false), description: 'Move the product to this category' },
					text('Name (Arabic)', 'name_ar', "The product's new name in Arabic"),
					text('Name (English)', 'name_en', "The product's new name in English"),
					...detailFields,
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
		recordOperation('delete', product, (id) => `/products/${id}`),
	],
};
