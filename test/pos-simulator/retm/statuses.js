'use strict';

// [doc] for invoices. Orders reuse the same numbers [guess]: a new order is pending, a cancelled
// one void.
const orderStatus = { closed: 1, pending: 2, active: 3, refunded: 4, void: 5 };

// [doc] from Flavours' delivery webhook; RETM's delivery-status endpoint is taken to use the
// same 1..7 [guess].
const deliveryStatus = {
	underReview: 1,
	inProcess: 2,
	canceled: 3,
	pickupReady: 4,
	assigned: 5,
	outForDelivery: 6,
	delivered: 7,
};

// [doc] 1 fixed, 2 percentage (from the charge's nested tax).
const taxType = { fixed: 1, percentage: 2 };

// [doc] 1 Cash, 2 Card, 3 Other, 4 Gift card, 5 Credit account, 6 Third party.
const paymentMethodTypes = [1, 2, 3, 4, 5, 6];

module.exports = { orderStatus, deliveryStatus, taxType, paymentMethodTypes };
