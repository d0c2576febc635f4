import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { ACTION_SUBTITLE, actionBasics, pickerMethods } from '../shared/actions/actionNode';
import { executeOperations } from '../shared/actions/executeOperations';
import { operationProperties } from '../shared/actions/operations';
import { flavoursResources } from './operations';
import { flavoursRequestList, flavoursTransport } from './transport';

// [guess] the product category and payment method list paths.
export class Flavours implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flavours',
		name: 'flavours',
		...actionBasics,
		description:
			'Create and price orders, and manage customers, products, branches, tables and discounts in the Flavours point-of-sale system',
		// Version 3: Branch > Create's Address, Latitude and Longitude are required in the form.
		version: [1, 2, 3],
		defaultVersion: 3,
		defaults: { name: 'Flavours' },
		credentials: [{ name: 'flavoursApi', required: true }],
		properties: operationProperties(flavoursResources, 'order'),
		icon: {
			light: 'file:flavours.svg',
			dark: 'file:flavours.dark.svg',
		},
		subtitle: ACTION_SUBTITLE,
		usableAsTool: true,
	};

	methods = { loadOptions: pickerMethods(flavoursRequestList, flavoursResources) };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return executeOperations(this, flavoursResources, flavoursTransport);
	}
}
