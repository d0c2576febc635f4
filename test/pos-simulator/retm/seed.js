'use strict';

const data = require('./seed-data');
const { money, chargeValue, retmDate, roundMoney } = require('./format');
const { buildOrder, VAT_RATE } = require('./orders');
const { orderStatus, deliveryStatus } = require('./statuses');
const { example } = require('../../fixtures/contracts');

// Every seeded date is relative to this moment ("2025-12-17 19:26:35" in Riyadh), never to the
// clock, so two runs produce the same store.
const SEED_NOW = Date.UTC(2025, 11, 17, 16, 26, 35);
const DAY_MS = 24 * 60 * 60 * 1000;
const CUSTOMERS_SINCE = Date.UTC(2023, 0, 1, 6, 0, 0);

const INVOICE_COUNT = 240;
const ORDER_COUNT = 80;
const COMPANY_VAT_NUMBER = '310123456700003';

const daysAgo = (days) => retmDate(new Date(SEED_NOW - days * DAY_MS));
const imageUrl = (kind, sku) => `https://cdn.example.com/retm/${kind}/${sku.toLowerCase()}.jpg`;

// Fills `store` (its arrays already emptied) from seed-data.js, drawing every choice from `random`.
function seedStore(store, random, customerCount) {
	const created = daysAgo(400);
	const byKey = {};

	for (const branch of data.branches) {
		store.branches.push({
			id: store.newId(),
			reference: branch.reference,
			name: branch.name,
			phone: branch.phone,
			address: branch.address,
			latitude: branch.latitude,
			longitude: branch.longitude,
			tax_number: COMPANY_VAT_NUMBER,
			opening_from: '06:00',
			opening_to: '02:00',
			created_at: created,
		});
	}

	for (const branch of store.branches) {
		data.deviceKinds.forEach((kind, index) => {
			store.devices.push({
				id: store.newId(),
				name: `${branch.name.en} ${kind.label}`,
				reference: `D-${branch.reference}-${index + 1}`,
				type: kind.type,
				branch: { id: branch.id, name: branch.name },
				app_version: '3.12.0',
				last_seen_at: daysAgo(random.next() / 24),
				created_at: created,
			});
		});
	}

	for (const tax of data.taxes) {
		const id = store.newId();
		const stored = {
			id,
			uuid: id,
			name: tax.name,
			type: tax.type,
			value: money(tax.value),
			created_at: created,
		};
		store.taxes.push(stored);
		byKey[tax.key] = stored;
	}
	const vat = byKey.vat;
	const nestedTax = (tax) => ({ uuid: tax.uuid, name: tax.name, type: tax.type, value: tax.value });

	// The documented charge first, as the docs print it.
	for (const charge of example('retm/endpoints/charges.list.response'))
		store.charges.push({ id: charge.uuid, ...charge, created_at: created });
	for (const charge of data.charges) {
		const id = store.newId();
		store.charges.push({
			id,
			uuid: id,
			name: charge.name,
			value: chargeValue(charge.value),
			tax: nestedTax(byKey[charge.tax]),
			created_at: created,
		});
	}

	for (const method of data.paymentMethods) {
		store.paymentMethods.push({ id: store.newId(), ...method, created_at: created });
	}

	for (const type of data.orderTypes) {
		const stored = { id: store.newId(), name: type.name, is_active: true, created_at: created };
		store.orderTypes.push(stored);
		byKey[type.key] = stored;
	}

	seedMenu(store, vat, created);

	const bySku = new Map(store.products.map((product) => [product.sku, product]));
	for (const group of data.groups) {
		store.groups.push({
			id: store.newId(),
			name: group.name,
			products: group.skus.map((sku) => {
				const product = bySku.get(sku);
				return { id: product.id, name: product.name, price: product.price };
			}),
			created_at: created,
		});
	}

	for (const list of data.priceLists) {
		const branches =
			list.branches === 'all'
				? store.branches
				: store.branches.filter((branch) => list.branches.includes(branch.reference));
		store.priceLists.push({
			id: store.newId(),
			name: list.name,
			branches: branches.map((branch) => branch.id),
			products: store.products.map((product) => ({
				id: product.id,
				price: money(Number(product.price) * (1 + list.markup)),
			})),
			created_at: created,
		});
	}

	seedCustomers(store, random, customerCount);
	seedInvoices(store, random, vat);
	seedOrders(store, random, byKey.delivery);
}

