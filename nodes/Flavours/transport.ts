import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import {
	type ApiContext,
	collectPages,
	type PlatformEndpoint,
	platformRequest,
} from '../shared/actions/apiCall';
import { laravelFieldErrors, type PlatformErrorReading } from '../shared/actions/apiError';
import type { PlatformTransport, ResolvedRequest } from '../shared/actions/operations';
import { bodyForVersion, productCreateForVersion, usesRenamedFields } from './apiVersions';
import { FLAVOURS_API_BASES } from './hosts';

export interface FlavoursCredentials {
	environment: 'development' | 'production' | 'custom';
	baseUrl?: string;
	apiVersion?: string;
	defaultMarketId?: string;
}

/** The API base the credential points at, ending in `/api/v2`. */
export function flavoursBaseUrl(credentials: FlavoursCredentials): string {
	if (credentials.environment === 'custom') return (credentials.baseUrl ?? '').replace(/\/+$/, '');
	return FLAVOURS_API_BASES[credentials.environment];
}

export const FLAVOURS_PAGE_SIZE = 100;

const meta = (body: unknown) => (body as { meta?: IDataObject } | undefined)?.meta;

/**
 * [doc] A 422 lists its problems in `data: [{code, message, field}]` (doc.flavours.sa
 * payment-method create and update); a Laravel `errors` map is read too, should a proxy answer one.
 */
export function flavoursFieldErrors(body: unknown): Record<string, string[]> {
	const data = (body as IDataObject | undefined)?.data;
	if (!Array.isArray(data)) return laravelFieldErrors(body);
	const fields: Record<string, string[]> = {};
	for (const entry of data as IDataObject[]) {
		if (!entry || typeof entry !== 'object' || entry.message === undefined) continue;
		const field = typeof entry.field === 'string' && entry.field ? entry.field : 'request';
		(fields[field] ??= []).push(String(entry.message));
	}
	return Object.keys(fields).length ? fields : laravelFieldErrors(body);
}

// [doc] Errors come as {meta: {code, status: "error", message}, data}: null for most, the field
// problems for a 422.
export const flavoursErrors: PlatformErrorReading = {
	platform: 'Flavours',
	message: (body) => {
		const message = meta(body)?.message ?? (body as IDataObject | undefined)?.message;
		return typeof message === 'string' && message ? message : undefined;
	},
	fieldErrors: flavoursFieldErrors,
	hints: {
		unauthorized:
			'Check the Access Token and the Environment in the Flavours credential: the token may have expired, or belong to the other environment (Development and Production have separate accounts).',
		notFound:
			'Check the id you asked for, and the Environment and API Version in the credential. If the path is one Flavours does not document, try it with the API Request resource.',
		notFoundAtPath:
			'Check the Path (the part after the API version, for example /users/customers) and any id in it, and the Environment and API Version in the credential.',
		forbidden:
			'The Flavours account behind this credential may not do this. A SUBSCRIBER account must name a market on every list: set Default Market ID in the credential, or the Market filter.',
	},
};

/** Where Flavours calls go and how they are worded. */
function flavoursEndpoint(credentials: FlavoursCredentials): PlatformEndpoint {
	return {
		credentialType: 'flavoursApi',
		baseUrl: flavoursBaseUrl(credentials),
		errors: flavoursErrors,
		// `includes: ['market', 'branch']` goes out as includes[]=market&includes[]=branch.
		arrayFormat: 'brackets',
	};
}

/** `data` of the `{meta, data}` envelope; a body without the envelope is taken as it is. */
function envelopeData(body: unknown): unknown {
	const isEnvelope = typeof body === 'object' && body !== null && 'meta' in body && 'data' in body;
	return isEnvelope ? (body as IDataObject).data : body;
}

