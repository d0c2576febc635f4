import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';
import type { z } from 'zod';

export const ANY_EVENT = '*';

export interface DeliveryFacts {
	deliveryId: string;
	/** The event the delivery was identified as, which is not always the name in its body. */
	event: string;
	/** The country calling code the trigger puts on phone numbers sent without one (`966`). */
	defaultCountryCode?: string | null;
}

/** One webhook event of a platform: what the user picks, how its body is checked and shaped. */
export interface EventDefinition<Schema extends z.ZodTypeAny = z.ZodTypeAny> {
	name: string;
	label: string;
	description: string;
	schema: Schema;
	/** A body exactly as the platform's documentation shows it. */
	sample: IDataObject;
	/**
	 * The top-level fields without which a body is not this event: `object` for the event's object
	 * (the customer, the order), `present` for a field that must be there whatever its type. A body
	 * that has them runs even when a leaf fails the schema; the leaf is listed in `warnings`.
	 */
	core?: Record<string, 'object' | 'present'>;
	/**
	 * Also given bodies that failed the schema on a leaf, so it reads leaves with the tolerant
	 * readers of `payloads/leafReaders` rather than trusting the inferred type.
	 */
	simplify: (payload: z.infer<Schema>, facts: DeliveryFacts) => IDataObject;
	/** The platform waits for the workflow's answer (a reward check), so the delivery is not acknowledged early. */
	answeredByWorkflow?: boolean;
	/**
	 * Not suppressed as a duplicate: a question (asking twice must be answered twice) or a
	 * notification that is not state (each delivery error is news, even in the same words).
	 */
	repeatable?: boolean;
}

/** Ties an event's schema to its simplify function's parameter type without repeating it. */
export function defineEvent<Schema extends z.ZodTypeAny>(
	event: EventDefinition<Schema>,
): EventDefinition {
	return event as unknown as EventDefinition;
}

/**
 * Options for an Events multi-select: "Any Event" first, then the catalogue in the order it is
 * written. Each platform writes its catalogue sorted by label, as the editor shows it and n8n's lint
 * expects; test/unit/descriptions.test.js checks that it is.
 */
export function eventOptions(events: EventDefinition[]): INodePropertyOptions[] {
	return [
		{
			name: 'Any Event',
			value: ANY_EVENT,
			description: 'Every delivery, including event types not listed here',
		},
		...events.map((event) => ({
			name: event.label,
			value: event.name,
			description: event.description,
		})),
	];
}

/** Events that share a schema and a shape, told apart by name: `[name, label, description]` each. */
export function defineEventFamily<Schema extends z.ZodTypeAny>(
	members: Array<[name: string, label: string, description: string]>,
	shared: Pick<EventDefinition<Schema>, 'schema' | 'simplify' | 'core'> & {
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
