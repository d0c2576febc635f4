import {
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type INodeProperties,
} from 'n8n-workflow';

import { type ParameterReader, parseJsonParameter } from './parameters';

export interface ListRequest {
	kind: 'list';
	path: string | ((params: ParameterReader) => string);
	qs?: (params: ParameterReader) => IDataObject;
}

export interface SingleRequest {
	kind: 'single';
	method: IHttpRequestMethods | ((params: ParameterReader) => IHttpRequestMethods);
	path: string | ((params: ParameterReader) => string);
	qs?: (params: ParameterReader) => IDataObject;
	/** Builds the body from the fields; a user may send raw JSON instead (see `jsonBodyAllowed`). */
	body?: (params: ParameterReader) => IDataObject | undefined;
	/** Set false where the fields already are the raw body (Custom API Call). */
	offerJsonBody?: boolean;
	/** The user wrote the path (API Request): a 404 points at it, not at another resource. */
	pathWrittenByUser?: boolean;
}

/**
 * Not a call to the platform: the answer to the delivery the workflow started with (a reward
 * check), sent back through n8n (`sendRewardAnswer`).
 */
export interface AnswerRequest {
	kind: 'answer';
}

/**
 * Turns one record of a list into the shape the triggers put out (the normalized customer), so an
 * initial import and the live sync write the same columns. `defaultCountryCode` completes phone
 * numbers sent without one, as the triggers' Default Country Code does.
 */
export type RecordSimplifier = (
	record: IDataObject,
	options: { defaultCountryCode: string },
) => IDataObject;

/** One operation as data: its parameters and the one request it makes. */
export interface Operation {
	value: string;
	name: string;
	action: string;
	description: string;
	fields?: INodeProperties[];
	request: ListRequest | SingleRequest | AnswerRequest;
	/** Offers Simplify (a list's records in the triggers' shape); see `simplifyFields`. */
	simplify?: { shape: string; record: RecordSimplifier };
}

export interface Resource {
	value: string;
	name: string;
	description: string;
	/**
	 * The loadOptions method that offers this resource's records in pickers (`getBranches`): it reads
	 * the resource's own Get Many path, so the path is written once.
	 */
	picker?: string;
	/**
	 * The record keys a picker option's value is read from, first found wins: `['key']` where the
	 * platform keys the records otherwise than by `id`. Without it, `id`.
	 */
	pickerKeys?: string[];
	/** The operation a new node starts on. */
	defaultOperation: string;
	/** In the order the editor lists them: alphabetical by name. */
	operations: Operation[];
}

/** The request an operation makes for one item, resolved from its parameters. */
export type ResolvedRequest =
	| { kind: 'list'; path: string; qs: IDataObject; limit?: number }
	| {
			kind: 'single';
			method: IHttpRequestMethods;
			path: string;
			qs?: IDataObject;
			body?: IDataObject;
			/** The user wrote the body as JSON (or through API Request): it goes out exactly as written. */
			writtenByUser: boolean;
			pathWrittenByUser: boolean;
	  };

/**
 * The one way an action reaches its platform: the platform's transport takes the resolved request,
 * makes the call (paging through lists) and hands back the records of the answer.
 */
export interface PlatformTransport {
	send: (
		context: IExecuteFunctions,
		request: ResolvedRequest,
		itemIndex: number,
	) => Promise<IDataObject[]>;
}

const show = (resource: string, operation: string, extra: IDataObject = {}) => ({
	show: { resource: [resource], operation: [operation], ...extra },
});

function listFields(resource: string, operation: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: show(resource, operation),
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: show(resource, operation, { returnAll: [false] }),
		},
	];
}

/**
 * Simplify and its Default Country Code. Version 2 of the action nodes starts with Simplify on;
 * version 1 starts with it off, so workflows saved with it keep receiving the records as sent.
 */
function simplifyFields(resource: string, operation: string, shape: string): INodeProperties[] {
	const description = `Whether to return ${shape} instead of the records exactly as the API sends them`;
	return [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description,
			displayOptions: show(resource, operation, { '@version': [{ _cnd: { gte: 2 } }] }),
		},
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: false,
			description,
			displayOptions: show(resource, operation, { '@version': [{ _cnd: { lt: 2 } }] }),
		},
		{
			displayName: 'Default Country Code',
			name: 'defaultCountryCode',
			type: 'string',
			default: '966',
			placeholder: 'e.g. 966',
			description:
				'The country calling code, without +, for phone numbers stored without one (0551234567 becomes +966551234567). Use the same as in your triggers.',
			displayOptions: show(resource, operation, { simplify: [true] }),
		},
	];
}

