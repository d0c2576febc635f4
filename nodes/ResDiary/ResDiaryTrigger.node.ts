import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import {
	eventsProperty,
	sharedSecretProperties,
	simplifyProperty,
} from '../shared/triggerProperties';
import {
	manualSubscription,
	receiveSharedSecretDelivery,
	triggerBasics,
} from '../shared/triggerWebhook';
import { resDiaryEvents, resDiaryWebhooks } from './events';

export class ResDiaryTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerBasics,
		displayName: 'ResDiary Trigger',
		name: 'resDiaryTrigger',
		icon: { light: 'file:resdiary.svg', dark: 'file:resdiary.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when ResDiary reports that a customer was created, deleted, or changed contact details or marketing opt-ins',
		defaults: { name: 'ResDiary Trigger' },
		// Written out rather than sharedSecretCredential(): n8n's lint looks for testedBy in this literal.
		credentials: [
			{
				name: 'resDiaryWebhookApi',
				required: true,
				testedBy: 'webhookSecretSet',
				displayOptions: { show: { authentication: ['headerToken', 'basicAuth'] } },
			},
		],
		properties: [
			{
				displayName:
					"ResDiary has no API for webhook subscriptions. In ResDiary's customer webhook settings, paste this node's Production URL (under Webhook URLs above) and have every notification carry the credential's Webhook Secret as chosen under Authentication.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			...sharedSecretProperties('ResDiary'),
			eventsProperty('ResDiary', resDiaryEvents, [
				'customer.created',
				'customer.updated',
				'customer.deleted',
			]),
			simplifyProperty(
				'the normalized customer event (platform, event, occurredAt, deliveryId, customer, changes, raw)',
			),
			// ResDiary never waits for an answer: every accepted notification is acknowledged at once.
			{
				displayName: 'Respond',
				name: 'respond',
				type: 'hidden',
				default: 'onReceived',
			},
		],
	};

	methods = {
		credentialTest: {
			// ResDiary offers no API to call: the test can only say whether a secret is set.
			async webhookSecretSet(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const secret = credential.data?.webhookSecret;
				return typeof secret === 'string' && secret.trim() !== ''
					? { status: 'OK', message: 'The secret is set; each delivery is checked against it' }
					: { status: 'Error', message: 'Enter the Webhook Secret ResDiary sends' };
			},
		},
	};

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return receiveSharedSecretDelivery(this, resDiaryWebhooks, 'resDiaryWebhookApi');
	}
}
