import {
	NodeConnectionTypes,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodePropertyOptions,
	type INodeTypeDescription,
} from 'n8n-workflow';

import type { ApiContext } from './apiCall';
import { operationProperties, type Resource } from './operations';

/** "create: order": the operation and resource chosen, under the node's name on the canvas. */
export const ACTION_SUBTITLE = '={{$parameter["operation"] + ": " + $parameter["resource"]}}';

/**
 * The description of a platform's action node: one input, one output, its parameters built from
 * the resource tables; its credential type is `<name>Api`. The node file adds what n8n's linter
 * reads from the class itself: icon, subtitle and usableAsTool.
 */
export function actionNodeDescription(
	displayName: string,
	description: string,
	resources: Resource[],
): Omit<INodeTypeDescription, 'icon' | 'subtitle' | 'usableAsTool'> {
	const name = displayName.toLowerCase();
	return {
		displayName,
		name,
		group: ['transform'],
		version: 1,
		description,
		defaults: { name: displayName },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: `${name}Api`, required: true }],
		properties: operationProperties(resources),
	};
}

/** How a record is called in a picker: its name (a string, `{en, ar}`, or `name_en`/`name_ar`). */
export function recordLabel(record: IDataObject): string {
	const name = record.name as { en?: string; ar?: string } | string | undefined;
	const label =
		typeof name === 'string'
			? name
			: (name?.en ?? name?.ar ?? record.name_en ?? record.name_ar ?? record.title);
	return label ? `${label}` : String(record.id);
}

type ListReader = (
	context: ApiContext,
	path: string,
	options: { limit?: number },
) => Promise<IDataObject[]>;

/**
 * loadOptions methods, one per list path (`{ getBranches: '/branches' }`): the first 100 records
 * of the list, by name.
 */
export function pickerMethods(list: ListReader, paths: Record<string, string>) {
	const methods: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>> =
		{};
	for (const [method, path] of Object.entries(paths)) {
		methods[method] = async function (this: ILoadOptionsFunctions) {
			const records = await list(this, path, { limit: 100 });
			return records
				.map((record) => ({ name: recordLabel(record), value: String(record.id) }))
				.sort((a, b) => a.name.localeCompare(b.name));
		};
	}
	return methods;
}
