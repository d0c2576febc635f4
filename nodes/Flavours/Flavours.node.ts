import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { ACTION_SUBTITLE, actionNodeDescription, pickerMethods } from '../shared/actionNode';
import { executeOperations } from '../shared/executeOperations';
import { flavoursResources } from './operations';
import { flavoursRequestList, flavoursTransport } from './transport';

// [guess] the product category and payment method list paths.
const pickerPaths = {
	getBranches: '/branches',
	getMarkets: '/markets',
	getPaymentMethods: '/payment-methods',
	getProductCategories: '/product-categories',
};

export class Flavours implements INodeType {
	description: INodeTypeDescription = {
		...actionNodeDescription(
			'Flavours',
			'Create and price orders, and manage customers, products, branches, tables and discounts in the Flavours point-of-sale system',
			flavoursResources,
		),
		icon: {
			light: 'file:flavours.svg',
			dark: 'file:flavours.dark.svg',
		},
		subtitle: ACTION_SUBTITLE,
		usableAsTool: true,
	};

	methods = { loadOptions: pickerMethods(flavoursRequestList, pickerPaths) };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeOperations(this, flavoursResources, flavoursTransport);
	}
}
