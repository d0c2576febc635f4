'use strict';
// The data an example workflow pins on its triggers: each selected event's sample from the event
// catalogue, run through the trigger's own delivery pipeline with the node's parameters, so opening
// an example shows exactly what a real delivery of that event gives. test/unit/examples.test.js
// checks the examples against it; `node test/helpers/examplePinData.js` rewrites their pinData
// after a build (it reads dist/, or the build folder given).
const fs = require('node:fs');
const path = require('node:path');

const TRIGGERS = {
	'n8n-nodes-restaurant-pos.retmTrigger': ['Retm/events', 'retmEvents', 'retmWebhooks'],
	'n8n-nodes-restaurant-pos.flavoursTrigger': [
		'Flavours/events',
		'flavoursEvents',
		'flavoursWebhooks',
	],
	'n8n-nodes-restaurant-pos.resDiaryTrigger': [
		'ResDiary/events',
		'resDiaryEvents',
		'resDiaryWebhooks',
	],
};

let scopes = 0;

/** The items a trigger node of an example pins, or undefined for other nodes. */
function pinnedItems(node, nodesRoot) {
	const entry = TRIGGERS[node.type];
	if (!entry) return undefined;
	const [module, catalogueName, webhooksName] = entry;
	const events = require(path.join(nodesRoot, module));
	const { handleDelivery } = require(path.join(nodesRoot, 'shared/triggers/deliveryPipeline'));
	const selected = node.parameters.events ?? [];
	const defaultCountryCode =
		node.parameters.defaultCountryCode ?? (node.typeVersion >= 3 ? '966' : '');
	return events[catalogueName]
		.filter((event) => selected.includes(event.name))
		.map((event) => {
			const outcome = handleDelivery(
				events[webhooksName],
				{ authorized: true, body: structuredClone(event.sample) },
				{
					selectedEvents: selected,
					simplify: node.parameters.simplify ?? true,
					staticData: {},
					now: Date.parse('2025-12-17T19:30:00Z'),
					// A scope of its own each time: the same sample pinned twice is not a retry.
					ledgerScope: `example-${++scopes}`,
					defaultCountryCode,
				},
			);
			if (outcome.action !== 'run') throw new Error(`${event.name}: ${JSON.stringify(outcome)}`);
			return { json: outcome.item };
		});
}

/** An example's pinData as it should be: every trigger's pinned samples, keyed by node name. */
function expectedPinData(workflow, nodesRoot) {
	const pinData = {};
	for (const node of workflow.nodes) {
		const items = pinnedItems(node, nodesRoot);
		if (items?.length) pinData[node.name] = items;
	}
	return pinData;
}

const examplesDir = path.join(__dirname, '..', '..', 'examples');

if (require.main === module) {
	const built = process.argv[2]
		? path.resolve(process.argv[2])
		: path.join(__dirname, '..', '..', 'dist');
	const nodesRoot = path.join(built, 'nodes');
	for (const file of fs.readdirSync(examplesDir).filter((name) => name.endsWith('.json'))) {
		const full = path.join(examplesDir, file);
		const workflow = JSON.parse(fs.readFileSync(full, 'utf8'));
		const pinData = expectedPinData(workflow, nodesRoot);
		if (Object.keys(pinData).length === 0) continue;
		workflow.pinData = { ...workflow.pinData, ...pinData };
		fs.writeFileSync(full, `${JSON.stringify(workflow, null, '\t')}\n`);
	}
}

module.exports = { expectedPinData, examplesDir };
