import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
} from 'n8n-workflow';

import {
	eventsProperty,
	sharedSecretProperties,
	simplifyProperty,
	triggerIdentity,
} from '../shared/triggerProperties';
import { manualSubscription, receiveSharedSecretDelivery } from '../shared/triggerWebhook';
import { resDiaryEvents, resDiaryWebhooks } from './events';

export class ResDiaryTrigger implements INodeType {
	// First, because the description's credential names it (testedBy).
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

	description: INodeTypeDescription = {
		...triggerIdentity('ResDiary', 'resDiaryTrigger'),
		icon: { light: 'file:resdiary.svg', dark: 'file:resdiary.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		// Written out rather than sharedSecretCredential(): n8n's lint looks for testedBy in this literal.
		credentials: [
			{
				name: 'resDiaryWebhookApi',
				required: true,
				testedBy: 'webhookSecretSet',
				displayOptions: { show: { authentication: ['headerToken', 'basicAuth'] } },
			},
		],
		description:
			'Starts the workflow when ResDiary reports that a customer was created, deleted, or changed contact details or marketing preferences',
		properties: [
			...sharedSecretProperties('ResDiary', "ResDiary's customer webhook settings"),
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

	webhookMethods = manualSubscription;

	async webhook(this: IWebhookFunctions) {
		return await receiveSharedSecretDelivery(this, resDiaryWebhooks, 'resDiaryWebhookApi');
	}
}
