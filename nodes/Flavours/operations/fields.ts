import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { extraQueryField, pickerField, textField } from '../../shared/actions/fields';
import { listOperation, type OperationLabels } from '../../shared/actions/operationBuilders';
import type { Operation } from '../../shared/actions/operations';
import {
	compact,
	extraQueryParameters,
	type ParameterReader,
} from '../../shared/actions/parameters';

/**
 * The placeholder of a field that takes a Flavours id. [doc] Flavours ids are UUID strings for
 * markets, branches, products, orders, customers and users; product categories and order lines use
 * integers.
 */
export const ID_EXAMPLE = 'e.g. 9b8c1a52-3d6e-4f1a-9e44-2f6c1d7a0b11';

/** The record's name as Flavours' suffix pair `name_en`, `name_ar`. */
export const localizedName = (p: ParameterReader) =>
	compact({ name_en: p.get<string>('nameEn', ''), name_ar: p.get<string>('nameAr', '') });

export const marketField = (required = true) =>
	pickerField(
		'marketId',
		'Market Name or ID',
		'getMarkets',
		'The market (brand) the record belongs to',
		required,
	);

export const branchField = (required = true) =>
	pickerField('branchId', 'Branch Name or ID', 'getBranches', 'The branch', required);

/** An id typed in a text field: `{ ...idText('Table ID', 'table_id', 'The table') }`. */
export const idText = (displayName: string, name: string, description: string) =>
	textField(displayName, name, description, ID_EXAMPLE);

/** The "Active" switch of a record's Update Fields. */
export const activeField = (what: string): INodeProperties => ({
	displayName: 'Active',
	name: 'is_active',
	type: 'boolean',
	default: true,
	description: `Whether the ${what} is in use; turn it off to take the ${what} out of use without deleting it`,
});

export type ListFilter =
	| 'market'
	| 'branch'
	| 'active'
	| 'discountTypes'
	| 'expiredAt'
	| 'paymentMethodKeys'
	| 'online'
	| 'scope';

/** A list filter: its field, and how its value goes out (as it is, unless `send` says otherwise). */
interface Filter {
	field: INodeProperties;
	send?: (value: unknown) => unknown;
}

const toFlag = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);

// [doc] Laravel query filters; `filter[market_id]` is required for SUBSCRIBER accounts.
const FILTERS: Record<ListFilter, Filter> = {
	market: {
		field: {
			displayName: 'Market ID',
			name: 'market_id',
			type: 'string',
			default: '',
			description:
				"Only this market's records; without it the credential's Default Market ID applies",
		},
	},
	branch: {
		field: {
			displayName: 'Branch ID',
			name: 'branch_id',
			type: 'string',
			default: '',
			description: "Only this branch's records",
		},
	},
	active: {
		field: {
			displayName: 'Active',
			name: 'is_active',
			type: 'boolean',
			default: true,
			description: 'Whether to list only active records (on) or only inactive ones (off)',
		},
		send: toFlag,
	},
	// [doc] discounts: filter[types][] of COUPON|OFFER|PROMOTION|FAST_OFFER, and filter[expired_at] in
	// milliseconds (docs.flavours.sa Discounts List).
	discountTypes: {
		field: {
			displayName: 'Types',
			name: 'types',
			type: 'multiOptions',
			options: [
				{ name: 'Coupon', value: 'COUPON' },
				{ name: 'Fast Offer', value: 'FAST_OFFER' },
				{ name: 'Offer', value: 'OFFER' },
				{ name: 'Promotion', value: 'PROMOTION' },
			],
			default: [],
			description: 'Only discounts of these kinds',
		},
		send: (value) => (Array.isArray(value) && value.length ? value : undefined),
	},
	expiredAt: {
		field: {
			displayName: 'Expired At',
			name: 'expired_at',
			type: 'dateTime',
			default: '',
			description:
				'The expiry date and time to filter on; sent to Flavours as milliseconds since 1970',
		},
		send: (value) => {
			const time = new Date(String(value)).getTime();
			return Number.isNaN(time) ? value : time;
		},
	},
	// [doc] payment methods: filter[payment_methods_keys][], filter[is_online], filter[scope]
	// (doc.flavours.sa payment-method/listPaymentMethods).
	paymentMethodKeys: {
		field: {
			displayName: 'Keys',
			name: 'payment_methods_keys',
			type: 'string',
			default: '',
			placeholder: 'e.g. CASH, MADA',
			description: 'Only these payment methods, by key, separated by commas',
		},
		send: (value) => {
			const keys = String(value)
				.split(',')
				.map((key) => key.trim())
				.filter(Boolean);
			return keys.length ? keys : undefined;
		},
	},
	online: {
		field: {
			displayName: 'Online',
			name: 'is_online',
			type: 'boolean',
			default: true,
			description: 'Whether to list only online payment methods (on) or only offline ones (off)',
		},
		send: toFlag,
	},
	scope: {
		field: {
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			options: [
				{ name: 'Orders', value: 'SCOPE_ORDER', description: 'Methods customers pay orders with' },
				{
					name: 'Renewals',
					value: 'SCOPE_RENEWAL',
					description: 'Methods subscriptions are renewed with',
				},
			],
			default: 'SCOPE_ORDER',
			description: 'Only the payment methods used for this',
		},
	},
};

