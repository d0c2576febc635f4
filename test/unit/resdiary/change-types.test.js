'use strict';
const { readChangeType, changeFamilies } = require('../../../nodes/ResDiary/changeTypes');

describe('readChangeType', () => {
	test.each([
		// documented
		['CustomerSmsChanged', 'contactDetails', 'phone'],
		['CustomerGroupEmailMarketingOptinChanged', 'marketingOptIns', 'groupEmailMarketing'],
		['CustomerGroupEmailMarketingTextChanged', 'marketingOptIns', 'groupEmailMarketingOptInText'],
		[
			'CustomerGroupEmailMarketingDateChanged',
			'marketingOptIns',
			'groupEmailMarketingOptInDateTime',
		],
		// the same families under names ResDiary does not show
		['CustomerMobileChanged', 'contactDetails', 'phone'],
		['CustomerMobileNumberChanged', 'contactDetails', 'phone'],
		['CustomerEmailChanged', 'contactDetails', 'email'],
		['CustomerRestaurantSmsMarketingOptinChanged', 'marketingOptIns', 'restaurantSmsMarketing'],
		['customergroupsmsmarketingoptinchanged', 'marketingOptIns', 'groupSmsMarketing'],
		['CustomerCreated', 'created', 'CustomerCreated'],
		['CustomerAdded', 'created', 'CustomerAdded'],
		['CustomerRecordCreated', 'created', 'CustomerRecordCreated'],
		['CustomerDeleted', 'deleted', 'CustomerDeleted'],
		['CustomerRemoved', 'deleted', 'CustomerRemoved'],
		['CustomerAnonymised', 'deleted', 'CustomerAnonymised'],
		['CustomerProfileAnonymized', 'deleted', 'CustomerProfileAnonymized'],
		[' CustomerDeleted ', 'deleted', 'CustomerDeleted'],
		// kept under their own name
		['CustomerBirthdayChanged', 'other', 'CustomerBirthdayChanged'],
		['CustomerEmailRemoved', 'other', 'CustomerEmailRemoved'],
		['', 'other', ''],
	])('%s is %s, reported as %s', (changeType, family, field) => {
		expect(readChangeType(changeType)).toEqual({ family, field });
	});
});

describe('changeFamilies', () => {
	test('each family once, in the order first seen', () => {
		expect(
			changeFamilies([
				'CustomerGroupEmailMarketingOptinChanged',
				'CustomerSmsChanged',
				'CustomerGroupEmailMarketingTextChanged',
				'CustomerBirthdayChanged',
			]),
		).toEqual(['marketingOptIns', 'contactDetails', 'other']);
	});

	test('no change types, no families', () => {
		expect(changeFamilies([])).toEqual([]);
	});
});
