'use strict';

// Laravel-style validation, which RETM (a Laravel API) answers with:
// 422 { message: 'The given data was invalid.', errors: { 'field.path': ['what is wrong'] } }.

const INVALID_MESSAGE = 'The given data was invalid.';

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isFilledString = (value) => typeof value === 'string' && value.trim() !== '';
const isNumeric = (value) =>
	(typeof value === 'number' && Number.isFinite(value)) ||
	(typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()));
const isInteger = (value) => isNumeric(value) && Number.isInteger(Number(value));
const isBooleanLike = (value) => [true, false, 0, 1, '0', '1'].includes(value);

function createErrors() {
	const errors = {};
	return {
		add(field, message) {
			(errors[field] ??= []).push(message);
		},
		has: (field) => field in errors,
		any: () => Object.keys(errors).length > 0,
		errors,
	};
}

const invalid = (errors) => ({ status: 422, body: { message: INVALID_MESSAGE, errors } });

const label = (field) => field.replace(/_/g, ' ');
const messages = {
	required: (field) => `The ${label(field)} field is required.`,
	string: (field) => `The ${label(field)} field must be a string.`,
	numeric: (field) => `The ${label(field)} field must be a number.`,
	integer: (field) => `The ${label(field)} field must be an integer.`,
	boolean: (field) => `The ${label(field)} field must be true or false.`,
	array: (field) => `The ${label(field)} field must be an array.`,
	selected: (field) => `The selected ${label(field)} is invalid.`,
	oneOf: (field, values) => `The ${label(field)} field must be one of: ${values.join(', ')}.`,
	greaterThan: (field, limit) => `The ${label(field)} field must be greater than ${limit}.`,
	atLeast: (field, limit) => `The ${label(field)} field must be at least ${limit}.`,
	atMost: (field, limit) => `The ${label(field)} field must not be greater than ${limit}.`,
};

// `name: { en (required), ar }` as used by every RETM create body with a localized name.
function checkLocalizedName(body, errors) {
	if (!isObject(body.name) || !isFilledString(body.name.en)) {
		errors.add('name.en', messages.required('name.en'));
	}
	if (
		isObject(body.name) &&
		body.name.ar !== undefined &&
		body.name.ar !== null &&
		typeof body.name.ar !== 'string'
	) {
		errors.add('name.ar', messages.string('name.ar'));
	}
}

// An optional id field that must name an entity in `collection` when present.
function checkReference(store, collection, value, field, errors) {
	if (value === undefined || value === null) return;
	if (typeof value !== 'string' || !store.find(collection, value))
		errors.add(field, messages.selected(field));
}

module.exports = {
	isObject,
	isFilledString,
	isNumeric,
	isInteger,
	isBooleanLike,
	createErrors,
	invalid,
	messages,
	checkLocalizedName,
	checkReference,
};