/** Said of a filter or include the platform does not document for the list it is on. */
const UNDOCUMENTED =
	' (not in the Flavours documentation for this list: Flavours may ignore it or refuse it)';

/** The relations Flavours can embed in a record: the name the editor shows, and what it embeds. */
const INCLUDES = {
	branch: { name: 'Branch', embeds: 'Embed the branch' },
	branches: { name: 'Branches', embeds: 'Embed the branches' },
	category: { name: 'Category', embeds: 'Embed the category' },
	customer: { name: 'Customer', embeds: 'Embed the customer' },
	userable: { name: 'Userable', embeds: 'Embed the userable' },
	market: { name: 'Market', embeds: 'Embed the market' },
	modifiers: { name: 'Modifiers', embeds: 'Embed the modifiers' },
	products: { name: 'Products', embeds: 'Embed the products' },
};

export type Include = keyof typeof INCLUDES;

interface ListOptions {
	/** In the order the editor lists them: by name. */
	includes: Include[];
	/** In the order the editor lists them: by display name (`discountTypes` shows as "Types"). */
	filters?: ListFilter[];
	/** [guess] The filters and includes above the docs do not list for this list: said so in the editor. */
	guessed?: Array<ListFilter | Include>;
	/** The credential's Default Market ID does not filter this list (see the transport). */
	unscoped?: boolean;
}

function listFields({
	includes,
	filters = [],
	guessed = [],
	unscoped = false,
}: ListOptions): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Only records whose name, number or contact details contain this text',
		},
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'string',
			default: '',
			placeholder: 'e.g. -created_at',
			description: 'The field to sort by; a leading minus sorts newest or largest first',
		},
		{
			displayName: 'Include',
			name: 'includes',
			type: 'multiOptions',
			options: includes.map((value) => ({
				name: INCLUDES[value].name,
				value,
				...(guessed.includes(value)
					? { description: `${INCLUDES[value].embeds}${UNDOCUMENTED}` }
					: {}),
			})),
			default: [],
			description: 'Related records to embed in each result, each under its own key',
		},
	];
	if (filters.length)
		fields.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description: 'Only the records that match every filter added here',
			options: filters.map((filter) => {
				const field =
					filter === 'market' && unscoped
						? { ...FILTERS.market.field, description: "Only this market's records" }
						: FILTERS[filter].field;
				return guessed.includes(filter)
					? { ...field, description: `${field.description}${UNDOCUMENTED}` }
					: field;
			}),
		});
	fields.push(extraQueryField('Flavours'));
	return fields;
}

const FILTER_BY_NAME = new Map(Object.values(FILTERS).map((filter) => [filter.field.name, filter]));

function listQuery(params: ParameterReader): IDataObject {
	const filters = params.get<IDataObject>('filters', {});
	const filter = Object.fromEntries(
		Object.entries(compact(filters)).map(([name, value]) => {
			const send = FILTER_BY_NAME.get(name)?.send ?? toFlag;
			return [`filter[${name}]`, send(value)];
		}),
	);
	const includes = params.get<string[]>('includes', []);
	return compact({
		...extraQueryParameters(params),
		search: params.get<string>('search', '').trim(),
		sort: params.get<string>('sort', '').trim(),
		includes: includes.length ? includes : undefined,
		...filter,
	});
}

/**
 * A Flavours list: Return All / Limit, search, sort, the filters it supports, and `includes`: the
 * relations (Laravel's `includes[]`) Flavours can embed in each record.
 */
export function flavoursList(
	definition: OperationLabels & { path: string } & ListOptions,
): Operation {
	const { name, action, description, path } = definition;
	return listOperation({
		name,
		action,
		description,
		path,
		fields: listFields(definition),
		qs: listQuery,
	});
}
