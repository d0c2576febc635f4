import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
} from 'n8n-workflow';

import {
	defaultCountryCodeProperties,
	eventsProperty,
	SECRET_AUTHENTICATIONS,
	sharedSecretProperties,
	simplifyProperty,
} from '../shared/triggers/triggerProperties';
import {
	manualSubscription,
	triggerBasics,
	receiveSharedSecretDelivery,
} from '../shared/triggers/triggerWebhook';
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
		displayName: 'ResDiary Trigger',
		name: 'resDiaryTrigger',
		...triggerBasics,
		defaults: { name: 'ResDiary Trigger' },
		icon: { light: 'file:resdiary.svg', dark: 'file:resdiary.dark.svg' },
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		credentials: [
			{
				name: 'resDiaryWebhookApi',
				required: true,
				testedBy: 'webhookSecretSet',
				displayOptions: { show: { authentication: SECRET_AUTHENTICATIONS } },
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
			...defaultCountryCodeProperties,
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
