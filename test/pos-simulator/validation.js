'use strict';

// Laravel-style validation, which both simulated platforms answer with: a collector of
// `field -> [problems]` and Laravel's wording for each problem. Each platform wraps the errors in
// its own 422 body.

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

module.exports = {
	isObject,
	isFilledString,
	isNumeric,
	isInteger,
	isBooleanLike,
	createErrors,
	messages,
};
