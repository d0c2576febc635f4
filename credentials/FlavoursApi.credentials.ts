import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { FLAVOURS_API_BASES } from '../nodes/Flavours/hosts';
import { bearerAuthentication, environmentFields, secretField } from '../nodes/shared/credentials';

const { development, production } = FLAVOURS_API_BASES;

const ENVIRONMENTS = [
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
			'The token Flavours gives your account when it logs in; sent as a Bearer token on every API call. Only the Flavours node calls the API: with the Flavours Trigger alone it can stay empty, and n8n then saves the credential without testing it.',
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
				'Sent as the X-API-Version header on every call. From 2.3.0 products use category_id and duration instead of product_category_id and preparation_time; the Flavours node sends the names your version expects.',
		},
		{
			displayName: 'Default Market ID',
			name: 'defaultMarketId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 12',
			description:
				'Lists are filtered to this market unless a node sets another one. Accounts with the SUBSCRIBER role must give one.',
		},
		secretField(
			'Webhook Secret',
			'webhookSecret',
			'The shared secret Flavours sends with every webhook delivery (configure the same value on the Flavours side). Used by the Flavours Trigger.',
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
