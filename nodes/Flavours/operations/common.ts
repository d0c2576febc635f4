import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { bilingualNameFields, pickerField, type RecordNames } from '../../shared/fields';
import { compact, type ParameterReader } from '../../shared/operations';

// Flavours ids are Laravel's auto-increment integers.
export const names = (singular: string, plural: string): RecordNames => ({
	singular,
	plural,
	idExample: '42',
});

/** The record's name as Flavours' suffix pair `name_en`, `name_ar`. */
export const bilingualName = (p: ParameterReader) =>
	compact({ name_en: p.get<string>('nameEn', ''), name_ar: p.get<string>('nameAr', '') });

export const nameFields = bilingualNameFields;

export const marketField = (required = true) =>
	pickerField(
		'marketId',
		'Market',
		'getMarkets',
		'The market (brand) the record belongs to',
		required,
	);

export const branchField = (required = true) =>
	pickerField('branchId', 'Branch', 'getBranches', 'The branch', required);

/**
 * A collection of optional fields, sent only when filled in. The node lists them in alphabetical
 * order whatever their order here (see operationProperties).
 */
export function optionalFields(
	name: 'additionalFields' | 'updateFields',
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName: name === 'updateFields' ? 'Update Fields' : 'Additional Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** The filled-in entries of an optional-fields collection, keyed as Flavours names them. */
export const optional = (p: ParameterReader, name: 'additionalFields' | 'updateFields') =>
	compact(p.get<IDataObject>(name, {}));

/** A text field with what it is for, and an example when one helps. */
export const text = (
	displayName: string,
	name: string,
	description: string,
	placeholder?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
});

/** An id typed in a text field: `{ ...idText('Table ID', 'table_id', 'The table') }`. */
export const idText = (displayName: string, name: string, description: string) =>
	text(displayName, name, description, 'e.g. 42');

/** The "Active" switch of a record's Update Fields. */
export const activeField = (what: string): INodeProperties => ({
	displayName: 'Active',
	name: 'is_active',
	type: 'boolean',
	default: true,
	description: `Whether the ${what} is in use; turn it off to take the ${what} out of use without deleting it`,
});
