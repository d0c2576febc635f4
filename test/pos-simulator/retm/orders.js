'use strict';

const { money, roundMoney } = require('./format');
const { orderStatus } = require('./statuses');

// Saudi VAT; used only when the caller leaves the order's tax out.
const VAT_RATE = 0.15;

const summary = (entity) => (entity ? { id: entity.id, name: entity.name } : null);
const sum = (values) => values.reduce((total, value) => total + value, 0);

/**
 * Turns a create-order body (already validated) into the order RETM would store. The stored shape
 * is a [guess]: RETM documents the create body and the invoice, not the order it keeps, so the
 * order echoes the body with branch, order type and product names resolved and the money filled in
 * when left out.
 */
function buildOrder(store, body, { createdAt }) {
	const products = body.products.map((line) => {
		const product = store.find('products', line.id);
		const quantity = Number(line.quantity);
		const discount = roundMoney(line.discount ?? 0);
		const total =
			line.total !== undefined
				? roundMoney(line.total)
				: roundMoney(Number(product.price) * quantity - discount);
		return {
			id: product.id,
			sku: product.sku,
			name: product.name,
			quantity,
			unit_price: product.price,
			total: money(total),
			discount: money(discount),
			modifiers: line.modifiers ?? [],
			note: line.note ?? null,
		};
	});

	const subtotal = body.subtotal ?? sum(products.map((line) => Number(line.total)));
	const tax = body.tax ?? Number(subtotal) * VAT_RATE;
	const total = body.total ?? Number(subtotal) + Number(tax);

	return {
		id: store.newId(),
		reference: store.nextOrderReference(),
		partner_reference: body.partner_reference ?? null,
		branch: summary(store.find('branches', body.branch)),
		ordertype: summary(body.ordertype ? store.find('orderTypes', body.ordertype) : null),
		status: orderStatus.pending,
		delivery_status: null,
		customer: {
			phone: body.customer.phone,
			name: body.customer.name ?? null,
			address: body.customer.address ?? null,
		},
		products,
		discount: body.discount ?? [],
		payments: body.payments ?? [],
		taxes: body.taxes ?? [],
		subtotal: money(subtotal),
		tax: money(tax),
		total: money(total),
		note: body.note ?? null,
		cancel_reason: null,
		cancelled_at: null,
		created_at: createdAt,
		updated_at: createdAt,
	};
}

module.exports = { buildOrder, VAT_RATE };
