import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class RetmApi implements ICredentialType {
	name = 'retmApi';

	displayName = 'RETM API';

	icon: Icon = { light: 'file:../nodes/Retm/retm.svg', dark: 'file:../nodes/Retm/retm.dark.svg' };

	documentationUrl = 'https://api.retm.com.sa';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
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
				{
					name: 'Custom Base URL',
					value: 'custom',
					description: 'A self-hosted proxy, or the local POS simulator',
				},
			],
			default: 'production',
		},
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
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://retm-proxy.example.com',
			description: 'Everything before /api/v2 in an API address',
			displayOptions: { show: { environment: ['custom'] } },
			required: true,
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The access_token RETM returned when the app exchanged its install code; sent as a Bearer token on every API call',
		},
		{
			displayName: 'Webhook Token',
			name: 'webhookToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The token your app returned to RETM at install. RETM sends it as a Bearer token on every webhook delivery, and the RETM Trigger refuses deliveries without it.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.environment === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : $credentials.environment === "staging" ? "https://stg.retm.sa" : "https://" + $credentials.businessId + ".retm.sa"}}/api/v2',
			url: '/charges/list',
			qs: { per_page: 1 },
		},
	};
}
