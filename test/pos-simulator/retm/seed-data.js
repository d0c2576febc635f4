'use strict';

// The fixed catalogue of a Saudi restaurant chain the RETM simulator starts from. Only customers,
// invoices and orders are generated (from these lists, with a seeded random source), so everything
// here can be read as the "menu" a test or a demo works against.

const firstNames = [
	{ en: 'Ahmad', ar: 'أحمد' },
	{ en: 'Mohammed', ar: 'محمد' },
	{ en: 'Abdullah', ar: 'عبدالله' },
	{ en: 'Khalid', ar: 'خالد' },
	{ en: 'Fahad', ar: 'فهد' },
	{ en: 'Sultan', ar: 'سلطان' },
	{ en: 'Abdulrahman', ar: 'عبدالرحمن' },
	{ en: 'Faisal', ar: 'فيصل' },
	{ en: 'Saud', ar: 'سعود' },
	{ en: 'Nasser', ar: 'ناصر' },
	{ en: 'Omar', ar: 'عمر' },
	{ en: 'Yousef', ar: 'يوسف' },
	{ en: 'Ibrahim', ar: 'إبراهيم' },
	{ en: 'Turki', ar: 'تركي' },
	{ en: 'Bandar', ar: 'بندر' },
	{ en: 'Majed', ar: 'ماجد' },
	{ en: 'Noura', ar: 'نورة' },
	{ en: 'Sara', ar: 'سارة' },
	{ en: 'Fatimah', ar: 'فاطمة' },
	{ en: 'Reem', ar: 'ريم' },
	{ en: 'Lama', ar: 'لمى' },
	{ en: 'Haifa', ar: 'هيفاء' },
	{ en: 'Munira', ar: 'منيرة' },
	{ en: 'Jawaher', ar: 'جواهر' },
	{ en: 'Alanoud', ar: 'العنود' },
	{ en: 'Maha', ar: 'مها' },
	{ en: 'Dana', ar: 'دانة' },
	{ en: 'Shahad', ar: 'شهد' },
];

const familyNames = [
	{ en: 'Al-Qahtani', ar: 'القحطاني' },
	{ en: 'Al-Otaibi', ar: 'العتيبي' },
	{ en: 'Al-Shammari', ar: 'الشمري' },
	{ en: 'Al-Dosari', ar: 'الدوسري' },
	{ en: 'Al-Ghamdi', ar: 'الغامدي' },
	{ en: 'Al-Zahrani', ar: 'الزهراني' },
	{ en: 'Al-Harbi', ar: 'الحربي' },
	{ en: 'Al-Mutairi', ar: 'المطيري' },
	{ en: 'Al-Subaie', ar: 'السبيعي' },
	{ en: 'Al-Anazi', ar: 'العنزي' },
	{ en: 'Al-Shehri', ar: 'الشهري' },
	{ en: 'Al-Malki', ar: 'المالكي' },
	{ en: 'Al-Rasheed', ar: 'الرشيد' },
	{ en: 'Al-Sudairi', ar: 'السديري' },
	{ en: 'Al-Buqami', ar: 'البقمي' },
	{ en: 'Al-Khaldi', ar: 'الخالدي' },
];

// Saudi mobile numbers start 05 and the third digit is one of these.
const mobilePrefixes = ['050', '053', '054', '055', '056', '058', '059'];

const branches = [
	{
		reference: 'B01',
		name: { en: 'Riyadh - Olaya', ar: 'الرياض - العليا' },
		phone: '0112345601',
		address: 'Olaya St, Al Olaya, Riyadh 12214',
		latitude: '24.694970',
		longitude: '46.685276',
	},
	{
		reference: 'B02',
		name: { en: 'Riyadh - Hittin', ar: 'الرياض - حطين' },
		phone: '0112345602',
		address: 'Prince Turki Bin Abdulaziz Al Awwal Rd, Hittin, Riyadh 13512',
		latitude: '24.764012',
		longitude: '46.600538',
	},
	{
		reference: 'B03',
		name: { en: 'Jeddah - Tahlia', ar: 'جدة - التحلية' },
		phone: '0122345603',
		address: 'Prince Mohammed Bin Abdulaziz St, Al Andalus, Jeddah 23326',
		latitude: '21.543333',
		longitude: '39.172779',
	},
	{
		reference: 'B04',
		name: { en: 'Khobar - Corniche', ar: 'الخبر - الكورنيش' },
		phone: '0132345604',
		address: 'Corniche Rd, Al Khobar Al Shamalia, Al Khobar 34428',
		latitude: '26.288570',
		longitude: '50.219640',
	},
];

