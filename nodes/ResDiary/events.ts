import type { IDataObject } from 'n8n-workflow';

import { defineEvent, eventsByName, type EventDefinition } from '../shared/triggers/eventCatalogue';
import type { IdentifiedEvent, WebhookPlatform } from '../shared/triggers/deliveryPipeline';
import { changeFamilies, type ChangeFamily } from './changeTypes';
import { customerNotificationSchema } from './schemas';
import { simplifyCustomerNotification } from './simplify';

/** The customer as ResDiary's "Customer Payload" page shows it. */
const customer: IDataObject = {
	Id: 862,
	Title: '',
	FirstName: 'Aardvark',
	Surname: 'Anderson',
	RelatedProviderId: 1044,
	MobileNumber: '3',
	Company: 'Animalania',
	Email: '[email protected]',
	ReceiveGroupEmailMarketing: false,
	GroupEmailMarketingOptInDateTime: null,
	GroupEmailMarketingOptInText: null,
	ReceiveGroupSmsMarketing: true,
	GroupSmsMarketingOptInDateTime: '2018-11-12T10:15:00',
	GroupSmsMarketingOptInText: 'Would you like to receive news and offers from Laharna by SMS',
	ReceiveRestaurantEmailMarketing: false,
	RestaurantEmailMarketingOptInDateTime: null,
	RestaurantEmailMarketingOptInText: null,
	ReceiveRestaurantSmsMarketing: true,
	RestaurantSmsMarketingOptInDateTime: '2018-11-16T10:46:20.7115562+00:00',
	RestaurantSmsMarketingOptInText:
		'Would you like to receive news and offers from Testaurant by SMS',
};

/** The notification exactly as ResDiary's documentation shows it. */
const documentedSample: IDataObject = {
	ChangeDateTime: '2018-11-16T10:46:20.7741026Z',
	Customer: customer,
	Changes: [
		{ ChangeType: 'CustomerSmsChanged', OldValue: '2', NewValue: '3' },
		{ ChangeType: 'CustomerGroupEmailMarketingOptinChanged', OldValue: true, NewValue: false },
		{
			ChangeType: 'CustomerGroupEmailMarketingTextChanged',
			OldValue: 'Would you like to receive news and offers from Laharna by Email',
			NewValue: null,
		},
		{
			ChangeType: 'CustomerGroupEmailMarketingDateChanged',
			OldValue: '2018-11-12T09:31:00.0000000',
			NewValue: null,
		},
	],
};

/** The documented customer with other changes; the change type names marked [guess] in changeTypes.ts. */
const sampleWith = (changeDateTime: string, changes: IDataObject[]): IDataObject => ({
	ChangeDateTime: changeDateTime,
	Customer: customer,
	Changes: changes,
});

/** The events a user can pick, and the family of change types each stands for. */
const FAMILY_EVENTS: Record<Exclude<ChangeFamily, 'other'>, string> = {
	created: 'customer.created',
	deleted: 'customer.deleted',
	contactDetails: 'customer.contactDetailsChanged',
	marketingOptIns: 'customer.marketingOptInsChanged',
};
const ANY_CHANGE = 'customer.updated';

/**
 * Every event the ResDiary Trigger offers, in the order the editor lists them (by label). All share
 * one body; the change types tell them apart.
 */