function jsonBodyFields(resource: string, operation: string): INodeProperties[] {
	return [
		{
			displayName: 'Send Body As',
			name: 'bodyInput',
			type: 'options',
			options: [
				{
					name: 'Fields Below',
					value: 'fields',
					description: 'Fill in the fields of this operation',
				},
				{ name: 'JSON', value: 'json', description: 'Write the whole request body yourself' },
			],
			default: 'fields',
			description:
				'How to give the request body: fill in the fields below, or write it yourself as JSON to send fields the node does not offer',
			displayOptions: show(resource, operation),
		},
		{
			displayName: 'JSON Body',
			name: 'jsonBody',
			type: 'json',
			default: '{}',
			description: 'The request body exactly as the API should receive it',
			displayOptions: show(resource, operation, { bodyInput: ['json'] }),
		},
	];
}

function offersJsonBody(operation: Operation): boolean {
	const { request } = operation;
	return request.kind === 'single' && !!request.body && request.offerJsonBody !== false;
}

/** Adds to a field the display rule that shows it only for its resource and operation. */
function scoped(field: INodeProperties, resource: string, operation: Operation): INodeProperties {
	const writeWithBody = offersJsonBody(operation);
	const extra: IDataObject = writeWithBody ? { bodyInput: ['fields'] } : {};
	const own = field.displayOptions?.show ?? {};
	return {
		...field,
		displayOptions: {
			...field.displayOptions,
			show: { ...show(resource, operation.value, extra).show, ...own },
		},
	};
}

/** The node's parameters, built from the resource and operation tables. */
export function operationProperties(
	resources: Resource[],
	defaultResource: string,
): INodeProperties[] {
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map((resource) => ({
				name: resource.name,
				value: resource.value,
				description: resource.description,
			})),
			default: defaultResource,
		},
	];
	for (const resource of resources) {
		const { defaultOperation } = resource;
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.operations.map((operation) => ({
				name: operation.name,
				value: operation.value,
				action: operation.action,
				description: operation.description,
			})),
			default: defaultOperation,
		});
	}
	for (const resource of resources) {
		for (const operation of resource.operations) {
			if (offersJsonBody(operation))
				properties.push(...jsonBodyFields(resource.value, operation.value));
			// Return All and Limit first, as in n8n's own nodes; optional filters follow them.
			if (operation.request.kind === 'list')
				properties.push(...listFields(resource.value, operation.value));
			if (operation.simplify)
				properties.push(
					...simplifyFields(resource.value, operation.value, operation.simplify.shape),
				);
			properties.push(
				...(operation.fields ?? []).map((field) => scoped(field, resource.value, operation)),
			);
		}
	}
	return properties;
}

export function findOperation(
	resources: Resource[],
	resource: string,
	operation: string,
): Operation | undefined {
	return resources
		.find((entry) => entry.value === resource)
		?.operations.find((entry) => entry.value === operation);
}

/** What the operation asks of the API for one item. */
export function resolveRequest(operation: Operation, params: ParameterReader): ResolvedRequest {
	const { request } = operation;
	// executeOperations sends answers itself; they never reach a transport.
	if (request.kind === 'answer') throw new Error(`${operation.name} sends no request`);
	const path = typeof request.path === 'function' ? request.path(params) : request.path;
	if (request.kind === 'list') {
		const returnAll = params.get<boolean>('returnAll', false);
		return {
			kind: 'list',
			path,
			qs: request.qs?.(params) ?? {},
			limit: returnAll ? undefined : params.get<number>('limit', 50),
		};
	}
	const jsonBody =
		offersJsonBody(operation) && params.get<string>('bodyInput', 'fields') === 'json';
	const body = jsonBody
		? parseJsonParameter(params, 'jsonBody', 'JSON Body')
		: request.body?.(params);
	const method = typeof request.method === 'function' ? request.method(params) : request.method;
	return {
		kind: 'single',
		method,
		path,
		qs: request.qs?.(params),
		body,
		writtenByUser: jsonBody || request.offerJsonBody === false,
		pathWrittenByUser: request.pathWrittenByUser === true,
	};
}
