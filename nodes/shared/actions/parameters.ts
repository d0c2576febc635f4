import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
} from 'n8n-workflow';

/** Reads one item's parameters for an operation. */
export interface ParameterReader {
	node: INode;
	itemIndex: number;
	get<T = unknown>(name: string, fallback?: T): T;
}

/** The reader of one item's parameters in an action node's run. */
export function parameterReader(context: IExecuteFunctions, itemIndex: number): ParameterReader {
	return {
		node: context.getNode(),
		itemIndex,
		get: <T>(name: string, fallback?: T) =>
			context.getNodeParameter(name, itemIndex, fallback) as T,
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

export function extraQueryParameters(params: ParameterReader): IDataObject {
	const { parameter = [] } = params.get<{ parameter?: Array<{ name: string; value: string }> }>(
		'query',
		{},
	);
	return Object.fromEntries(
		parameter.filter((entry) => entry.name).map((entry) => [entry.name, entry.value]),
	);
}

/**
 * The id parameter `name` (shown as `label`), encoded for a URL path. An expression may hand over a
 * number (`{{ $json.id }}`). An empty id is refused rather than sent: `/branches/` would reach the
 * list, and a POST to `/users/customers/` would create a customer instead of updating one.
 */
export function encodeId(params: ParameterReader, name: string, label: string): string {
	const value = params.get<unknown>(name, '');
	const id =
		typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
	if (id) return encodeURIComponent(id);
	const { node, itemIndex } = params;
	if (id === '' || value === undefined || value === null)
		throw new NodeOperationError(node, `The "${label}" parameter is empty`, {
			itemIndex,
			description: `Enter the ${label} for every item. If it is an expression, it resolved to nothing for this item: check that the input item has the field the expression reads, and that the field is not empty.`,
		});
	const kind = Array.isArray(value)
		? 'a list'
		: typeof value === 'object'
			? 'an object'
			: 'true or false';
	throw new NodeOperationError(node, `The "${label}" parameter is not an ID`, {
		itemIndex,
		description: `Set "${label}" to one ID, as text or a number. Its expression resolved to ${kind}: point it at the field that holds the ID, for example {{ $json.id }}.`,
	});
}

/** The rows the user added to a `rowsField`. */
export const rowValues = (params: ParameterReader, name: string, row: string): IDataObject[] =>
	params.get<Record<string, IDataObject[] | undefined>>(name, {})[row] ?? [];

/** The filled-in entries of an optional-fields collection, keyed as the API names them. */
export const optionalValues = (p: ParameterReader, name: 'additionalFields' | 'updateFields') =>
	compact(p.get<IDataObject>(name, {}));
