import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
	type INodeExecutionData,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { executeOperations } from '../shared/executeOperations';
import { operationProperties } from '../shared/operations';
import { retmResources } from './operations';
import { retmRequestList, retmTransport } from './transport';

/** Options for a picker: the first page of a RETM list, by English name. */
async function pickerOptions(
	context: ILoadOptionsFunctions,
	path: string,
): Promise<INodePropertyOptions[]> {
	const records = await retmRequestList(context, path, { limit: 100 });
	return records
		.map((record) => {
			const name = record.name as { en?: string; ar?: string } | string | undefined;
			const label = typeof name === 'string' ? name : (name?.en ?? name?.ar);
			return { name: label ? `${label}` : String(record.id), value: String(record.id) };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

export class Retm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RETM',
		name: 'retm',
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create and cancel orders, and read customers, invoices, menus, branches, taxes and other settings in the RETM point-of-sale system',
		defaults: { name: 'RETM' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'retmApi', required: true }],
		properties: operationProperties(retmResources),
	};

	methods = {
		loadOptions: {
			// [guess] paths of the branch, order type, payment method and tax lists.
			async getBranches(this: ILoadOptionsFunctions) {
				return await pickerOptions(this, '/branches/list');
			},
			async getOrderTypes(this: ILoadOptionsFunctions) {
				return await pickerOptions(this, '/order-types/list');
			},
			async getPaymentMethods(this: ILoadOptionsFunctions) {
				return await pickerOptions(this, '/payments/list');
			},
			async getTaxes(this: ILoadOptionsFunctions) {
				return await pickerOptions(this, '/taxes/list');
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeOperations(this, retmResources, retmTransport);
	}
}
