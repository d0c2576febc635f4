import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import {
	idField,
	localizedNameFields,
	optionalFields,
	pickerField,
	rowsField,
	textField,
} from '../../shared/actions/fields';
import {
	createOperation,
	GET_MANY,
	recordOperation,
	recordOperations,
} from '../../shared/actions/operationBuilders';
import type { Operation, Resource } from '../../shared/actions/operations';
import {
	compact,
	optionalValues,
	type ParameterReader,
	rowValues,
} from '../../shared/actions/parameters';
import { flavoursList, ID_EXAMPLE, localizedName, marketField } from './fields';

/** The product Delete, Get and Update act on: its ID parameter and its path. */
const productRecord = (idDescription: string) => ({
	id: idField('productId', 'Product ID', idDescription, ID_EXAMPLE),
	path: (id: string) => `/products/${id}`,
});

// The field names are the pre-2.3.0 keys; the transport renames them for API version 2.3.0.
const categoryField = (required: boolean): INodeProperties =>
	pickerField(
		'product_category_id',
		'Category Name or ID',
		'getProductCategories',
		'The menu category the product is listed under',
		required,
	);

const preparationTimeField: INodeProperties = {
	displayName: 'Preparation Time',
	name: 'preparation_time',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 10,
	description: 'Minutes the kitchen needs to prepare it',
};

const descriptionFields: INodeProperties[] = [
	textField(
		'Description (Arabic)',
		'description_ar',
		'What the product is, in Arabic, as the menu shows it',
	),
	textField(
		'Description (English)',
		'description_en',
		'What the product is, in English, as the menu shows it',
	),
];

const stockField: INodeProperties = {
	displayName: 'Stock',
	name: 'stock',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description:
		'How many are left; leave the field out for unlimited stock. API version 2.3.0 has no stock on a new product, so there it is not sent.',
};

const MODIFIER_TYPES = [
	{ name: 'Additional', value: 'ADDITIONAL' },
	{ name: 'Additional Variable', value: 'ADDITIONAL_VARIABLE' },
	{ name: 'Option', value: 'OPTION' },
	{ name: 'Option Variable', value: 'OPTION_VARIABLE' },
];

// [doc] modifiers[] is required: each an option (a size, a variant) or an additional (an extra).
const modifiersField = rowsField(
	{ displayName: 'Modifiers', name: 'modifiers', placeholder: 'Add Modifier' },
	{ displayName: 'Modifier', name: 'modifier' },
	'The ways the product is sold: at least one option with its price. With API version 2.3.0 the options go out as options and the additionals as additionals',
	[
		textField('Barcode', 'barcode', 'The barcode scanned at the till for it', 'e.g. 6281234567890'),
		{
			displayName: 'Calories',
			name: 'calorie',
			type: 'number',
			default: 0,
			description: 'The calories in one serving',
		},
		textField('Cost', 'cost', 'What it costs the restaurant', 'e.g. 12.50'),
		{
			displayName: 'Is Tax Included',
			name: 'is_tax_included',
			type: 'boolean',
			default: true,
			description: 'Whether the price already includes VAT',
		},
		textField('Name (Arabic)', 'name_ar', 'Its name in Arabic'),
		{
			...textField('Name (English)', 'name_en', 'Its name in English', 'e.g. Regular'),
			required: true,
		},
		{
			...textField('Price', 'price', 'What the customer pays for it, in SAR', 'e.g. 25.00'),
			required: true,
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: MODIFIER_TYPES,
			default: 'OPTION',
			description:
				"Option for a size or variant the customer picks, Additional for an extra added on top; the Variable kinds are Flavours' variable versions of each",
		},
	],
	true,
);

// [doc] images* as URLs from API version 2.3.0 (doc.flavours.sa product/createProduct); earlier
// versions take uploaded files, which this JSON body cannot carry, so there the URLs are not sent.
const imagesField: INodeProperties = {
	displayName: 'Images',
	name: 'images',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://cdn.example.com/burger.jpg',
	description:
		'Addresses (URLs) of the product photos, separated by commas. Required with API version 2.3.0 and later; earlier versions take uploaded files instead, so there this field is not sent.',
};

const imageUrls = (p: ParameterReader) =>
	String(p.get<string>('images', '') ?? '')
		.split(/[,\n]/)
		.map((url) => url.trim())
		.filter(Boolean);

// The transport shapes it for API version 2.3.0 (options, additionals, images; no stock).
function productBody(p: ParameterReader): IDataObject {
	return {
		market_id: p.get<string>('marketId'),
		product_category_id: p.get<string>('product_category_id'),
		...localizedName(p),
		...optionalValues(p, 'additionalFields'),
		modifiers: rowValues(p, 'modifiers', 'modifier').map(compact),
		images: imageUrls(p),
	};
}

const refuse = (p: ParameterReader, message: string, description: string) =>
	new NodeOperationError(p.node, message, { itemIndex: p.itemIndex, description });

