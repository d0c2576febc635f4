import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { ANY_EVENT, eventOptions, type EventDefinition } from './eventCatalogue';
import { triggerBasics } from './triggerWebhook';
import { respondProperty } from './webhookResponse';

/**
 * What follows from a trigger's platform name: n8n's trigger basics, and "<platform> Trigger" as the
 * node's display name and default name. The icon and the subtitle stay written out in each node
 * class, where n8n's lint looks for them, and so does the description, which is each platform's own.
 */
export function triggerIdentity(
	platform: string,
	name: string,
): Omit<INodeTypeDescription, 'properties' | 'description'> {
	return {
		...triggerBasics,
		displayName: `${platform} Trigger`,
		name,
		defaults: { name: `${platform} Trigger` },
	};
}

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
		description: `The ${platform} events that start this workflow. Other deliveries are acknowledged and ignored.`,
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

const REWARD_CHECK_EXAMPLE =
	'https://github.com/restaurant-pos/n8n-nodes-restaurant-pos/blob/main/examples/retm-reward-check.json';

/**
 * A reward check is a question the platform waits on: answered Immediately, it gets only the
 * acknowledgement. Shown while Respond is Immediately and a reward check (or Any Event) is picked.
 */
const rewardCheckNotice: INodeProperties = {
	displayName: `A reward check waits for this workflow's answer, but with Respond set to Immediately it gets only <code>{received, deliveryId}</code>, not the discount. To answer reward checks, choose "Using 'Respond to Webhook' Node" and reply with the reward JSON, as the <a href="${REWARD_CHECK_EXAMPLE}" target="_blank">reward check example</a> does.`,
	name: 'rewardCheckNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { respond: ['onReceived'], events: ['reward.check', ANY_EVENT] } },
};

/**
 * What the trigger sends back (Respond, with the reward check notice) and what its items look like
 * (Simplify; `shape` says what it gives).
 */
export function outputProperties(shape: string): INodeProperties[] {
	return [respondProperty, rewardCheckNotice, simplifyProperty(shape)];
}

/**
 * For platforms that do not sign their deliveries: the user agrees a secret with the platform and
 * picks how it travels. The secret itself lives in the credential, never in workflow parameters.
 * `settings` names where in the platform the webhook URL is entered.
 */
export function sharedSecretProperties(platform: string, settings: string): INodeProperties[] {
	return [
		setupNotice(
			`${platform} has no API for webhook subscriptions and does not sign its deliveries. In ${settings}, paste this node's Production URL (under Webhook URLs above) and have every delivery carry the credential's Webhook Secret as chosen under Authentication.`,
		),
		{
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
			],
			default: 'headerToken',
			description: `How ${platform} proves a delivery comes from it. Deliveries without the secret get 401 and start nothing.`,
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
			displayName: `Anyone who learns this workflow's URL can start it with made-up ${platform} events. Choose Header Token or Basic Auth unless something in front of n8n already checks deliveries.`,
			name: 'noAuthenticationNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { authentication: ['none'] } },
		},
	];
}
