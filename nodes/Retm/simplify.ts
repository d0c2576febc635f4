import type { IDataObject } from 'n8n-workflow';

import { stringOrNull, type DeliveryFacts } from '../shared/eventCatalogue';
import { normalizedCustomerEvent, type CustomerEventName } from '../shared/normalizedCustomer';
import { toIsoTimestamp } from '../shared/timestamps';
import type { CustomerEvent, DeliveryOrderEvent, InvoiceEvent, MenuEvent } from './schemas';

const INVOICE_STATUS: Record<string, string> = {
	'1': 'closed',
	'2': 'pending',
	'3': 'active',
	'4': 'refunded',
	'5': 'void',
};

type Envelope = Pick<CustomerEvent, 'event' | 'timestamp' | 'business_refrence' | 'reference'>;

function envelope(body: Envelope, facts: DeliveryFacts): IDataObject {
	return {
		event: body.event,
		occurredAt: toIsoTimestamp(body.timestamp),
		businessReference: body.business_refrence,
		reference: body.reference ?? null,
		deliveryId: facts.deliveryId,
	};
}

/** RETM's customer events in the normalized shape every platform's customer events share. */
export function simplifyCustomerEvent(body: CustomerEvent, facts: DeliveryFacts): IDataObject {
	const { customer } = body;
	return normalizedCustomerEvent(
		{
			platform: 'retm',
			event: body.event as CustomerEventName,
			occurredAt: body.timestamp,
			id: customer.id,
			// a customer entered in Arabic only has an empty English name
			name: customer.name || customer.name_localized,
			// RETM sends local numbers without a country, so they are passed on as sent.
			phone: customer.phone,
			email: customer.email,
			raw: body as IDataObject,
		},
		facts,
	);
}

export function simplifyInvoiceEvent(body: InvoiceEvent, facts: DeliveryFacts): IDataObject {
	const status = body.status === undefined ? undefined : String(body.status);
	return {
		...envelope(body, facts),
		invoice: {
			id: String(body.invoice_id),
			orderReference: body.order_reference ?? body.order_refrence ?? null,
			saleId: stringOrNull(body.sale_id),
			branchId: stringOrNull(body.branch_id),
			deviceId: stringOrNull(body.device_id),
			createdAt: toIsoTimestamp(body.created_at),
			status: status === undefined ? null : (INVOICE_STATUS[status] ?? status),
			total: body.total_price,
			subtotal: body.subtotal_price ?? null,
			tax: body.tax ?? null,
			note: body.note ?? null,
			products: (body.products ?? []) as IDataObject[],
			payments: (body.payments ?? []) as IDataObject[],
			taxes: (body.taxes ?? []) as IDataObject[],
		},
	};
}

export function simplifyDeliveryOrderEvent(
	body: DeliveryOrderEvent,
	facts: DeliveryFacts,
): IDataObject {
	return { ...envelope(body, facts), order: body.order as IDataObject };
}

export function simplifyMenuEvent(body: MenuEvent, facts: DeliveryFacts): IDataObject {
	return {
		...envelope(body, facts),
		entity: { type: body.entity.type, id: String(body.entity.id) },
	};
}
