import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { FLAVOURS_API_BASES } from '../nodes/Flavours/hosts';
import {
	bearerAuthentication,
	CUSTOM_BASE_URL,
	environmentFields,
	secretField,
} from '../nodes/shared/credentials/credentialFields';

const { development, production } = FLAVOURS_API_BASES;

const ENVIRONMENTS = [
	CUSTOM_BASE_URL,
	{
		name: 'Development',
		value: 'development',
		description: `${development}, Flavours' test environment`,
	},
	{ name: 'Production', value: 'production', description: `${production}, live restaurants` },
];

export class FlavoursApi implements ICredentialType {
	name = 'flavoursApi';

	displayName = 'Flavours API';

	icon: Icon = {
		light: 'file:../nodes/Flavours/flavours.svg',
		dark: 'file:../nodes/Flavours/flavours.dark.svg',
	};

	documentationUrl = 'https://docs.flavours.sa';

	properties: INodeProperties[] = [
		...environmentFields(ENVIRONMENTS, 'production', {
			placeholder: 'e.g. https://flavours-proxy.example.com/api/v2',
			description: 'The API address up to and including /api/v2',
		}),
		secretField(
			'Access Token',
			'accessToken',
			'The token Flavours gives your account when it logs in; the Flavours node uses it on every call. Only the Flavours node calls the API: with the Flavours Trigger alone it can stay empty, and n8n then saves the credential without testing it.',
			true,
		),
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'options',
			options: ['2.0.0', '2.1.0', '2.2.0', '2.3.0'].map((version) => ({
				name: version,
				value: version,
			})),
			default: '2.0.0',
			description:
				'Sent as the X-API-Version header on every call. From 2.3.0 products use category_id and duration instead of product_category_id and preparation_time, and a new product takes options and image URLs instead of modifiers and stock: the Flavours node renames those two fields, and on Product > Create sends the Option modifiers as options and the Images. Other 2.3.0 changes (such as renamed keys in answers) are not translated.',
		},
		{
			displayName: 'Default Market ID',
			name: 'defaultMarketId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 9b8c1a52-3d6e-4f1a-9e44-2f6c1d7a0b11',
			description:
				'Lists (but markets and payment methods) are filtered to this market unless a node sets another one, and a new customer is created in it when the node names no market. Accounts with the SUBSCRIBER role must give one.',
		},
		secretField(
			'Webhook Secret',
			'webhookSecret',
			"A long random value you choose; the Flavours Trigger checks it on every delivery. Flavours documents no secret of its own that it sends, so by default the trigger expects this value in its URL: add ?secret= and the value to the trigger's Production URL and paste that URL into Flavours' webhook settings. The trigger's Header Token and Basic Auth options are for senders that can set a header.",
		),
	];

	authenticate = bearerAuthentication({
		'X-API-Version': '={{$credentials.apiVersion}}',
	});

	// The markets list is documented and every account may read it.
	test: ICredentialTestRequest = {
		request: {
			url: '/markets',
			// The hosts the node calls, chosen the way flavoursBaseUrl chooses them.
			baseURL: `={{$credentials.environment === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : $credentials.environment === "development" ? "${development}" : "${production}"}}`,
			qs: { per_page: 1 },
		},
	};
}
