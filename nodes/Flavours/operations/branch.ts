import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import {
	idField,
	localizedNameFields,
	optionalFields,
	textField,
} from '../../shared/actions/fields';
import {
	createOperation,
	GET_MANY,
	recordOperation,
	recordOperations,
} from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { optionalValues, type ParameterReader } from '../../shared/actions/parameters';
import { activeField, flavoursList, ID_EXAMPLE, localizedName, marketField } from './fields';

/** The branch Delete, Get and Update act on: its ID parameter and its path ([guess] the path). */
const branchRecord = (idDescription: string) => ({
	id: idField('branchId', 'Branch ID', idDescription, ID_EXAMPLE),
	path: (id: string) => `/branches/${id}`,
});

const addressField = textField(
	'Address',
	'address',
	'The street address of the branch',
	'e.g. King Fahd Rd, Al Olaya, Riyadh',
);
const latitudeField = textField(
	'Latitude',
	'latitude',
	'Where the branch is: its latitude in decimal degrees',
	'e.g. 24.7136',
);
const longitudeField = textField(
	'Longitude',
	'longitude',
	'Where the branch is: its longitude in decimal degrees',
	'e.g. 46.6753',
);
const placeFields: INodeProperties[] = [addressField, latitudeField, longitudeField];

// Required by Flavours. From version 3 the form marks them required; versions 1 and 2 only say so and
// check before sending, since n8n refuses to run a node whose required field is empty, which would
// stop workflows saved with these fields among the Additional Fields below.
const REQUIRED_HINT = 'Required by Flavours for a new branch';
const FROM_VERSION_3 = { '@version': [{ _cnd: { gte: 3 } }] };
const BEFORE_VERSION_3 = { '@version': [{ _cnd: { lt: 3 } }] };

/** A field Flavours requires for a new branch: required in the form from version 3. */
function requiredForCreate(field: INodeProperties): INodeProperties[] {
	return [
		{ ...field, required: true, displayOptions: { show: FROM_VERSION_3 } },
		{ ...field, hint: REQUIRED_HINT, displayOptions: { show: BEFORE_VERSION_3 } },
	];
}

// Address, Latitude and Longitude sat among Create's Additional Fields before they became required:
// a workflow saved then still has them there, and they are read when the field above is empty.
const earlierPlaceFields: INodeProperties[] = [
	{
		...addressField,
		displayName: 'Address (Earlier Place)',
		description:
			'Where Address was in workflows saved before it became its own field above; used only while that field is empty',
	},
	{
		...latitudeField,
		displayName: 'Latitude (Earlier Place)',
		description:
			'Where Latitude was in workflows saved before it became its own field above; used only while that field is empty',
	},
	{
		...longitudeField,
		displayName: 'Longitude (Earlier Place)',
		description:
			'Where Longitude was in workflows saved before it became its own field above; used only while that field is empty',
	},
];

function placeValue(p: ParameterReader, name: string): string {
	const value = String(p.get<unknown>(name, '') ?? '').trim();
	if (value) return value;
	const earlier = p.get<IDataObject>('additionalFields', {})[name];
	return earlier === undefined || earlier === null ? '' : String(earlier).trim();
}

function missing(p: ParameterReader, label: string, what: string) {
	return new NodeOperationError(p.node, `The "${label}" parameter is empty`, {
		itemIndex: p.itemIndex,
		description: `Flavours needs ${what} for every new branch.`,
	});
}

function coordinate(p: ParameterReader, name: string, label: string, example: string): number {
	const value = placeValue(p, name);
	if (!value) throw missing(p, label, `the ${label.toLowerCase()} (for example ${example})`);
	const number = Number(value);
	if (!Number.isFinite(number))
		throw new NodeOperationError(p.node, `The "${label}" parameter is not a number`, {
			itemIndex: p.itemIndex,
			description: `Enter the ${label.toLowerCase()} in decimal degrees, like ${example}; "${value}" is not a number.`,
		});
	return number;
}

// [doc] market_id*, name_en*, name_ar?, address* (text), latitude* and longitude* (numbers)
// (doc.flavours.sa branch/createBranch).
function createBody(p: ParameterReader): IDataObject {
	const address = placeValue(p, 'address');
	if (!address) throw missing(p, 'Address', 'the street address');
	return {
		market_id: p.get<string>('marketId'),
		...localizedName(p),
		address,
		latitude: coordinate(p, 'latitude', 'Latitude', '24.7136'),
		longitude: coordinate(p, 'longitude', 'Longitude', '46.6753'),
	};
}

export const branchResource: Resource = {
	value: 'branch',
	picker: 'getBranches',
	name: 'Branch',
	description: 'Restaurant branches of a market',
	defaultOperation: GET_MANY,
	operations: [
		createOperation({
			name: 'Create',
			action: 'Create a branch',
			description: 'Add a branch',
			path: '/branches',
			fields: [
				marketField(),
				...localizedNameFields('branch'),
				...requiredForCreate(addressField),
				...requiredForCreate(latitudeField),
				...requiredForCreate(longitudeField),
				optionalFields('additionalFields', earlierPlaceFields),
			],
			body: createBody,
		}),
		...recordOperations(branchRecord, {
			delete: {
				name: 'Delete',
				action: 'Delete a branch',
				description: 'Delete one branch by ID',
				idDescription: 'The ID of the branch to delete',
			},
			get: {
				name: 'Get',
				action: 'Get a branch',
				description: 'Get one branch by ID',
				idDescription: 'The ID of the branch to get',
			},
		}),
		flavoursList({
			name: 'Get Many',
			action: 'Get many branches',
			description: 'List the branches',
			path: '/branches',
			includes: ['market'],
			filters: ['active', 'market'],
		}),
		recordOperation('update', {
			name: 'Update',
			action: 'Update a branch',
			description: 'Update one branch by ID',
			...branchRecord('The ID of the branch to update'),
			fields: [
				optionalFields('updateFields', [
					activeField('branch'),
					...placeFields,
					textField('Name (Arabic)', 'name_ar', "The branch's new name in Arabic"),
					textField('Name (English)', 'name_en', "The branch's new name in English"),
				]),
			],
			// [doc] the coordinates are numbers (createBranch); [guess] the update takes them alike.
			body: (p) => {
				const fields = optionalValues(p, 'updateFields');
				for (const name of ['latitude', 'longitude']) {
					const number = Number(fields[name]);
					if (fields[name] !== undefined && Number.isFinite(number)) fields[name] = number;
				}
				return fields;
			},
		}),
	],
};