// [guess] device kinds; RETM's devices list is not documented beyond its path.
const deviceKinds = [
	{ type: 'cashier', label: 'Cashier' },
	{ type: 'kds', label: 'Kitchen Display' },
];

const taxes = [
	{ key: 'vat', name: { en: 'VAT 15%', ar: 'ضريبة القيمة المضافة ١٥٪' }, type: 2, value: 15 },
	{
		key: 'tobacco',
		name: { en: 'Tobacco excise', ar: 'ضريبة التبغ الانتقائية' },
		type: 2,
		value: 100,
	},
];

const charges = [
	{ name: { en: 'Service charge', ar: 'رسوم الخدمة' }, value: 10, tax: 'vat' },
	{ name: { en: 'Delivery fee', ar: 'رسوم التوصيل' }, value: 15, tax: 'vat' },
	{ name: { en: 'Packaging', ar: 'رسوم التغليف' }, value: 2, tax: 'vat' },
];

// Types per the docs: 1 Cash, 2 Card, 3 Other, 4 Gift card, 5 Credit account, 6 Third party.
// zatca_payment_code follows UN/EDIFACT 4461: 10 cash, 48 bank card, 1 not defined, 30 transfer.
const paymentMethods = [
	{
		name: { en: 'Cash', ar: 'نقدي' },
		type: 1,
		auto_open_drawer: true,
		ecr_enabled: false,
		zatca_payment_code: '10',
	},
	{
		name: { en: 'Mada', ar: 'مدى' },
		type: 2,
		auto_open_drawer: false,
		ecr_enabled: true,
		zatca_payment_code: '48',
	},
	{
		name: { en: 'Visa / Mastercard', ar: 'فيزا / ماستركارد' },
		type: 2,
		auto_open_drawer: false,
		ecr_enabled: true,
		zatca_payment_code: '48',
	},
	{
		name: { en: 'STC Pay', ar: 'إس تي سي باي' },
		type: 3,
		auto_open_drawer: false,
		ecr_enabled: false,
		zatca_payment_code: '1',
	},
	{
		name: { en: 'Gift card', ar: 'بطاقة هدية' },
		type: 4,
		auto_open_drawer: false,
		ecr_enabled: false,
		zatca_payment_code: '1',
	},
	{
		name: { en: 'Company account', ar: 'حساب آجل للشركات' },
		type: 5,
		auto_open_drawer: false,
		ecr_enabled: false,
		zatca_payment_code: '30',
	},
	{
		name: { en: 'HungerStation', ar: 'هنقرستيشن' },
		type: 6,
		auto_open_drawer: false,
		ecr_enabled: false,
		zatca_payment_code: '1',
	},
	{
		name: { en: 'Jahez', ar: 'جاهز' },
		type: 6,
		auto_open_drawer: false,
		ecr_enabled: false,
		zatca_payment_code: '1',
	},
];

const orderTypes = [
	{ key: 'dine-in', name: { en: 'Dine in', ar: 'محلي' } },
	{ key: 'takeaway', name: { en: 'Takeaway', ar: 'سفري' } },
	{ key: 'delivery', name: { en: 'Delivery', ar: 'توصيل' } },
	{ key: 'drive-thru', name: { en: 'Drive-thru', ar: 'استلام من السيارة' } },
];

