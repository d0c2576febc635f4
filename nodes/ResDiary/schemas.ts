import { z } from 'zod';

import { stringOrNumber } from '../shared/payloads/scalarSchemas';
import { toIsoTimestamp } from '../shared/payloads/timestamps';

const text = z.string().nullable().optional();
const flag = z.boolean().nullable().optional();

/**
 * The customer as ResDiary sends it: its latest version. Only the id is required, because a deleted
 * customer may come with little else; every documented field is checked when present.
 */
const customerSchema = z
	.object({
		Id: stringOrNumber({
			nonEmpty: true,
			integer: true,
			digitsOnly: true,
			message: "expected the customer's ResDiary id",
		}),
		Title: text,
		FirstName: text,
		Surname: text,
		RelatedProviderId: stringOrNumber().nullable().optional(),
		MobileNumber: text,
		Company: text,
		Email: text,
		ReceiveGroupEmailMarketing: flag,
		GroupEmailMarketingOptInDateTime: text,
		GroupEmailMarketingOptInText: text,
		ReceiveGroupSmsMarketing: flag,
		GroupSmsMarketingOptInDateTime: text,
		GroupSmsMarketingOptInText: text,
		ReceiveRestaurantEmailMarketing: flag,
		RestaurantEmailMarketingOptInDateTime: text,
		RestaurantEmailMarketingOptInText: text,
		ReceiveRestaurantSmsMarketing: flag,
		RestaurantSmsMarketingOptInDateTime: text,
		RestaurantSmsMarketingOptInText: text,
	})
	.passthrough();

/** One change: old and new values are strings, booleans, dates or null depending on the change type. */
const changeSchema = z
	.object({
		ChangeType: z.string().min(1),
		OldValue: z.unknown().optional(),
		NewValue: z.unknown().optional(),
	})
	.passthrough();

/** Every ResDiary customer webhook notification: `{ChangeDateTime, Customer, Changes[]}`. */
export const customerNotificationSchema = z
	.object({
		ChangeDateTime: z
			.string()
			.min(1)
			.refine((value) => toIsoTimestamp(value) !== null, {
				message: 'expected a UTC date and time such as 2018-11-16T10:46:20Z',
			}),
		Customer: customerSchema,
		Changes: z.array(changeSchema),
	})
	.passthrough();

export type CustomerNotification = z.infer<typeof customerNotificationSchema>;
export type CustomerChange = z.infer<typeof changeSchema>;
