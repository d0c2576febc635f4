'use strict';

const { createErrors, isInteger, messages } = require('./validation');

function readPositiveInteger(query, field, fallback, errors) {
	const value = query[field];
	if (value === undefined || value === '') return fallback;
	if (!isInteger(value)) {
		errors.add(field, messages.integer(field));
		return fallback;
	}
	if (Number(value) < 1) errors.add(field, messages.atLeast(field, 1));
	return Number(value);
}

/**
 * The page a list request asks for, read from `page` and `per_page` as Laravel reads them:
 * { page, perPage, slice(items) } or, when either is not a whole number in range, { errors } for
 * the platform's 422.
 */
function requestedPage(query, { defaultPerPage, maxPerPage }) {
	const errors = createErrors();
	const page = readPositiveInteger(query, 'page', 1, errors);
	const perPage = readPositiveInteger(query, 'per_page', defaultPerPage, errors);
	if (perPage > maxPerPage) errors.add('per_page', messages.atMost('per_page', maxPerPage));
	if (errors.any()) return { errors: errors.errors };
	const start = (page - 1) * perPage;
	return {
		page,
		perPage,
		slice: (items) => items.slice(start, start + perPage),
		lastPage: (items) => Math.max(1, Math.ceil(items.length / perPage)),
	};
}

module.exports = { requestedPage };
