import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { RETM_STAGING_HOST, retmProductionHost } from '../nodes/Retm/hosts';
import {
	renewRetmToken,
	usesPastedToken,
	type RetmTokenCredentials,
	type TokenPost,
} from '../nodes/Retm/tokens';
import {
	CUSTOM_BASE_URL,
	environmentFields,
	secretField,
} from '../nodes/shared/credentials/credentialFields';

const APP = { show: { authentication: ['app'] } };
const PASTED = { show: { authentication: ['accessToken'] } };

export class RetmApi implements ICredentialType {
	name = 'retmApi';

	displayName = 'RETM API';

	icon: Icon = { light: 'file:../nodes/Retm/retm.svg', dark: 'file:../nodes/Retm/retm.dark.svg' };

	documentationUrl = 'https://api.retm.com.sa';

	properties: INodeProperties[] = [
		...environmentFields(
			[
				CUSTOM_BASE_URL,
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
				"The merchant's RETM business ID: the subdomain of its RETM host, sent as business_id when the app is installed. Left empty, the RETM Trigger fills it in when it answers the install.",
			displayOptions: { show: { environment: ['production'] } },
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			description:
				'How n8n gets the token for API calls. Client ID and Secret keep working by themselves; a pasted Access Token must be replaced every hour.',
			options: [
				{
					name: 'Access Token (Legacy, Expires Hourly)',
					value: 'accessToken',
					description:
						'A token fetched outside n8n and pasted here; it stops working after an hour',
				},
				{
					name: 'Client ID and Secret (Renews Itself)',
					value: 'app',
					description:
						"Your app's Client ID and Secret and the install code: n8n exchanges the code and renews the token itself",
				},
			],
			default: 'app',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			description:
				"Your app's client_id from RETM's partner portal. With the RETM Trigger alone, leave it empty: n8n flags the field, saves the credential and skips the connection test.",
			displayOptions: APP,
			required: true,
		},
		{
			...secretField(
				'Client Secret',
				'clientSecret',
				"Your app's client_secret from RETM's partner portal",
			),
			displayOptions: APP,
		},
		{
			...secretField(
				'Install Code',
				'authorizationCode',
				'The code RETM posts to your success endpoint when a merchant installs the app. It works once: n8n exchanges it on the first call or test and then clears this field. Not needed when the RETM Trigger answers the install.',
			),
			displayOptions: APP,
		},
		{
			...secretField(
				'Refresh Token',
				'refreshToken',
				'Optional: a refresh_token RETM returned with an access token. n8n keeps it up to date after each renewal.',
			),
			displayOptions: APP,
		},
		{
			displayName:
				'A pasted Access Token stops working about an hour after RETM issued it (expires_in: 3600). Choose Client ID and Secret so n8n renews it.',
			name: 'legacyNotice',
			type: 'notice',
			default: '',
			displayOptions: PASTED,
		},
		// Shown for both methods: n8n drops the value of a field its display rules hide when it loads a
		// credential, and credentials saved before Authentication existed hold only this token.
		secretField(
			'Access Token',
			'accessToken',
			'For the Access Token method only (leave it empty with Client ID and Secret): a token RETM returned to your app, which stops working after about an hour',
		),
		secretField(
			'Webhook Token',
			'webhookToken',
			'The token your app gave RETM when it was installed. RETM sends it with every event, and the RETM Trigger refuses events without it.',
		),
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Token Expires At',
			name: 'tokenExpiresAt',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	// n8n calls it when the session token is empty, answered 401, or the credential is tested, and
	// saves what it returns into the credential. A pasted token (legacy) is used as it is.
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const data = credentials as RetmTokenCredentials;
		if (usesPastedToken(data)) return { sessionToken: data.accessToken ?? '' };
		const renewal = await renewRetmToken(this.helpers.httpRequest as unknown as TokenPost, data);
		// Saved with the tokens: an install answered by the RETM Trigger brings the business ID.
		return { ...renewal, businessId: data.businessId ?? '' };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
	};

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
