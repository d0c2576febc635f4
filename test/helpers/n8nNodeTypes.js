'use strict';
// A node-type registry for n8n's engine (the INodeTypes n8n builds from loaded packages), holding the
// node classes a test hands it under the names users see: `<package>.<node>`.
const { NodeHelpers } = require('n8n-workflow');

const PACKAGE = 'n8n-nodes-restaurant-pos';

function nodeTypeRegistry(nodeClasses) {
	const byName = {};
	for (const NodeClass of nodeClasses) {
		const node = new NodeClass();
		byName[`${PACKAGE}.${node.description.name}`] = node;
	}
	return {
		getByName: (name) => byName[name],
		getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(byName[name], version),
		getKnownTypes: () => ({}),
	};
}

module.exports = { PACKAGE, nodeTypeRegistry };
