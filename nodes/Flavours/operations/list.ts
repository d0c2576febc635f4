import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	extraQueryField,
	extraQueryParameters,
	listOperation,
	wordOptions,
	type RecordNames,
} from '../../shared/fields';
import { compact, type Operation, type ParameterReader } from '../../shared/operations';

export type ListFilter = 'market' | 'branch' | 'active';

// [doc] Laravel query filters; `filter[market_id]` is required for SUBSCRIBER accounts.
const FILTERS: Record<ListFilter, INodeProperties> = {
	market: {
		displayName: 'Market ID',
		name: 'market_id',
		type: 'string',
		default: '',
		description:
			"Only this market's records; without it the credential's Default Market ID applies",
	},
	branch: {
		displayName: 'Branch ID',
		name: 'branch_id',
		type: 'string',
		default: '',
		description: "Only this branch's records",
	},
	active: {
		displayName: 'Active',
		name: 'is_active',
		type: 'boolean',
		default: true,
		description: 'Whether to list only active records (on) or only inactive ones (off)',
	},
};

function listFields(includes: string[], filters: ListFilter[]): INodeProperties[] {
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
			options: wordOptions(includes),
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
			options: filters.map((filter) => FILTERS[filter]),
		});
	fields.push(extraQueryField('Flavours'));
	return fields;
}

function listQuery(params: ParameterReader): IDataObject {
	const filters = params.get<IDataObject>('filters', {});
	const filter = Object.fromEntries(
		Object.entries(compact(filters)).map(([name, value]) => [
			`filter[${name}]`,
			typeof value === 'boolean' ? Number(value) : value,
		]),
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
	names: RecordNames,
	path: string,
	options: { includes: string[]; filters?: ListFilter[]; description?: string },
): Operation {
	const fields = listFields(options.includes, options.filters ?? []);
	return listOperation(names.plural, path, { fields, qs: listQuery }, options.description);
}
