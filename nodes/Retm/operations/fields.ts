import { NodeOperationError } from 'n8n-workflow';

import { extraQueryField } from '../../shared/actions/fields';
import { listOperation, type OperationLabels } from '../../shared/actions/operationBuilders';
import type { Operation } from '../../shared/actions/operations';
import { extraQueryParameters, type ParameterReader } from '../../shared/actions/parameters';

/** RETM's localized name `{en, ar}` from the `nameEn` and `nameAr` fields. */
export function localizedName(params: ParameterReader) {
	const en = params.get<string>('nameEn', '');
	const ar = params.get<string>('nameAr', '');
	return ar ? { en, ar } : { en };
}

/** A RETM list: Return All / Limit, plus any query parameters the user adds. */
export function retmList(definition: OperationLabels & { path: string }): Operation {
	return listOperation({
		...definition,
		fields: [extraQueryField('RETM')],
		qs: extraQueryParameters,
	});
}

/**
 * The placeholder of a field that takes a RETM id. [doc] RETM ids are ULID-style strings of 26
 * characters (api-27167201, api-11176998).
 */
export const ID_EXAMPLE = 'e.g. 01GZK6C7J03PQP7KGRAQ3F197Y';

/** A picker's keys for records RETM keys `uuid` in some answers and `id` in others: `uuid` first. */
export const UUID_OR_ID = ['uuid', 'id'];

/** The value of a charge or a tax. */
export const valueField = (what: string) => ({
	displayName: 'Value',
	name: 'value',
	type: 'string' as const,
	default: '',
	required: true,
	placeholder: 'e.g. 15.00',
	description: `The ${what}'s value: an amount in SAR, or a percentage`,
});

/** A text parameter RETM requires, trimmed; refused before sending when empty. */
export function filled(params: ParameterReader, name: string, label: string): string {
	const value = params.get<unknown>(name, '');
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text) return text;
	throw new NodeOperationError(params.node, `The "${label}" parameter is empty`, {
		itemIndex: params.itemIndex,
		description: `RETM requires ${label}: fill it in. If it is an expression, check that the input item has the field it reads.`,
	});
}
