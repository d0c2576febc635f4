'use strict';

const { invalid } = require('./validation');
const { requestedPage } = require('../paging');

const DEFAULT_PER_PAGE = 25;
const MAX_PER_PAGE = 100;

/**
 * One page of `items` as RETM lists answer: { items, pagination: { current_page, per_page, total,
 * last_page } }. The pagination keys are a [guess] (the docs only show `pagination: {...}`); a page
 * past the end is an empty `items`, not an error. Bad `page` / `per_page` answer 422.
 */
function paginate(items, query) {
	const wanted = requestedPage(query, {
		defaultPerPage: DEFAULT_PER_PAGE,
		maxPerPage: MAX_PER_PAGE,
	});
	if (wanted.errors) return invalid(wanted.errors);
	return {
		status: 200,
		body: {
			items: wanted.slice(items),
			pagination: {
				current_page: wanted.page,
				per_page: wanted.perPage,
				total: items.length,
				last_page: wanted.lastPage(items),
			},
		},
	};
}

module.exports = { paginate, DEFAULT_PER_PAGE, MAX_PER_PAGE };
