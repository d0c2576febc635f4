'use strict';
const { toIsoTimestamp } = require('../../../nodes/shared/timestamps');

test.each([
	['2025-12-17 19:26:35', '2025-12-17T19:26:35.000Z'],
	['2025-12-17T19:26:35', '2025-12-17T19:26:35.000Z'],
	['2025-12-17T19:26:35+03:00', '2025-12-17T16:26:35.000Z'],
	['0001-01-01T00:00:00', '0001-01-01T00:00:00.000Z'],
	[1734463595000, '2024-12-17T19:26:35.000Z'],
	['1734463595000', '2024-12-17T19:26:35.000Z'],
	['yesterday', null],
	['', null],
	[undefined, null],
])('%j is %j', (value, iso) => {
	expect(toIsoTimestamp(value)).toBe(iso);
});
