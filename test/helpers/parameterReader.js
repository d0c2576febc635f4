'use strict';
// What an operation reads an item's parameters through (`ParameterReader` in
// nodes/shared/actions/parameters.ts), over plain values: for tests of the builders and resolvers
// that need no n8n run.

/** The node an error names. */
const testNode = {
	id: 'n',
	name: 'POS',
	type: 'x',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** A reader of item `itemIndex` whose parameters are `values`; a missing one gives the fallback. */
const parameterReader = (values, itemIndex = 0) => ({
	node: testNode,
	itemIndex,
	get: (name, fallback) => (name in values ? values[name] : fallback),
});

module.exports = { parameterReader, testNode };
