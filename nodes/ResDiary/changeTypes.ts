/**
 * ResDiary names no event: a notification lists the changes made to one customer, each with a
 * `ChangeType`. This file reads those change types; it is the one place to teach the trigger a new one.
 */

/** The kinds of notification ResDiary documents, plus `other` for change types not known here. */
export type ChangeFamily = 'created' | 'deleted' | 'contactDetails' | 'marketingOptIns' | 'other';

export interface ReadChangeType {
	family: ChangeFamily;
	/** The field the change is reported under in the simplified event's `changes`. */
	field: string;
}

const CONTACT_FIELDS: Record<string, string> = {
	sms: 'phone', // [doc] CustomerSmsChanged: the mobile number
	mobile: 'phone', // [guess]
	mobilenumber: 'phone', // [guess]
	email: 'email', // [guess] ResDiary documents email changes but shows no change type for them
};

const MARKETING_SUFFIXES: Record<string, string> = {
	optin: '', // whether the customer receives this marketing (Receive...Marketing)
	text: 'OptInText', // the question the customer answered (...MarketingOptInText)
	date: 'OptInDateTime', // when they answered it (...MarketingOptInDateTime)
};

// [doc] CustomerGroupEmailMarketing{Optin,Text,Date}Changed; [guess] the same for Sms and for the
// Restaurant level, which the Customer object reports the same way.
const MARKETING = /^Customer(Group|Restaurant)(Email|Sms)Marketing(Optin|Text|Date)Changed$/i;
const CONTACT = /^Customer(Sms|Mobile|MobileNumber|Email)Changed$/i;
// [guess] ResDiary documents created and deleted notifications without showing their change types;
// a deletion may also be reported as the customer's anonymisation (GDPR erasure).
const CREATED = /^Customer(Record|Profile|Account)?(Created|Added)$/i;
const DELETED = /^Customer(Record|Profile|Account)?(Deleted|Removed|Anonymi[sz]ed)$/i;

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** What one change type means; unknown ones are `other`, reported under their own name. */
export function readChangeType(changeType: string): ReadChangeType {
	const name = changeType.trim();
	if (CREATED.test(name)) return { family: 'created', field: name };
	if (DELETED.test(name)) return { family: 'deleted', field: name };
	const contact = CONTACT.exec(name);
	if (contact) return { family: 'contactDetails', field: CONTACT_FIELDS[contact[1].toLowerCase()] };
	const marketing = MARKETING.exec(name);
	if (marketing) {
		const [, level, channel, part] = marketing;
		return {
			family: 'marketingOptIns',
			field: `${level.toLowerCase()}${capitalized(channel)}Marketing${MARKETING_SUFFIXES[part.toLowerCase()]}`,
		};
	}
	return { family: 'other', field: name };
}

/** The families a notification's change types belong to, each once, in the order first seen. */
export function changeFamilies(changeTypes: string[]): ChangeFamily[] {
	return [...new Set(changeTypes.map((changeType) => readChangeType(changeType).family))];
}
