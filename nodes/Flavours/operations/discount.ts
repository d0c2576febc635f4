import { recordOperation } from '../../shared/fields';
import { compact, type Resource } from '../../shared/operations';
import { branchField, names, optional, optionalFields, text } from './common';
import { flavoursList } from './list';

const discount = names('discount', 'discounts');

// [guess] paths, and the verify body {code, branch_id, customer_id, total}.
export const discountResource: Resource = {
	value: 'discount',
	name: 'Discount',
	description: 'Discounts and promotional codes',
	operations: [
		flavoursList(discount, '/discounts', { filters: ['market', 'branch', 'active'] }),
		recordOperation('get', discount, (id) => `/discounts/${id}`),
		{
			value: 'verify',
			name: 'Verify',
			action: 'Verify a discount code',
			description: 'Check whether a code applies, and what it takes off, without using it',
			fields: [
				{ ...text('Code', 'code', 'e.g. WELCOME10'), required: true },
				optionalFields('additionalFields', [
					{ ...branchField(false), name: 'branch_id' },
					text('Customer ID', 'customer_id'),
					text('Order Total', 'total', 'e.g. 86.25'),
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
