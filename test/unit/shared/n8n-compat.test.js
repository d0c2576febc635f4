// The package loads on n8n releases whose n8n-workflow has no native webhook resolvers (1.x, 2.x
// before 2.35.0): there it must declare exactly the templates a newer n8n would fall back to, and on
// a newer n8n exactly what n8n's own helpers build, so n8n skips its expression engine.
const actual = jest.requireActual('n8n-workflow');

const WEBHOOK_RESOLVERS = Symbol.for('n8n.webhookDescriptionResolvers');

/** The compat module as loaded against an n8n-workflow without the native helpers. */
function loadAgainstOldWorkflow() {
	let compat;
	jest.isolateModules(() => {
		jest.doMock('n8n-workflow', () => {
			const old = { ...actual };
			delete old.fromFunction;
			delete old.fromParameter;
			delete old.webhookDescriptionFields;
			return old;
		});
		compat = require('../../../nodes/shared/triggers/n8nCompat');
	});
	jest.dontMock('n8n-workflow');
	return compat;
}

function loadAgainstCurrentWorkflow() {
	let compat;
	jest.isolateModules(() => {
		compat = require('../../../nodes/shared/triggers/n8nCompat');
	});
	return compat;
}

// Self-contained, as n8n requires of functions inlined into templates.
const answer = (parameters) => (parameters.respond === 'lastNode' ? 'firstEntryJson' : '');

/**
 * What n8n's expression engine computes for a `={{...}}` template over these parameters. The engine
 * yields undefined when a path walks into a missing parent, hence the optional chaining.
 */
function evaluateTemplate(template, parameters) {
	const body = template
		.replace(/^=\{\{/, '')
		.replace(/\}\}$/, '')
		.replaceAll('"][', '"]?.[');
	return new Function('$parameter', `return (${body});`)(parameters);
}

const parameterSamples = [
	{ respond: 'lastNode' },
	{ respond: 'onReceived' },
	{ respond: '' },
	{},
	{ options: { path: 'x' } },
	{ options: null },
];

describe('n8n compatibility of webhook-description fields', () => {
	test('the n8n-workflow this package is built against has native resolvers, and they are used', () => {
		const compat = loadAgainstCurrentWorkflow();
		expect(compat.nativeWebhookResolvers).toBe(true);

		const ours = compat.webhookDescriptionFields({
			responseMode: compat.fromParameter('respond'),
			responseData: compat.fromFunction(answer),
		});
		const theirs = actual.webhookDescriptionFields({
			responseMode: actual.fromParameter('respond'),
			responseData: actual.fromFunction(answer),
		});
		// Resolvers are fresh closures on every call: compare what n8n compares, the templates.
		expect(Object.fromEntries(Object.entries(ours))).toEqual({
			responseMode: theirs.responseMode,
			responseData: theirs.responseData,
		});
		const resolvers = compat.webhookResolversOf(ours);
		expect(Object.keys(resolvers).sort()).toEqual(['responseData', 'responseMode']);
		expect(resolvers.responseData.template).toBe(theirs.responseData);
		expect(resolvers.responseMode.template).toBe(theirs.responseMode);

		const description = { name: 'default', httpMethod: 'POST', path: 'webhook', ...ours };
		const node = { parameters: { respond: 'lastNode' } };
		expect(actual.resolveWebhookDescriptionField(node, description, 'responseData')).toEqual({
			resolved: true,
			value: 'firstEntryJson',
		});
		expect(actual.resolveWebhookDescriptionField(node, description, 'responseMode')).toEqual({
			resolved: true,
			value: 'lastNode',
		});
	});

	test('an n8n-workflow without them loads the module and gets the same templates, no resolvers', () => {
		const compat = loadAgainstOldWorkflow();
		expect(compat.nativeWebhookResolvers).toBe(false);

		const fields = compat.webhookDescriptionFields({
			responseMode: compat.fromParameter('respond'),
			responseData: compat.fromFunction(answer),
		});
		const native = actual.webhookDescriptionFields({
			responseMode: actual.fromParameter('respond'),
			responseData: actual.fromFunction(answer),
		});
		expect(fields).toEqual({
			responseMode: native.responseMode,
			responseData: native.responseData,
		});
		expect(Object.getOwnPropertySymbols(fields)).toEqual([]);
		expect(compat.webhookResolversOf(fields)).toBeUndefined();
	});

	test.each([
		['a plain parameter', ['respond']],
		['a parameter with a fallback', ['respond', 'onReceived']],
		['a nested parameter with a fallback', [['options', 'path'], 'webhook']],
	])(
		'%s: the fallback template and resolver agree with n8n’s and with each other',
		(_name, args) => {
			const compat = loadAgainstOldWorkflow();
			const ours = compat.fromParameter(...args);
			const theirs = actual.fromParameter(...args);
			expect(ours.template).toBe(theirs.template);
			for (const parameters of parameterSamples) {
				expect(ours.resolve(parameters)).toEqual(theirs.resolve(parameters));
				expect(ours.resolve(parameters)).toEqual(
					evaluateTemplate(ours.template, { ...parameters }) ?? undefined,
				);
			}
		},
	);

	test('a function field: the inlined template computes what the resolver returns', () => {
		const compat = loadAgainstOldWorkflow();
		const field = compat.fromFunction(answer);
		expect(field.template).toBe(actual.fromFunction(answer).template);
		for (const parameters of parameterSamples) {
			expect(evaluateTemplate(field.template, parameters)).toBe(field.resolve(parameters));
		}
	});
});
