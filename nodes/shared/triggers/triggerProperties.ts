import type { INodeProperties } from 'n8n-workflow';

import { ANY_EVENT, eventOptions, type EventDefinition } from './eventCatalogue';
import { SECRET_QUERY_PARAMETER, type SharedSecretMethod } from './deliveryAuth';

/** How to connect the platform to this trigger, shown first. */
export function setupNotice(text: string): INodeProperties {
	return { displayName: text, name: 'setupNotice', type: 'notice', default: '' };
}

/** The Events multi-select of a platform's trigger. */
export function eventsProperty(
	platform: string,
	events: EventDefinition[],
	defaultEvents: string[],
): INodeProperties {
	return {
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: eventOptions(events),
		default: [...defaultEvents],
		required: true,
		description: `The ${platform} events that start this workflow. Other events are received and ignored.`,
	};
}

export function simplifyProperty(shape: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return ${shape} instead of the body exactly as it was sent`,
	};
}

/**
 * Default Country Code, shown with Simplify on. Version 3 of the triggers starts at 966 (Saudi
 * Arabia, where RETM and Flavours work); earlier versions start empty, so workflows saved with them
 * keep putting out local numbers as they did until the user fills it in.
 */
export const defaultCountryCodeProperties: INodeProperties[] = [
	{
		displayName: 'Default Country Code',
		name: 'defaultCountryCode',
		type: 'string',
		default: '966',
		placeholder: 'e.g. 966',
		description:
			'The country calling code, without +, for phone numbers sent without one (0551234567 becomes +966551234567). Numbers that already have a country code are kept as they are; the number exactly as sent stays in raw.',
		displayOptions: { show: { simplify: [true], '@version': [{ _cnd: { gte: 3 } }] } },
	},
	{
		displayName: 'Default Country Code',
		name: 'defaultCountryCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. 966',
		description:
			'The country calling code, without +, for phone numbers sent without one (0551234567 becomes +966551234567). Empty: such numbers are passed on as sent; the number exactly as sent stays in raw.',
		displayOptions: { show: { simplify: [true], '@version': [{ _cnd: { lt: 3 } }] } },
	},
];

const REWARD_CHECK_EXAMPLE =
	'https://github.com/restaurant-pos/n8n-nodes-restaurant-pos/blob/main/examples/retm-reward-check.json';

/**
 * A reward check is a question the platform waits on: answered Immediately, it gets only the
 * acknowledgement. Shown while Respond is Immediately and a reward check (or Any Event) is picked.
 */
const rewardCheckNotice: INodeProperties = {
	displayName: `The POS waits for this workflow to accept or refuse a reward code, but with Respond set to Immediately it is answered before the workflow runs. Choose "When the Workflow Answers" and add the RETM or Flavours node's Reward Check > Answer after this trigger, as the <a href="${REWARD_CHECK_EXAMPLE}" target="_blank">reward check template</a> does.`,
	name: 'rewardCheckNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { respond: ['onReceived'], events: ['reward.check', ANY_EVENT] } },
};

/** When the trigger answers the POS: only reward checks wait for the workflow. */
const respondProperty: INodeProperties = {
	displayName: 'Respond',
	name: 'respond',
	type: 'options',
	options: [
		{
			name: 'Immediately',
			value: 'onReceived',
			description: 'Tell the POS at once that the event arrived',
		},
		{
			name: 'When Last Node Finishes',
			value: 'lastNode',
			description: 'A reward check is answered with the output of the last node that runs',
		},
		{
			name: 'When the Workflow Answers',
			value: 'responseNode',
			description:
				"A reward check is answered by the RETM or Flavours node's Reward Check > Answer, or by a Respond to Webhook node, in this workflow",
		},
	],
	default: 'onReceived',
	hint: 'Only reward checks wait for the workflow; the POS hears at once that any other event arrived',
};

/**
 * What the trigger sends back (Respond, with the reward check notice) and what its items look like
 * (Simplify; `shape` says what it gives).
 */
export function outputProperties(shape: string): INodeProperties[] {
	return [
		respondProperty,
		rewardCheckNotice,
		simplifyProperty(shape),
		...defaultCountryCodeProperties,
	];
}

/**
 * Which authentication a new node starts with, by node version. n8n saves only the parameters that
 * differ from their default, so a default is never changed in place: a saved node of an older
 * version would silently switch method. A new default comes with a new version instead.
 */
export type AuthenticationDefaults = Array<{ versions: number[]; method: SharedSecretMethod }>;

function authenticationProperty(platform: string): INodeProperties {
	return {
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'Basic Auth',
				value: 'basicAuth',
				description: `${platform} sends the user name below and the credential's Webhook Secret as the password`,
			},
			{
				name: 'Header Token',
				value: 'headerToken',
				description: `${platform} sends the credential's Webhook Secret in the header named below`,
			},
			{
				name: 'None',
				value: 'none',
				description: 'Accept every delivery to this URL, from anyone',
			},
			{
				name: 'Secret in URL',
				value: 'queryParameter',
				description: `The URL you give ${platform} ends in ?${SECRET_QUERY_PARAMETER}= and the credential's Webhook Secret: works with any sender, since it needs no header`,
			},
		],
		default: 'headerToken',
		description: `How ${platform} shows an event comes from it. Events without the secret are refused and start nothing.`,
	};
}

/**
 * For platforms that do not sign their deliveries: the user agrees a secret with the platform and
 * picks how it travels. The secret itself lives in the credential, never in workflow parameters.
 * `settings` names where in the platform the webhook URL is entered; `defaults` gives the
 * authentication a new node of each version starts with (Header Token when not given).
 */
export function sharedSecretProperties(
	platform: string,
	settings: string,
	defaults?: AuthenticationDefaults,
): INodeProperties[] {
	const authentication = authenticationProperty(platform);
	const authenticationByVersion = defaults
		? defaults.map(({ versions, method }) => ({
				...authentication,
				default: method,
				displayOptions: { show: { '@version': versions } },
			}))
		: [authentication];
	return [
		setupNotice(
			`In ${settings}, paste this node's Production URL (under Webhook URLs above), then publish this workflow. Have ${platform} send the credential's Webhook Secret with every event, as chosen under Authentication.`,
		),
		...authenticationByVersion,
		{
			displayName: `Before you give ${platform} the Production URL above, add ?${SECRET_QUERY_PARAMETER}= and the credential's Webhook Secret to its end (a secret of letters and digits needs no other change). Events sent to the URL without it are refused. Anyone who can read that URL can start this workflow, so keep it as private as the secret.`,
			name: 'secretInUrlNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { authentication: ['queryParameter'] } },
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-Webhook-Secret',
			placeholder: 'X-Webhook-Secret',
			required: true,
			description: `The header ${platform} puts the Webhook Secret in`,
			displayOptions: { show: { authentication: ['headerToken'] } },
		},
		{
			displayName: 'User Name',
			name: 'basicAuthUser',
			type: 'string',
			default: 'n8n',
			required: true,
			description: `The user name ${platform} sends with the Webhook Secret`,
			displayOptions: { show: { authentication: ['basicAuth'] } },
		},
		{
			displayName: `Anyone who learns this workflow's URL can start it with made-up ${platform} events. Choose Secret in URL, Header Token or Basic Auth unless something in front of n8n already checks deliveries.`,
			name: 'noAuthenticationNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { authentication: ['none'] } },
		},
	];
}

/** The authentications that need the credential's Webhook Secret (every one but None). */
export const SECRET_AUTHENTICATIONS: SharedSecretMethod[] = [
	'queryParameter',
	'headerToken',
	'basicAuth',
];
