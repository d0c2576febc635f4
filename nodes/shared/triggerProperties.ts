import type { INodeProperties } from 'n8n-workflow';

import { eventOptions, type EventDefinition } from './eventCatalogue';
import { respondProperty } from './webhookResponse';

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

/** When the trigger answers and what its items look like (`shape` says what Simplify gives). */
export function answerAndOutputProperties(shape: string): INodeProperties[] {
	return [respondProperty, simplifyProperty(shape)];
}

/**
 * For platforms that do not sign their deliveries: the user agrees a secret with the platform and
 * picks how it travels. The secret itself lives in the credential, never in workflow parameters.
 */
export function sharedSecretProperties(platform: string): INodeProperties[] {
	return [
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
