import type { IDataObject } from 'n8n-workflow';

import { defineEventFamily, eventsByName, type EventDefinition } from '../shared/eventCatalogue';
import type { WebhookPlatform } from '../shared/deliveryPipeline';
import { identifyNamedEvent, rewardAndErrorEvents } from '../shared/rewardAndErrorEvents';
import {
	customerDeletedEventSchema,
	customerEventSchema,
	orderEventSchema,
	productEventSchema,
} from './schemas';
import { simplifyCustomerEvent, simplifyOrderEvent, simplifyProductEvent } from './simplify';

const SENT_AT = 1734463595000;

const orderSample = (action: string, deliveryStatus: number): IDataObject => ({
	xid: `9b2f6c1e-4d3a-4f5b-8c7d-${action === 'order.delivery.created' ? '1' : '2'}e0f1a2b3c4d`,
	action,
	timestamp: SENT_AT,
	data: {
		id: 88123,
		market_id: 12,
		branch_id: 31,
		number: 'F-1042',
		source: 'APP',
		type: 'DELIVERY',
		status: 'PROCESS',
		delivery_status: deliveryStatus,
		products: [
			{
				id: 1,
				product_id: 501,
				qty: 2,
				price: 25,
				discount: 0,
				tax: 7.5,
				subtotal: 50,
				total: 57.5,
			},
		],
	},
});

/** The product fields Flavours documents for its product webhooks. */
const productSample = (action: string): IDataObject => ({
	xid: `5c4b3a29-1807-4f6e-9d5c-${action === 'products.CREATED' ? '1' : '2'}b2a1908f7e6`,
	action,
	timestamp: SENT_AT,
	data: {
		market_id: 12,
		product_category_id: 7,
		name_en: 'Chicken Kabsa',
		stock: null,
		preparation_time: 15,
		modifiers: [
			{
				type: 'OPTION',
				name_en: 'Regular',
				name_ar: 'عادي',
				price: 25,
				cost: 10,
				is_tax_included: true,
			},
		],
	},
});

/** The customer webhook as Flavours documents it (CREATE; UPDATE and DELETE follow its pattern). */
const customerSample = (action: string): IDataObject => ({
	xid: `0f9e8d7c-6b5a-4493-8271-${action.slice(-6).toLowerCase()}0a1b2c`,
	action,
	timestamp: SENT_AT,
	data: {
		id: 4521,
		type: 'INDIVIDUAL',
		gender: 'MALE',
		tax_number: null,
		city: 'Riyadh',
		district: 'Olaya',
		street: 'King Fahd Road',
		user: {
			id: 9931,
			role: 'CUSTOMER',
			name: 'Ahmad Abdullah',
			email: 'ahmed@abdullah.com',
			phone_prefix: '966',
			phone: '551234567',
			lang: 'ar',
			is_active: true,
			created_at: '2024-12-17 19:26:35',
			updated_at: '2024-12-17 19:26:35',
		},
	},
});

const ORDER_EVENTS: Array<[string, string, string]> = [
	['order.delivery.created', 'Delivery Order Created', 'A delivery order was placed'],
	['order.delivery.updated', 'Delivery Order Updated', "A delivery order's status changed"],
];

const PRODUCT_EVENTS: Array<[string, string, string]> = [
	['products.CREATED', 'Product Created', 'A product was added to the menu'],
	['products.UPDATED', 'Product Updated', 'A product, its stock or its modifiers changed'],
];

// [guess] Flavours documents customers.CREATE; UPDATE and DELETE follow its naming.
const CUSTOMER_EVENTS: Array<[string, string, string]> = [
	['customers.CREATE', 'Customer Created', 'A customer was added in Flavours'],
	['customers.UPDATE', 'Customer Updated', "A customer's details changed"],
];
const CUSTOMER_DELETED_EVENTS: Array<[string, string, string]> = [
	['customers.DELETE', 'Customer Deleted', 'A customer was deleted in Flavours'],
];

/** Every Flavours webhook event. Adding an event is one entry here. */
export const flavoursEvents: EventDefinition[] = [
	...defineEventFamily(ORDER_EVENTS, {
		schema: orderEventSchema,
		sample: (name) => orderSample(name, name === 'order.delivery.created' ? 1 : 6),
		simplify: simplifyOrderEvent,
	}),
	...defineEventFamily(PRODUCT_EVENTS, {
		schema: productEventSchema,
		sample: productSample,
		simplify: simplifyProductEvent,
	}),
	...defineEventFamily(CUSTOMER_EVENTS, {
		schema: customerEventSchema,
		sample: customerSample,
		simplify: simplifyCustomerEvent,
	}),
	...defineEventFamily(CUSTOMER_DELETED_EVENTS, {
		schema: customerDeletedEventSchema,
		sample: customerSample,
		simplify: simplifyCustomerEvent,
	}),
	// Promotional coupons and third-party loyalty (Loyapro, Bonat) use RETM's check/redeem contract.
	...rewardAndErrorEvents('Flavours', SENT_AT),
];

export const flavoursWebhooks: WebhookPlatform = {
	name: 'flavours',
	events: eventsByName(flavoursEvents),
	identifyEvent: identifyNamedEvent('Flavours', 'action', 'customers.CREATE'),
	// Flavours gives every delivery an xid and repeats it on retries; loyalty and error webhooks
	// have none, so their whole body is the key.
	deliveryKey: (body) => ('xid' in body ? [body.xid] : [body]),
};
