import { z } from 'zod';

// RETM documents ids as strings, but its customer webhook sample sends a number.
import {
	idSchema as id,
	localizedTextSchema,
	stringOrNumber,
} from '../shared/payloads/scalarSchemas';

// Money is documented as a string with three decimals ("75.000"); numbers are accepted too.
const money = stringOrNumber();
const text = z.string().nullable().optional();
// Names on invoices are `{en, ar}` (GET /api/v2/invoices/list, the invoice object the webhooks send).
const name = localizedTextSchema.nullable().optional();
// RETM sends its references as numbers or strings: `order_refrence: 177` beside `order_reference: "177"`.
const reference = stringOrNumber().nullable().optional();

/** Fields every RETM event carries (RETM spells business_refrence that way). */
const envelope = {
	business_refrence: z.string(),
	timestamp: z.string().min(1),
	event: z.string().min(1),
	reference: z.string().nullable().optional(),
};

export const customerEventSchema = z
	.object({
		...envelope,
		customer: z
			.object({ id, name: text, name_localized: text, phone: text, email: text })
			.passthrough(),
	})
	.passthrough();

const invoiceLine = z.object({ id, name, amount: money }).passthrough();

const invoiceProduct = z
	.object({
		id,
		sku: text,
		name,
		// "1.000": quantities are written like money
		quantity: stringOrNumber(),
		total: money.nullable().optional(),
		unit_price: money.nullable().optional(),
		discount_amount: money.nullable().optional(),
		tax: money.nullable().optional(),
		note: text,
		category: z.object({ id: id.nullable().optional(), name }).passthrough().nullable().optional(),
		// `{id: null, name: null}` when the product has no variation
		variation: z.object({ id: id.nullable().optional(), name }).passthrough().nullable().optional(),
		modifiers: z.array(z.unknown()).nullable().optional(),
	})
	.passthrough();

export const invoiceEventSchema = z
	.object({
		...envelope,
		event_type: stringOrNumber().optional(),
		invoice_id: id,
		order_reference: reference,
		order_refrence: reference,
		sale_id: id.nullable().optional(),
		branch_id: id.nullable().optional(),
		device_id: id.nullable().optional(),
		created_at: text,
		total_price: money,
		subtotal_price: money.nullable().optional(),
		tax: money.nullable().optional(),
		status: stringOrNumber({ integer: true }).optional(),
		note: text,
		taxes: z.array(invoiceLine).optional(),
		payments: z.array(invoiceLine).optional(),
		products: z.array(invoiceProduct).optional(),
	})
	.passthrough();

// [guess] RETM's order webhooks are not documented beyond their names: envelope + order object.
export const deliveryOrderEventSchema = z
	.object({ ...envelope, order: z.object({ id }).passthrough() })
	.passthrough();

// [guess] Menu webhooks: envelope + the entity that changed.
export const menuEventSchema = z
	.object({ ...envelope, entity: z.object({ type: z.string().min(1), id }).passthrough() })
	.passthrough();

export type CustomerEvent = z.infer<typeof customerEventSchema>;
export type InvoiceEvent = z.infer<typeof invoiceEventSchema>;
export type DeliveryOrderEvent = z.infer<typeof deliveryOrderEventSchema>;
export type MenuEvent = z.infer<typeof menuEventSchema>;