function seedMenu(store, vat, created) {
	data.menu.forEach((category, categoryIndex) => {
		const storedCategory = {
			id: store.newId(),
			name: category.name,
			image: imageUrl('categories', `cat-${categoryIndex + 1}`),
			sort: categoryIndex + 1,
			products_count: category.products.length,
			created_at: created,
		};
		store.categories.push(storedCategory);

		for (const product of category.products) {
			const variations = (data.variationSets[product.variations] ?? []).map((variation) => ({
				id: store.newId(),
				name: variation.name,
				price: money(product.price * variation.factor),
			}));
			const modifierSet = data.modifierSets[product.modifiers];
			const modifiers = modifierSet
				? [
						{
							id: store.newId(),
							name: modifierSet.name,
							multiple: modifierSet.multiple,
							min_selection: modifierSet.min_selection,
							max_selection: modifierSet.max_selection,
							items: modifierSet.items.map((item) => ({
								id: store.newId(),
								name: item.name,
								extra_price: money(item.extra_price),
							})),
						},
					]
				: [];

			store.products.push({
				id: store.newId(),
				sku: product.sku,
				name: product.name,
				description: {
					en: `${product.name.en}, freshly prepared in our kitchen.`,
					ar: `${product.name.ar} يُحضَّر طازجاً في مطبخنا.`,
				},
				image: imageUrl('products', product.sku),
				price: money(product.price),
				calories: product.calories,
				estimated_time: product.time,
				// [doc] 1 normal, 2 modifiers, 3 under progress, 4 variations.
				type: variations.length ? 4 : modifiers.length ? 2 : 1,
				over_stock: false,
				variations,
				modifiers,
				category: { id: storedCategory.id, title: storedCategory.name },
				taxes: [
					{ id: vat.id, name: vat.name, value: vat.value, type: vat.type, from_final_total: false },
				],
				created_at: created,
			});
		}
	});
}

function seedCustomers(store, random, count) {
	const phones = new Set();
	const span = SEED_NOW - CUSTOMERS_SINCE;

	for (let index = 0; index < count; index++) {
		const first = random.pick(data.firstNames);
		const family = random.pick(data.familyNames);
		let phone;
		do {
			phone = random.pick(data.mobilePrefixes) + random.digits(7);
		} while (phones.has(phone));
		phones.add(phone);

		// Spread evenly over the span (with jitter inside each slot) so the list is in signup order.
		const slot = span / count;
		const createdAt = new Date(CUSTOMERS_SINCE + Math.floor(slot * index + slot * random.next()));
		const updatedAt = random.chance(0.2)
			? new Date(Math.min(SEED_NOW, createdAt.getTime() + random.int(1, 200) * DAY_MS))
			: createdAt;
		const handle = `${first.en}.${family.en.replace('Al-', 'al')}`.toLowerCase();

		store.customers.push({
			// [doc] customer ids are numbers (the customer hook shows 1234).
			id: index + 1,
			name: `${first.en} ${family.en}`,
			name_localized: `${first.ar} ${family.ar}`,
			phone,
			email: random.chance(0.7) ? `${handle}${index + 1}@example.com` : null,
			created_at: retmDate(createdAt),
			updated_at: retmDate(updatedAt),
		});
	}
}

