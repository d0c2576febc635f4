'use strict';
// The demo's closing table: every execution of the demo's workflows, read back from n8n's public API,
// with a one-line summary of what each run did.
const { nodeOutput } = require('../lib/workflows');

const RETM_TRIGGER = 'n8n-nodes-restaurant-pos.retmTrigger';

function errorMessage(execution) {
	const error = execution.data?.resultData?.error;
	return error ? `error: ${error.message}` : '';
}

function customerLabel(customer = {}, raw = undefined) {
	const names = [customer.name, raw?.customer?.name_localized].filter(Boolean);
	return names.length ? names.join(' / ') : `customer ${customer.id}`;
}

/** What one run did, in a few words, from its run data. */
function summarize(execution, workflow) {
	const failed = errorMessage(execution);
	const runData = execution.data?.resultData?.runData ?? {};
	if (runData['Get many customers']) {
		const customers = nodeOutput(execution, 'Get many customers').length;
		const [tax] = nodeOutput(execution, 'Create VAT tax');
		const [order] = nodeOutput(execution, 'Create order');
		const parts = [`${customers} customers listed`];
		if (tax) parts.push(`tax "${tax.name?.en}" ${tax.value}%`);
		if (order)
			parts.push(`order ${order.reference} (${order.partner_reference}), ${order.total} SAR`);
		return failed ? `${parts.join('; ')}; ${failed}` : parts.join('; ');
	}
	const trigger = (workflow.nodes ?? []).find((node) => node.type === RETM_TRIGGER);
	const [event] = trigger ? nodeOutput(execution, trigger.name) : [];
	if (event?.customer) {
		const [sent] = nodeOutput(execution, 'Send welcome email');
		const outcome = sent
			? `welcome email to ${event.customer.email}`
			: 'no email address, nothing sent';
		return `${event.event} ${customerLabel(event.customer, event.raw)}: ${failed || outcome}`;
	}
	return failed;
}

const time = (iso) => (iso ? new Date(iso).toLocaleTimeString('en-GB', { hour12: false }) : '');
const duration = (execution) =>
	execution.startedAt && execution.stoppedAt
		? `${((new Date(execution.stoppedAt) - new Date(execution.startedAt)) / 1000).toFixed(1)} s`
		: '';

/**
 * @param {Array<{ workflow: {id: string, name: string, nodes: object[]}, executions: object[] }>} groups
 *   workflows as n8n's API returns them, each with its executions
 *   (fetched with includeData)
 * @returns {string} a plain-text table
 */
function executionsTable(groups) {
	const rows = groups
		.flatMap(({ workflow, executions }) => executions.map((execution) => ({ workflow, execution })))
		.sort((a, b) => Number(a.execution.id) - Number(b.execution.id))
		.map(({ workflow, execution }) => [
			workflow.name,
			String(execution.id),
			execution.status,
			time(execution.startedAt),
			duration(execution),
			summarize(execution, workflow),
		]);
	const header = ['Workflow', 'Execution', 'Status', 'Started', 'Took', 'Summary'];
	if (!rows.length) return '(no executions)';
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => row[column].length)),
	);
	const line = (cells) =>
		cells
			.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
			.join('  ');
	return [
		line(header),
		line(widths.map((width, column) => '-'.repeat(column === widths.length - 1 ? 7 : width))),
		...rows.map(line),
	].join('\n');
}

/**
 * Whether the demo did what it promises: each workflow has exactly its expected number of executions,
 * and every one of them succeeded.
 * @param {Array<{ workflow: {id: string, name: string}, executions: object[] }>} groups
 * @param {Record<string, number>} expected executions expected per workflow id
 * @returns {{ ok: boolean, expected: number, problems: string[] }}
 */
function demoVerdict(groups, expected) {
	const problems = [];
	for (const { workflow, executions } of groups) {
		const want = expected[workflow.id] ?? 0;
		if (executions.length !== want)
			problems.push(`"${workflow.name}" has ${executions.length} executions, expected ${want}`);
		for (const execution of executions) {
			if (execution.status !== 'success')
				problems.push(`"${workflow.name}" execution ${execution.id} is ${execution.status}`);
		}
	}
	const total = Object.values(expected).reduce((sum, n) => sum + n, 0);
	return { ok: problems.length === 0, expected: total, problems };
}

module.exports = { executionsTable, summarize, demoVerdict };
