import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { ACTION_SUBTITLE, actionNodeDescription, pickerMethods } from '../shared/actionNode';
import { executeOperations } from '../shared/executeOperations';
import { retmResources } from './operations';
import { retmRequestList, retmTransport } from './transport';

export class Retm implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription(
			'RETM',
			'Create and cancel orders, and read customers, invoices, menus, branches, taxes and other settings in the RETM point-of-sale system',
			retmResources,
		),
		icon: { light: 'file:retm.svg', dark: 'file:retm.dark.svg' },
		subtitle: ACTION_SUBTITLE,
		usableAsTool: true,
	};

	methods = {
		// [guess] paths of the branch, order type, payment method and tax lists.
		loadOptions: pickerMethods(retmRequestList, {
			getBranches: '/branches/list',
			getOrderTypes: '/order-types/list',
			getPaymentMethods: '/payments/list',
			getTaxes: '/taxes/list',
		}),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeOperations(this, retmResources, retmTransport);
	}
}
