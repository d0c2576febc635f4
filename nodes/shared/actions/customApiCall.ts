import type { Resource } from './operations';
import { parseJsonParameter } from './parameters';

const METHODS_WITH_BODY = ['PATCH', 'POST', 'PUT'];

/** "Custom API Call": any method and path under the platform's API base, for what the docs leave out. */
export function customApiCallResource(platform: string, pathExample: string): Resource {
	return {
		value: 'customApiCall',
		// Not "Custom API Call": n8n adds an entry of that name itself (it opens an HTTP Request node).
		name: 'API Request',
		description: `Call any ${platform} endpoint with this node's credential, retries and error messages`,
		defaultOperation: 'call',
		operations: [
			{
				value: 'call',
				name: 'Call',
				action: `Make a custom ${platform} API call`,
				description: `Send a request to any path of the ${platform} API`,
				fields: [
					{
						displayName: 'Method',
						name: 'method',
						type: 'options',
						options: [
							{ name: 'DELETE', value: 'DELETE' },
							{ name: 'GET', value: 'GET' },
							{ name: 'PATCH', value: 'PATCH' },
							{ name: 'POST', value: 'POST' },
							{ name: 'PUT', value: 'PUT' },
						],
						default: 'GET',
						description:
							'The HTTP method: GET reads, POST creates or changes, PUT and PATCH change, DELETE removes',
					},
					{
						displayName: 'Path',
						name: 'path',
						type: 'string',
						default: '',
						required: true,
						placeholder: pathExample,
						description: 'The path after the API base URL the credential points at',
					},
					{
						displayName: 'Query Parameters (JSON)',
						name: 'queryJson',
						type: 'json',
						default: '{}',
						description: 'Query parameters as a JSON object, for example {"per_page": 10}',
					},
					{
						displayName: 'Body (JSON)',
						name: 'bodyJson',
						type: 'json',
						default: '{}',
						description: 'Sent with POST, PUT and PATCH',
						displayOptions: { show: { method: METHODS_WITH_BODY } },
					},
				],
				request: {
					kind: 'single',
					method: (p) => p.get('method'),
					path: (p) => p.get<string>('path', '').trim(),
					qs: (p) => parseJsonParameter(p, 'queryJson', 'Query Parameters (JSON)'),
					body: (p) =>
						METHODS_WITH_BODY.includes(p.get('method'))
							? parseJsonParameter(p, 'bodyJson', 'Body (JSON)')
							: undefined,
					offerJsonBody: false,
				},
			},
		],
	};
}
