import type { IDataObject } from 'n8n-workflow';

import { stringOrNull, type DeliveryFacts } from '../shared/eventCatalogue';
import { normalizedCustomerEvent, type CustomerEventName } from '../shared/normalizedCustomer';
import { toIsoTimestamp } from '../shared/timestamps';
import type { CustomerEvent, OrderEvent, ProductEvent } from './schemas';

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

type Envelope = Pick<OrderEvent, 'xid' | 'action' | 'timestamp'>;

function envelope(body: Envelope, facts: DeliveryFacts): IDataObject {
	return {
		event: body.action,
		occurredAt: toIsoTimestamp(body.timestamp),
		xid: String(body.xid),
		deliveryId: facts.deliveryId,
	};
}

export function simplifyOrderEvent(body: OrderEvent, facts: DeliveryFacts): IDataObject {
	const status = stringOrNull(body.data.delivery_status);
	return {
		...envelope(body, facts),
		order: {
			...(body.data as IDataObject),
			id: String(body.data.id),
			deliveryStatus: status === null ? null : (DELIVERY_STATUS[status] ?? status),
		},
	};
}

export function simplifyProductEvent(body: ProductEvent, facts: DeliveryFacts): IDataObject {
	const product = body.data;
	return {
		...envelope(body, facts),
		product: {
			id: stringOrNull(product.id),
			marketId: stringOrNull(product.market_id),
			categoryId: stringOrNull(product.category_id ?? product.product_category_id),
			name: product.name_en,
			nameAr: product.name_ar ?? null,
			stock: product.stock ?? null,
			preparationTime: product.duration ?? product.preparation_time ?? null,
			modifiers: (product.modifiers ?? []) as IDataObject[],
		},
	};
}

/** Flavours' customer events in the normalized shape every platform's customer events share. */
export function simplifyCustomerEvent(body: CustomerEvent, facts: DeliveryFacts): IDataObject {
	const { user } = body.data;
	return normalizedCustomerEvent(
		{
			platform: 'flavours',
			event: CUSTOMER_EVENT[body.action],
			occurredAt: body.timestamp,
			id: body.data.id,
			name: user?.name,
			phone: stringOrNull(user?.phone),
			phoneCountryCode: stringOrNull(user?.phone_prefix),
			email: user?.email,
			raw: body as IDataObject,
		},
		facts,
	);
}
