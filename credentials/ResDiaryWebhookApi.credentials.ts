import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { secretField } from '../nodes/shared/credentials/credentialFields';

/** Only the secret ResDiary sends with its customer webhooks: the ResDiary Trigger calls no ResDiary API. */
export class ResDiaryWebhookApi implements ICredentialType {
	name = 'resDiaryWebhookApi';

	displayName = 'ResDiary Webhook API';

	icon: Icon = {
		light: 'file:../nodes/ResDiary/resdiary.svg',
		dark: 'file:../nodes/ResDiary/resdiary.dark.svg',
	};

	documentationUrl = 'https://github.com/restaurant-pos/n8n-nodes-restaurant-pos#resdiary-trigger';

	properties: INodeProperties[] = [
		secretField(
			'Webhook Secret',
			'webhookSecret',
			"A long random value you choose. Set it in ResDiary's customer webhook settings as the value of the header (or the password of the basic auth) the ResDiary Trigger expects; events without it are refused and start nothing.",
			true,
		),
	];
}
