import type { IDataObject } from 'n8n-workflow';

import { ANY_EVENT, type DeliveryFacts, type EventDefinition } from './eventCatalogue';
import { deliveryId, recordDelivery } from './deliveryLedger';
import { payloadWarnings, type PayloadWarning } from '../payloads/payloadErrors';

/** What a platform's trigger knows that the shared pipeline does not. */
export interface WebhookPlatform {
	name: string;
	events: Record<string, EventDefinition>;
	/** The event a body announces: a name, `undefined` when the body names none, or an error message. */
	identifyEvent: (body: IDataObject) => IdentifiedEvent;
	/** The fields that identify one delivery; a retry repeats them exactly. */
	deliveryKey: (body: IDataObject, event: string) => unknown[];
}

export interface IdentifiedEvent {
	/** The event whose schema checks the body and whose shape the output takes. */
	event?: string;
	/** Every event the body stands for, when it reports several changes at once (default: `event`). */
	alsoMatches?: string[];
	error?: string;
	/** What did not fit when the event was told from the body's shape rather than its name. */
	warnings?: PayloadWarning[];
}

export interface DeliveryRequest {
	authorized: boolean;
	body: unknown;
	/** The bytes as received, when known: n8n hands an empty body to the node as `{}`. */
	rawBody?: Buffer;
	/**
	 * The Content-Length header, for bodies n8n parsed without keeping the bytes (multipart forms):
	 * their size is only known from it.
	 */
	declaredLength?: number;
	/** Why the body could not be read, when reading it failed (set only then). */
	readFailure?: { error: unknown };
}

export interface DeliveryOptions {
	selectedEvents: string[];
	simplify: boolean;
	staticData: IDataObject;
	now: number;
	/** The trigger (workflow and node) whose de-duplication ledger this delivery goes into. */
	ledgerScope: string;
	/** For phone numbers sent without a country code (the trigger's Default Country Code). */
	defaultCountryCode?: string | null;
}

/** Webhook bodies are small; anything bigger is not a POS event and is not worth parsing. */
export const MAX_DELIVERY_BYTES = 1024 * 1024;

/** POS events nest a few levels; far deeper bodies would overflow the stack of every JSON.stringify after. */
export const MAX_DELIVERY_DEPTH = 64;

/** Whether a parsed body nests objects or arrays deeper than `limit`, walked without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
	const pending: Array<[unknown, number]> = [[value, 1]];
	while (pending.length > 0) {
		const [current, depth] = pending.pop()!;
		if (current === null || typeof current !== 'object') continue;
		if (depth > limit) return true;
		for (const child of Object.values(current as object)) pending.push([child, depth + 1]);
	}
	return false;
}

export type DeliveryOutcome =
	| { action: 'reject'; status: 400 | 401 | 413; message: string }
	| { action: 'ignore'; reason: 'not selected' | 'unknown event' | 'duplicate'; event: string }
	| {
			action: 'run';
			event: string;
			deliveryId: string;
			item: IDataObject;
			answeredByWorkflow: boolean;
	  };

const UNAUTHORIZED: DeliveryOutcome = { action: 'reject', status: 401, message: 'Unauthorized' };

const TOO_LARGE: DeliveryOutcome = {
	action: 'reject',
	status: 413,
	message: `The body is larger than ${MAX_DELIVERY_BYTES} bytes`,
};

/**
 * The answer to a body n8n's reader (raw-body, behind zlib for `Content-Encoding: gzip` or
 * `deflate`) could not read: over n8n's own size limit is 413, anything else 400 with the reason
 * in words; the error's own message is never echoed.
 */
function unreadableBody(error: unknown): DeliveryOutcome {
	const { type, code, status, statusCode, httpStatusCode } = (
		error !== null && typeof error === 'object' ? error : {}
	) as Record<string, unknown>;
	if (type === 'entity.too.large' || [status, statusCode, httpStatusCode].includes(413)) {
		return TOO_LARGE;
	}
	let reason = 'The body could not be read';
	if (typeof code === 'string' && code.startsWith('Z_')) {
		reason = 'The body could not be decompressed: it does not match its Content-Encoding';
	} else if (type === 'request.size.invalid') {
		reason = 'The body is not as long as its Content-Length says';
	} else if (type === 'request.aborted' || httpStatusCode === 400) {
		reason = 'The request ended before its whole body arrived';
	}
	return { action: 'reject', status: 400, message: reason };
}

