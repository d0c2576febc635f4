import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';
import type { z } from 'zod';

export const ANY_EVENT = '*';

export interface DeliveryFacts {
	deliveryId: string;
}

/** One webhook event of a platform: what the user picks, how its body is checked and shaped. */
export interface EventDefinition<Schema extends z.ZodTypeAny = z.ZodTypeAny> {
	name: string;
	label: string;
	description: string;
	schema: Schema;
	/** A body exactly as the platform's documentation shows it. */
	sample: IDataObject;
	simplify: (payload: z.infer<Schema>, facts: DeliveryFacts) => IDataObject;
	/** The platform waits for the workflow's answer (a reward check), so the delivery is not acknowledged early. */
	answeredByWorkflow?: boolean;
	/** A question rather than news: asking twice must be answered twice, so no duplicate suppression. */
	repeatable?: boolean;
}

/** Ties an event's schema to its simplify function's parameter type without repeating it. */
export function defineEvent<Schema extends z.ZodTypeAny>(
	event: EventDefinition<Schema>,
): EventDefinition {
	return event as unknown as EventDefinition;
}

/** Options for an Events multi-select: "Any Event" first, then the catalogue by label. */
export function eventOptions(events: EventDefinition[]): INodePropertyOptions[] {
	const options = events
		.map((event) => ({ name: event.label, value: event.name, description: event.description }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return [
		{
			name: 'Any Event',
			value: ANY_EVENT,
			description: 'Every delivery, including event types not listed here',
		},
		...options,
	];
}

/** Events that share a schema and a shape, told apart by name: `[name, label, description]` each. */
export function defineEventFamily<Schema extends z.ZodTypeAny>(
	members: Array<[name: string, label: string, description: string]>,
	shared: Pick<EventDefinition<Schema>, 'schema' | 'simplify'> & {
		sample: (name: string) => IDataObject;
	},
): EventDefinition[] {
	return members.map(([name, label, description]) =>
		defineEvent({ ...shared, name, label, description, sample: shared.sample(name) }),
	);
}

/** A platform's catalogue keyed by event name, as the delivery pipeline looks events up. */
export function eventsByName(events: EventDefinition[]): Record<string, EventDefinition> {
	return Object.fromEntries(events.map((event) => [event.name, event]));
}

/** An optional id or code as a string: platforms send the same field as a number or a string. */
export function stringOrNull(value: string | number | null | undefined): string | null {
	return value === null || value === undefined ? null : String(value);
}
