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
			else if (!isNumeric(line.quantity) || Number(line.quantity) <= 0) {
				errors.add(`${at}.quantity`, messages.greaterThan(`${at}.quantity`, 0));
			}
			for (const field of ['total', 'discount']) {
				if (line[field] !== undefined && !isNumeric(line[field])) {
					errors.add(`${at}.${field}`, messages.numeric(`${at}.${field}`));
				}
			}
		});
	}

	if (!isObject(body.customer)) errors.add('customer', messages.required('customer'));
	else if (!isFilledString(body.customer.phone))
		errors.add('customer.phone', messages.required('customer.phone'));

	checkReference(store, 'orderTypes', body.ordertype, 'ordertype', errors);
	for (const field of ['subtotal', 'tax', 'total']) {
		if (body[field] !== undefined && !isNumeric(body[field]))
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

// [doc] body `{name {en, ar}, type 1..6, auto_open_drawer, ecr_enabled, zatca_payment_code}`.
function createPaymentMethod(body) {
	const errors = createErrors();
	checkLocalizedName(body, errors);
	if (body.type === undefined) errors.add('type', messages.required('type'));
	else if (!isInteger(body.type) || !paymentMethodTypes.includes(Number(body.type))) {
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
