import type { IDataObject } from 'n8n-workflow';

import type { DeliveryFacts } from '../shared/triggers/eventCatalogue';
import {
	normalizedCustomerEvent,
	type CustomerEventName,
} from '../shared/payloads/normalizedCustomer';
import {
	readArray,
	readCode,
	readId,
	readMoney,
	readObject,
	readText,
} from '../shared/payloads/leafReaders';
import { toIsoTimestamp } from '../shared/payloads/timestamps';
import type { RecordSimplifier } from '../shared/actions/operations';
import type { CustomerEvent, DeliveryOrderEvent, InvoiceEvent, MenuEvent } from './schemas';

// Every leaf is read through the leaf readers: a body whose leaf failed its schema still gets here.

const INVOICE_STATUS: Record<string, string> = {
	'1': 'closed',
	'2': 'pending',
	'3': 'active',
	'4': 'refunded',
	'5': 'void',
};

type Envelope = Pick<CustomerEvent, 'timestamp' | 'business_refrence' | 'reference'>;

function envelope(body: Envelope, facts: DeliveryFacts): IDataObject {
	return {
		event: facts.event,
		occurredAt: toIsoTimestamp(body.timestamp),
		businessReference: readId(body.business_refrence),
		reference: readId(body.reference),
		deliveryId: facts.deliveryId,
	};
}

/** A RETM customer, as the webhook and the customer list both give it, in the shared terms. */
function customerFacts(sent: unknown) {
	const customer = readObject(sent);
	return {
		platform: 'retm' as const,
		id: readId(customer.id),
		// a customer entered in Arabic only has an empty English name
		name: readText(customer.name) || readText(customer.name_localized),
		// RETM sends local numbers without a country: the Default Country Code completes them.
		phone: readText(customer.phone),
		email: readText(customer.email),
	};
}

/** RETM's customer events in the normalized shape every platform's customer events share. */
export function simplifyCustomerEvent(body: CustomerEvent, facts: DeliveryFacts): IDataObject {
	return normalizedCustomerEvent(
		{
			...customerFacts(body.customer),
			event: facts.event as CustomerEventName,
			occurredAt: body.timestamp,
			raw: body as IDataObject,
		},
		facts,
	);
}

/** A record of RETM's customer list in the same shape, so a backfill matches the live sync. */
export const simplifyCustomerRecord: RecordSimplifier = (record, { defaultCountryCode }) =>
	normalizedCustomerEvent(
		{
			...customerFacts(record as CustomerEvent['customer']),
			event: 'customer.imported',
			occurredAt: record.updated_at ?? record.created_at,
			raw: record,
		},
		{ deliveryId: null, defaultCountryCode },
	);

export function simplifyInvoiceEvent(body: InvoiceEvent, facts: DeliveryFacts): IDataObject {
	const status = readCode(body.status);
	return {
		...envelope(body, facts),
		invoice: {
			id: readId(body.invoice_id),
			orderReference: readId(body.order_reference) ?? readId(body.order_refrence),
			saleId: readId(body.sale_id),
			branchId: readId(body.branch_id),
			deviceId: readId(body.device_id),
			createdAt: toIsoTimestamp(body.created_at),
			status: status === null ? null : (INVOICE_STATUS[String(status)] ?? status),
			total: readMoney(body.total_price),
			subtotal: readMoney(body.subtotal_price),
			tax: readMoney(body.tax),
			note: readText(body.note),
			products: readArray(body.products) as IDataObject[],
			payments: readArray(body.payments) as IDataObject[],
			taxes: readArray(body.taxes) as IDataObject[],
		},
	};
}

export function simplifyDeliveryOrderEvent(
	body: DeliveryOrderEvent,
	facts: DeliveryFacts,
): IDataObject {
	return { ...envelope(body, facts), order: readObject(body.order) as IDataObject };
}

export function simplifyMenuEvent(body: MenuEvent, facts: DeliveryFacts): IDataObject {
	const entity = readObject(body.entity);
	return {
		...envelope(body, facts),
		entity: { type: readText(entity.type), id: readId(entity.id) },
	};
}
