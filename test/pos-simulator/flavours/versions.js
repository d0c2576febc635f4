'use strict';

// [doc] X-API-Version 2.0.0 (the default) to 2.3.0; 2.3.0 renamed two product fields.
const VERSIONS = ['2.0.0', '2.1.0', '2.2.0', '2.3.0'];
const RENAMED_IN_2_3_0 = { product_category_id: 'category_id', preparation_time: 'duration' };

/** The version a request asks for: its X-API-Version header, 2.0.0 when absent; null if unknown. */
function requestVersion(request) {
	const header = request.headers['x-api-version'];
	if (header === undefined || header === '') return '2.0.0';
	return VERSIONS.includes(header) ? header : null;
}

const renamed = (version) => version === '2.3.0';

/** Field names this version uses and the ones it refuses: { category, duration, refused: [...] }. */
function productFieldNames(version) {
	const [oldCategory, oldDuration] = Object.keys(RENAMED_IN_2_3_0);
	const names = renamed(version)
		? { category: 'category_id', duration: 'duration', refused: [oldCategory, oldDuration] }
		: { category: oldCategory, duration: oldDuration, refused: Object.values(RENAMED_IN_2_3_0) };
	return names;
}

module.exports = { VERSIONS, requestVersion, productFieldNames };
