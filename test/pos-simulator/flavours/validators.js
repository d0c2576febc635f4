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

// [doc] {market_id, name_en, name_ar, address, latitude, longitude}
function branch(body, store, _version, { partial = false } = {}) {
	const errors = createErrors();
	if (!partial) requireRecord(body, 'market_id', store, 'markets', errors);
	if (!partial || body.name_en !== undefined)
		check(is.isFilledString(body.name_en), errors, 'name_en', messages.required('name_en'));
	for (const field of ['latitude', 'longitude'])
		if (present(body[field]))
			check(is.isNumeric(body[field]), errors, field, messages.numeric(field));
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

// [guess] {name, phone, phone_prefix, email, gender, city, district, street, tax_number, lang}
function customer(body, store, _version, { partial = false, id } = {}) {
	const errors = createErrors();
	if (!partial || body.name !== undefined)
		check(is.isFilledString(body.name), errors, 'name', messages.required('name'));
	if (!partial || body.phone !== undefined) {
		if (!is.isFilledString(String(body.phone ?? '')))
			errors.add('phone', messages.required('phone'));
		else if (!/^\d{6,15}$/.test(String(body.phone)))
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
	if (present(body.stock))
		check(is.isInteger(body.stock), errors, 'stock', messages.integer('stock'));
	if (!partial || body.modifiers !== undefined) checkModifiers(body.modifiers, errors);
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

module.exports = { branch, table, customer, product, order, orderUpdate, activeDiscount, present };