/** The text of a comma-separated field as a list: branch ids, image addresses. */
const listOf = (value: unknown) =>
	String(value ?? '')
		.split(/[,\n]/)
		.map((entry) => entry.trim())
		.filter(Boolean);

// [doc] market_id*, branch_id?, category_id?, name_en*, name_ar?, images* (URLs), branches?,
// option* (doc.flavours.sa product/quickCreateProduct), named so on every API version. [guess] the
// option's shape, {name_en, name_ar, price}: the page does not show it ("Send Body As: JSON" sends
// another one).
function quickCreateBody(p: ParameterReader): IDataObject {
	const images = imageUrls(p);
	if (!images.length)
		throw refuse(
			p,
			'The "Images" parameter is empty',
			'Flavours needs at least one image for a quick product: enter the address (URL) of each image, separated by commas.',
		);
	const priceText = String(p.get<unknown>('price', '') ?? '').trim();
	const price = Number(priceText);
	if (!priceText || !Number.isFinite(price))
		throw refuse(
			p,
			priceText ? 'The "Price" parameter is not a number' : 'The "Price" parameter is empty',
			`Enter what the customer pays for the product's one option, in SAR, like 25.00${priceText ? `; "${priceText}" is not a number` : ''}.`,
		);
	const {
		optionNameEn,
		optionNameAr,
		branches,
		category_id: categoryId,
		...rest
	} = optionalValues(p, 'additionalFields');
	return compact({
		market_id: p.get<string>('marketId'),
		...localizedName(p),
		...rest,
		category_id: categoryId === undefined ? undefined : Number(categoryId),
		branches: branches === undefined ? undefined : listOf(branches),
		images,
		option: compact({ name_en: optionNameEn, name_ar: optionNameAr, price }),
	});
}

const quickCreateOperation: Operation = {
	value: 'quickCreate',
	name: 'Quick Create',
	action: 'Quick create a product',
	description: 'Add a product with a single option (its price) in one call',
	fields: [
		marketField(),
		...localizedNameFields('product'),
		{
			...imagesField,
			required: true,
			description: 'Addresses (URLs) of the product photos, separated by commas',
		},
		{
			...textField(
				'Price',
				'price',
				"What the customer pays for the product's one option, in SAR",
				'e.g. 25.00',
			),
			required: true,
		},
		optionalFields('additionalFields', [
			textField('Branch ID', 'branch_id', 'The branch the product belongs to, if only one'),
			textField(
				'Branches',
				'branches',
				'IDs of the branches that sell the product, separated by commas',
			),
			{ ...categoryField(false), name: 'category_id' },
			textField('Option Name (Arabic)', 'optionNameAr', "The option's name in Arabic"),
			textField(
				'Option Name (English)',
				'optionNameEn',
				"The option's name in English; without it Flavours gets only the price",
				'e.g. Regular',
			),
		]),
	],
	request: { kind: 'single', method: 'POST', path: '/products/quick/multi', body: quickCreateBody },
};

// [doc] create and update (sent as JSON rather than multipart: images go through the API Request resource);
// [guess] list, get and delete paths.
export const productResource: Resource = {
	value: 'product',
	name: 'Product',
	description: 'Menu products with their options and extras',
	defaultOperation: GET_MANY,
	operations: [
		createOperation({
			name: 'Create',
			action: 'Create a product',
			description: 'Add a product',
			path: '/products',
			fields: [
				marketField(),
				categoryField(true),
				...localizedNameFields('product'),
				modifiersField,
				imagesField,
				optionalFields('additionalFields', [
					...descriptionFields,
					preparationTimeField,
					stockField,
				]),
			],
			body: productBody,
		}),
		...recordOperations(productRecord, {
			delete: {
				name: 'Delete',
				action: 'Delete a product',
				description: 'Delete one product by ID',
				idDescription: 'The ID of the product to delete',
			},
			get: {
				name: 'Get',
				action: 'Get a product',
				description: 'Get one product by ID',
				idDescription: 'The ID of the product to get',
			},
		}),
		// [guess] the market include
		flavoursList({
			name: 'Get Many',
			action: 'Get many products',
			description: 'List the products',
			path: '/products',
			includes: ['category', 'market', 'modifiers'],
			filters: ['active', 'branch', 'market'],
		}),
		quickCreateOperation,
		recordOperation('update', {
			name: 'Update',
			action: 'Update a product',
			description: 'Update one product by ID',
			...productRecord('The ID of the product to update'),
			fields: [
				optionalFields('updateFields', [
					{ ...categoryField(false), description: 'Move the product to this category' },
					...descriptionFields,
					textField('Name (Arabic)', 'name_ar', "The product's new name in Arabic"),
					textField('Name (English)', 'name_en', "The product's new name in English"),
					preparationTimeField,
					stockField,
				]),
			],
			body: (p) => optionalValues(p, 'updateFields'),
		}),
	],
};
