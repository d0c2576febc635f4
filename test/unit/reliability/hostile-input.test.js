'use strict';
// Hostile input, property-based: for every trigger in ./support/triggers.js, at least 10,000
// generated deliveries (bodies, content types and headers: non-JSON, wrong types, huge strings, deep
// nesting, unicode, missing and extra fields, prototype-pollution keys, empty bodies, wrong and
// near-miss secrets) through the node's real webhook() in n8n-core's WebhookContext, parsed the way
// n8n parses them (./support/inProcessWebhook.js), plus a bounded sample over real HTTP.
// Every delivery must get a 2xx or a 4xx that says what was wrong, never an exception; a delivery
// without the secret is always 401 and starts nothing; an authenticated body over 1 MiB is 413; and
// no secret (the real one, the credential's API token, or a wrong one a caller sent) ever shows up
// in an answer, an output item or an error.
const http = require('node:http');
const { randomBytes } = require('node:crypto');
const fc = require('fast-check');

const { availableTriggers } = require('./support/triggers');
const { createInProcessTrigger } = require('./support/inProcessWebhook');
const { httpRequest } = require('../../pos-simulator');

const RUNS = Number(process.env.RELIABILITY_RUNS ?? 10_000);
const HTTP_RUNS = Number(process.env.RELIABILITY_HTTP_RUNS ?? 300);
const MiB = 1024 * 1024;
// The limit the package promises (nodes/shared/deliveryPipeline.ts MAX_DELIVERY_BYTES).
const MAX_DELIVERY_BYTES = MiB;

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

// ---------------------------------------------------------------------------------------------
// Generators

/** Every path to a value inside a JSON object, e.g. [['customer'], ['customer', 'id'], ...]. */
function pathsOf(value, prefix = []) {
	if (value === null || typeof value !== 'object') return [];
	return Object.keys(value).flatMap((key) => [
		[...prefix, key],
		...pathsOf(value[key], [...prefix, key]),
	]);
}

function objectsOf(value, found = [value]) {
	if (value === null || typeof value !== 'object') return found;
	for (const child of Object.values(value)) {
		if (child !== null && typeof child === 'object') {
			found.push(child);
			objectsOf(child, found);
		}
	}
	return found;
}

const wrongTypeValue = fc.oneof(
	fc.constant(null),
	fc.boolean(),
	fc.integer(),
	fc.double(),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constant(''),
	fc.constant([]),
	fc.constant({}),
	fc.jsonValue({ maxDepth: 3 }),
);

/** Edits of a valid sample: delete, retype or add fields, plant prototype-pollution keys. */
const sampleEdits = fc.array(
	fc.record({
		kind: fc.constantFrom('delete', 'retype', 'add', 'pollute'),
		at: fc.nat(),
		key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...POLLUTION_KEYS)),
		value: wrongTypeValue,
	}),
	{ maxLength: 4 },
);

// fc.constant hands out one object for every run: edits work on copies, or bodies would share
// (and grow cycles through) them.
const copy = (value) => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

function applyEdits(sample, edits) {
	const body = JSON.parse(JSON.stringify(sample));
	for (const edit of edits) {
		const paths = pathsOf(body);
		if (edit.kind === 'delete' || edit.kind === 'retype') {
			if (!paths.length) continue;
			const target = paths[edit.at % paths.length];
			const parent = target.slice(0, -1).reduce((node, key) => node[key], body);
			if (parent === null || typeof parent !== 'object') continue;
			if (edit.kind === 'delete') delete parent[target[target.length - 1]];
			else parent[target[target.length - 1]] = copy(edit.value);
		} else {
			const objects = objectsOf(body);
			const target = objects[edit.at % objects.length];
			const key = edit.kind === 'pollute' ? POLLUTION_KEYS[edit.at % 3] : edit.key;
			const value = edit.kind === 'pollute' ? { polluted: 'yes', isAdmin: true } : copy(edit.value);
			// An own property even for "__proto__", exactly what JSON.parse makes of such text.
			Object.defineProperty(target, key, {
				value,
				enumerable: true,
				writable: true,
				configurable: true,
			});
		}
	}
	return body;
}

