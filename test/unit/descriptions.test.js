'use strict';
// What a user reads in the editor, checked on every node and credential the package ships: each list
// in alphabetical order as the source gives it, and each parameter explained. n8n's lint
// (`npm run lint`) reads only parameters written out as one literal in nodes/, and sorts only such
// lists of five or more; ours are also put together from shared fields (spreads, builders), which
// only the finished descriptions show, so they are walked here. A check the lint already makes on
// every parameter it covers is left to it: "Whether ..." is checked here only on the one switch whose
// description the lint cannot read, the action nodes' Simplify.
const fs = require('fs');
const path = require('path');

const { Retm } = require('../../nodes/Retm/Retm.node');
const { RetmTrigger } = require('../../nodes/Retm/RetmTrigger.node');
const { Flavours } = require('../../nodes/Flavours/Flavours.node');
const { FlavoursTrigger } = require('../../nodes/Flavours/FlavoursTrigger.node');
const { ResDiaryTrigger } = require('../../nodes/ResDiary/ResDiaryTrigger.node');

const NODES = { Retm, RetmTrigger, Flavours, FlavoursTrigger, ResDiaryTrigger };

const CREDENTIALS_DIR = path.join(__dirname, '../../credentials');
const CREDENTIALS = Object.fromEntries(
	fs
		.readdirSync(CREDENTIALS_DIR)
		.filter((file) => file.endsWith('.credentials.ts'))
		.map((file) => {
			const name = file.replace('.credentials.ts', '');
			return [name, require(path.join(CREDENTIALS_DIR, file))[name]];
		}),
);

const SURFACES = [
	...Object.entries(NODES).map(([name, NodeClass]) => [
		name,
		new NodeClass().description.properties,
	]),
	...Object.entries(CREDENTIALS).map(([name, CredentialClass]) => [
		name,
		new CredentialClass().properties,
	]),
];

/**
 * Every parameter with where it sits ("Flavours > Update Fields > City"), walking into collections
 * and the sections of fixed collections.
 */
function* parameters(properties, where) {
	for (const property of properties) {
		const at = `${where} > ${property.displayName}`;
		yield { property, at, topLevel: !where.includes(' > ') };
		if (property.type === 'collection') yield* parameters(property.options, at);
		if (property.type === 'fixedCollection')
			for (const section of property.options)
				yield* parameters(section.values, `${at} > ${section.displayName}`);
	}
}

const all = SURFACES.flatMap(([name, properties]) => [...parameters(properties, name)]);

/** What the user reads for each entry: `name` of a choice, `displayName` of a field or section. */
const shown = (entry) => entry.displayName ?? entry.name;

/**
 * Every list n8n's lint rules sort: the choices of options and multiOptions, the fields of a
 * collection, the sections of a fixed collection and the fields of each section.
 */
function* lists() {
	for (const { property, at } of all) {
		if (['options', 'multiOptions', 'collection', 'fixedCollection'].includes(property.type))
			if (Array.isArray(property.options)) yield { at, names: property.options.map(shown) };
		if (property.type === 'fixedCollection')
			for (const section of property.options)
				yield { at: `${at} > ${section.displayName}`, names: section.values.map(shown) };
	}
}

/**
 * Sorted by the comparison n8n's lint uses (String#localeCompare, so case does not decide). The
 * lint waits for five entries; here every list of two or more is held to it. n8n's lint has no
 * exception for a leading "Any Event" / "*" choice, and none is needed: the triggers' Events lists
 * put "Any Event" first, and it also sorts first among their event labels (so a new label that
 * sorts before it fails here).
 */