// Products per category. `variations` and `modifiers` refer to the option sets below.
const menu = [
	{
		name: { en: 'Appetizers', ar: 'المقبلات' },
		products: [
			{ sku: 'APP-001', name: { en: 'Hummus', ar: 'حمص' }, price: 18, calories: 320, time: 5 },
			{ sku: 'APP-002', name: { en: 'Mutabbal', ar: 'متبل' }, price: 18, calories: 280, time: 5 },
			{ sku: 'APP-003', name: { en: 'Fattoush', ar: 'فتوش' }, price: 22, calories: 210, time: 7 },
			{ sku: 'APP-004', name: { en: 'Tabbouleh', ar: 'تبولة' }, price: 22, calories: 190, time: 7 },
			{
				sku: 'APP-005',
				name: { en: 'Cheese sambousek (6 pcs)', ar: 'سمبوسة جبن (٦ حبات)' },
				price: 20,
				calories: 450,
				time: 10,
			},
		],
	},
	{
		name: { en: 'Grills', ar: 'المشويات' },
		products: [
			{
				sku: 'GRL-001',
				name: { en: 'Mixed grill', ar: 'مشاوي مشكلة' },
				price: 75,
				calories: 1250,
				time: 25,
				variations: 'grillSize',
			},
			{
				sku: 'GRL-002',
				name: { en: 'Shish tawook', ar: 'شيش طاووق' },
				price: 48,
				calories: 680,
				time: 20,
				modifiers: 'grillSides',
			},
			{
				sku: 'GRL-003',
				name: { en: 'Lamb kebab', ar: 'كباب لحم' },
				price: 55,
				calories: 820,
				time: 20,
				modifiers: 'grillSides',
			},
			{
				sku: 'GRL-004',
				name: { en: 'Lamb chops', ar: 'ريش غنم' },
				price: 85,
				calories: 940,
				time: 25,
			},
		],
	},
	{
		name: { en: 'Main dishes', ar: 'الأطباق الرئيسية' },
		products: [
			{
				sku: 'MAN-001',
				name: { en: 'Chicken kabsa', ar: 'كبسة دجاج' },
				price: 45,
				calories: 1100,
				time: 15,
				variations: 'portion',
			},
			{
				sku: 'MAN-002',
				name: { en: 'Lamb mandi', ar: 'مندي لحم' },
				price: 89,
				calories: 1450,
				time: 20,
				variations: 'portion',
			},
			{
				sku: 'MAN-003',
				name: { en: 'Chicken mandi', ar: 'مندي دجاج' },
				price: 49,
				calories: 1150,
				time: 15,
				variations: 'portion',
			},
			{
				sku: 'MAN-004',
				name: { en: 'Lamb madfoon', ar: 'مدفون لحم' },
				price: 95,
				calories: 1500,
				time: 30,
			},
			{ sku: 'MAN-005', name: { en: 'Jareesh', ar: 'جريش' }, price: 28, calories: 520, time: 10 },
			{ sku: 'MAN-006', name: { en: 'Saleeg', ar: 'سليق' }, price: 38, calories: 760, time: 15 },
			{ sku: 'MAN-007', name: { en: 'Margoog', ar: 'مرقوق' }, price: 35, calories: 640, time: 15 },
		],
	},
	{
		name: { en: 'Sandwiches', ar: 'الساندويتشات' },
		products: [
			{
				sku: 'SND-001',
				name: { en: 'Chicken shawarma', ar: 'شاورما دجاج' },
				price: 14,
				calories: 480,
				time: 5,
				modifiers: 'shawarmaExtras',
			},
			{
				sku: 'SND-002',
				name: { en: 'Beef shawarma', ar: 'شاورما لحم' },
				price: 16,
				calories: 540,
				time: 5,
				modifiers: 'shawarmaExtras',
			},
			{
				sku: 'SND-003',
				name: { en: 'Falafel sandwich', ar: 'ساندويتش فلافل' },
				price: 9,
				calories: 390,
				time: 5,
			},
			{
				sku: 'SND-004',
				name: { en: 'Meat mutabbaq', ar: 'مطبق لحم' },
				price: 15,
				calories: 610,
				time: 8,
			},
		],
	},
	{
		name: { en: 'Desserts', ar: 'الحلويات' },
		products: [
			{ sku: 'DST-001', name: { en: 'Kunafa', ar: 'كنافة' }, price: 28, calories: 560, time: 10 },
			{ sku: 'DST-002', name: { en: 'Luqaimat', ar: 'لقيمات' }, price: 18, calories: 430, time: 8 },
			{ sku: 'DST-003', name: { en: 'Umm Ali', ar: 'أم علي' }, price: 24, calories: 520, time: 10 },
			{ sku: 'DST-004', name: { en: 'Basbousa', ar: 'بسبوسة' }, price: 16, calories: 380, time: 3 },
			{
				sku: 'DST-005',
				name: { en: 'Date maamoul (4 pcs)', ar: 'معمول تمر (٤ حبات)' },
				price: 20,
				calories: 340,
				time: 3,
			},
		],
	},
	{
		name: { en: 'Hot drinks', ar: 'المشروبات الساخنة' },
		products: [
			{
				sku: 'HOT-001',
				name: { en: 'Saudi coffee (dallah)', ar: 'قهوة سعودية (دلة)' },
				price: 35,
				calories: 20,
				time: 5,
				modifiers: 'dates',
			},
			{
				sku: 'HOT-002',
				name: { en: 'Karak tea', ar: 'شاي كرك' },
				price: 8,
				calories: 150,
				time: 3,
			},
			{
				sku: 'HOT-003',
				name: { en: 'Mint tea', ar: 'شاي بالنعناع' },
				price: 7,
				calories: 40,
				time: 3,
			},
			{
				sku: 'HOT-004',
				name: { en: 'Turkish coffee', ar: 'قهوة تركية' },
				price: 12,
				calories: 10,
				time: 4,
			},
			{
				sku: 'HOT-005',
				name: { en: 'Cappuccino', ar: 'كابتشينو' },
				price: 16,
				calories: 120,
				time: 4,
				variations: 'cupSize',
			},
		],
	},
	{
		name: { en: 'Cold drinks', ar: 'المشروبات الباردة' },
		products: [
			{
				sku: 'CLD-001',
				name: { en: 'Fresh orange juice', ar: 'عصير برتقال طازج' },
				price: 15,
				calories: 160,
				time: 4,
			},
			{
				sku: 'CLD-002',
				name: { en: 'Lemon mint', ar: 'ليمون بالنعناع' },
				price: 14,
				calories: 130,
				time: 4,
			},
			{ sku: 'CLD-003', name: { en: 'Laban', ar: 'لبن' }, price: 6, calories: 110, time: 1 },
			{ sku: 'CLD-004', name: { en: 'Water', ar: 'ماء' }, price: 3, calories: 0, time: 1 },
			{ sku: 'CLD-005', name: { en: 'Vimto', ar: 'فيمتو' }, price: 7, calories: 140, time: 1 },
		],
	},
];