function seedInvoices(store, random, vat) {
	const cashiers = store.devices.filter((device) => device.type === 'cashier');

	for (let index = 0; index < INVOICE_COUNT; index++) {
		const device = random.pick(cashiers);
		const category = (product) =>
			store.categories.find((entry) => entry.id === product.category.id);

		const products = Array.from({ length: random.int(1, 4) }, () => {
			const product = random.pick(store.products);
			const variation = product.variations.length ? random.pick(product.variations) : null;
			const modifierItem =
				product.modifiers.length && random.chance(0.5)
					? random.pick(product.modifiers[0].items)
					: null;
			const quantity = random.int(1, 3);
			const unitPrice =
				Number(variation ? variation.price : product.price) +
				Number(modifierItem?.extra_price ?? 0);
			const discount = random.chance(0.1) ? roundMoney(unitPrice * quantity * 0.1) : 0;
			const total = roundMoney(unitPrice * quantity - discount);
			return {
				id: product.id,
				sku: product.sku,
				name: product.name,
				quantity: money(quantity),
				total: money(total),
				unit_price: money(unitPrice),
				discount_amount: money(discount),
				tax: money(total * VAT_RATE),
				note: null,
				category: { id: product.category.id, name: category(product).name },
				variation: variation
					? { id: variation.id, name: variation.name }
					: { id: null, name: null },
				modifiers: modifierItem
					? [
							{
								id: modifierItem.id,
								name: modifierItem.name,
								quantity: 1,
								price: modifierItem.extra_price,
							},
						]
					: [],
			};
		});

		const subtotal = roundMoney(products.reduce((total, line) => total + Number(line.total), 0));
		const tax = roundMoney(subtotal * VAT_RATE);
		const totalPrice = roundMoney(subtotal + tax);
		const payment = random.pick(store.paymentMethods);
		const status = random.chance(0.9)
			? orderStatus.closed
			: random.pick([orderStatus.refunded, orderStatus.void]);
		const sequence = String(index + 1).padStart(6, '0');

		store.invoices.push({
			// [doc] (api-27167201) the invoice carries its webhook event; invoice_id and the misspelt
			// order_refrence are numbers, order_reference the same number as a string, sale_id null.
			event: status === orderStatus.refunded ? 'order.refunded' : 'order.created',
			event_type: 'create.order',
			invoice_id: index + 1,
			order_refrence: 100000 + index + 1,
			order_reference: String(100000 + index + 1),
			sale_id: null,
			branch_id: device.branch.id,
			device_id: device.id,
			created_at: daysAgo(60 - (60 * index) / INVOICE_COUNT),
			total_price: money(totalPrice),
			subtotal_price: money(subtotal),
			tax: money(tax),
			status,
			note: random.pick(data.orderNotes),
			taxes: [{ id: vat.id, name: vat.name, amount: money(tax) }],
			payments: [{ id: payment.id, name: payment.name, amount: money(totalPrice) }],
			products,
		});
	}
}

function seedOrders(store, random, deliveryType) {
	for (let index = 0; index < ORDER_COUNT; index++) {
		const customer = random.pick(store.customers);
		const branch = random.pick(store.branches);
		const createdAt = daysAgo(30 - (30 * index) / ORDER_COUNT);
		const district = branch.address.split(',')[1].trim();
		const order = buildOrder(
			store,
			{
				branch: branch.id,
				ordertype: deliveryType.id,
				partner_reference: `HS-${random.digits(8)}`,
				products: Array.from({ length: random.int(1, 3) }, () => ({
					id: random.pick(store.products).id,
					quantity: random.int(1, 2),
				})),
				customer: {
					phone: customer.phone,
					name: { en: customer.name, ar: customer.name_localized },
					address: {
						id: store.newId(),
						name: random.pick([
							{ en: 'Home', ar: 'المنزل' },
							{ en: 'Work', ar: 'العمل' },
						]),
						address: `${district} district, building ${random.int(1, 300)}`,
						latitude: (Number(branch.latitude) + (random.next() - 0.5) / 50).toFixed(6),
						longitude: (Number(branch.longitude) + (random.next() - 0.5) / 50).toFixed(6),
					},
				},
				note: random.pick(data.orderNotes),
			},
			{ createdAt },
		);

		// Older orders have been delivered; the most recent ones are still on their way.
		const recent = index >= ORDER_COUNT - 6;
		if (!recent && random.chance(0.08)) {
			order.status = orderStatus.void;
			order.delivery_status = deliveryStatus.canceled;
			order.cancel_reason = random.pick(data.cancelReasons);
			order.cancelled_at = createdAt;
		} else {
			order.status = recent ? orderStatus.active : orderStatus.closed;
			order.delivery_status = recent
				? random.int(deliveryStatus.underReview, deliveryStatus.outForDelivery)
				: deliveryStatus.delivered;
		}
		store.orders.push(order);
	}
}

module.exports = { seedStore, SEED_NOW };
