import type { IDataObject } from 'n8n-workflow';

import {
	defineEvent,
	defineEventFamily,
	eventsByName,
	type EventDefinition,
} from '../shared/triggers/eventCatalogue';
import type { WebhookPlatform } from '../shared/triggers/deliveryPipeline';
import { identifyNamedEvent, rewardAndErrorEvents } from '../shared/triggers/rewardAndErrorEvents';
import {
	customerEventSchema,
	deliveryOrderEventSchema,
	invoiceEventSchema,
	menuEventSchema,
} from './schemas';
import {
	simplifyCustomerEvent,
	simplifyDeliveryOrderEvent,
	simplifyInvoiceEvent,
	simplifyMenuEvent,
} from './simplify';

/** The customer webhook exactly as RETM's documentation shows it. */
const customerSample = (event: string): IDataObject => ({
	business_refrence: '',
	timestamp: '0001-01-01T00:00:00',
	event,
	reference: 'f70a1df4-3161-4d91-92ca-dbd4a079ac80',
	customer: {
		id: 1234,
		name: 'Ahmad Abdullah',
		name_localized: 'احمد عبدالله',
		phone: '055123456',
		email: 'ahmed@abdullah.com',
	},
});

/**
 * The invoice object as RETM documents it (GET /api/v2/invoices/list, whose records carry the
 * webhook's `event` and `event_type`), in the envelope of its Invoice Created webhook: numbers and
 * `{en, ar}` names as RETM shows them. Trimmed to one product.
 */
const invoiceSample = (event: string): IDataObject => ({
	business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
	timestamp: '2025-12-17 19:26:35',
	reference: '3f1e4c52-8d1b-4a8e-9e1a-6c7d2b9f0a11',
	event,
	// [guess] only create.order is documented; a refund's event_type follows its pattern.
	event_type: event === 'order.refunded' ? 'refund.order' : 'create.order',
	invoice_id: 153,
	order_refrence: 177,
	sale_id: null,
	order_reference: '177',
	branch_id: '01h1he9gv7jck3xrhg7dz9hzh5',
	device_id: '01hha45mjava3dc78h84qdp866',
	created_at: '2025-12-17 19:26:35',
	total_price: '19.000',
	subtotal_price: '16.522',
	tax: '2.478',
	status: event === 'order.refunded' ? 4 : 1,
	note: null,
	taxes: [
		{
			id: '01kbz47zwg3ncfskaqt8bqfdrd',
			name: { en: 'VAT', ar: 'ضريبة القيمة المضافة' },
			amount: '2.478',
		},
	],
	payments: [
		{ id: '01GZERV8JPY7PNWM2HJ5RXYG2K', name: { en: 'Cash', ar: 'نقدي' }, amount: '19.000' },
	],
	products: [
		{
			id: '01kbz4n0degemn5xzcby9eda49',
			sku: '10101168',
			name: { ar: 'بيكان تشيزكيك', en: 'Pican Cheesecake' },
			quantity: '1.000',
			total: '19.000',
			unit_price: '16.522',
			discount_amount: '0.000',
			tax: '2.478',
			note: null,
			category: {
				id: '01kbz3jp3tt0ashmtdmmjw4tye',
				name: { ar: 'حلويات & كيك', en: 'Sweets & Cakes' },
			},
			variation: { id: null, name: null },
			modifiers: [],
		},
	],
});

const deliveryOrderSample = (event: string): IDataObject => ({
	business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
	timestamp: '2025-12-17 19:40:02',
	event,
	reference: '7c2d0e4a-1f3b-4c5d-9e6f-8a7b6c5d4e3f',
	order: {
		id: 'ord-20451',
		partner_reference: 'APP-88231',
		branch_id: 'br-riyadh-olaya',
		// Under review (1) when placed; out for delivery (6) in the update.
		status: event === 'order.delivery.updated' ? 6 : 1,
		total: '86.250',
		customer: { phone: '0551234567', name: { en: 'Sara Alqahtani', ar: 'سارة القحطاني' } },
	},
});

const CUSTOMER_EVENTS: Array<[string, string, string]> = [
	['customer.created', 'Customer Created', 'A customer was added in RETM'],
	['customer.deleted', 'Customer Deleted', 'A customer was deleted in RETM'],
	['customer.updated', 'Customer Updated', "A customer's name, phone or email changed"],
];

const DELIVERY_ORDER_EVENTS: Array<[string, string, string]> = [
	['order.delivery.created', 'Delivery Order Created', 'A delivery order was placed'],
	['order.delivery.updated', 'Delivery Order Updated', "A delivery order's status changed"],
];

const INVOICE_EVENTS: Array<[string, string, string]> = [
	['order.created', 'Invoice Created', 'An order was sold at the POS'],
	['order.refunded', 'Invoice Refunded', 'An invoiced order was refunded'],
];

/**
 * Every RETM webhook event, in the order the editor lists them: by label (n8n's lint checks option
 * order, so the list is written sorted rather than sorted when the node loads). Adding an event is
 * one entry here, in its place.
 */
export const retmEvents: EventDefinition[] = [
	...defineEventFamily(CUSTOMER_EVENTS, {
		schema: customerEventSchema,
		core: { customer: 'object' },
		sample: customerSample,
		simplify: simplifyCustomerEvent,
	}),
	...defineEventFamily(DELIVERY_ORDER_EVENTS, {
		schema: deliveryOrderEventSchema,
		core: { order: 'object' },
		sample: deliveryOrderSample,
		simplify: simplifyDeliveryOrderEvent,
	}),
	...defineEventFamily(INVOICE_EVENTS, {
		schema: invoiceEventSchema,
		// The invoice is the body itself: without its id it is no invoice.
		core: { invoice_id: 'present' },
		sample: invoiceSample,
		simplify: simplifyInvoiceEvent,
	}),
	defineEvent({
		name: 'menu.updated',
		label: 'Menu Updated',
		description: 'A product, category or modifier of the menu changed',
		schema: menuEventSchema,
		core: { entity: 'object' },
		sample: {
			business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
			timestamp: '2025-12-18 08:15:00',
			event: 'menu.updated',
			reference: '0b9a8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d',
			entity: { type: 'product', id: 'prd-kabsa' },
		},
		simplify: simplifyMenuEvent,
	}),
	...rewardAndErrorEvents('RETM', '2025-12-17 19:26:35'),
];

export const retmWebhooks: WebhookPlatform = {
	name: 'retm',
	events: eventsByName(retmEvents),
	identifyEvent: identifyNamedEvent('RETM', 'event', 'customer.created'),
	// RETM retries with the same body; the whole body is part of the key so distinct events sharing a
	// reference are never merged.
	deliveryKey: (body) => [body.reference ?? null, body.timestamp ?? null, body],
};
