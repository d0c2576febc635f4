import type { IDataObject } from 'n8n-workflow';

import type { DeliveryFacts } from '../shared/triggers/eventCatalogue';
import {
	normalizedCustomerEvent,
	type CustomerEventName,
} from '../shared/payloads/normalizedCustomer';
import {
	readArabicText,
	readArray,
	readCode,
	readId,
	readNumber,
	readObject,
	readText,
} from '../shared/payloads/leafReaders';
import { toIsoTimestamp } from '../shared/payloads/timestamps';
import type { RecordSimplifier } from '../shared/actions/operations';
import type { CustomerEvent, OrderEvent, ProductEvent } from './schemas';

// Every leaf is read through the leaf readers: a body whose leaf failed its schema still gets here.

const DELIVERY_STATUS: Record<string, string> = {
	'1': 'under review',
	'2': 'in process',
	'3': 'canceled',
	'4': 'pickup ready',
	'5': 'assigned',
	'6': 'out for delivery',
	'7': 'delivered',
};

const CUSTOMER_EVENT: Record<string, CustomerEventName> = {
	'customers.CREATE': 'customer.created',
	'customers.UPDATE': 'customer.updated',
	'customers.DELETE': 'customer.deleted',
};

type Envelope = Pick<OrderEvent, 'xid' | 'timestamp'>;

function envelope(body: Envelope, facts: DeliveryFacts): IDataObject {
	return {
		event: facts.event,
		occurredAt: toIsoTimestamp(body.timestamp),
		xid: readId(body.xid),
		deliveryId: facts.deliveryId,
	};
}

export function simplifyOrderEvent(body: OrderEvent, facts: DeliveryFacts): IDataObject {
	const order = readObject(body.data);
	const status = readCode(order.delivery_status);
	return {
		...envelope(body, facts),
		order: {
			...(order as IDataObject),
			id: readId(order.id),
			deliveryStatus: status === null ? null : (DELIVERY_STATUS[String(status)] ?? status),
		},
	};
}

export function simplifyProductEvent(body: ProductEvent, facts: DeliveryFacts): IDataObject {
	const product = readObject(body.data);
	return {
		...envelope(body, facts),
		product: {
			id: readId(product.id),
			marketId: readId(product.market_id),
			categoryId: readId(product.category_id) ?? readId(product.product_category_id),
			name: readText(product.name_en),
			nameAr: readText(product.name_ar) ?? readArabicText(product.name_en),
			stock: readNumber(product.stock),
			preparationTime: readNumber(product.duration) ?? readNumber(product.preparation_time),
			modifiers: readArray(product.modifiers) as IDataObject[],
		},
	};
}

/** A Flavours customer, as the webhook and the customer list both give it, in the shared terms. */
function customerFacts(sent: unknown) {
	const data = readObject(sent);
	const user = readObject(data.user);
	return {
		platform: 'flavours' as const,
		id: readId(data.id),
		name: readText(user.name),
		phone: readId(user.phone),
		phoneCountryCode: readId(user.phone_prefix),
		email: readText(user.email),
	};
}

/** Flavours' customer events in the normalized shape every platform's customer events share. */
export function simplifyCustomerEvent(body: CustomerEvent, facts: DeliveryFacts): IDataObject {
	return normalizedCustomerEvent(
		{
			...customerFacts(body.data),
			event: CUSTOMER_EVENT[facts.event],
			occurredAt: body.timestamp,
			raw: body as IDataObject,
		},
		facts,
	);
}

/** A record of Flavours' customer list in the same shape, so a backfill matches the live sync. */
export const simplifyCustomerRecord: RecordSimplifier = (record, { defaultCountryCode }) =>
	normalizedCustomerEvent(
		{
			...customerFacts(record as CustomerEvent['data']),
			event: 'customer.imported',
			occurredAt: record.updated_at ?? record.created_at,
			raw: record,
		},
		{ deliveryId: null, defaultCountryCode },
	);
