import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { RETM_STAGING_HOST, retmProductionHost } from '../nodes/Retm/hosts';
import { bearerAuthentication, environmentFields, secretField } from '../nodes/shared/credentials';

export class RetmApi implements ICredentialType {
	name = 'retmApi';

	displayName = 'RETM API';

	icon: Icon = { light: 'file:../nodes/Retm/retm.svg', dark: 'file:../nodes/Retm/retm.dark.svg' };

	documentationUrl = 'https://api.retm.com.sa';

	properties: INodeProperties[] = [
		...environmentFields(
			[
				{
					name: 'Production',
					value: 'production',
					description: "https://{businessId}.retm.sa, the merchant's own RETM host",
				},
				{
					name: 'Staging',
					value: 'staging',
					description: 'https://stg.retm.sa, for testing an integration',
				},
			],
			'production',
			{
				placeholder: 'e.g. https://retm-proxy.example.com',
				description: 'Everything before /api/v2 in an API address',
			},
		),
		{
			displayName: 'Business ID',
			name: 'businessId',
			type: 'string',
			default: '',
			placeholder: 'e.g. my-restaurant',
			description:
				"The merchant's RETM business ID: the subdomain of its RETM host, also sent as business_id when the app is installed",
			displayOptions: { show: { environment: ['production'] } },
			required: true,
		},
		secretField(
			'Access Token',
			'accessToken',
			'The access_token RETM returned when the app exchanged its install code; sent as a Bearer token on every API call',
		),
		secretField(
			'Webhook Token',
			'webhookToken',
			'The token your app returned to RETM at install. RETM sends it as a Bearer token on every webhook delivery, and the RETM Trigger refuses deliveries without it.',
		),
	];

	authenticate = bearerAuthentication();

	test: ICredentialTestRequest = {
		request: {
			// The hosts the node calls, chosen the way retmBaseUrl chooses them: the production host
			// with the expression for the business ID where the ID goes.
			baseURL: `={{$credentials.environment === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : $credentials.environment === "staging" ? "${RETM_STAGING_HOST}" : "${retmProductionHost('" + $credentials.businessId + "')}"}}/api/v2`,
			url: '/charges/list',
			qs: { per_page: 1 },
		},
	};
}
