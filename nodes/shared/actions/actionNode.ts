import {
	NodeConnectionTypes,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodePropertyOptions,
	type INodeTypeDescription,
} from 'n8n-workflow';

import type { ApiContext } from './apiCall';
import type { Resource } from './operations';

/** "create: order": the operation and resource chosen, under the node's name on the canvas. */
export const ACTION_SUBTITLE = '={{$parameter["operation"] + ": " + $parameter["resource"]}}';

/**
 * What every platform's action node has in common: one input, one output. Version 2 differs from 1
 * only in a default: customer lists start with Simplify on (`simplifyFields`).
 */
export const actionBasics: Pick<
	INodeTypeDescription,
	'group' | 'version' | 'defaultVersion' | 'inputs' | 'outputs'
> = {
	group: ['transform'],
	version: [1, 2],
	defaultVersion: 2,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
};

/** The record's `key` as a picker's value: a non-blank text or a number, else nothing. */
function usable(record: IDataObject, key: string): string | undefined {
	const value = record[key];
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A record's value in a picker: the first of `keys` it has a usable value for (a non-blank text or
 * a number), else its id, as text. Nothing when it has none: a picker leaves such a record out
 * rather than offer "undefined".
 */
export function recordValue(record: IDataObject, keys: string[] = ['id']): string | undefined {
	for (const key of [...keys, 'id']) {
		const value = usable(record, key);
		if (value !== undefined) return value;
	}
	return undefined;
}

/**
 * How a record is called in a picker: its name (a string, `{en, ar}`, or `name_en`/`name_ar`) or
 * title; without one, its value read from `keys` as `recordValue` reads it (a picker passes its own
 * keys, so a nameless record is called by the value it offers).
 */
export function recordLabel(record: IDataObject, keys: string[] = ['id', 'key', 'uuid']): string {
	const name = record.name as { en?: string; ar?: string } | string | undefined;
	const label =
		typeof name === 'string'
			? name
			: (name?.en ?? name?.ar ?? record.name_en ?? record.name_ar ?? record.title);
	return label ? `${label}` : (recordValue(record, keys) ?? '');
}

type ListReader = (
	context: ApiContext,
	path: string,
	options: { limit?: number },
) => Promise<IDataObject[]>;

/**
 * loadOptions methods, one per resource that names a `picker`: the first 100 records of the
 * resource's Get Many list, by name; a record with no value to offer is left out.
 */
export function pickerMethods(list: ListReader, resources: Resource[]) {
	const methods: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>> =
		{};
	for (const resource of resources) {
		if (!resource.picker) continue;
		const getMany = resource.operations.find((operation) => operation.value === 'getAll');
		const path = getMany?.request.kind === 'list' ? getMany.request.path : undefined;
		if (typeof path !== 'string')
			throw new Error(`The ${resource.name} picker needs a Get Many operation with a fixed path`);
		const keys = resource.pickerKeys ?? ['id'];
		methods[resource.picker] = async function (this: ILoadOptionsFunctions) {
			const records = await list(this, path, { limit: 100 });
			return records
				.flatMap((record) => {
					const value = recordValue(record, keys);
					return value === undefined ? [] : [{ name: recordLabel(record, keys), value }];
				})
				.sort((a, b) => a.name.localeCompare(b.name));
		};
	}
	return methods;
}
