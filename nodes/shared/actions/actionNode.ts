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

/** How a record is called in a picker: its name (a string, `{en, ar}`, or `name_en`/`name_ar`). */
export function recordLabel(record: IDataObject): string {
	const name = record.name as { en?: string; ar?: string } | string | undefined;
	const label =
		typeof name === 'string'
			? name
			: (name?.en ?? name?.ar ?? record.name_en ?? record.name_ar ?? record.title);
	return label ? `${label}` : String(record.id ?? record.key ?? record.uuid);
}

/** The first of `keys` the record has a value for, as text; a record's id when none is given. */
export function recordValue(record: IDataObject, keys: string[] = ['id']): string {
	const key = keys.find((name) => record[name] !== undefined && record[name] !== null);
	return String(key === undefined ? record.id : record[key]);
}

type ListReader = (
	context: ApiContext,
	path: string,
	options: { limit?: number },
) => Promise<IDataObject[]>;

/**
 * loadOptions methods, one per resource that names a `picker`: the first 100 records of the
 * resource's Get Many list, by name.
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
		const { pickerKeys } = resource;
		methods[resource.picker] = async function (this: ILoadOptionsFunctions) {
			const records = await list(this, path, { limit: 100 });
			return records
				.map((record) => ({ name: recordLabel(record), value: recordValue(record, pickerKeys) }))
				.sort((a, b) => a.name.localeCompare(b.name));
		};
	}
	return methods;
}