/** The records of a Laravel paginator (`{current_page, data: [...], last_page, ...}`) or a bare list. */
function paginatorItems(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const items = (data as IDataObject | undefined)?.data;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

/** Whether a paginator says another page follows: `next_page_url`, else `current_page < last_page`. */
function hasNextPage(data: unknown, items: IDataObject[]): boolean {
	const paginator = (data ?? {}) as IDataObject;
	if ('next_page_url' in paginator) return !!paginator.next_page_url && items.length > 0;
	if (typeof paginator.last_page === 'number' && typeof paginator.current_page === 'number')
		return paginator.current_page < paginator.last_page;
	// No paginator (a plain array, Laravel's unpaginated get()) is the whole list: page 2 would repeat it.
	return false;
}

// The lists the default market does not filter: the markets themselves, and the payment methods,
// whose documented filters are keys, online and scope only (doc.flavours.sa listPaymentMethods).
const UNSCOPED_LISTS = /^\/?(markets|payment-methods)\/?$/;

/**
 * Follows a Flavours list page by page (`page`, `per_page`) until the paginator's last page, or
 * until `limit` records are in; an answer without a paginator is the whole list. The credential's default market filters every list but the markets
 * list itself, unless the request names a market.
 */
export async function flavoursRequestList(
	context: ApiContext,
	path: string,
	options: { qs?: IDataObject; limit?: number; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	// Read once for every page: in n8n each credential read is a database read and a decryption.
	const credentials = await context.getCredentials<FlavoursCredentials>('flavoursApi');
	const { defaultMarketId } = credentials;
	const endpoint = flavoursEndpoint(credentials);
	const qs = { ...options.qs };
	const marketScoped = !UNSCOPED_LISTS.test(path);
	if (marketScoped && defaultMarketId && qs['filter[market_id]'] === undefined)
		qs['filter[market_id]'] = defaultMarketId;
	const readPage = async (page: number, perPage: number) => {
		const body = await platformRequest(context, endpoint, 'GET', path, {
			qs: { ...qs, page, per_page: perPage },
			itemIndex: options.itemIndex,
		});
		const data = envelopeData(body);
		const items = paginatorItems(data);
		return { items, more: hasNextPage(data, items) };
	};
	return await collectPages(readPage, FLAVOURS_PAGE_SIZE, options.limit);
}

/** `data` is the record, a list or a paginator; `null` (a delete) is no record. */
function answerRecords(body: unknown): IDataObject[] {
	const data = envelopeData(body);
	if (Array.isArray(data) || (typeof data === 'object' && data !== null && 'current_page' in data))
		return paginatorItems(data);
	return data && typeof data === 'object' ? [data as IDataObject] : [];
}

const refuse = (
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
) => new NodeOperationError(context.getNode(), message, { itemIndex, description });

/**
 * A body built from the node's fields, as the account and the API version need it: the customer
 * create takes the credential's Default Market ID when the node names none (required for SUBSCRIBER
 * accounts, docs.flavours.sa Customers Create), and the product create follows its 2.3.0 shape.
 */
function fieldsBody(
	context: IExecuteFunctions,
	request: Extract<ResolvedRequest, { kind: 'single' }>,
	credentials: FlavoursCredentials,
	itemIndex: number,
): IDataObject {
	const body = request.body as IDataObject;
	const { apiVersion, defaultMarketId } = credentials;
	const creates = (path: string) => request.method === 'POST' && request.path === path;
	if (creates('/users/customers'))
		return body.market_id === undefined && defaultMarketId
			? { ...body, market_id: defaultMarketId }
			: body;
	if (!creates('/products')) return bodyForVersion(body, apiVersion);
	const product = productCreateForVersion(body, apiVersion);
	if (!usesRenamedFields(apiVersion)) return product;
	const images = product.images as string[] | undefined;
	if (!images?.length)
		throw refuse(
			context,
			itemIndex,
			'The "Images" parameter is empty',
			`Flavours API version ${apiVersion} needs at least one image for a new product: enter the address (URL) of each image, separated by commas, or set API Version in the credential to an earlier version.`,
		);
	if (!(product.options as IDataObject[]).length)
		throw refuse(
			context,
			itemIndex,
			'The "Modifiers" parameter has no option',
			`Flavours API version ${apiVersion} needs at least one option for a new product: add a modifier of type Option (for example the regular size, with its price).`,
		);
	return product;
}

/**
 * How an action reaches Flavours: a list followed page by page, or one call and the records it
 * answers. A body built from the node's fields is worded for the credential's API version; one the
 * user wrote goes out as written.
 */
export const flavoursTransport: PlatformTransport = {
	send: async (context, request, itemIndex) => {
		if (request.kind === 'list')
			return await flavoursRequestList(context, request.path, {
				qs: request.qs,
				limit: request.limit,
				itemIndex,
			});
		const { method, path, qs, writtenByUser } = request;
		// Read once for the call: in n8n each credential read is a database read and a decryption.
		const credentials = await context.getCredentials<FlavoursCredentials>('flavoursApi');
		const body =
			request.body && !writtenByUser
				? fieldsBody(context, request, credentials, itemIndex)
				: request.body;
		const answer = await platformRequest(context, flavoursEndpoint(credentials), method, path, {
			qs,
			body,
			itemIndex,
			pathWrittenByUser: request.pathWrittenByUser,
		});
		return answerRecords(answer);
	},
};
