'use strict';

const names = require('../retm/seed-data');

// Seeded dates count back from this moment (epoch ms), never from the clock.
const SEED_NOW = Date.UTC(2025, 11, 17, 16, 26, 35);
const HOUR_MS = 60 * 60 * 1000;
const iso = (ms) => new Date(ms).toISOString();

const MARKETS = [
	{ name_en: 'Flavours Grill', name_ar: 'فليفرز جريل' },
	{ name_en: 'Flavours Cafe', name_ar: 'فليفرز كافيه' },
];
const { example } = require('../../fixtures/contracts');

// The documented records: CASH from the detail page, then others of the list page's keys.
const PAYMENT_METHODS = [
	example('flavours/endpoints/payment-methods.get.response').data,
	{ key: 'MADA', name: 'Mada', is_online: false, logo_img: 'https://cdn.example.com/mada.png' },
	{ key: 'VISA', name: 'Visa', is_online: true, logo_img: 'https://cdn.example.com/visa.png' },
];
const DISCOUNTS = [
	{ code: 'WELCOME10', type: 'PERCENTAGE', value: 10, is_active: true },
	{ code: 'FRIDAY25', type: 'FIXED', value: 25, is_active: true },
	{ code: 'SUMMER2024', type: 'PERCENTAGE', value: 15, is_active: false },
];

/** Fills the store's emptied arrays; every choice is drawn from `random`. */
function seedFlavours(store, random, customerCount) {
	// [doc] Flavours answers times as epoch milliseconds (its payment-method, branch, product and
	// market pages); customers keep the ISO text of the customer payload (seedCustomers).
	const at = SEED_NOW - 400 * 24 * HOUR_MS;
	const stamp = { created_at: at, updated_at: at };
	store.add('users', {
		id: store.nextId('users'),
		role: 'ADMIN',
		name: 'Flavours Integration',
		email: 'integration@flavours.example',
		phone_prefix: '966',
		phone: '500000001',
		lang: 'en',
		is_active: true,
		...stamp,
	});
	for (const market of MARKETS)
		store.add('markets', { id: store.nextId('markets'), ...market, is_active: true, ...stamp });

	names.branches.forEach((branch, index) => {
		const marketId = store.markets[index < 3 ? 0 : 1].id;
		const id = store.nextId('branches');
		store.add('branches', {
			id,
			market_id: marketId,
			name_en: branch.name.en,
			name_ar: branch.name.ar,
			address: branch.address,
			// [doc] Flavours' coordinates are numbers (branch/createBranch); the shared names list
			// keeps RETM's strings.
			latitude: Number(branch.latitude),
			longitude: Number(branch.longitude),
			is_active: true,
			...stamp,
			// [doc] doc.flavours.sa branch/listBranches.
			deleted_at: null,
			expired_at: null,
			is_online: false,
		});
		for (let seat = 1; seat <= 6; seat++) {
			const table = {
				branch_id: id,
				market_id: marketId,
				name: `T${seat}`,
				capacity: 2 + (seat % 3) * 2,
			};
			store.add('tables', {
				id: store.nextId('tables'),
				...table,
				is_active: seat !== 6,
				...stamp,
			});
		}
	});

	for (const section of names.menu) {
		const categoryId = store.nextId('productCategories');
		store.add('productCategories', {
			id: categoryId,
			market_id: store.markets[0].id,
			name_en: section.name.en,
			name_ar: section.name.ar,
			is_active: true,
			...stamp,
		});
		for (const item of section.products) {
			store.add('products', {
				id: store.nextId('products'),
				market_id: store.markets[0].id,
				category_id: categoryId,
				name_en: item.name.en,
				name_ar: item.name.ar,
				description_en: null,
				description_ar: null,
				duration: item.time,
				stock: null,
				is_active: true,
				branch_id: null,
				order: store.products.length + 1,
				images: [],
				modifiers: [
					{
						id: store.nextId('productOptions'),
						type: 'OPTION',
						name_en: 'Regular',
						name_ar: 'عادي',
						price: item.price.toFixed(2),
						calorie: item.calories,
						is_tax_included: true,
					},
				],
				...stamp,
			});
		}
	}

	for (const method of PAYMENT_METHODS)
		store.add('paymentMethods', {
			scopes: ['SCOPE_ORDER'],
			settings_count: '1',
			...method,
			created_at: SEED_NOW,
			updated_at: SEED_NOW,
		});
	for (const discount of DISCOUNTS)
		store.add('discounts', {
			id: store.nextId('discounts'),
			market_id: store.markets[0].id,
			...discount,
			...stamp,
		});

	seedCustomers(store, random, customerCount);
}

/**
 * A customer in the documented customer payload's shape (every key of customers.CREATE's data,
 * the login in `user`, whose userable_id is the profile's id), with `profile` and `user` values
 * over the documented ones. [guess] market_id on the profile: the payload shows none, but the
 * list filters by it.
 */
function customerShape({ id, userId, marketId, profile, user }) {
	const documented = example('flavours/webhooks/customers.CREATE').data;
	return {
		...documented,
		...profile,
		id,
		market_id: marketId,
		user: { ...documented.user, ...user, id: userId, userable_id: id },
	};
}

// One in ten customers belongs to the second market.
function seedCustomers(store, random, count) {
	const since = SEED_NOW - count * HOUR_MS;
	const used = new Set();
	const uniquePhone = () => {
		const phone = `5${random.int(0, 9)}${random.digits(7)}`;
		return used.has(phone) ? uniquePhone() : (used.add(phone), phone);
	};
	for (let number = 1; number <= count; number++) {
		const given = random.pick(names.firstNames).en;
		const family = random.pick(names.familyNames).en;
		const joined = iso(since + number * HOUR_MS);
		const stamp = { created_at: joined, updated_at: joined };
		const customer = customerShape({
			id: store.nextId('customers'),
			userId: store.nextId('users'),
			marketId: store.markets[number % 10 === 0 ? 1 : 0].id,
			profile: {
				type: 'INDIVIDUAL',
				gender: random.chance(0.5) ? 'FEMALE' : 'MALE',
				tax_number: null,
				city: random.pick(['Riyadh', 'Jeddah', 'Dammam', 'Khobar']),
				district: null,
				street: null,
				...stamp,
			},
			user: {
				role: 'CUSTOMER',
				name: `${given} ${family}`,
				email: random.chance(0.6) ? `customer${number}@example.com` : null,
				phone_prefix: '966',
				phone: uniquePhone(),
				lang: random.chance(0.7) ? 'ar' : 'en',
				is_active: !random.chance(0.05),
				...stamp,
			},
		});
		store.add('customers', customer);
	}
}

module.exports = { seedFlavours, customerShape, SEED_NOW };
