'use strict';
// The benchmark floors (bench/floor): two community triggers that do the least any trigger can, put
// into n8n's user folder beside the package, as n8n's installer leaves a package, so n8n loads them the
// same way and they pay what every community trigger pays.
const { randomBytes, randomUUID } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const FLOOR_DIR = path.join(__dirname, '..', 'floor');
const FLOOR_PACKAGE = require(path.join(FLOOR_DIR, 'package.json'));

/** Copies the floor package into `userFolder` and lists it among the installed packages. */
function installFloor(userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.cpSync(FLOOR_DIR, path.join(nodesDir, 'node_modules', FLOOR_PACKAGE.name), {
		recursive: true,
	});
	const listFile = path.join(nodesDir, 'package.json');
	const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
	list.dependencies = { ...list.dependencies, [FLOOR_PACKAGE.name]: FLOOR_PACKAGE.version };
	fs.writeFileSync(listFile, JSON.stringify(list, null, 2));
}

/** A floor trigger node of the given kind: 'benchBareTrigger' or 'benchAuthenticatedTrigger'. */
function floorTriggerNode(kind) {
	return {
		id: randomUUID(),
		name: kind === 'benchBareTrigger' ? 'Bare Trigger' : 'Authenticated Trigger',
		type: `${FLOOR_PACKAGE.name}.${kind}`,
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: {},
		...(kind === 'benchAuthenticatedTrigger'
			? { credentials: { benchFloorApi: { id: 'replaced-on-import', name: 'Bench floor' } } }
			: {}),
	};
}

/** The authenticated floor's credential; returns { credential, token }. */
async function createFloorCredential(wf) {
	const token = randomBytes(24).toString('hex');
	const credential = await wf.createCredential('benchFloorApi', 'Bench floor', { token });
	return { credential, token };
}

module.exports = { installFloor, floorTriggerNode, createFloorCredential };