// [guess] The variation shape is not documented; `{id, name, price}` follows the invoice's
// `variation {id, name}` and adds the price.
const variationSets = {
	portion: [
		{ name: { en: 'Quarter', ar: 'ربع' }, factor: 0.5 },
		{ name: { en: 'Half', ar: 'نص' }, factor: 1 },
		{ name: { en: 'Whole', ar: 'كامل' }, factor: 1.9 },
	],
	grillSize: [
		{ name: { en: 'For one', ar: 'لشخص' }, factor: 1 },
		{ name: { en: 'Family (4)', ar: 'عائلي (٤ أشخاص)' }, factor: 3.6 },
	],
	cupSize: [
		{ name: { en: 'Regular', ar: 'عادي' }, factor: 1 },
		{ name: { en: 'Large', ar: 'كبير' }, factor: 1.25 },
	],
};

const modifierSets = {
	shawarmaExtras: {
		name: { en: 'Extras', ar: 'إضافات' },
		multiple: true,
		min_selection: 0,
		max_selection: 3,
		items: [
			{ name: { en: 'Garlic sauce', ar: 'ثومية' }, extra_price: 1 },
			{ name: { en: 'Extra cheese', ar: 'جبن إضافي' }, extra_price: 3 },
			{ name: { en: 'Spicy', ar: 'حار' }, extra_price: 0 },
		],
	},
	grillSides: {
		name: { en: 'Side', ar: 'الطبق الجانبي' },
		multiple: false,
		min_selection: 1,
		max_selection: 1,
		items: [
			{ name: { en: 'Rice', ar: 'رز' }, extra_price: 0 },
			{ name: { en: 'Fries', ar: 'بطاطس' }, extra_price: 0 },
			{ name: { en: 'Grilled vegetables', ar: 'خضار مشوية' }, extra_price: 5 },
		],
	},
	dates: {
		name: { en: 'Dates', ar: 'التمر' },
		multiple: false,
		min_selection: 0,
		max_selection: 1,
		items: [
			{ name: { en: 'Sukkari dates', ar: 'تمر سكري' }, extra_price: 10 },
			{ name: { en: 'Ajwa dates', ar: 'تمر عجوة' }, extra_price: 18 },
		],
	},
};

// Groups and price lists name products by sku so this file stays readable.
const groups = [
	{
		name: { en: 'Family meals', ar: 'الوجبات العائلية' },
		skus: ['GRL-001', 'MAN-002', 'APP-001', 'CLD-005'],
	},
	{ name: { en: 'Breakfast', ar: 'الفطور' }, skus: ['MAN-005', 'SND-004', 'HOT-002', 'HOT-003'] },
	{
		name: { en: 'Ramadan offers', ar: 'عروض رمضان' },
		skus: ['DST-002', 'CLD-005', 'SND-001', 'HOT-001'],
	},
];

const priceLists = [
	{ name: { en: 'Delivery apps', ar: 'أسعار تطبيقات التوصيل' }, markup: 0.15, branches: 'all' },
	{ name: { en: 'Riyadh Season', ar: 'موسم الرياض' }, markup: 0.1, branches: ['B01', 'B02'] },
];

const orderNotes = [
	null,
	null,
	null,
	'Less spicy please',
	'بدون بصل',
	'Extra napkins',
	'الرجاء الاتصال عند الوصول',
	'No onions',
];

const cancelReasons = [
	'Customer cancelled',
	'Out of stock',
	'العميل ألغى الطلب',
	'Duplicate order',
];

module.exports = {
	firstNames,
	familyNames,
	mobilePrefixes,
	branches,
	deviceKinds,
	taxes,
	charges,
	paymentMethods,
	orderTypes,
	menu,
	variationSets,
	modifierSets,
	groups,
	priceLists,
	orderNotes,
	cancelReasons,
};
