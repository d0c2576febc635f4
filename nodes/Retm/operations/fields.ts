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

// [doc] RETM ids are strings; [guess] UUIDs, as the simulator gives them.
const ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

/** The placeholder of a field that takes a RETM id. */
export const ID_EXAMPLE = `e.g. ${ID}`;

export const names = (singular: string, plural: string): RecordNames => ({
	singular,
	plural,
	idExample: ID,
});
