'use strict';

const { createErrors, messages, ...is } = require('../validation');
const { productFieldNames } = require('./versions');

// Each validator takes (body, store, version) and returns a createErrors() collector.

const ORDER_TYPES = ['DELIVERY', 'DINE_IN', 'DRIVE_THRU', 'TAKE_AWAY'];
const ORDER_STATUSES = ['CANCELED', 'COMPLETED', 'PENDING', 'PROCESS', 'READY'];
const MODIFIER_TYPES = ['ADDITIONAL', 'ADDITIONAL_VARIABLE', 'OPTION', 'OPTION_VARIABLE'];
const GENDERS = ['FEMALE', 'MALE'];

const present = (value) => value !== undefined && value !== null && value !== '';

function requireRecord(body, field, store, collection, errors) {
	if (!present(body[field])) errors.add(field, messages.required(field));
	else if (!store.find(collection, body[field])) errors.add(field, messages.selected(field));
}

function optionalRecord(body, field, store, collection, errors) {
	if (present(body[field]) && !store.find(collection, body[field]))
		errors.add(field, messages.selected(field));
}

function check(condition, errors, field, message) {
	if (!condition) errors.add(field, message);
}

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const isSubscriber = (store) => store.users[0]?.role === 'SUBSCRIBER';

// [doc] create: market_id*, name_en*, name_ar?, address* string, latitude* number, longitude*
// number (doc.flavours.sa branch/createBranch). [guess] an update may send any of them alone.
function branch(body, store, _version, { partial = false } = {}) {
	const errors = createErrors();
	if (!partial) requireRecord(body, 'market_id', store, 'markets', errors);
	if (!partial || body.name_en !== undefined)
		check(is.isFilledString(body.name_en), errors, 'name_en', messages.required('name_en'));
	if (!partial || body.address !== undefined)
		check(is.isFilledString(body.address), errors, 'address', messages.required('address'));
	for (const field of ['latitude', 'longitude']) {
		if (!present(body[field])) {
			if (!partial) errors.add(field, messages.required(field));
		} else check(isNumber(body[field]), errors, field, messages.numeric(field));
	}
	return errors;
}

// [guess] {branch_id, name, capacity}
function table(body, store, _version, { partial = false } = {}) {
	const errors = createErrors();
	if (!partial) requireRecord(body, 'branch_id', store, 'branches', errors);
	if (!partial || body.name !== undefined)
		check(is.isFilledString(body.name), errors, 'name', messages.required('name'));
	if (present(body.capacity))
		check(
			is.isInteger(body.capacity) && Number(body.capacity) >= 1,
			errors,
			'capacity',
			messages.atLeast('capacity', 1),
		);
	return errors;
}

// [doc] create: name*, email (nullable, email, unique), phone_prefix* numeric, phone* numeric
// min:8 unique, market_id (required for SUBSCRIBER) (docs.flavours.sa Customers Create). The
// update body is a [guess]: the same fields, each optional.
function customer(body, store, _version, { partial = false, id } = {}) {
	const errors = createErrors();
	if (!partial || body.name !== undefined)
		check(is.isFilledString(body.name), errors, 'name', messages.required('name'));
	if (!partial || body.phone_prefix !== undefined) {
		if (!present(body.phone_prefix)) errors.add('phone_prefix', messages.required('phone_prefix'));
		else
			check(
				is.isNumeric(body.phone_prefix),
				errors,
				'phone_prefix',
				messages.numeric('phone_prefix'),
			);
	}
	if (!partial && isSubscriber(store)) requireRecord(body, 'market_id', store, 'markets', errors);
	else optionalRecord(body, 'market_id', store, 'markets', errors);
	if (!partial || body.phone !== undefined) {
		if (!is.isFilledString(String(body.phone ?? '')))
			errors.add('phone', messages.required('phone'));
		// [guess] min:8 read as at least 8 digits.
		else if (!/^\d{8,15}$/.test(String(body.phone)))
			errors.add('phone', 'The phone field format is invalid.');
		else if (
			store.customers.some((entry) => entry.user.phone === String(body.phone) && entry.id !== id)
		)
			errors.add('phone', 'The phone has already been taken.');
	}
	if (present(body.email))
		check(
			/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email)),
			errors,
			'email',
			'The email field must be a valid email address.',
		);
	if (present(body.gender))
		check(GENDERS.includes(body.gender), errors, 'gender', messages.oneOf('gender', GENDERS));
	return errors;
}

