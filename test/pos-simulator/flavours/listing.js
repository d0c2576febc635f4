'use strict';

const { ok, invalid } = require('./envelope');
const { paginator } = require('./present');

// [doc] Laravel query conventions: search, sort (-field for descending), includes[], filter[...].
const FILTERS = ['market_id', 'branch_id', 'is_active'];

const truthy = (value) => ['1', 'true', true, 1].includes(value);
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function applyFilters(records, query, readers) {
	let result = records;
	for (const filter of FILTERS) {
		const wanted = query[`filter[${filter}]`];
		if (wanted === undefined || wanted === '' || !readers[filter]) continue;
		result = result.filter((record) =>
			filter === 'is_active'
				? Boolean(readers[filter](record)) === truthy(wanted)
				: String(readers[filter](record)) === String(wanted),
		);
	}
	return result;
}

function applySort(records, sort) {
	if (!sort) return records;
	const descending = sort.startsWith('-');
	const field = descending ? sort.slice(1) : sort;
	const value = (record) => record[field] ?? record.user?.[field] ?? '';
	return [...records].sort((a, b) => {
		const order = String(value(a)).localeCompare(String(value(b)), 'en', { numeric: true });
		return descending ? -order : order;
	});
}

/**
 * GET of a collection: filters, search, sort, includes, then one page of the result.
 * `spec`: { filters: { market_id: (record) => ... }, searchIn: (record) => [texts],
 * includes: { name: (record, store) => related }, present: (record, version) => shown }.
 */
const listing =
	(collection, spec) =>
	({ store, query, request, version, pageUrl }) => {
		const unknownIncludes = asArray(query['includes[]']).filter((name) => !spec.includes?.[name]);
		if (unknownIncludes.length)
			return invalid({ includes: [`Unknown includes: ${unknownIncludes.join(', ')}.`] });
		let records = applyFilters(store[collection], query, spec.filters ?? {});
		const search = String(query.search ?? '')
			.trim()
			.toLowerCase();
		if (search && spec.searchIn)
			records = records.filter((record) =>
				spec.searchIn(record).some((text) =>
					String(text ?? '')
						.toLowerCase()
						.includes(search),
				),
			);
		records = applySort(records, query.sort);
		const { page, errors } = paginator(records, query, pageUrl(request));
		if (errors) return invalid(errors);
		page.data = page.data.map((record) => {
			const shown = spec.present ? spec.present(record, version) : { ...record };
			for (const name of asArray(query['includes[]']))
				shown[name] = spec.includes[name](record, store);
			return shown;
		});
		return ok(page);
	};

module.exports = { listing, truthy };
