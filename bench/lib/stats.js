'use strict';
// Small numeric helpers the benchmarks share: medians of several runs and readable numbers.

/** The median of a list of numbers (the mean of the middle two for an even count). */
function median(values) {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `value` with `digits` significant decimals and thousands separators, e.g. 51234.5 -> "51,235". */
function format(value, digits = 0) {
	if (!Number.isFinite(value)) return 'n/a';
	return value.toLocaleString('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	});
}


module.exports = { median, format };
