import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	fromFunction,
	fromParameter,
	nativeWebhookResolvers,
	webhookDescriptionFields,
} from './n8nCompat';
import { expectedSecret, presentedSecret, type SharedSecretMethod } from './deliveryAuth';
import { handleDelivery, type WebhookPlatform } from './deliveryPipeline';
import { releaseLedgerCopy } from './deliveryLedger';
import { recentSecrets } from './recentSecrets';
import { keepMarkedUntil, markingLedgersOnResolve } from './ledgerSave';
import { toWebhookResponse, type RespondMode } from './webhookResponse';

// Without it n8n answers with the literal text "firstEntryJson" outside "When Last Node Finishes".
// Self-contained on purpose: n8n inlines the function's source into the editor's template.
const answerData = fromFunction((parameters) =>
	parameters.respond === 'lastNode' ? 'firstEntryJson' : '',
);

// n8n resolves it after starting the run and just before saving static data (see ledgerSave).
const responseData = markingLedgersOnResolve(answerData);

/**
 * The one POST endpoint every platform trigger listens on. The fields that depend on parameters are
 * declared with n8n's native resolvers: n8n then reads them without its expression engine, which
 * otherwise builds an expression isolate for every delivery (bench/RESULTS.md, "Ingest").
 */
export const deliveryWebhook: IWebhookDescription = {
	name: 'default',
	httpMethod: 'POST',
	path: 'webhook',
	...webhookDescriptionFields({
		responseMode: fromParameter('respond'),
		responseData,
	}),
};

/**
 * What every platform trigger's description has in common. Versions 1 and 2 behave the same; they
 * differ in what n8n does before the node runs: for version 1 it evaluates an expression (the
 * Webhook node's old binary-data option) on every delivery, for version 2 it does not, and it
 * leaves bodies of content types it does not parse unread (`receiveDelivery` reads them). Version 3
 * is version 2 with a Default Country Code of 966 (`defaultCountryCodeProperties`).
 */
export const triggerBasics: Pick<
	INodeTypeDescription,
	'group' | 'version' | 'defaultVersion' | 'inputs' | 'outputs' | 'webhooks'
> = {
	group: ['trigger'],
	version: [1, 2, 3],
	defaultVersion: 3,
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
	webhooks: [deliveryWebhook],
};

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

/** n8n's request: the raw bytes once read, and the reader it leaves for bodies it did not parse. */
type DeliveryRequestObject = ReturnType<IWebhookFunctions['getRequestObject']> & {
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
};

/** The Content-Length header as a number, when it is one. */
function declaredLength(header: string | undefined): number | undefined {
	return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** Runs one delivery through the shared pipeline with the trigger's own parameters. */
export async function receiveDelivery(
	context: IWebhookFunctions,
	platform: WebhookPlatform,
	authorized: boolean,
): Promise<IWebhookResponseData> {
	const request = context.getRequestObject() as DeliveryRequestObject;
	// A refused delivery's body is never read; an accepted one of a content type n8n does not parse
	// (e.g. application/octet-stream) is, so it gets the same answer whatever the node version.
	// n8n's reader throws on bodies over its size limit, broken gzip or deflate and aborted requests:
	// those are answered 413 or 400 like any other bad body, and start nothing.
	let readFailure: { error: unknown } | undefined;
	if (authorized && request.body === undefined && request.rawBody === undefined) {
		try {
			await request.readRawBody?.();
		} catch (error) {
			readFailure = { error };
		}
	}
	const staticData = context.getWorkflowStaticData('node') as IDataObject;
	const outcome = handleDelivery(
		platform,
		{
			authorized,
			body: request.body as unknown,
			rawBody: request.rawBody,
			declaredLength: declaredLength(request.headers['content-length']),
			readFailure,
		},
		{
			selectedEvents: context.getNodeParameter('events', []) as string[],
			simplify: context.getNodeParameter('simplify', true) as boolean,
			staticData,
			now: Date.now(),
			ledgerScope: `${context.getWorkflow().id ?? ''}/${context.getNode().id}`,
			defaultCountryCode: context.getNodeParameter('defaultCountryCode', '') as string,
		},
	);
	const respond = context.getNodeParameter('respond') as RespondMode;
	const answer = toWebhookResponse(context, outcome, respond);
	// When n8n answers, it has saved static data first, so once the answer is out this copy is done
	// with. An answer written here goes out before n8n saves: that copy stays kept up to date.
	const answeredByN8n = answer.noWebhookResponse !== true;
	let saved = false;
	if (answeredByN8n) {
		const response = context.getResponseObject() as
			| { once?: (event: 'finish', listener: () => void) => unknown }
			| undefined;
		response?.once?.('finish', () => {
			saved = true;
			releaseLedgerCopy(staticData);
		});
	}
	// As with the resolver hook on newer n8n, only for deliveries n8n acknowledges at once: n8n 1.x
	// answers a workflow's own answer wrongly (twice) when static data is marked during its run.
	if (!nativeWebhookResolvers && outcome.action === 'run' && respond === 'onReceived') {
		void keepMarkedUntil(staticData, () => saved, 60_000);
	}
	return answer;
}

/** Checks the secret set up with `sharedSecretProperties`, read from the given credential. */
async function sharedSecretAuthorized(
	context: IWebhookFunctions,
	credentialType: string,
): Promise<boolean> {
	const method = context.getNodeParameter('authentication', 'headerToken') as SharedSecretMethod;
	if (method === 'none') return true;
	const request = context.getRequestObject();
	const headerName = context.getNodeParameter('headerName', '') as string;
	const user = context.getNodeParameter('basicAuthUser', '') as string;
	const settings = { method, headerName, user };
	return await recentSecrets.proves(
		context,
		credentialType,
		(credentials) => expectedSecret(settings, credentials.webhookSecret as string | undefined),
		presentedSecret(request.headers, settings, (request.query ?? {}) as Record<string, unknown>),
	);
}

/** The whole webhook of a trigger whose platform proves deliveries with a shared secret. */
export async function receiveSharedSecretDelivery(
	context: IWebhookFunctions,
	platform: WebhookPlatform,
	credentialType: string,
): Promise<IWebhookResponseData> {
	return await receiveDelivery(
		context,
		platform,
		await sharedSecretAuthorized(context, credentialType),
	);
}
