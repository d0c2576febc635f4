'use strict';
// triggers/eventCatalogue: the helpers that build a platform's event catalogue, its Events options
// and its by-name lookup; checked on small catalogues and on RETM's and Flavours' real ones.
const { z } = require('zod');
const {
	ANY_EVENT,
	defineEvent,
	defineEventFamily,
	eventOptions,
	eventsByName,
} = require('../../../nodes/shared/triggers/eventCatalogue');
const { retmEvents } = require('../../../nodes/Retm/events');
const { flavoursEvents } = require('../../../nodes/Flavours/events');

const event = (name, label = name, description = `${name} happened`) => ({
	name,
	label,
	description,
	schema: z.object({}),
	sample: { event: name },
	simplify: () => ({}),
});

describe('eventOptions', () => {
	test('an empty catalogue still offers Any Event', () => {
		expect(eventOptions([])).toEqual([
			{
				name: 'Any Event',
				value: '*',
				description: 'Every delivery, including event types not listed here',
			},
		]);
		expect(ANY_EVENT).toBe('*');
	});

	test('lists events after Any Event in the order given, not sorted', () => {
		const options = eventOptions([event('b.two', 'Zeta', 'Z'), event('a.one', 'Alpha', 'A')]);
		expect(options.map((option) => option.value)).toEqual([ANY_EVENT, 'b.two', 'a.one']);
		expect(options[1]).toEqual({ name: 'Zeta', value: 'b.two', description: 'Z' });
	});

	test.each([
		['RETM', retmEvents],
		['Flavours', flavoursEvents],
	])('%s: one option per event, label as name and event name as value', (_platform, events) => {
		const options = eventOptions(events);
		expect(options).toHaveLength(events.length + 1);
		expect(options[0].value).toBe(ANY_EVENT);
		options.slice(1).forEach((option, index) => {
			expect(option).toEqual({
				name: events[index].label,
				value: events[index].name,
				description: events[index].description,
			});
		});
	});
});

describe('defineEvent', () => {
	test('gives back the definition itself', () => {
		const definition = event('menu.updated');
		expect(defineEvent(definition)).toBe(definition);
	});
});

describe('defineEventFamily', () => {
	test('one event per member, sharing schema, simplify and core, each with its own sample', () => {
		const schema = z.object({ id: z.string() });
		const simplify = () => ({ simplified: true });
		const sample = jest.fn((name) => ({ event: name }));
		const family = defineEventFamily(
			[
				['thing.created', 'Thing Created', 'A thing was made'],
				['thing.deleted', 'Thing Deleted', 'A thing was removed'],
			],
			{ schema, simplify, core: { thing: 'object' }, sample },
		);
		expect(family).toHaveLength(2);
		expect(family.map(({ name, label, description }) => [name, label, description])).toEqual([
			['thing.created', 'Thing Created', 'A thing was made'],
			['thing.deleted', 'Thing Deleted', 'A thing was removed'],
		]);
		for (const member of family) {
			expect(member.schema).toBe(schema);
			expect(member.simplify).toBe(simplify);
			expect(member.core).toEqual({ thing: 'object' });
			expect(member.sample).toEqual({ event: member.name });
		}
		expect(sample.mock.calls).toEqual([['thing.created'], ['thing.deleted']]);
	});

	test('a family without core has no core, and no members make no events', () => {
		const shared = { schema: z.object({}), simplify: () => ({}), sample: () => ({}) };
		const [member] = defineEventFamily([['x', 'X', 'An x']], shared);
		expect(member).not.toHaveProperty('core');
		expect(defineEventFamily([], shared)).toEqual([]);
	});

	test("RETM's families build each member's sample from its own name", () => {
		const byName = eventsByName(retmEvents);
		for (const name of ['customer.created', 'customer.deleted', 'customer.updated']) {
			expect(byName[name].sample.event).toBe(name);
		}
		expect(byName['order.created'].sample.event_type).toBe('create.order');
		expect(byName['order.refunded'].sample.event_type).toBe('refund.order');
		expect(byName['order.created'].schema).toBe(byName['order.refunded'].schema);
		expect(byName['order.created'].sample).not.toBe(byName['order.refunded'].sample);
	});
});

describe('eventsByName', () => {
	test('keys each definition by its name, the definition itself as value', () => {
		const created = event('a.created');
		const deleted = event('a.deleted');
		const byName = eventsByName([created, deleted]);
		expect(Object.keys(byName)).toEqual(['a.created', 'a.deleted']);
		expect(byName['a.created']).toBe(created);
		expect(byName['a.deleted']).toBe(deleted);
		expect(byName['a.updated']).toBeUndefined();
		expect(eventsByName([])).toEqual({});
	});

	test('a repeated name keeps the later definition', () => {
		const first = event('dup', 'First');
		const second = event('dup', 'Second');
		expect(eventsByName([first, second])).toEqual({ dup: second });
	});

	test.each([
		['RETM', retmEvents, 'reward.check', 'Reward Check'],
		['Flavours', flavoursEvents, 'products.CREATED', 'Product Created'],
	])('%s: every event is found by its name', (_platform, events, name, label) => {
		const byName = eventsByName(events);
		expect(Object.keys(byName)).toHaveLength(events.length);
		for (const definition of events) expect(byName[definition.name]).toBe(definition);
		expect(byName[name].label).toBe(label);
	});
});
