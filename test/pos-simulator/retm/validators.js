'use strict';

const {
	isObject,
	isFilledString,
	isNumeric,
	isInteger,
	isBooleanLike,
	createErrors,
	messages,
	checkLocalizedName,
	checkReference,
} = require('./validation');
const { taxType, paymentMethodTypes, deliveryStatus } = require('./statuses');

// Each validator takes (body, store) and returns a createErrors() collector; empty means valid.

// [doc] body; the shapes inside payments and taxes are a [guess] ({id, amount}), so only their ids
// are checked.
function createOrder(body, store) {
	const errors = createErrors();

	if (!isFilledString(body.branch)) errors.add('branch', messages.required('branch'));
	else checkReference(store, 'branches', body.branch, 'branch', errors);

	if (!Array.isArray(body.products) || body.products.length === 0) {
		errors.add('products', messages.required('products'));
	} else {
		body.products.forEach((line, index) => {
			const at = `products.${index}`;
			if (!isObject(line)) return errors.add(at, `The ${at} field must be an object.`);
			if (!isFilledString(line.id)) errors.add(`${at}.id`, messages.required(`${at}.id`));
			else checkReference(store, 'products', line.id, `${at}.id`, errors);
			if (line.quantity === undefined)
				errors.add(`${at}.quantity`, messages.required(`${at}.quantity`));
			else if (!isNumber(line.quantity) || line.quantity <= 0) {
				errors.add(`${at}.quantity`, messages.greaterThan(`${at}.quantity`, 0));
			}
			if (line.total === undefined || line.total === null)
				errors.add(`${at}.total`, messages.required(`${at}.total`));
			for (const field of ['total', 'discount']) {
				if (line[field] !== undefined && line[field] !== null && !isNumber(line[field])) {
					errors.add(`${at}.${field}`, messages.numeric(`${at}.${field}`));
				}
			}
		});
	}

	if (!isObject(body.customer)) errors.add('customer', messages.required('customer'));
	else {
		if (!isFilledString(body.customer.phone))
			errors.add('customer.phone', messages.required('customer.phone'));
		if (body.customer.name !== undefined && body.customer.name !== null)
			checkMultiLanguage(body.customer.name, 'customer.name', errors);
		if (body.customer.address !== undefined && body.customer.address !== null)
			checkAddress(body.customer.address, errors);
	}

	checkReference(store, 'orderTypes', body.ordertype, 'ordertype', errors);
	for (const field of ['subtotal', 'tax', 'total']) {
		if (body[field] !== undefined && !isNumber(body[field]))
			errors.add(field, messages.numeric(field));
	}
	for (const [field, collection] of [
		['payments', 'paymentMethods'],
		['taxes', 'taxes'],
	]) {
		if (body[field] === undefined) continue;
		if (!Array.isArray(body[field])) {
			errors.add(field, messages.array(field));
			continue;
		}
		body[field].forEach((entry, index) =>
			checkReference(store, collection, entry?.id, `${field}.${index}.id`, errors),
		);
	}
	if (body.discount !== undefined && !Array.isArray(body.discount))
		errors.add('discount', messages.array('discount'));
	return errors;
}

// [doc] money and quantities are `number` in the create-order body (api-5053414).
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

// [doc] a multi-language object ({en, ar}); [guess] that en is the one that must be filled.
function checkMultiLanguage(value, field, errors) {
	if (!isObject(value)) return errors.add(field, `The ${field} field must be an object.`);
	if (!isFilledString(value.en)) errors.add(`${field}.en`, messages.required(`${field}.en`));
	if (value.ar !== undefined && value.ar !== null && typeof value.ar !== 'string')
		errors.add(`${field}.ar`, messages.string(`${field}.ar`));
}

// [doc] once an address is given: address, id, latitude, longitude (strings) and name (AddressName,
// multi-language) are required; note is optional.
function checkAddress(address, errors) {
	const at = 'customer.address';
	if (!isObject(address)) return errors.add(at, `The ${at} field must be an object.`);
	for (const field of ['address', 'id', 'latitude', 'longitude']) {
		if (address[field] === undefined || address[field] === null || address[field] === '')
			errors.add(`${at}.${field}`, messages.required(`${at}.${field}`));
		else if (typeof address[field] !== 'string')
			errors.add(`${at}.${field}`, messages.string(`${at}.${field}`));
	}
	if (address.name === undefined || address.name === null)
		errors.add(`${at}.name`, messages.required(`${at}.name`));
	else checkMultiLanguage(address.name, `${at}.name`, errors);
}

