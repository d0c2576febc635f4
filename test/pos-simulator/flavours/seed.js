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
const PAYMENT_METHODS = [
	{ name_en: 'Cash', name_ar: 'نقدي', type: 'CASH' },
	{ name_en: 'Mada', name_ar: 'مدى', type: 'CARD' },
	{ name_en: 'Apple Pay', name_ar: 'أبل باي', type: 'CARD' },
	{ name_en: 'Loyalty points', name_ar: 'نقاط الولاء', type: 'OTHER' },
];
const DISCOUNTS = [
	{ code: 'WELCOME10', type: 'PERCENTAGE', value: 10, is_active: true },
	{ code: 'FRIDAY25', type: 'FIXED', value: 25, is_active: true },
	{ code: 'SUMMER2024', type: 'PERCENTAGE', value: 15, is_active: false },
];

/** Fills the store's emptied arrays; every choice is drawn from `random`. */
function seedFlavours(store, random, customerCount) {
	const at = iso(SEED_NOW - 400 * 24 * HOUR_MS);
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
		const marketId = index < 3 ? 1 : 2;
		const id = store.nextId('branches');
		store.add('branches', {
			id,
			market_id: marketId,
			name_en: branch.name.en,
			name_ar: branch.name.ar,
			address: branch.address,
			latitude: branch.latitude,
			longitude: branch.longitude,
			is_active: true,
			...stamp,
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
			market_id: 1,
			name_en: section.name.en,
			name_ar: section.name.ar,
			is_active: true,
			...stamp,
		});
		for (const item of section.products) {
			store.add('products', {
				id: store.nextId('products'),
				market_id: 1,
				category_id: categoryId,
				name_en: item.name.en,
				name_ar: item.name.ar,
				description_en: null,
				description_ar: null,
				duration: item.time,
				stock: null,
				is_active: true,
				modifiers: [
					{
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
			id: store.nextId('paymentMethods'),
			market_id: 1,
			...method,
			is_active: true,
			...stamp,
		});
	for (const discount of DISCOUNTS)
		store.add('discounts', { id: store.nextId('discounts'), market_id: 1, ...discount, ...stamp });

	seedCustomers(store, random, customerCount);
}

// Customers as the customer webhook shows them: the profile, with the login in `user`. One in ten
// belongs to the second market.
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
		const id = store.nextId('customers');
		store.add('customers', {
			id,
			market_id: number % 10 === 0 ? 2 : 1,
			type: 'INDIVIDUAL',
			gender: random.chance(0.5) ? 'FEMALE' : 'MALE',
			tax_number: null,
			city: random.pick(['Riyadh', 'Jeddah', 'Dammam', 'Khobar']),
			district: null,
			street: null,
			user: {
				id: 1000 + id,
				role: 'CUSTOMER',
				name: `${given} ${family}`,
				email: random.chance(0.6) ? `customer${number}@example.com` : null,
				phone_prefix: '966',
				phone: uniquePhone(),
				lang: random.chance(0.7) ? 'ar' : 'en',
				is_active: !random.chance(0.05),
				created_at: joined,
				updated_at: joined,
			},
			created_at: joined,
			updated_at: joined,
		});
	}
}

module.exports = { seedFlavours, SEED_NOW };