// [doc] market_id, the category (named by version), name_en, modifiers[] with is_tax_included.
function product(body, store, version, { partial = false } = {}) {
	const errors = createErrors();
	const names = productFieldNames(version);
	for (const refused of names.refused)
		if (body[refused] !== undefined)
			errors.add(
				refused,
				`The ${refused.replace(/_/g, ' ')} field is prohibited in API version ${version}.`,
			);
	if (!partial) requireRecord(body, 'market_id', store, 'markets', errors);
	if (!partial) requireRecord(body, names.category, store, 'productCategories', errors);
	else optionalRecord(body, names.category, store, 'productCategories', errors);
	if (!partial || body.name_en !== undefined)
		check(is.isFilledString(body.name_en), errors, 'name_en', messages.required('name_en'));
	if (present(body[names.duration]))
		check(
			is.isInteger(body[names.duration]) && Number(body[names.duration]) >= 0,
			errors,
			names.duration,
			messages.integer(names.duration),
		);
	if (version === '2.3.0') {
		checkProductV23(body, errors, partial);
		return errors;
	}
	if (present(body.stock))
		check(is.isInteger(body.stock), errors, 'stock', messages.integer('stock'));
	if (!partial || body.modifiers !== undefined) checkModifiers(body.modifiers, errors);
	return errors;
}

const isUrl = (value) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);

// [doc] images*: at least one, each a URL (doc.flavours.sa product pages, 2.3.0).
function checkImageUrls(images, errors) {
	if (!Array.isArray(images) || images.length === 0)
		return errors.add('images', messages.required('images'));
	images.forEach((image, index) =>
		check(
			isUrl(image),
			errors,
			`images.${index}`,
			`The images.${index} field must be a valid URL.`,
		),
	);
}

// [doc] 2.3.0 (doc.flavours.sa product/createProduct): images* (URLs) and options* (at least one),
// no modifiers or stock; an option's inner shape is not in the stored copy, so only its being
// an object is checked.
function checkProductV23(body, errors, partial) {
	if (!partial || body.images !== undefined) checkImageUrls(body.images, errors);
	if (!partial || body.options !== undefined) {
		if (!Array.isArray(body.options) || body.options.length === 0)
			errors.add('options', messages.required('options'));
		else
			body.options.forEach((option, index) =>
				check(
					is.isObject(option),
					errors,
					`options.${index}`,
					`The options.${index} field must be an object.`,
				),
			);
	}
	for (const refused of ['modifiers', 'stock'])
		if (body[refused] !== undefined)
			errors.add(refused, `The ${refused} field is prohibited in API version 2.3.0.`);
}

// [doc] quick create: market_id*, branch_id?, category_id?, name_en* and name_ar? (at most 350
// characters), images* (URLs), branches? (at least one), option* (doc.flavours.sa
// product/quickCreateProduct); the page names them so on every API version. [guess] option is an
// object whose price, when given, is a number; branches are branch ids.
function quickProduct(body, store) {
	const errors = createErrors();
	requireRecord(body, 'market_id', store, 'markets', errors);
	optionalRecord(body, 'branch_id', store, 'branches', errors);
	optionalRecord(body, 'category_id', store, 'productCategories', errors);
	if (!is.isFilledString(body.name_en)) errors.add('name_en', messages.required('name_en'));
	for (const field of ['name_en', 'name_ar'])
		if (typeof body[field] === 'string' && body[field].length > 350)
			errors.add(field, messages.atMost(field, '350 characters'));
	if (present(body.name_ar) && typeof body.name_ar !== 'string')
		errors.add('name_ar', messages.string('name_ar'));
	checkImageUrls(body.images, errors);
	if (body.branches !== undefined) {
		if (!Array.isArray(body.branches) || body.branches.length === 0)
			errors.add('branches', 'The branches field must have at least 1 items.');
		else
			body.branches.forEach((id, index) =>
				check(
					!!store.find('branches', id),
					errors,
					`branches.${index}`,
					messages.selected(`branches.${index}`),
				),
			);
	}
	if (!is.isObject(body.option)) errors.add('option', messages.required('option'));
	else if (body.option.price !== undefined && !isNumber(body.option.price))
		errors.add('option.price', messages.numeric('option.price'));
	return errors;
}

