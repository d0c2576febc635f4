import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeCredentialDescription,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { sharedSecretPresented, type SharedSecretMethod } from './deliveryAuth';
import { handleDelivery, type WebhookPlatform } from './deliveryPipeline';
import { toWebhookResponse, type RespondMode } from './webhookResponse';

/** The one POST endpoint every platform trigger listens on. */
export const deliveryWebhook: IWebhookDescription = {
	name: 'default',
	httpMethod: 'POST',
	responseMode: '={{$parameter["respond"]}}',
	// Without it n8n answers with the literal text "firstEntryJson" outside "When Last Node Finishes".
	responseData: '={{$parameter["respond"] === "lastNode" ? "firstEntryJson" : ""}}',
	path: 'webhook',
};

/** What every platform trigger's description has in common. */
export const triggerBasics: Pick<
	INodeTypeDescription,
	'group' | 'version' | 'inputs' | 'outputs' | 'webhooks'
> = {
	group: ['trigger'],
	version: 1,
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
	webhooks: [deliveryWebhook],
};

/** The credential holding the shared secret, asked for only when a secret is checked. */
export function sharedSecretCredential(name: string): INodeCredentialDescription[] {
	return [
		{
			name,
			required: true,
			displayOptions: { show: { authentication: ['headerToken', 'basicAuth'] } },
		},
	];
}

/** None of the platforms has a subscription API: the user pastes the URL by hand, so there is nothing to register. */
export const manualSubscription: INodeType['webhookMethods'] = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};

/** Runs one delivery through the shared pipeline with the trigger's own parameters. */
export function receiveDelivery(
	context: IWebhookFunctions,
	platform: WebhookPlatform,
	authorized: boolean,
): IWebhookResponseData {
	const request = context.getRequestObject();
	const outcome = handleDelivery(
		platform,
		{
			authorized,
			body: request.body as unknown,
			rawBody: (request as { rawBody?: Buffer }).rawBody,
		},
		{
			selectedEvents: context.getNodeParameter('events', []) as string[],
			simplify: context.getNodeParameter('simplify', true) as boolean,
			staticData: context.getWorkflowStaticData('node') as IDataObject,
			now: Date.now(),
			ledgerScope: `${context.getWorkflow().id ?? ''}/${context.getNode().id}`,
		},
	);
	return toWebhookResponse(context, outcome, context.getNodeParameter('respond') as RespondMode);
}

/** Checks the secret set up with `sharedSecretProperties`, read from the given credential. */
async function sharedSecretAuthorized(
	context: IWebhookFunctions,
	credentialType: string,
): Promise<boolean> {
	const method = context.getNodeParameter('authentication', 'headerToken') as SharedSecretMethod;
	if (method === 'none') return true;
	const credentials = await context.getCredentials<{ webhookSecret?: string }>(credentialType);
	return sharedSecretPresented(context.getRequestObject().headers, {
		method,
		headerName: context.getNodeParameter('headerName', '') as string,
		user: context.getNodeParameter('basicAuthUser', '') as string,
		secret: credentials.webhookSecret,
	});
}

/** The whole webhook of a trigger whose platform proves deliveries with a shared secret. */
export async function receiveSharedSecretDelivery(
	context: IWebhookFunctions,
	platform: WebhookPlatform,
	credentialType: string,
): Promise<IWebhookResponseData> {
	return receiveDelivery(context, platform, await sharedSecretAuthorized(context, credentialType));
}