function asObject(body: unknown, rawBody?: Buffer): IDataObject | string {
	// n8n reads but does not parse bodies of content types it does not know: the bytes are the body.
	let value = body === undefined && rawBody?.length ? rawBody : body;
	if (value === undefined || rawBody?.length === 0)
		return 'The body is empty: expected a JSON object';
	if (typeof value === 'string' || Buffer.isBuffer(value)) {
		const text = value.toString().trim();
		if (text === '') return 'The body is empty: expected a JSON object';
		try {
			value = JSON.parse(text);
		} catch {
			return 'The body is not valid JSON';
		}
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return `The body must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
	}
	if (nestedDeeperThan(value, MAX_DELIVERY_DEPTH)) {
		return `The body nests objects or arrays more than ${MAX_DELIVERY_DEPTH} levels deep`;
	}
	return value as IDataObject;
}

/** The reason a body is not its event at all: a core field missing, or not an object where one belongs. */
function missingCore(definition: EventDefinition, body: IDataObject): string | undefined {
	for (const [field, kind] of Object.entries(definition.core ?? {})) {
		const value = body[field];
		if (value === undefined || value === null) return `${field}: missing`;
		if (kind === 'object' && (typeof value !== 'object' || Array.isArray(value))) {
			return `${field}: expected an object, received ${Array.isArray(value) ? 'an array' : typeof value}`;
		}
	}
	return undefined;
}

/** The output item; undefined when Simplify fails on a body that did not pass its schema. */
function shapeItem(
	definition: EventDefinition | undefined,
	simplify: boolean,
	payload: unknown,
	body: IDataObject,
	facts: DeliveryFacts,
	unchecked: boolean,
): IDataObject | undefined {
	if (!simplify || !definition) return { ...body, deliveryId: facts.deliveryId };
	if (!unchecked) return definition.simplify(payload, facts);
	try {
		return definition.simplify(payload, facts);
	} catch {
		return undefined;
	}
}

/**
 * Decides what to do with one webhook delivery, in the order that keeps secrets and the workflow
 * safe: authenticate, parse, filter by the selected events, validate (a wrongly typed leaf is a
 * warning, a missing core a refusal), suppress duplicates, shape.
 */
export function handleDelivery(
	platform: WebhookPlatform,
	request: DeliveryRequest,
	options: DeliveryOptions,
): DeliveryOutcome {
	if (!request.authorized) return UNAUTHORIZED;
	if (request.readFailure) return unreadableBody(request.readFailure.error);
	// Without the bytes (a multipart form n8n parsed itself) the size is the one the request declared.
	const size = request.rawBody ? request.rawBody.length : request.declaredLength;
	if (size !== undefined && size > MAX_DELIVERY_BYTES) return TOO_LARGE;

	const body = asObject(request.body, request.rawBody);
	if (typeof body === 'string') return { action: 'reject', status: 400, message: body };

	const identified = platform.identifyEvent(body);
	if (identified.error !== undefined || identified.event === undefined) {
		return {
			action: 'reject',
			status: 400,
			message: identified.error ?? 'The body names no event',
		};
	}
	const event = identified.event;
	const definition = platform.events[event] as EventDefinition | undefined;
	const anyEvent = options.selectedEvents.includes(ANY_EVENT);

	// The filter comes first: a delivery the workflow did not ask for is acknowledged unread, so
	// no field of an event nobody listens to can make the platform retry it.
	if (!definition && !anyEvent) return { action: 'ignore', reason: 'unknown event', event };
	const matches = [event, ...(identified.alsoMatches ?? [])];
	if (!anyEvent && !matches.some((name) => options.selectedEvents.includes(name))) {
		return { action: 'ignore', reason: 'not selected', event };
	}

	let payload: unknown = body;
	let warnings: PayloadWarning[] = [...(identified.warnings ?? [])];
	if (definition) {
		const parsed = definition.schema.safeParse(body);
		if (parsed.success) {
			payload = parsed.data;
		} else {
			// A body that is this event runs whatever one of its leaves holds: refused, the platform
			// would retry the same bytes and then drop them. Only a body without its core is refused.
			const missing = missingCore(definition, body);
			if (missing) {
				return { action: 'reject', status: 400, message: `Invalid ${event} payload: ${missing}` };
			}
			warnings.push(...payloadWarnings(parsed.error, body));
		}
	}

	const id = deliveryId([platform.name, event, ...platform.deliveryKey(body, event)]);
	if (
		!definition?.repeatable &&
		!recordDelivery(options.staticData, id, options.now, options.ledgerScope)
	) {
		return { action: 'ignore', reason: 'duplicate', event };
	}

	const facts = { deliveryId: id, event, defaultCountryCode: options.defaultCountryCode };
	let item = shapeItem(definition, options.simplify, payload, body, facts, warnings.length > 0);
	if (!item) {
		// Simplify could not read a body that failed its schema: the body as sent, rather than nothing.
		item = { ...body, deliveryId: id };
		warnings = [
			...warnings,
			{ path: '', expected: 'a body Simplify can read', received: 'the body as sent' },
		];
	}
	if (warnings.length > 0) item.warnings = warnings as unknown as IDataObject[];
	return {
		action: 'run',
		event,
		deliveryId: id,
		item,
		answeredByWorkflow: definition?.answeredByWorkflow ?? false,
	};
}
