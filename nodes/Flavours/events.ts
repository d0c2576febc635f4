import type { IDataObject } from 'n8n-workflow';

import {
	defineEventFamily,
	eventsByName,
	type EventDefinition,
} from '../shared/triggers/eventCatalogue';
import type { IdentifiedEvent, WebhookPlatform } from '../shared/triggers/deliveryPipeline';
import { identifyNamedEvent, rewardAndErrorEvents } from '../shared/triggers/rewardAndErrorEvents';
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
const customerEvents = {
	schema: customerEventSchema,
	core: { data: 'object' },
	sample: customerSample,
	simplify: simplifyCustomerEvent,
} as const;

/**
 * Every Flavours webhook event, in the order the editor lists them: by label (n8n's lint checks
 * option order, so the list is written sorted rather than sorted when the node loads). Adding an
 * event is one entry here, in its place.
 */
export const flavoursEvents: EventDefinition[] = [
	...defineEventFamily(
		[['customers.CREATE', 'Customer Created', 'A customer was added in Flavours']],
		customerEvents,
	),
	...defineEventFamily(
		[['customers.DELETE', 'Customer Deleted', 'A customer was deleted in Flavours']],
		{
			...customerEvents,
			schema: customerDeletedEventSchema,
		},
	),
	...defineEventFamily(
		[['customers.UPDATE', 'Customer Updated', "A customer's details changed"]],
		customerEvents,
	),
	...defineEventFamily(ORDER_EVENTS, {
		schema: orderEventSchema,
		core: { data: 'object' },
		sample: (name) => orderSample(name, name === 'order.delivery.created' ? 1 : 6),
		simplify: simplifyOrderEvent,
	}),
	...defineEventFamily(PRODUCT_EVENTS, {
		schema: productEventSchema,
		core: { data: 'object' },
		sample: productSample,
		simplify: simplifyProductEvent,
	}),
	// Promotional coupons use RETM's check/redeem contract. (Loyapro and Bonat are Flavours API
	// endpoints, not webhooks.)
	...rewardAndErrorEvents('Flavours', SENT_AT),
];

const byAction = identifyNamedEvent('Flavours', 'action', 'customers.CREATE');

/** Fields only a product has (F19): a customer's data has a `user` and none of these. */
const PRODUCT_FIELDS = [
	'product_category_id',
	'category_id',
	'modifiers',
	'preparation_time',
	'duration',
	'stock',
];

function isProductData(data: unknown): boolean {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const fields = data as IDataObject;
	return (
		!('user' in fields) && 'name_en' in fields && PRODUCT_FIELDS.some((field) => field in fields)
	);
}

/**
 * The event a Flavours body names in `action`, except where action and data disagree. [guess]
 * Flavours' own product-webhook sample says `"action": "customers.CREATE"` over product data (a doc
 * bug, fixed in a newer copy of the page): if Flavours really sends that, it is a product, told by
 * its data's shape (CREATE as created, anything else as updated), with a warning naming the action.
 */
export function identifyFlavoursEvent(body: IDataObject): IdentifiedEvent {
	const identified = byAction(body);
	const { event } = identified;
	if (!event?.startsWith('customers.') || !isProductData(body.data)) return identified;
	const product = event === 'customers.CREATE' ? 'products.CREATED' : 'products.UPDATED';
	return {
		event: product,
		warnings: [
			{
				path: 'action',
				expected: `a products action for product data (read as ${product})`,
				received: event,
			},
		],
	};
}

export const flavoursWebhooks: WebhookPlatform = {
	name: 'flavours',
	events: eventsByName(flavoursEvents),
	identifyEvent: identifyFlavoursEvent,
	// Flavours gives every delivery an xid and repeats it on retries; loyalty and error webhooks
	// have none, so their whole body is the key.
	deliveryKey: (body) => ('xid' in body ? [body.xid] : [body]),
};
