/**
 * The RETM Trigger as the app's success endpoint. RETM POSTs `{code, business_id, data}` there when a
 * merchant installs the app, gives it 1 second, and sends the `token` of a 200 answer as the Bearer
 * token of every webhook delivery. RETM documents no authentication on that POST, so the trigger
 * hands out the credential's Webhook Token only to a caller whose code RETM's token endpoint (at the
 * credential's host, with the app's Client Secret) has just accepted: only RETM issues such codes.
 * The exchange goes through the credential's own renewal, so n8n saves the tokens it returns.
 */
import {
	sleep,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { retmBaseUrl, type RetmCredentials } from './transport';
import { usesPastedToken, validBusinessId } from './tokens';

export interface InstallPost {
	code: string;
	businessId: string;
}

// Inside RETM's 1-second timeout, with room for the answer to travel back.
export const INSTALL_BUDGET_MS = 900;

/** The install POST's fields when the body is one (`code` and `business_id`), else undefined. */
export function installPost(body: unknown): InstallPost | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { code, business_id: businessId } = body as IDataObject;
	if (typeof code !== 'string' || !code || code.length > 2048) return undefined;
	if (typeof businessId !== 'string' && typeof businessId !== 'number') return undefined;
	return { code, businessId: String(businessId) };
}

/**
 * Why the credential cannot take this install, or undefined when it can. The business ID becomes the
 * token endpoint's subdomain in production, so it must be one, and it must be the credential's own
 * business when the credential names one.
 */
export function installRefusal(
	credentials: RetmCredentials & { webhookToken?: string },
	install: InstallPost,
): string | undefined {
	if (!credentials.webhookToken) return 'the credential has no Webhook Token';
	if (usesPastedToken(credentials) || !credentials.clientId || !credentials.clientSecret)
		return 'the credential has no Client ID and Secret';
	if (!validBusinessId(install.businessId)) return 'the business ID is not one';
	if (credentials.businessId && credentials.businessId !== install.businessId)
		return 'the business ID is not the credential’s';
	return undefined;
}

type Verdict = 'exchanged' | 'refused' | 'late';

/** Answers an install POST: 200 `{token}` once RETM accepted the posted code, else 401 and no token. */
export async function answerInstall(
	context: IWebhookFunctions,
	credentials: RetmCredentials & { webhookToken?: string },
	install: InstallPost,
): Promise<IWebhookResponseData> {
	const response = context.getResponseObject();
	const refuse = () => {
		response.status(401).json({ error: 'The install could not be verified with RETM.' });
		return { noWebhookResponse: true };
	};
	if (installRefusal(credentials, install)) return refuse();

	const data: ICredentialDataDecryptedObject = {
		...credentials,
		businessId: install.businessId,
		authorizationCode: install.code,
		sessionToken: '',
	};
	const reference = context.getNode().credentials?.retmApi;
	let settled = false;
	// A cheap call, for what n8n does before it: the credential's renewal, which exchanges the code
	// and, on success, saves the tokens (and clears the code) in the stored credential.
	const exchange = context.helpers.httpRequestWithAuthentication
		.call(
			context,
			'retmApi',
			{
				method: 'GET',
				url: `${retmBaseUrl(data as unknown as RetmCredentials)}/api/v2/charges/list`,
				qs: { per_page: 1 },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			},
			{
				credentialsDecrypted: {
					id: reference?.id ?? '',
					name: reference?.name ?? '',
					type: 'retmApi',
					data,
				},
			},
		)
		// n8n writes the renewal into `data`: a session token there is the proof the code was accepted.
		.then((): Verdict => (data.sessionToken ? 'exchanged' : 'refused'))
		.catch((): Verdict => 'refused')
		.finally(() => {
			settled = true;
		});
	const deadline = Date.now() + INSTALL_BUDGET_MS;
	// The code is accepted the moment the renewal is written into `data`; the API call after it and
	// n8n's save need not finish inside RETM's second (they go on after the answer). The watch ends
	// with the exchange, so a refused code leaves no timer running to the deadline.
	const accepted = (async (): Promise<Verdict> => {
		while (!data.sessionToken && !settled && Date.now() < deadline) await sleep(5);
		return data.sessionToken ? 'exchanged' : 'late';
	})();
	const verdict = await Promise.race([exchange, accepted]);
	if (verdict !== 'exchanged') return refuse();
	response.status(200).json({ token: credentials.webhookToken });
	return { noWebhookResponse: true };
}