// [guess] body `{name {en, ar}, type (1 fixed, 2 percentage), value}`, taken from the charge's
// nested tax.
function createTax(body) {
	const errors = createErrors();
	checkLocalizedName(body, errors);
	const types = Object.values(taxType);
	if (body.type === undefined) errors.add('type', messages.required('type'));
	else if (!types.includes(Number(body.type)) || !isInteger(body.type))
		errors.add('type', messages.oneOf('type', types));
	checkAmount(body, 'value', errors);
	if (
		!errors.has('value') &&
		Number(body.type) === taxType.percentage &&
		Number(body.value) > 100
	) {
		errors.add('value', messages.atMost('value', 100));
	}
	return errors;
}

// [doc] body `{name {en*, ar*}, type* 1..6, auto_open_drawer*, ecr_enabled*, zatca_payment_code*}`
// (api-5053420).
function createPaymentMethod(body) {
	const errors = createErrors();
	checkLocalizedName(body, errors);
	if (isObject(body.name) && !isFilledString(body.name.ar))
		errors.add('name.ar', messages.required('name.ar'));
	for (const field of ['auto_open_drawer', 'ecr_enabled'])
		if (body[field] === undefined) errors.add(field, messages.required(field));
	if (
		body.zatca_payment_code === undefined ||
		body.zatca_payment_code === null ||
		body.zatca_payment_code === ''
	)
		errors.add('zatca_payment_code', messages.required('zatca_payment_code'));
	if (body.type === undefined) errors.add('type', messages.required('type'));
	else if (typeof body.type !== 'number' || !paymentMethodTypes.includes(body.type)) {
		errors.add('type', messages.oneOf('type', paymentMethodTypes));
	}
	for (const field of ['auto_open_drawer', 'ecr_enabled']) {
		if (body[field] !== undefined && !isBooleanLike(body[field]))
			errors.add(field, messages.boolean(field));
	}
	const code = body.zatca_payment_code;
	if (code !== undefined && code !== null && typeof code !== 'string' && typeof code !== 'number') {
		errors.add('zatca_payment_code', messages.string('zatca_payment_code'));
	}
	return errors;
}

// [guess] body `{name {en, ar}}`.
function createOrderType(body) {
	const errors = createErrors();
	checkLocalizedName(body, errors);
	return errors;
}

// [guess] body `{name {en, ar}, value, tax}` with tax a tax id; the [doc] charge nests that tax.
function createCharge(body, store) {
	const errors = createErrors();
	checkLocalizedName(body, errors);
	checkAmount(body, 'value', errors);
	checkReference(store, 'taxes', body.tax, 'tax', errors);
	return errors;
}

// [guess] body `{order_id or partner_reference, reason}`.
function cancelOrder(body) {
	const errors = createErrors();
	if (!isFilledString(body.order_id) && !isFilledString(body.partner_reference)) {
		errors.add('order_id', 'The order id field is required when partner reference is not present.');
	}
	if (!isFilledString(body.reason)) errors.add('reason', messages.required('reason'));
	return errors;
}

// [guess] body `{order_id, status 1..7}`.
function updateDeliveryStatus(body) {
	const errors = createErrors();
	if (!isFilledString(body.order_id)) errors.add('order_id', messages.required('order_id'));
	const statuses = Object.values(deliveryStatus);
	if (body.status === undefined) errors.add('status', messages.required('status'));
	else if (!isInteger(body.status) || !statuses.includes(Number(body.status))) {
		errors.add('status', messages.oneOf('status', statuses));
	}
	return errors;
}

function checkAmount(body, field, errors) {
	if (body[field] === undefined || body[field] === null || body[field] === '')
		errors.add(field, messages.required(field));
	else if (!isNumeric(body[field])) errors.add(field, messages.numeric(field));
	else if (Number(body[field]) < 0) errors.add(field, messages.atLeast(field, 0));
}

module.exports = {
	createOrder,
	createTax,
	createPaymentMethod,
	createOrderType,
	createCharge,
	cancelOrder,
	updateDeliveryStatus,
};
