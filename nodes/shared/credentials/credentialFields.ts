import type {
	IAuthenticateGeneric,
	IDataObject,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** A token or secret: masked in the editor, never shown again once saved. */
export function secretField(
	displayName: string,
	name: string,
	description: string,
	required = false,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required,
		description,
	};
}

/** `Authorization: Bearer <accessToken>` on every call, plus any other headers from the credential. */
export function bearerAuthentication(headers: IDataObject = {}): IAuthenticateGeneric {
	return {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}', ...headers },
		},
	};
}

/** "Custom Base URL": a proxy or the local POS simulator, whose address the `baseUrl` field takes. */
export const CUSTOM_BASE_URL: INodePropertyOptions = {
	name: 'Custom Base URL',
	value: 'custom',
	description: 'A self-hosted proxy, or the local POS simulator',
};

/**
 * Where the API is: the environments as the editor lists them (alphabetical, `CUSTOM_BASE_URL` among
 * them), and the Base URL field shown for the custom one.
 */
export function environmentFields(
	environments: INodePropertyOptions[],
	defaultEnvironment: string,
	customBaseUrl: { placeholder: string; description: string },
): INodeProperties[] {
	return [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: environments,
			default: defaultEnvironment,
			description:
				"Which of the platform's servers this credential calls, or an address of your own",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			...customBaseUrl,
			displayOptions: { show: { environment: [CUSTOM_BASE_URL.value] } },
			required: true,
		},
	];
}
