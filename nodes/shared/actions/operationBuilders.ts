import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation } from './operations';
import { encodeId, type ParameterReader } from './parameters';

/**
 * What the editor shows of an operation. Each resource file writes these out in full, so a label
 * found in the editor is found by grep in the file that offers it.
 */
export type OperationLabels = Pick<Operation, 'name' | 'action' | 'description'>;

/** The value of the Get Many operation, for a resource's `defaultOperation`. */
export const GET_MANY = 'getAll';

/** What a customer list's Simplify gives: the triggers' normalized customer. */
export const NORMALIZED_CUSTOMER_SHAPE =
	'each customer in the same shape as the customer triggers (platform, customer with its phone in E.164, raw), so an import and the live sync fill the same columns';

/** "Get Many": a list the platform's transport pages through, with Return All / Limit added. */
export function listOperation(
	definition: OperationLabels & {
		path: string;
		fields: INodeProperties[];
		qs: (params: ParameterReader) => IDataObject;
	},
): Operation {
	const { name, action, description, path, fields, qs } = definition;
	return {
		value: GET_MANY,
		name,
		action,
		description,
		fields,
		request: { kind: 'list', path, qs },
	};
}

const RECORD_METHODS = { get: 'GET', delete: 'DELETE', update: 'POST' } as const;

/**
 * An operation on one record found by the id parameter `id` (an `idField`): `GET`, `DELETE`, or a
 * write with a body. The id goes into the path encoded, and an empty one is refused by its display
 * name.
 */
export function recordOperation(
	kind: keyof typeof RECORD_METHODS,
	definition: OperationLabels & {
		id: INodeProperties;
		path: (id: string) => string;
		fields?: INodeProperties[];
		body?: (params: ParameterReader) => IDataObject;
	},
): Operation {
	const { name, action, description, id, path, fields = [], body } = definition;
	return {
		value: kind,
		name,
		action,
		description,
		fields: [id, ...fields],
		request: {
			kind: 'single',
			method: RECORD_METHODS[kind],
			path: (p) => path(encodeId(p, id.name, id.displayName)),
			body,
		},
	};
}

/** The labels of an operation on one record, and the description of its id parameter. */
export type RecordLabels = OperationLabels & { idDescription: string };

/**
 * Delete and Get, in the order the editor lists them, on one record: `record` gives its id parameter,
 * described by each operation's `idDescription`, and its path (the helper the resource's Update
 * spreads in too).
 */
export function recordOperations(
	record: (idDescription: string) => { id: INodeProperties; path: (id: string) => string },
	labels: { delete: RecordLabels; get: RecordLabels },
): Operation[] {
	return (['delete', 'get'] as const).map((kind) => {
		const { idDescription, ...shown } = labels[kind];
		return recordOperation(kind, { ...shown, ...record(idDescription) });
	});
}

/** "Create": POST the body built from `fields` to `path`. */
export function createOperation(
	definition: OperationLabels & {
		path: string;
		fields: INodeProperties[];
		body: (params: ParameterReader) => IDataObject;
	},
): Operation {
	const { name, action, description, path, fields, body } = definition;
	return {
		value: 'create',
		name,
		action,
		description,
		fields,
		request: { kind: 'single', method: 'POST', path, body },
	};
}

/** "Get" for a record that needs no id: the menu, the account behind the token. */
export function readOperation(definition: OperationLabels & { path: string }): Operation {
	const { name, action, description, path } = definition;
	return {
		value: 'get',
		name,
		action,
		description,
		request: { kind: 'single', method: 'GET', path },
	};
}
