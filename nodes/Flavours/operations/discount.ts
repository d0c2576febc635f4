import { recordOperation } from '../../shared/fields';
import { compact, type Resource } from '../../shared/operations';
import { branchField, idText, names, optional, optionalFields, text } from './common';
import { flavoursList } from './list';

const discount = names('discount', 'discounts');

// [guess] paths, the market include, and the verify body {code, branch_id, customer_id, total}.
export const discountResource: Resource = {
	value: 'discount',
	name: 'Discount',
	description: 'Discounts and promotional codes',
	operations: [
		flavoursList(discount, '/discounts', {
			includes: ['market'],
			filters: ['market', 'branch', 'active'],
		}),
		recordOperation('get', discount, (id) => `/discounts/${id}`),
		{
			value: 'verify',
			name: 'Verify',
			action: 'Verify a discount code',
			description: 'Check whether a code applies, and what it takes off, without using it',
			fields: [
				{
					...text('Code', 'code', 'The discount code the customer gave', 'e.g. WELCOME10'),
					required: true,
				},
				optionalFields('additionalFields', [
					{ ...branchField(false), name: 'branch_id' },
					idText('Customer ID', 'customer_id', 'The customer who wants to use the code'),
					text(
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
				body: (p) => compact({ code: p.get<string>('code'), ...optional(p, 'additionalFields') }),
			},
		},
	],
};
