'use strict';

const { requestedPage } = require('../paging');
const { productFieldNames } = require('./versions');

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;

const OPTION_TYPES = ['OPTION', 'OPTION_VARIABLE'];
const money = (amount) => (Math.round(Number(amount) * 100) / 100).toFixed(2);
const named = (record) =>
	record ? { id: record.id, name_en: record.name_en, name_ar: record.name_ar } : null;

/** A modifier as 2.3.0 shows an option or an additional. */
const choice = (modifier) => ({
	id: modifier.id ?? null,
	name_en: modifier.name_en,
	name_ar: modifier.name_ar ?? null,
	type: modifier.type,
	total: money(modifier.price ?? 0),
	ingredients: [],
	recipes: [],
	prices: [],
	additionals: [],
});

/**
 * A product as the requested API version and answer show it; `view` is 'list', 'detail' (a read)
 * or 'written' (a create or update).
 * - [doc] 2.3.0 (doc.flavours.sa product pages): the list's fields (listProducts); a read adds the
 *   options' price range, market, branch, category, options and additionals (detailProduct); a
 *   create answers the fields with options and additionals (createProduct, quickCreateProduct).
 *   [guess] an update answers as a create.
 * - [guess] earlier versions: the stored record with its modifiers and stock, under the names of
 *   the products webhook (product_category_id, preparation_time).
 */
function presentProduct(product, version, view = 'list', store) {
	const names = productFieldNames(version);
	if (names.category !== 'category_id') {
		const { category_id: categoryId, duration, ...rest } = product;
		return { ...rest, [names.category]: categoryId, [names.duration]: duration };
	}
	const shown = {
		id: product.id,
		market_id: product.market_id,
		branch_id: product.branch_id ?? null,
		category_id: product.category_id,
		name_en: product.name_en,
		name_ar: product.name_ar ?? null,
		description_en: product.description_en ?? null,
		description_ar: product.description_ar ?? null,
		duration: product.duration ?? null,
		order: product.order,
		images: product.images ?? [],
		is_active: product.is_active,
		created_at: product.created_at,
		updated_at: product.updated_at,
	};
	if (view === 'list') return shown;
	const modifiers = product.modifiers ?? [];
	const options = modifiers.filter((modifier) => OPTION_TYPES.includes(modifier.type)).map(choice);
	const additionals = modifiers
		.filter((modifier) => !OPTION_TYPES.includes(modifier.type))
		.map(choice);
	if (view !== 'detail') return { ...shown, options, additionals };
	const totals = options.map((option) => Number(option.total));
	const find = (collection, id) =>
		id === null || id === undefined ? null : store.find(collection, id);
	return {
		...shown,
		options_min_total: totals.length ? money(Math.min(...totals)) : null,
		options_max_total: totals.length ? money(Math.max(...totals)) : null,
		market: named(find('markets', product.market_id)),
		branch: named(find('branches', product.branch_id)),
		category: named(find('productCategories', product.category_id)),
		options,
		additionals,
	};
}

/**
 * [doc] What the quick create answers (doc.flavours.sa product/quickCreateProduct, 2.3.0): the
 * product as a create answers it. [guess] Earlier versions name the category and duration as
 * their other product answers do.
 */
function presentQuickProduct(product, version) {
	const {
		category_id: categoryId,
		duration,
		...rest
	} = presentProduct(product, '2.3.0', 'written');
	const names = productFieldNames(version);
	return { ...rest, [names.category]: categoryId, [names.duration]: duration };
}

/**
 * A length-aware paginator, as Laravel puts it in `data`: { current_page, current_page_url, data,
 * first_page_url, from, last_page, last_page_url, next_page_url, path, per_page, prev_page_url, to,
 * total }.
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
			// [doc] doc.flavours.sa branch/listBranches.
			current_page_url: pageUrl(wanted.page, wanted.perPage),
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

module.exports = { presentProduct, presentQuickProduct, paginator, DEFAULT_PER_PAGE, MAX_PER_PAGE };
