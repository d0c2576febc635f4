'use strict';

const { ok, invalid, failure } = require('./envelope');
const { paginator } = require('./present');

// [doc] Laravel query conventions: search, sort (-field for descending), includes[], filter[...].
const FILTERS = ['market_id', 'branch_id', 'is_active'];

// [doc] filter[market_id] is required for SUBSCRIBER accounts; [guess] the 403 and its wording.
const SUBSCRIBER_NEEDS_MARKET =
	'The filter[market_id] parameter is required for SUBSCRIBER accounts.';
// The token belongs to the first user (the one GET /me answers).
const isSubscriber = (store) => store.users[0]?.role === 'SUBSCRIBER';
// The list's path under /api/v2, as the simulator's `unpaginated` set names it: '/users/customers'.
const listPath = (request) =>
	new URL(request.url, 'http://simulator.local').pathname
		.replace(/^\/api\/v2/, '')
		.replace(/\/+$/, '');

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
	({ store, query, request, version, pageUrl, unpaginated }) => {
		if (spec.filters?.market_id && !query['filter[market_id]'] && isSubscriber(store))
			return failure(403, SUBSCRIBER_NEEDS_MARKET);
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
		const show = (record) => {
			const shown = spec.present ? spec.present(record, version) : { ...record };
			for (const name of asArray(query['includes[]']))
				shown[name] = spec.includes[name](record, store);
			return shown;
		};
		// An endpoint switched to unpaginated answers like Laravel's get(): every record, page ignored.
		if (unpaginated?.has(listPath(request))) return ok(records.map(show));
		const { page, errors } = paginator(records, query, pageUrl(request));
		if (errors) return invalid(errors);
		page.data = page.data.map(show);
		return ok(page);
	};

module.exports = { listing, truthy, SUBSCRIBER_NEEDS_MARKET };
