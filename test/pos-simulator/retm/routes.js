'use strict';

const handlers = require('./handlers');
const { TOKEN_PATH } = require('./token');

const API = '/api/v2';

// Every RETM endpoint the simulator plays, the token endpoint among them (its handler is the
// simulator's token issuer, in the handlers' context). Lists answer { items, pagination }, single
// gets the object itself, creates 201 with the stored object, invalid bodies 422 { message, errors }.
const retmRoutes = [
	{ method: 'POST', path: `${API}/orders/create`, handler: handlers.createOrder },
	{ method: 'GET', path: `${API}/orders/list`, handler: handlers.listOf('orders') },
	{ method: 'POST', path: `${API}/orders/cancel`, handler: handlers.cancelOrder },
	{ method: 'POST', path: `${API}/orders/delivery-status`, handler: handlers.updateDeliveryStatus },
	{ method: 'GET', path: `${API}/invoices/list`, handler: handlers.listOf('invoices') },
	{ method: 'GET', path: `${API}/categories/list`, handler: handlers.listOf('categories') },
	{ method: 'GET', path: `${API}/categories/:id`, handler: handlers.getCategory },
	{ method: 'GET', path: `${API}/products/list`, handler: handlers.listOf('products') },
	{ method: 'GET', path: `${API}/products/simple-list`, handler: handlers.listSimpleProducts },
	{ method: 'GET', path: `${API}/products/:id`, handler: handlers.getOne('products', 'Product') },
	{ method: 'GET', path: `${API}/menu`, handler: handlers.getMenu },
	{ method: 'GET', path: `${API}/groups/:id`, handler: handlers.getOne('groups', 'Group') },
	{ method: 'GET', path: `${API}/branches/list`, handler: handlers.listOf('branches') },
	{ method: 'GET', path: `${API}/devices/list`, handler: handlers.listOf('devices') },
	{ method: 'GET', path: `${API}/order-types/list`, handler: handlers.listOf('orderTypes') },
	{ method: 'POST', path: `${API}/order-types/create`, handler: handlers.createOrderType },
	{ method: 'GET', path: `${API}/price-lists/list`, handler: handlers.listOf('priceLists') },
	{ method: 'GET', path: `${API}/payments/list`, handler: handlers.listOf('paymentMethods') },
	{ method: 'POST', path: `${API}/payments/create`, handler: handlers.createPaymentMethod },
	{ method: 'GET', path: `${API}/charges/list`, handler: handlers.listCharges },
	{ method: 'POST', path: `${API}/charges/create`, handler: handlers.createCharge },
	{ method: 'GET', path: `${API}/taxes/list`, handler: handlers.listOf('taxes') },
	{ method: 'POST', path: `${API}/taxes/create`, handler: handlers.createTax },
	{ method: 'GET', path: `${API}/customers/list`, handler: handlers.listOf('customers') },
	{ method: 'POST', path: TOKEN_PATH, handler: ({ tokens, body }) => tokens.handleToken({ body }) },
];

module.exports = { retmRoutes, API };
