import type { IDataObject } from 'n8n-workflow';

import type { DeliveryFacts } from '../shared/triggers/eventCatalogue';
import {
	normalizedCustomerEvent,
	type CustomerEventName,
} from '../shared/payloads/normalizedCustomer';
import { changeFamilies, readChangeType } from './changeTypes';
import type { CustomerNotification } from './schemas';
import { readArray, readFlag, readId, readObject, readText } from '../shared/payloads/leafReaders';

/** The normalized event name: a deletion wins over everything else in the same notification. */
export function customerEventName(changeTypes: string[]): CustomerEventName {
	const families = changeFamilies(changeTypes);
	if (families.includes('deleted')) return 'customer.deleted';
	if (families.includes('created')) return 'customer.created';
	return 'customer.updated';
}

/**
 * Whether the customer agreed to marketing by one channel. ResDiary asks twice, for the restaurant
 * group and for the restaurant; agreeing to either counts, because both are the business this
 * workflow belongs to. Null when ResDiary sent neither flag.
 */
function consent(group: boolean | null | undefined, restaurant: boolean | null | undefined) {
	const known = [group, restaurant].filter((flag): flag is boolean => typeof flag === 'boolean');
	return known.length ? known.includes(true) : null;
}

/** A ResDiary customer notification in the normalized shape every platform's customer events share. */
export function simplifyCustomerNotification(
	body: CustomerNotification,
	facts: DeliveryFacts,
): IDataObject {
	// Every leaf is read through the leaf readers: a body whose leaf failed its schema still gets here.
	const customer = readObject(body.Customer);
	const changes = readArray(body.Changes).map((change) => readObject(change));
	return normalizedCustomerEvent(
		{
			platform: 'resdiary',
			event: customerEventName(changes.map((change) => readText(change.ChangeType) ?? '')),
			occurredAt: body.ChangeDateTime,
			id: readId(customer.Id),
			firstName: readText(customer.FirstName),
			lastName: readText(customer.Surname),
			// ResDiary's mobile numbers carry no country code: the trigger's Default Country Code completes them.
			phone: readText(customer.MobileNumber),
			email: readText(customer.Email),
			marketing: {
				email: consent(
					readFlag(customer.ReceiveGroupEmailMarketing),
					readFlag(customer.ReceiveRestaurantEmailMarketing),
				),
				sms: consent(
					readFlag(customer.ReceiveGroupSmsMarketing),
					readFlag(customer.ReceiveRestaurantSmsMarketing),
				),
			},
			// "Created" and "deleted" are the event itself, not a field that changed.
			changes: changes.flatMap((change) => {
				const { family, field } = readChangeType(readText(change.ChangeType) ?? '');
				if (family === 'created' || family === 'deleted') return [];
				return [{ field, from: change.OldValue ?? null, to: change.NewValue ?? null }];
			}),
			raw: body as IDataObject,
		},
		facts,
	);
}
