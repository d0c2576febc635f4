import { idField, optionalFields, textField } from '../../shared/actions/fields';
import { GET_MANY, recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { compact, optionalValues } from '../../shared/actions/parameters';
import { branchField, flavoursList, ID_EXAMPLE, idText } from './fields';

// [guess] paths, the market include, and the verify body {code, branch_id, customer_id, total}.
export const discountResource: Resource = {
	value: 'discount',
	name: 'Discount',
	description: 'Discounts and promotional codes',
	defaultOperation: GET_MANY,
	operations: [
		recordOperation('get', {
			name: 'Get',
			action: 'Get a discount',
			description: 'Get one discount by ID',
			id: idField('discountId', 'Discount ID', 'The ID of the discount to get', ID_EXAMPLE),
			path: (id) => `/discounts/${id}`,
		}),
		flavoursList({
			name: 'Get Many',
			action: 'Get many discounts',
			description: 'List the discounts',
			path: '/discounts',
			includes: ['market'],
			filters: ['active', 'branch', 'expiredAt', 'market', 'discountTypes'],
			// [guess] the docs list no active filter and no includes for discounts.
			guessed: ['active', 'market'],
		}),
		{
			value: 'verify',
			name: 'Verify',
			action: 'Verify a discount code',
			description: 'Check whether a code applies, and what it takes off, without using it',
			fields: [
				{
					...textField('Code', 'code', 'The discount code the customer gave', 'e.g. WELCOME10'),
					required: true,
				},
				optionalFields('additionalFields', [
					{ ...branchField(false), name: 'branch_id' },
					idText('Customer ID', 'customer_id', 'The customer who wants to use the code'),
					textField(
						'Order Total',
						'total',
						'The order total before the discount, to work out what the code takes off',
						'e.g. 86.25',
					),
				]),
			],
			request: {
				kind: 'single',
				method: 'POST',
				path: '/discounts/verify',
				body: (p) =>
					compact({ code: p.get<string>('code'), ...optionalValues(p, 'additionalFields') }),
			},
		},
	],
};