// [doc] create: name* (max 64), is_online* boolean, logo_img* (an image; a URL since 2.3.0),
// market_id?; update: is_online?, logo_img? (max 2048) (doc.flavours.sa payment-method pages).
function paymentMethod(body, store, _version, { partial = false } = {}) {
	const errors = createErrors();
	if (!partial) {
		if (!is.isFilledString(body.name)) errors.add('name', messages.required('name'));
		else if (body.name.length > 64)
			errors.add('name', 'The name field must not be greater than 64 characters.');
	}
	if (!partial && body.is_online === undefined)
		errors.add('is_online', messages.required('is_online'));
	else if (body.is_online !== undefined && typeof body.is_online !== 'boolean')
		errors.add('is_online', messages.boolean('is_online'));
	if (!partial && !present(body.logo_img)) errors.add('logo_img', messages.required('logo_img'));
	else if (present(body.logo_img) && (!isUrl(body.logo_img) || body.logo_img.length > 2048))
		errors.add('logo_img', 'The logo img field must be a valid URL.');
	optionalRecord(body, 'market_id', store, 'markets', errors);
	return errors;
}

function checkModifiers(modifiers, errors) {
	if (!Array.isArray(modifiers) || modifiers.length === 0)
		return errors.add('modifiers', messages.required('modifiers'));
	modifiers.forEach((modifier, index) => {
		const at = `modifiers.${index}`;
		if (!is.isObject(modifier)) return errors.add(at, `The ${at} field must be an object.`);
		check(
			MODIFIER_TYPES.includes(modifier.type),
			errors,
			`${at}.type`,
			messages.oneOf(`${at}.type`, MODIFIER_TYPES),
		);
		check(
			is.isFilledString(modifier.name_en),
			errors,
			`${at}.name_en`,
			messages.required(`${at}.name_en`),
		);
		check(is.isNumeric(modifier.price), errors, `${at}.price`, messages.numeric(`${at}.price`));
		if (modifier.is_tax_included === undefined)
			errors.add(`${at}.is_tax_included`, messages.required(`${at}.is_tax_included`));
		else
			check(
				is.isBooleanLike(modifier.is_tax_included),
				errors,
				`${at}.is_tax_included`,
				messages.boolean(`${at}.is_tax_included`),
			);
	});
}

// [guess] {market_id, branch_id, type, products [{product_id, qty, note}], customer_id, table_id,
// discount_code, note, source}
function order(body, store, _version, { prefix = '' } = {}) {
	const errors = createErrors();
	const nested = (field) => `${prefix}${field}`;
	const scoped = { add: (field, message) => errors.add(nested(field), message) };
	requireRecord(body, 'market_id', store, 'markets', scoped);
	requireRecord(body, 'branch_id', store, 'branches', scoped);
	if (!ORDER_TYPES.includes(body.type)) scoped.add('type', messages.oneOf('type', ORDER_TYPES));
	if (!Array.isArray(body.products) || body.products.length === 0)
		scoped.add('products', messages.required('products'));
	else
		body.products.forEach((line, index) => {
			const at = `products.${index}`;
			if (!is.isObject(line)) return scoped.add(at, `The ${at} field must be an object.`);
			requireRecord(line, 'product_id', store, 'products', {
				add: (field, message) =>
					scoped.add(
						`${at}.${field}`,
						message.replace(field.replace(/_/g, ' '), `${at}.${field}`.replace(/_/g, ' ')),
					),
			});
			if (!is.isInteger(line.qty) || Number(line.qty) < 1)
				scoped.add(`${at}.qty`, messages.atLeast(`${at}.qty`, 1));
		});
	optionalRecord(body, 'customer_id', store, 'customers', scoped);
	optionalRecord(body, 'table_id', store, 'tables', scoped);
	if (present(body.discount_code) && !activeDiscount(store, body.discount_code))
		scoped.add('discount_code', 'The discount code is invalid or expired.');
	return errors;
}

function orderUpdate(body) {
	const errors = createErrors();
	if (present(body.status))
		check(
			ORDER_STATUSES.includes(body.status),
			errors,
			'status',
			messages.oneOf('status', ORDER_STATUSES),
		);
	return errors;
}

const activeDiscount = (store, code) =>
	store.discounts.find(
		(discount) => discount.code === String(code).toUpperCase() && discount.is_active,
	);

module.exports = {
	paymentMethod,
	quickProduct,
	branch,
	table,
	customer,
	product,
	order,
	orderUpdate,
	activeDiscount,
	present,
};
