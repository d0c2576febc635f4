import {
	extraQueryField,
	extraQueryParameters,
	listOperation,
	type RecordNames,
} from '../../shared/fields';
import type { Operation, ParameterReader } from '../../shared/operations';

/** RETM's localized name `{en, ar}` from the `nameEn` and `nameAr` fields. */
export function localizedName(params: ParameterReader) {
	const en = params.get<string>('nameEn', '');
	const ar = params.get<string>('nameAr', '');
	return ar ? { en, ar } : { en };
}

const retmListQuery = { fields: [extraQueryField('RETM')], qs: extraQueryParameters };

/** A RETM list: Return All / Limit, plus any query parameters the user adds. */
export function retmList(
	plural: string,
	path: string,
	description = `List the ${plural} of the business`,
): Operation {
	return listOperation(plural, path, retmListQuery, description);
}

export const names = (singular: string, plural: string): RecordNames => ({ singular, plural });
