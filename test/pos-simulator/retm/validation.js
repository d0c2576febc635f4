'use strict';

// RETM (a Laravel API) answers invalid data with
// 422 { message: 'The given data was invalid.', errors: { 'field.path': ['what is wrong'] } }.
const generic = require('../validation');

const { isObject, isFilledString, messages } = generic;

const INVALID_MESSAGE = 'The given data was invalid.';

const invalid = (errors) => ({ status: 422, body: { message: INVALID_MESSAGE, errors } });

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
	...generic,
	invalid,
	checkLocalizedName,
	checkReference,
};