export const resDiaryEvents: EventDefinition[] = [
	defineEvent({
		name: FAMILY_EVENTS.contactDetails,
		label: 'Contact Details Changed',
		description: "A customer's email address or mobile number changed",
		schema: customerNotificationSchema,
		core: { Customer: 'object' },
		sample: documentedSample,
		simplify: simplifyCustomerNotification,
	}),
	defineEvent({
		name: FAMILY_EVENTS.created,
		label: 'Customer Created',
		description: 'A customer was added in ResDiary',
		schema: customerNotificationSchema,
		core: { Customer: 'object' },
		sample: sampleWith('2018-11-16T09:12:03.1200000Z', [
			{ ChangeType: 'CustomerCreated', OldValue: null, NewValue: null },
		]),
		simplify: simplifyCustomerNotification,
	}),
	defineEvent({
		name: FAMILY_EVENTS.deleted,
		label: 'Customer Deleted',
		description: 'A customer was deleted in ResDiary',
		schema: customerNotificationSchema,
		core: { Customer: 'object' },
		sample: sampleWith('2018-11-20T16:02:44.5000000Z', [
			{ ChangeType: 'CustomerDeleted', OldValue: null, NewValue: null },
		]),
		simplify: simplifyCustomerNotification,
	}),
	defineEvent({
		name: ANY_CHANGE,
		label: 'Customer Updated',
		description:
			'Any change to an existing customer: contact details, marketing opt-ins, or change types ResDiary may add later',
		schema: customerNotificationSchema,
		core: { Customer: 'object' },
		// A change type this node does not know: kept, and reported under its own name.
		sample: sampleWith('2018-11-18T12:00:00.0000000Z', [
			{ ChangeType: 'CustomerCompanyChanged', OldValue: 'Animalania', NewValue: 'Animalania Ltd' },
		]),
		simplify: simplifyCustomerNotification,
	}),
	defineEvent({
		name: FAMILY_EVENTS.marketingOptIns,
		label: 'Marketing Preferences Changed',
		description:
			'A customer agreed to or withdrew from email or SMS marketing; several opt-ins can change in one notification',
		schema: customerNotificationSchema,
		core: { Customer: 'object' },
		sample: sampleWith('2018-11-16T10:46:20.7741026Z', [
			{ ChangeType: 'CustomerRestaurantSmsMarketingOptinChanged', OldValue: false, NewValue: true },
			{
				ChangeType: 'CustomerRestaurantSmsMarketingTextChanged',
				OldValue: null,
				NewValue: 'Would you like to receive news and offers from Testaurant by SMS',
			},
			{
				ChangeType: 'CustomerRestaurantSmsMarketingDateChanged',
				OldValue: null,
				NewValue: '2018-11-16T10:46:20.7115562+00:00',
			},
			{ ChangeType: 'CustomerGroupEmailMarketingOptinChanged', OldValue: true, NewValue: false },
		]),
		simplify: simplifyCustomerNotification,
	}),
];

/**
 * The events one notification stands for. A deletion or creation is only that; any other
 * notification is an update, and also each family of change it reports, so a notification with
 * both a mobile number and an opt-in change runs for either event.
 */
function identifyEvent(body: IDataObject): IdentifiedEvent {
	const { Changes: changes } = body;
	if (!Array.isArray(changes)) {
		return { error: 'Changes: expected the list of changes ResDiary made to the customer' };
	}
	const changeTypes: string[] = [];
	for (const [index, change] of changes.entries()) {
		const changeType = (change as IDataObject | null)?.ChangeType;
		if (typeof changeType !== 'string' || changeType.trim() === '') {
			return { error: `Changes.${index}.ChangeType: expected the change type as a string` };
		}
		changeTypes.push(changeType);
	}
	const families = changeFamilies(changeTypes);
	if (families.includes('deleted')) return { event: FAMILY_EVENTS.deleted };
	if (families.includes('created')) return { event: FAMILY_EVENTS.created };
	const matches = families.flatMap((family) => (family === 'other' ? [] : [FAMILY_EVENTS[family]]));
	const [event = ANY_CHANGE, ...alsoMatches] = matches;
	return { event, alsoMatches: event === ANY_CHANGE ? [] : [...alsoMatches, ANY_CHANGE] };
}

export const resDiaryWebhooks: WebhookPlatform = {
	name: 'resdiary',
	events: eventsByName(resDiaryEvents),
	identifyEvent,
	// A notification carries no id of its own. Its time, customer and changes identify it; the customer
	// snapshot is left out because a resent notification may carry a newer version of the customer.
	deliveryKey: (body) => [
		body.ChangeDateTime ?? null,
		(body.Customer as IDataObject | undefined)?.Id ?? null,
		body.Changes ?? null,
	],
};
