import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { ACTION_SUBTITLE, actionBasics, pickerMethods } from '../shared/actions/actionNode';
import { executeOperations } from '../shared/actions/executeOperations';
import { operationProperties } from '../shared/actions/operations';
import { retmResources } from './operations';
import { retmRequestList, retmTransport } from './transport';

export class Retm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RETM',
		name: 'retm',
		...actionBasics,
		description:
			'Create and cancel orders, and read customers, invoices, menus, branches, taxes and other settings in the RETM point-of-sale system',
		defaults: { name: 'RETM' },
		credentials: [{ name: 'retmApi', required: true }],
		properties: operationProperties(retmResources, 'order'),
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		subtitle: ACTION_SUBTITLE,
		usableAsTool: true,
	};

	methods = { loadOptions: pickerMethods(retmRequestList, retmResources) };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeOperations(this, retmResources, retmTransport);
	}
}
