'use strict';

const { createErrors, invalid, isInteger, messages } = require('./validation');

const DEFAULT_PER_PAGE = 25;
const MAX_PER_PAGE = 100;

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
 * One page of `items` as RETM lists answer: { items, pagination: { current_page, per_page, total,
 * last_page } }. The pagination keys are a [guess] (the docs only show `pagination: {...}`); a page
 * past the end is an empty `items`, not an error. Bad `page` / `per_page` answer 422.
 */
function paginate(items, query) {
	const errors = createErrors();
	const page = readPositiveInteger(query, 'page', 1, errors);
	const perPage = readPositiveInteger(query, 'per_page', DEFAULT_PER_PAGE, errors);
	if (perPage > MAX_PER_PAGE) errors.add('per_page', messages.atMost('per_page', MAX_PER_PAGE));
	if (errors.any()) return invalid(errors.errors);

	const start = (page - 1) * perPage;
	return {
		status: 200,
		body: {
			items: items.slice(start, start + perPage),
			pagination: {
				current_page: page,
				per_page: perPage,
				total: items.length,
				last_page: Math.max(1, Math.ceil(items.length / perPage)),
			},
		},
	};
}

module.exports = { paginate, DEFAULT_PER_PAGE, MAX_PER_PAGE };
