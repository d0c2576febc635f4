'use strict';

// RETM writes money as a string with three decimals ("75.000") and dates as "2025-12-17 19:26:35".
// The dates are taken to be Riyadh local time (UTC+3, no daylight saving) [guess].
const RIYADH_OFFSET_MS = 3 * 60 * 60 * 1000;

const roundMoney = (amount) => Math.round(Number(amount) * 1000) / 1000;
const money = (amount) => roundMoney(amount).toFixed(3);

// The order charge sample in the docs shows "20.00", so charges keep two decimals.
const chargeValue = (amount) => Number(amount).toFixed(2);

function retmDate(date) {
	return new Date(date.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

const now = () => retmDate(new Date());

module.exports = { roundMoney, money, chargeValue, retmDate, now };
