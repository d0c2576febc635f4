import { NodeOperationError, type IHttpRequestMethods } from 'n8n-workflow';

import type { Resource } from './operations';
import { parseJsonParameter, type ParameterReader } from './parameters';

/** The resource's value (`resource` parameter) in every action node. */
const API_REQUEST_RESOURCE = 'customApiCall';

/** The methods the Method field offers, in the order it lists them. */
const METHODS: IHttpRequestMethods[] = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'];
const METHODS_WITH_BODY: IHttpRequestMethods[] = ['PATCH', 'POST', 'PUT'];

/** What an expression resolved to, in words, for a parameter that is not what it should be. */
function resolvedTo(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string')
		return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
	if (typeof value === 'number') return `the number ${value}`;
	return typeof value === 'boolean' ? 'true or false' : typeof value;
}

const empty = (params: ParameterReader, label: string, what: string) =>
	new NodeOperationError(params.node, `The "${label}" parameter is empty`, {
		itemIndex: params.itemIndex,
		description: `Enter ${what} for every item. If it is an expression, it resolved to nothing for this item: check that the input item has the field the expression reads, and that the field is not empty.`,
	});

/**
 * The Method, in upper case: an expression may give `post`. Anything the field does not offer is
 * refused, so a body is never dropped for a method written another way.
 */
function requestMethod(params: ParameterReader): IHttpRequestMethods {
	const value = params.get<unknown>('method', 'GET');
	const method = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
	const known = METHODS.find((name) => name === method);
	if (known) return known;
	if (method === '' || value === undefined || value === null)
		throw empty(params, 'Method', 'the HTTP method');
	const choices = `${METHODS.slice(0, -1).join(', ')} or ${METHODS.at(-1)}`;
	throw new NodeOperationError(params.node, `The "Method" parameter must be ${choices}`, {
		itemIndex: params.itemIndex,
		description: `Choose the method from the list, or make its expression give ${choices}. It resolved to ${resolvedTo(value)} for this item.`,
	});
}

/**
 * The Path, trimmed. A path that is empty (or only `/`) is refused rather than sent: it would reach
 * the API base itself and come back as a 404 that names no cause. A path must be text: an
 * expression that gives a number or an object points at the wrong field.
 */
function requestPath(params: ParameterReader, example: string): string {
	const value = params.get<unknown>('path', '');
	const path = typeof value === 'string' ? value.trim() : undefined;
	if (path && path.replace(/\//g, '') !== '') return path;
	if (path !== undefined || value === undefined || value === null)
		throw empty(params, 'Path', `the Path of the endpoint, for example ${example},`);
	throw new NodeOperationError(params.node, 'The "Path" parameter must be text', {
		itemIndex: params.itemIndex,
		description: `Set "Path" to the path of the endpoint as text, for example ${example}. Its expression resolved to ${resolvedTo(value)} for this item: to put a value from the item in the path, write the expression inside the path's text.`,
	});
}

/** What the editor shows of a platform's API Request, written out by the platform's node. */
export interface ApiRequestLabels {
	/** The resource's description. */
	description: string;
	/** The Call operation's action, as the nodes panel lists it. */
	action: string;
	/** The Call operation's description. */
	callDescription: string;
	/** The Path field's placeholder, and the example its errors give. */
	pathExample: string;
}

/** "Custom API Call": any method and path under the platform's API base, for what the docs leave out. */
export function customApiCallResource(labels: ApiRequestLabels): Resource {
	const { pathExample } = labels;
	return {
		value: API_REQUEST_RESOURCE,
		// Not "Custom API Call": n8n adds an entry of that name itself (it opens an HTTP Request node).
		name: 'API Request',
		description: labels.description,
		defaultOperation: 'call',
		operations: [
			{
				value: 'call',
				name: 'Call',
				action: labels.action,
				description: labels.callDescription,
				fields: [
					{
						displayName: 'Method',
						name: 'method',
						type: 'options',
						options: METHODS.map((method) => ({ name: method, value: method })),
						default: 'GET',
						description:
							'The HTTP method: GET reads, POST creates or changes, PUT and PATCH change, DELETE removes',
					},
					{
						displayName: 'Path',
						name: 'path',
						type: 'string',
						default: '',
						required: true,
						placeholder: pathExample,
						description: 'The path after the API base URL the credential points at',
					},
					{
						displayName: 'Query Parameters (JSON)',
						name: 'queryJson',
						type: 'json',
						default: '{}',
						description: 'Query parameters as a JSON object, for example {"per_page": 10}',
					},
					{
						displayName: 'Body (JSON)',
						name: 'bodyJson',
						type: 'json',
						default: '{}',
						description: 'Sent with POST, PUT and PATCH',
						displayOptions: { show: { method: METHODS_WITH_BODY } },
					},
				],
				request: {
					kind: 'single',
					method: requestMethod,
					path: (p) => requestPath(p, pathExample),
					qs: (p) => parseJsonParameter(p, 'queryJson', 'Query Parameters (JSON)'),
					body: (p) =>
						METHODS_WITH_BODY.includes(requestMethod(p))
							? parseJsonParameter(p, 'bodyJson', 'Body (JSON)')
							: undefined,
					offerJsonBody: false,
					pathWrittenByUser: true,
				},
			},
		],
	};
}
