import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type INode,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
} from 'n8n-workflow';

/** Reads one item's parameters for an operation. */
export interface ParameterReader {
	node: INode;
	itemIndex: number;
	get<T = unknown>(name: string, fallback?: T): T;
}

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
}

/** One operation as data: its parameters and the one request it makes. */
export interface Operation {
	value: string;
	name: string;
	action: string;
	description: string;
	fields?: INodeProperties[];
	request: ListRequest | SingleRequest;
}

export interface Resource {
	value: string;
	name: string;
	description: string;
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
			/** Whether the body was built from the operation's fields, not written by the user as JSON. */
			fromFields: boolean;
	  };

export interface PlatformTransport {
	request: (
		context: IExecuteFunctions,
		method: IHttpRequestMethods,
		path: string,
		options: { qs?: IDataObject; body?: IDataObject; itemIndex: number; fromFields?: boolean },
	) => Promise<unknown>;
	list: (
		context: IExecuteFunctions,
		path: string,
		options: { qs?: IDataObject; limit?: number; itemIndex: number },
	) => Promise<IDataObject[]>;
	/** The records inside a single answer (a platform envelope unwrapped). */
	unwrap: (body: unknown) => IDataObject[];
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

type Choice = INodePropertyOptions | INodeProperties | INodePropertyCollection;

const shownName = (choice: Choice) => ('displayName' in choice ? choice.displayName : choice.name);

const alphabetical = <T extends Choice>(choices: T[]): T[] =>
	[...choices].sort((a, b) => shownName(a).localeCompare(shownName(b)));

/**
 * The parameter with every list in it in alphabetical order of what the user reads, as n8n's
 * guidelines ask: the choices of an options list, the fields of a collection, and the sections and
 * fields of a fixed collection. Done here, once, so that lists built by helpers are sorted too.
 */
function alphabetized(field: INodeProperties): INodeProperties {
	if (!field.options) return field;
	const options = field.options.map((choice): Choice => {
		if ('values' in choice)
			return { ...choice, values: alphabetical(choice.values.map(alphabetized)) };
		return 'type' in choice ? alphabetized(choice) : choice;
	});
	return { ...field, options: alphabetical(options) } as INodeProperties;
}

/** The node's parameters, built from the resource and operation tables. */
export function operationProperties(resources: Resource[]): INodeProperties[] {
	const firstResource = resources[0].value;
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
			default: firstResource,
		},
	];
	for (const resource of resources) {
		const firstOperation = resource.operations[0].value;
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
			default: firstOperation,
		});
	}
	for (const resource of resources) {
		for (const operation of resource.operations) {
			if (offersJsonBody(operation))
				properties.push(...jsonBodyFields(resource.value, operation.value));
			properties.push(
				...(operation.fields ?? []).map((field) => scoped(field, resource.value, operation)),
			);
			if (operation.request.kind === 'list')
				properties.push(...listFields(resource.value, operation.value));
		}
	}
	return properties.map(alphabetized);
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
		fromFields: !jsonBody && request.offerJsonBody !== false,
	};
}

/** The parsed value of a JSON parameter; n8n hands it over as text or already parsed. */
function parseJson(params: ParameterReader, name: string, label: string, example: string): unknown {
	const value = params.get<unknown>(name, '');
	if (typeof value !== 'string') return value;
	try {
		return value.trim() === '' ? undefined : JSON.parse(value);
	} catch (error) {
		throw new NodeOperationError(
			params.node,
			`${label} is not valid JSON: ${(error as Error).message}`,
			{ itemIndex: params.itemIndex, description: `Fix the "${label}" parameter: ${example}.` },
		);
	}
}

function refuseShape(params: ParameterReader, label: string, shape: string, example: string) {
	return new NodeOperationError(params.node, `${label} must be a JSON ${shape}`, {
		itemIndex: params.itemIndex,
		description: `Fix the "${label}" parameter: ${example}.`,
	});
}

/** A JSON parameter as an object. */
export function parseJsonParameter(
	params: ParameterReader,
	name: string,
	label: string,
): IDataObject {
	const example = 'it must be a JSON object, like {"name": "value"}';
	const parsed = parseJson(params, name, label, example) ?? {};
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
		throw refuseShape(params, label, 'object', example);
	return parsed as IDataObject;
}

/** A JSON parameter as an array of objects. */
export function parseJsonArrayParameter(
	params: ParameterReader,
	name: string,
	label: string,
): IDataObject[] {
	const example = 'it must be a JSON array, like [{"name": "value"}]';
	const parsed = parseJson(params, name, label, example) ?? [];
	if (!Array.isArray(parsed)) throw refuseShape(params, label, 'array', example);
	return parsed as IDataObject[];
}

/** Drops fields the user left empty, so the API sees only what was filled in. */
export function compact(object: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(object).filter(
			([, value]) => value !== undefined && value !== '' && value !== null,
		),
	);
}