describe('every list a user picks from is in alphabetical order', () => {
	const found = [...lists()];

	test('there are lists to check, from every node and credential', () => {
		const where = new Set(found.map(({ at }) => at.split(' > ')[0]));
		expect([...where].sort()).toEqual([...Object.keys(NODES), 'FlavoursApi', 'RetmApi'].sort());
		expect(found.length).toBeGreaterThan(100);
	});

	test.each(SURFACES.map(([name]) => [name]))('%s', (name) => {
		const unsorted = found
			.filter(({ at }) => at.startsWith(`${name} > `))
			.filter(({ names }) => {
				const sorted = [...names].sort((a, b) => a.localeCompare(b));
				return names.join('|') !== sorted.join('|');
			})
			.map(({ at, names }) => `${at}: ${names.join(', ')}`);
		expect(unsorted).toEqual([]);
	});

	test('the Events lists start with "Any Event"', () => {
		const events = all.filter(({ property }) => property.name === 'events');
		expect(events.map(({ at }) => at.split(' > ')[0]).sort()).toEqual(
			['FlavoursTrigger', 'ResDiaryTrigger', 'RetmTrigger'].sort(),
		);
		for (const { property } of events) {
			expect(property.options[0]).toMatchObject({ name: 'Any Event', value: '*' });
			expect(property.options.length).toBeGreaterThan(3);
		}
	});
});

/**
 * Choice lists explained by their choices rather than by a description of their own, and why.
 * Each exemption still requires a description on every choice (checked below).
 * - Resource and Operation: n8n's convention, each resource and operation choice is described.
 * - The triggers' Respond: its hint, shown under the field, says what it changes.
 */
const explainedByChoices = (property) =>
	property.type === 'options' &&
	(['resource', 'operation'].includes(property.name) ||
		(property.name === 'respond' && typeof property.hint === 'string' && property.hint !== ''));

const DESCRIBED_TYPES = ['string', 'number', 'options', 'multiOptions', 'boolean', 'json'];

describe('every parameter says what it is for', () => {
	const inputs = all.filter(({ property }) => DESCRIBED_TYPES.includes(property.type));

	test('fields of every type are checked, at the top and inside collections', () => {
		expect(inputs.length).toBeGreaterThan(200);
		expect(inputs.some(({ topLevel }) => !topLevel)).toBe(true);
		// Notices are text to read, and hidden parameters are never shown: neither needs one.
		expect(all.some(({ property }) => property.type === 'notice')).toBe(true);
	});

	test.each(SURFACES.map(([name]) => [name]))('%s', (name) => {
		const undescribed = inputs
			.filter(({ at }) => at.startsWith(`${name} > `))
			.filter(({ property }) => !explainedByChoices(property))
			.filter(({ property }) => typeof property.description !== 'string')
			.map(({ at }) => at);
		expect(undescribed).toEqual([]);
	});

	test('no description is blank', () => {
		const described = inputs.filter(({ property }) => property.description !== undefined);
		expect(described.filter(({ property }) => property.description.trim() === '')).toEqual([]);
	});

	// n8n's lint (node-param-description-boolean-without-whether) reads every other switch where it is
	// written. The action nodes' Simplify gets its description from a variable in simplifyFields
	// (shared/actions/operations.ts), put together from each operation's shape: the lint cannot read it.
	test('the action nodes\' Simplify switches say "Whether ..."', () => {
		const simplify = inputs.filter(
			({ property, at }) =>
				property.name === 'simplify' && ['Retm', 'Flavours'].includes(at.split(' > ')[0]),
		);
		expect(new Set(simplify.map(({ at }) => at.split(' > ')[0]))).toEqual(
			new Set(['Retm', 'Flavours']),
		);
		expect(simplify.every(({ property }) => property.type === 'boolean')).toBe(true);
		expect(
			simplify
				.filter(({ property }) => !/^Whether /.test(property.description))
				.map(({ at }) => at),
		).toEqual([]);
	});

	test('every choice of a list explained by its choices has a description', () => {
		const pickers = all.filter(({ property }) => explainedByChoices(property));
		expect(pickers.length).toBeGreaterThan(20);
		const bare = pickers.flatMap(({ property, at }) =>
			property.options
				.filter((choice) => !choice.description)
				.map((choice) => `${at}: ${choice.name}`),
		);
		expect(bare).toEqual([]);
	});
});
