import type { IDataObject } from 'n8n-workflow';

// Body keys version 2.3.0 renamed; bodies built from the node's fields use the older names.
const RENAMED_IN_2_3_0: Record<string, string> = {
	product_category_id: 'category_id',
	preparation_time: 'duration',
};

/** 2.3.0 and later take the renamed keys. */
export function usesRenamedFields(apiVersion = '2.0.0'): boolean {
	const [major, minor] = apiVersion.split('.').map(Number);
	return major > 2 || (major === 2 && minor >= 3);
}

/** A body built from the node's fields, with its keys named as the credential's API version expects. */
export function bodyForVersion(body: IDataObject, apiVersion?: string): IDataObject {
	if (!usesRenamedFields(apiVersion)) return body;
	return Object.fromEntries(
		Object.entries(body).map(([key, value]) => [RENAMED_IN_2_3_0[key] ?? key, value]),
	);
}

const OPTION_TYPES = ['OPTION', 'OPTION_VARIABLE'];

/** A modifier row as a 2.3.0 option or additional. [guess] The docs do not show their inner shape. */
function asChoice(modifier: IDataObject): IDataObject {
	const { price } = modifier;
	const rest = Object.fromEntries(
		Object.entries(modifier).filter(([key]) => key !== 'type' && key !== 'price'),
	);
	const amount = Number(price);
	return {
		...rest,
		...(price === undefined ? {} : { price: Number.isNaN(amount) ? price : amount }),
	};
}

/**
 * [doc] Product create on 2.3.0 takes `options` (at least one) and `additionals` instead of
 * `modifiers`, `images` as URLs, and no `stock` (doc.flavours.sa product/createProduct). Earlier
 * versions take modifiers and stock, and images only as uploaded files, which the node's JSON
 * body cannot carry: there the image URLs are left out.
 */
export function productCreateForVersion(body: IDataObject, apiVersion?: string): IDataObject {
	const { modifiers, images, ...rest } = body;
	if (!usesRenamedFields(apiVersion)) return { ...rest, modifiers };
	const rows = (Array.isArray(modifiers) ? modifiers : []) as IDataObject[];
	const isOption = (row: IDataObject) => OPTION_TYPES.includes(String(row.type ?? 'OPTION'));
	const renamed = bodyForVersion(rest, apiVersion);
	delete renamed.stock;
	const additionals = rows.filter((row) => !isOption(row)).map(asChoice);
	return {
		...renamed,
		images,
		options: rows.filter(isOption).map(asChoice),
		...(additionals.length ? { additionals } : {}),
	};
}
