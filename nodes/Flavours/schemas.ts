import { z } from 'zod';

import { idSchema as id, stringOrNumber } from '../shared/payloads/scalarSchemas';

const text = z.string().nullable().optional();

/** Every Flavours webhook: `{xid, action, timestamp (epoch milliseconds), data}`. */
const envelope = {
	xid: id,
	action: z.string().min(1),
	timestamp: stringOrNumber({ digitsOnly: true, message: 'expected epoch milliseconds' }),
};

export const orderEventSchema = z
	.object({
		...envelope,
		data: z
			.object({
				id,
				market_id: id.nullable().optional(),
				branch_id: id.nullable().optional(),
				// [guess] the field that carries the documented delivery status codes 1 to 7.
				delivery_status: stringOrNumber({ integer: true }).nullable().optional(),
				products: z.array(z.object({ product_id: id }).passthrough()).optional(),
			})
			.passthrough(),
	})
	.passthrough();

// Version 2.3.0 of the API renamed product_category_id to category_id and preparation_time to duration.
export const productEventSchema = z
	.object({
		...envelope,
		data: z
			.object({
				id: id.optional(),
				market_id: id.nullable().optional(),
				product_category_id: id.nullable().optional(),
				category_id: id.nullable().optional(),
				name_en: z.string(),
				name_ar: text,
				stock: z.number().nullable().optional(),
				preparation_time: z.number().nullable().optional(),
				duration: z.number().nullable().optional(),
				modifiers: z.array(z.object({}).passthrough()).optional(),
			})
			.passthrough(),
	})
	.passthrough();

const customerUser = z
	.object({
		id: id.optional(),
		name: text,
		email: text,
		phone_prefix: stringOrNumber().nullable().optional(),
		phone: stringOrNumber().nullable().optional(),
		lang: text,
		is_active: z
			.custom<boolean | number>(
				(value) => typeof value === 'boolean' || typeof value === 'number',
				{
					message: 'expected a boolean or 1/0',
				},
			)
			.optional(),
	})
	.passthrough();

const customerData = z
	.object({
		id,
		type: text,
		gender: text,
		tax_number: text,
		city: text,
		district: text,
		street: text,
		user: customerUser,
	})
	.passthrough();

export const customerEventSchema = z.object({ ...envelope, data: customerData }).passthrough();

/** [guess] A deletion may carry the customer's id alone. */
export const customerDeletedEventSchema = z
	.object({ ...envelope, data: customerData.extend({ user: customerUser.optional() }) })
	.passthrough();

export type OrderEvent = z.infer<typeof orderEventSchema>;
export type ProductEvent = z.infer<typeof productEventSchema>;
export type CustomerEvent = z.infer<typeof customerDeletedEventSchema>;
