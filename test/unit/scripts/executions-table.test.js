'use strict';
// The demo's verdict (`npm run demo -- --once` exits 0 only when it holds): every workflow has exactly
// the executions the demo expects, and each of them succeeded.
const { demoVerdict, executionsTable } = require('../../../scripts/demo/executions-table');

const welcome = { id: 'w1', name: 'Welcome', nodes: [] };
const actions = { id: 'w2', name: 'Actions', nodes: [] };
const execution = (id, status) => ({ id, status, data: { resultData: { runData: {} } } });

test('all expected executions succeeded: ok', () => {
	const verdict = demoVerdict(
		[
			{ workflow: welcome, executions: [execution('1', 'success'), execution('2', 'success')] },
			{ workflow: actions, executions: [execution('3', 'success')] },
		],
		{ w1: 2, w2: 1 },
	);
	expect(verdict).toEqual({ ok: true, expected: 3, problems: [] });
});

test('a failed execution, a missing one and an unexpected one each fail the verdict', () => {
	const verdict = demoVerdict(
		[
			{ workflow: welcome, executions: [execution('1', 'success'), execution('2', 'error')] },
			{ workflow: actions, executions: [] },
		],
		{ w1: 2, w2: 1 },
	);
	expect(verdict.ok).toBe(false);
	expect(verdict.problems).toEqual([
		'"Welcome" execution 2 is error',
		'"Actions" has 0 executions, expected 1',
	]);
	const extra = demoVerdict([{ workflow: welcome, executions: [execution('1', 'success')] }], {
		w1: 0,
	});
	expect(extra.problems).toEqual(['"Welcome" has 1 executions, expected 0']);
});

test('the table lists every execution with its status', () => {
	const table = executionsTable([
		{ workflow: welcome, executions: [execution('7', 'error'), execution('6', 'success')] },
	]);
	const rows = table.split('\n').slice(2);
	expect(rows.map((row) => row.split(/\s{2,}/).slice(0, 3))).toEqual([
		['Welcome', '6', 'success'],
		['Welcome', '7', 'error'],
	]);
});
