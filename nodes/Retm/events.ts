import type { IDataObject } from 'n8n-workflow';

import {
	defineEvent,
	defineEventFamily,
	eventsByName,
	type EventDefinition,
} from '../shared/eventCatalogue';
import type { WebhookPlatform } from '../shared/deliveryPipeline';
import { identifyNamedEvent, rewardAndErrorEvents } from '../shared/rewardAndErrorEvents';
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

/** The invoice fields RETM documents, filled in the way its other samples are. */
const invoiceSample = (event: string, status: number): IDataObject => ({
	business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
	timestamp: '2025-12-17 19:26:35',
	event,
	reference: '3f1e4c52-8d1b-4a8e-9e1a-6c7d2b9f0a11',
	event_type: event,
	invoice_id: '9f8e7d6c-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
	order_reference: 'A-1042',
	sale_id: '5512',
	branch_id: 'br-riyadh-olaya',
	device_id: 'pos-02',
	created_at: '2025-12-17 19:26:35',
	total_price: '86.250',
	subtotal_price: '75.000',
	tax: '11.250',
	status,
	note: '',
	taxes: [{ id: 'tax-vat', name: 'VAT 15%', amount: '11.250' }],
	payments: [{ id: 'pay-card', name: 'Card', amount: '86.250' }],
	products: [
		{
			id: 'prd-kabsa',
			sku: 'KAB-01',
			name: 'Chicken Kabsa',
			quantity: 1,
			total: '75.000',
			unit_price: '75.000',
			discount_amount: '0.000',
			tax: '11.250',
			note: '',
			category: { id: 'cat-mains', name: 'Main dishes' },
			variation: { id: 'var-regular', name: 'Regular' },
			modifiers: [],
		},
	],
});

const deliveryOrderSample = (event: string, status: number): IDataObject => ({
	business_refrence: 'b7a1c0de-5a1e-4e57-9c0f-2f0b6a3c1d22',
	timestamp: '2025-12-17 19:40:02',
	event,
	reference: '7c2d0e4a-1f3b-4c5d-9e6f-8a7b6c5d4e3f',
	order: {
		id: 'ord-20451',
		partner_reference: 'APP-88231',
		branch_id: 'br-riyadh-olaya',
		status,
		total: '86.250',
		customer: { phone: '0551234567', name: { en: 'Sara Alqahtani', ar: 'سارة القحطاني' } },
	},
});

const CUSTOMER_EVENTS: Array<[string, string, string]> = [
	['customer.created', 'Customer Created', 'A customer was added in RETM'],
	['customer.updated', 'Customer Updated', "A customer's name, phone or email changed"],
	['customer.deleted', 'Customer Deleted', 'A customer was deleted in RETM'],
];

/** Every RETM webhook event. Adding an event is one entry here. */
export const retmEvents: EventDefinition[] = [
	...defineEventFamily(CUSTOMER_EVENTS, {
		schema: customerEventSchema,
		sample: customerSample,
		simplify: simplifyCustomerEvent,
	}),
	defineEvent({
		name: 'order.created',
		label: 'Invoice Created',
		description: 'An order was sold at the POS',
		schema: invoiceEventSchema,
		sample: invoiceSample('order.created', 1),
		simplify: simplifyInvoiceEvent,
	}),
	defineEvent({
		name: 'order.refunded',
		label: 'Invoice Refunded',
		description: 'An invoiced order was refunded',
		schema: invoiceEventSchema,
		sample: invoiceSample('order.refunded', 4),
		simplify: simplifyInvoiceEvent,
	}),
	defineEvent({
		name: 'order.delivery.created',
		label: 'Delivery Order Created',
		description: 'A delivery order was placed',
		schema: deliveryOrderEventSchema,
		sample: deliveryOrderSample('order.delivery.created', 1),
		simplify: simplifyDeliveryOrderEvent,
	}),
	defineEvent({
		name: 'order.delivery.updated',
		label: 'Delivery Order Updated',
		description: "A delivery order's status changed",
		schema: deliveryOrderEventSchema,
		sample: deliveryOrderSample('order.delivery.updated', 6),
		simplify: simplifyDeliveryOrderEvent,
	}),
	defineEvent({
		name: 'menu.updated',
		label: 'Menu Updated',
		description: 'A product, category or modifier of the menu changed',
		schema: menuEventSchema,
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
