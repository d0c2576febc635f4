'use strict';
const { toIsoTimestamp } = require('../../../nodes/shared/payloads/timestamps');

test.each([
	['2025-12-17 19:26:35', '2025-12-17T19:26:35.000Z'],
	['2025-12-17T19:26:35', '2025-12-17T19:26:35.000Z'],
	['2025-12-17T19:26:35+03:00', '2025-12-17T16:26:35.000Z'],
	// placeholders: .NET's default date (RETM's customer sample), an unset epoch
	['0001-01-01T00:00:00', null],
	['1970-01-01T00:00:00Z', null],
	[0, null],
	['0', null],
	['2025-13-45 99:00:00', null],
	['   ', null],
	[{ en: '2025-12-17' }, null],
	[1734463595000, '2024-12-17T19:26:35.000Z'],
	['1734463595000', '2024-12-17T19:26:35.000Z'],
	// epoch seconds, as the reward redeem samples send them
	['1765988795', '2025-12-17T16:26:35.000Z'],
	[1765988795, '2025-12-17T16:26:35.000Z'],
	['yesterday', null],
	['', null],
	[undefined, null],
])('%j is %j', (value, iso) => {
	expect(toIsoTimestamp(value)).toBe(iso);
});