function deepNesting(depth, kind) {
	if (kind === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
	return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/**
 * One delivery's body: { text?: string, bytes?: Buffer, kind } for a trigger, given `sample(n)`
 * making a fresh valid body.
 */
function bodyArbitrary(trigger) {
	const fresh = fc.nat().map((n) => trigger.freshSample(n));
	return fc.oneof(
		{
			weight: 30,
			arbitrary: fc.tuple(fresh, sampleEdits).map(([s, edits]) => ({
				kind: 'edited sample',
				text: JSON.stringify(applyEdits(s, edits)),
			})),
		},
		{
			weight: 10,
			arbitrary: fresh.map((s) => ({ kind: 'valid sample', text: JSON.stringify(s) })),
		},
		{
			weight: 12,
			arbitrary: fc
				.jsonValue({ maxDepth: 5, stringUnit: 'grapheme' })
				.map((v) => ({ kind: 'any JSON', text: JSON.stringify(v) })),
		},
		{
			weight: 8,
			arbitrary: fc
				.string({ unit: 'grapheme', maxLength: 300 })
				.map((text) => ({ kind: 'text', text })),
		},
		{
			weight: 4,
			arbitrary: fc
				.string({ unit: 'binary', maxLength: 200 })
				.map((text) => ({ kind: 'unicode text', text })),
		},
		{
			weight: 5,
			arbitrary: fc
				.uint8Array({ maxLength: 300 })
				.map((bytes) => ({ kind: 'bytes', bytes: Buffer.from(bytes) })),
		},
		{
			weight: 4,
			arbitrary: fc
				.constantFrom('', ' ', '\n\t ', '\ufeff', 'null', '""', '[]', '{}', '0', 'true')
				.map((text) => ({ kind: 'empty-ish', text })),
		},
		{
			weight: 3,
			arbitrary: fc
				.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('array', 'object'))
				.map(([depth, kind]) => ({ kind: 'deep nesting', text: deepNesting(depth, kind) })),
		},
		{
			weight: 3,
			arbitrary: fc.tuple(fresh, fc.integer({ min: 1, max: 20_000 })).map(([s, depth]) => ({
				kind: 'deep field',
				text: JSON.stringify({ ...s, extra: 'x' }).replace('"x"', deepNesting(depth, 'object')),
			})),
		},
		{
			weight: 3,
			arbitrary: fc
				.tuple(
					fresh,
					fc.integer({ min: MAX_DELIVERY_BYTES - 64 * 1024, max: MAX_DELIVERY_BYTES + 64 * 1024 }),
					fc.constantFrom('x', 'é', '𝄞'),
				)
				.map(([s, size, unit]) => {
					const text = JSON.stringify({ ...s, note: '' });
					const room = Math.max(0, size - Buffer.byteLength(text));
					return {
						kind: 'huge string',
						text: text.replace(
							'"note":""',
							`"note":"${unit.repeat(Math.ceil(room / Buffer.byteLength(unit)))}"`,
						),
					};
				}),
		},
		{
			weight: 1,
			arbitrary: fc
				.integer({ min: 1, max: 3 * MiB })
				.map((size) => ({ kind: 'huge junk', text: 'z'.repeat(size) })),
		},
		{
			weight: 3,
			arbitrary: fc
				.tuple(
					fresh,
					fc.constantFrom(...POLLUTION_KEYS),
					fc.constantFrom('{"polluted":"yes"}', '{"prototype":{"polluted":"yes"}}', 'null', '"x"'),
				)
				.map(([s, key, value]) => ({
					kind: 'pollution text',
					text: JSON.stringify(s).replace(/^\{/, `{"${key}":${value},`),
				})),
		},
		{
			weight: 2,
			arbitrary: fc
				.constantFrom(
					'<event>customer.created</event>',
					'<a><__proto__><polluted>yes</polluted></__proto__></a>',
					'<not xml',
					'event=customer.created&reference=1',
					'__proto__[polluted]=yes&constructor[prototype][polluted]=yes',
				)
				.map((text) => ({ kind: 'form or xml', text })),
		},
	);
}

const CONTENT_TYPES = [
	'application/json',
	'application/json; charset=utf-8',
	'Application/JSON; charset="UTF-8"',
	'application/json; charset=latin1',
	'application/json; charset=utf-16le',
	'application/json; charset=no-such-charset',
	'text/plain',
	'text/plain; charset=utf-8',
	'application/x-www-form-urlencoded',
	'application/xml',
	'text/xml',
	'application/octet-stream',
	'text/html',
	'application/vnd.api+json',
	'',
	';;;',
	undefined,
];

/** Headers: how (or whether) the delivery authenticates, its content type, and junk headers. */
function headersArbitrary(trigger, secret) {
	const wrong = fc.stringMatching(/^[A-Za-z0-9+/_-]{12,48}$/);
	const auth = fc.oneof(
		{
			weight: 3,
			arbitrary: fc.constant({ genuine: true, headers: trigger.validAuth(secret), wrong: [] }),
		},
		{
			weight: 2,
			arbitrary: fc.tuple(wrong, fc.nat()).map(([token, pick]) => {
				const options = trigger.invalidAuth(secret, token);
				return { genuine: false, headers: options[pick % options.length], wrong: [token] };
			}),
		},
	);
	const junk = fc.dictionary(
		fc.oneof(
			fc.constantFrom(...POLLUTION_KEYS, 'x-forwarded-for', 'content-length', 'cookie'),
			fc.stringMatching(/^x-[a-z]{1,10}$/),
		),
		fc.oneof(
			fc.stringMatching(/^[ -~]{0,60}$/),
			fc.string({ unit: 'grapheme', maxLength: 30 }),
			fc.constant('x'.repeat(3000)),
		),
		{ maxKeys: 4 },
	);
	return fc.record({ auth, contentType: fc.constantFrom(...CONTENT_TYPES), junk });
}

// ---------------------------------------------------------------------------------------------
// Checks

function rawOf(body) {
	return body.bytes ?? Buffer.from(body.text, 'utf8');
}

/**
 * n8n's own XML parser (xml2js, run before any node) takes seconds on a megabyte of non-XML text; that
 * is n8n's time, not the trigger's, so big bodies are sent with the other content types only.
 */
function contentTypeFor(raw, contentType) {
	return raw.length > 64 * 1024 && /xml/i.test(contentType ?? '')
		? 'application/json'
		: contentType;
}

/** The message of a 4xx answer: the node's { error } or n8n's { message }. */
function messageOf(text) {
	try {
		const parsed = JSON.parse(text);
		return typeof parsed?.error === 'string' ? parsed.error : parsed?.message;
	} catch {
		return undefined;
	}
}

/** Asserts everything every delivery must satisfy; returns a label for statistics. */
function checkAnswer({ answer, raw, genuine, secrets }) {
	const context = () =>
		`status ${answer.status} by ${answer.by}: ${String(answer.text).slice(0, 300)}`;
	if (answer.thrown) {
		throw new Error(`webhook() threw ${answer.thrown.stack ?? answer.thrown}`);
	}
	const ok = answer.status >= 200 && answer.status < 300;
	const clientError = answer.status >= 400 && answer.status < 500;
	if (!ok && !clientError) throw new Error(`neither 2xx nor 4xx: ${context()}`);
	// Node's HTTP server itself refuses some requests (431 for oversized headers) before n8n sees them.
	if (clientError && answer.by !== undefined) {
		const message = messageOf(answer.text);
		if (typeof message !== 'string' || message.trim() === '') {
			throw new Error(`a 4xx without a message: ${context()}`);
		}
	}
	if (answer.by === 'node') {
		if (!genuine && answer.status !== 401)
			throw new Error(`not refused without the secret: ${context()}`);
		if (genuine && raw.length > MAX_DELIVERY_BYTES && answer.status !== 413) {
			throw new Error(`${raw.length} bytes were not refused with 413: ${context()}`);
		}
		if (genuine && answer.status === 401)
			throw new Error(`the genuine secret was refused: ${context()}`);
	}
	if (answer.items) {
		if (!genuine || answer.status !== 200) throw new Error(`a run started with ${context()}`);
		for (const item of answer.items) {
			const proto = Object.getPrototypeOf(item);
			if (proto !== Object.prototype && proto !== null)
				throw new Error('an output item with a foreign prototype');
			if (typeof item.deliveryId !== 'string')
				throw new Error('an output item without a deliveryId');
		}
	}
	let itemsText;
	try {
		itemsText = JSON.stringify(answer.items ?? []);
	} catch (error) {
		// n8n stores every execution's items as JSON: an item it cannot serialize breaks the run.
		throw new Error(`an output item cannot be serialized (${error.message}): ${context()}`);
	}
	const shown = `${answer.text}\n${itemsText}`;
	for (const secret of secrets) {
		if (secret.length >= 8 && shown.includes(secret)) {
			throw new Error(`a secret shows in the answer or the output: ${context()}`);
		}
	}
	if (
		Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_KEYS.join() ||
		{}.polluted !== undefined ||
		{}.isAdmin !== undefined
	) {
		throw new Error('Object.prototype was polluted');
	}
	if (answer.items) return 'ran';
	return ok ? 'acknowledged' : `refused ${answer.status}`;
}

/** fast-check's failure report, with the counterexample cut short (huge bodies are generated). */
function shortReport(details) {
	if (!details.failed) return;
	const cut = (text, max) =>
		text.length > max ? `${text.slice(0, max)}... (${text.length} chars)` : text;
	const cause =
		details.errorInstance instanceof Error ? details.errorInstance.message : String(details.error);
	throw new Error(
		`Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
			`${cut(cause, 3000)}\ncounterexample: ${cut(JSON.stringify(details.counterexample) ?? '', 1500)}`,
	);
}

function newSecrets() {
	return {
		// Letters and digits, so a wrong-case copy differs.
		secret: `Whs3cr3t${randomBytes(16).toString('hex')}`,
		accessToken: `Acc3ss${randomBytes(16).toString('hex')}`,
	};
}

// ---------------------------------------------------------------------------------------------

const triggers = availableTriggers();

describe.each(triggers.map((trigger) => [trigger.name, trigger]))(
	'%s: hostile input',
	(_name, trigger) => {
		const { secret, accessToken } = newSecrets();
		const nodeClass = trigger.load();
		const makeTrigger = () =>
			createInProcessTrigger({
				nodeClass,
				parameters: trigger.parameters,
				credentials: trigger.credentials(secret, accessToken),
			});

		test(`${RUNS} generated deliveries in n8n's webhook context: 2xx or a clear 4xx, never a leak`, async () => {
			const target = makeTrigger();
			const outcomes = {};
			let slowest = { ms: 0 };
			await fc.assert(
				fc.asyncProperty(
					bodyArbitrary(trigger),
					headersArbitrary(trigger, secret),
					async (body, headers) => {
						const raw = rawOf(body);
						const secrets = [secret, accessToken, ...headers.auth.wrong];
						// A caller may paste a wrong token into the body too; only the headers' tokens count here.
						fc.pre(!secrets.some((s) => raw.includes(s)));
						const started = performance.now();
						const answer = await target.deliver({
							rawBody: raw,
							headers: {
								...headers.junk,
								...(headers.contentType === undefined
									? {}
									: { 'content-type': contentTypeFor(raw, headers.contentType) }),
								...headers.auth.headers,
							},
						});
						const ms = performance.now() - started;
						if (ms > slowest.ms)
							slowest = {
								ms: Math.round(ms),
								kind: body.kind,
								bytes: raw.length,
								contentType: contentTypeFor(raw, headers.contentType),
							};
						if (ms > 2000)
							process.stderr.write(
								`[reliability] slow delivery: ${JSON.stringify(slowest)} ${raw.subarray(0, 200).toString()}\n`,
							);
						const label = checkAnswer({ answer, raw, genuine: headers.auth.genuine, secrets });
						const key = `${body.kind}: ${label}`;
						outcomes[key] = (outcomes[key] ?? 0) + 1;
					},
				),
				{ numRuns: RUNS, endOnFailure: true, reporter: shortReport },
			);
			const total = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
			expect(total).toBeGreaterThanOrEqual(RUNS * 0.99);
			// The generators reach what they are meant to: runs, acknowledgements and each refusal.
			const labels = Object.keys(outcomes).join('\n');
			expect(labels).toMatch(/: ran$/m);
			expect(labels).toMatch(/: refused 401$/m);
			expect(labels).toMatch(/: refused 400$/m);
			expect(labels).toMatch(/: refused 413$/m);
			expect(labels).toMatch(/: refused 422$/m);
			process.stdout.write(
				`[reliability] ${trigger.name}: ${total} deliveries, slowest ${JSON.stringify(slowest)}\n${Object.entries(
					outcomes,
				)
					.sort()
					.map(([key, n]) => `  ${String(n).padStart(5)}  ${key}`)
					.join('\n')}\n`,
			);
		}, 300_000);

		test('an authenticated body over 1 MiB is refused with 413 and starts nothing; up to 1 MiB it is read', async () => {
			const target = makeTrigger();
			await fc.assert(
				fc.asyncProperty(fc.nat(), fc.integer({ min: -4096, max: 4096 }), async (n, delta) => {
					const text = JSON.stringify({ ...trigger.freshSample(n), note: '' });
					const size = MAX_DELIVERY_BYTES + delta;
					const padded = text.replace(
						'"note":""',
						`"note":"${'x'.repeat(Math.max(0, size - Buffer.byteLength(text)))}"`,
					);
					const answer = await target.deliver({
						rawBody: padded,
						headers: { 'content-type': 'application/json', ...trigger.validAuth(secret) },
					});
					if (Buffer.byteLength(padded) > MAX_DELIVERY_BYTES) {
						expect(answer.status).toBe(413);
						expect(answer.items).toBeUndefined();
						expect(messageOf(answer.text)).toMatch(/larger/i);
					} else {
						expect(answer.status).not.toBe(413);
					}
				}),
				{ numRuns: 60, reporter: shortReport },
			);
		});

		test('the same delivery sent again and again starts one run; the repeats are acknowledged', async () => {
			const target = makeTrigger();
			await fc.assert(
				fc.asyncProperty(fc.nat(), fc.integer({ min: 2, max: 5 }), async (n, times) => {
					const sample = trigger.freshSample(n);
					const event = trigger.eventList[n % trigger.eventList.length];
					const text = JSON.stringify(sample);
					const answers = [];
					for (let i = 0; i < times; i++) {
						answers.push(
							await target.deliver({
								rawBody: text,
								headers: { 'content-type': 'application/json', ...trigger.validAuth(secret) },
							}),
						);
					}
					for (const answer of answers) expect(answer.status).toBe(200);
					const runs = answers.filter((answer) => answer.items).length;
					expect(runs).toBe(event.repeatable ? times : 1);
				}),
				{ numRuns: 300, reporter: shortReport },
			);
		});

		test(`${HTTP_RUNS} generated deliveries over real HTTP: 2xx or a clear 4xx, never a leak`, async () => {
			const target = makeTrigger();
			// A plain HTTP server in front of the same in-process webhook: real sockets, header parsing and
			// framing, so what a network caller can send is what reaches the node.
			const server = http.createServer((req, res) => {
				const chunks = [];
				req.on('data', (chunk) => chunks.push(chunk));
				req.on('end', async () => {
					try {
						const answer = await target.deliver({
							rawBody: Buffer.concat(chunks),
							headers: req.headers,
						});
						res.writeHead(answer.status || 500, {
							'content-type': 'application/json',
							'x-answered-by': answer.by,
						});
						res.end(
							answer.thrown ? JSON.stringify({ thrown: String(answer.thrown.stack) }) : answer.text,
						);
					} catch (error) {
						res.writeHead(500, { 'x-answered-by': 'harness' });
						res.end(String(error.stack));
					}
				});
			});
			await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
			const url = `http://127.0.0.1:${server.address().port}/webhook`;
			try {
				const httpSafe = (headers) =>
					Object.fromEntries(
						Object.entries(headers).filter(
							([name, value]) =>
								/^[a-z0-9-]+$/i.test(name) &&
								name !== 'content-length' &&
								/^[\t -~]*$/.test(String(value)),
						),
					);
				await fc.assert(
					fc.asyncProperty(
						bodyArbitrary(trigger),
						headersArbitrary(trigger, secret),
						async (body, headers) => {
							const raw = rawOf(body);
							const secrets = [secret, accessToken, ...headers.auth.wrong];
							fc.pre(!secrets.some((s) => raw.includes(s)));
							const response = await httpRequest(url, {
								method: 'POST',
								headers: httpSafe({
									...headers.junk,
									...(headers.contentType
										? { 'content-type': contentTypeFor(raw, headers.contentType) }
										: {}),
									...headers.auth.headers,
								}),
								body: raw,
								timeoutMs: 30_000,
							});
							checkAnswer({
								answer: {
									by: response.headers['x-answered-by'],
									status: response.status,
									text: response.text,
								},
								raw,
								genuine: headers.auth.genuine,
								secrets,
							});
						},
					),
					{ numRuns: HTTP_RUNS, endOnFailure: true, reporter: shortReport },
				);
			} finally {
				await new Promise((resolve) => server.close(resolve));
			}
		}, 300_000);
	},
);

test('the reliability table covers the RETM Trigger at least', () => {
	expect(triggers.map((trigger) => trigger.name)).toContain('RETM Trigger (Bearer token)');
});
