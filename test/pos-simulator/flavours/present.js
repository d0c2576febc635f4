'use strict';

const { requestedPage } = require('../paging');
const { productFieldNames } = require('./versions');

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;

/** A product as the requested API version names its fields. */
function presentProduct(product, version) {
	const { category_id: categoryId, duration, ...rest } = product;
	const names = productFieldNames(version);
	return { ...rest, [names.category]: categoryId, [names.duration]: duration };
}

/**
 * A length-aware paginator, as Laravel puts it in `data`: { current_page, data, first_page_url,
 * from, last_page, last_page_url, next_page_url, path, per_page, prev_page_url, to, total }.
 * Bad `page` / `per_page` answer 422; a page past the end has empty `data`.
 */
function paginator(items, query, pageUrl) {
	const wanted = requestedPage(query, {
		defaultPerPage: DEFAULT_PER_PAGE,
		maxPerPage: MAX_PER_PAGE,
	});
	if (wanted.errors) return { errors: wanted.errors };
	const lastPage = wanted.lastPage(items);
	const data = wanted.slice(items);
	const from = data.length ? (wanted.page - 1) * wanted.perPage + 1 : null;
	const link = (page) => (page >= 1 && page <= lastPage ? pageUrl(page, wanted.perPage) : null);
	return {
		page: {
			current_page: wanted.page,
			data,
			first_page_url: pageUrl(1, wanted.perPage),
			from,
			last_page: lastPage,
			last_page_url: pageUrl(lastPage, wanted.perPage),
			next_page_url: link(wanted.page + 1),
			path: pageUrl(null),
			per_page: wanted.perPage,
			prev_page_url: link(wanted.page - 1),
			to: from === null ? null : from + data.length - 1,
			total: items.length,
		},
	};
}

module.exports = { presentProduct, paginator, DEFAULT_PER_PAGE, MAX_PER_PAGE };
