'use strict';

// mulberry32: a few lines, fast, and varied enough for seed data, while every run with the same
// seed produces exactly the same store (tests and benchmarks can rely on ids and names).
// The seed is the whole state: createSeededRandom(random.state()) carries on where `random` stands.
function createSeededRandom(seed) {
	let state = seed >>> 0;

	function next() {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	const int = (min, max) => min + Math.floor(next() * (max - min + 1));
	const pick = (list) => list[Math.floor(next() * list.length)];
	const chance = (probability) => next() < probability;
	const digits = (count) => Array.from({ length: count }, () => int(0, 9)).join('');

	function uuid() {
		const bytes = Array.from({ length: 16 }, () => int(0, 255));
		bytes[6] = (bytes[6] & 0x0f) | 0x40;
		bytes[8] = (bytes[8] & 0x3f) | 0x80;
		const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
		return [
			hex.slice(0, 8),
			hex.slice(8, 12),
			hex.slice(12, 16),
			hex.slice(16, 20),
			hex.slice(20),
		].join('-');
	}

	// A ULID-style id as RETM shows them (26 Crockford base-32 characters, 01GZK6C7J03PQP7KGRAQ3F197Y):
	// the leading "01" keeps them in the range of real timestamps.
	const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
	const ulid = () =>
		'01' + Array.from({ length: 24 }, () => CROCKFORD[int(0, CROCKFORD.length - 1)]).join('');

	return { next, int, pick, chance, digits, uuid, ulid, state: () => state };
}

module.exports = { createSeededRandom };
