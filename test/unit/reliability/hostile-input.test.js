'use strict';
// Hostile input, property-based: for every trigger in ./support/triggers.js and both node versions
// (1, and 2, the default, for which n8n leaves bodies of content types it does not parse unread),
// at least 10,000 generated deliveries (bodies, content types, content encodings and headers:
// non-JSON, wrong types, huge strings, bodies over n8n's own 16 MiB limit, gzip bombs, corrupt
// gzip and deflate, multipart forms, clients hanging up mid-body, deep nesting, unicode, missing and
// extra fields, prototype-pollution keys, empty bodies, wrong and near-miss secrets) through the
// node's real webhook() in n8n-core's WebhookContext, read and parsed the way n8n does it
// (./support/inProcessWebhook.js), plus a bounded sample over real HTTP.
// `npm test` runs a seeded sample of the same generators (RUNS below: every trigger, node version and
// hostile class is still reached, asserted at the end of each run); `npm run test:reliability` runs
// the full 10,000 per configuration with a fresh seed (RELIABILITY_RUNS, RELIABILITY_SEED).
// Every delivery must get a 2xx or a 4xx that says what was wrong, never an exception; a delivery
// without the secret is always 401 and starts nothing; an authenticated body over 1 MiB is 413; a
// body the node reads and cannot (over 16 MiB, broken encoding, aborted) is 413 or 400 and starts
// nothing; the only 5xx are n8n's own, for bodies n8n reads itself before the node runs and cannot;
// and no secret (the real one, the credential's API token, or a wrong one a caller sent) ever
// shows up in an answer, an output item or an error.
const http = require('node:http');
const zlib = require('node:zlib');
const { randomBytes } = require('node:crypto');
const fc = require('fast-check');

const { availableTriggers } = require('../../helpers/hostileTriggers');
const { createInProcessTrigger } = require('../../helpers/inProcessWebhook');
const {
	N8N_PAYLOAD_LIMIT,
	contentTypeOf,
	isParsableContentType,
} = require('../../helpers/n8nRequestReading');
const { httpRequest } = require('../../pos-simulator');

const FULL = process.env.RELIABILITY_FULL === '1';
const RUNS = Number(process.env.RELIABILITY_RUNS ?? (FULL ? 10_000 : 500));
const HTTP_RUNS = Number(process.env.RELIABILITY_HTTP_RUNS ?? (FULL ? 300 : 40));
// The smaller property checks, scaled with the main one.
const SIZE_RUNS = FULL ? 60 : 15;
const REPEAT_RUNS = FULL ? 300 : 40;
// The sample is seeded so that `npm test` is the same run every time; the full run explores anew
// unless RELIABILITY_SEED repeats one (a failure prints its seed).
const SEED = process.env.RELIABILITY_SEED
	? Number(process.env.RELIABILITY_SEED)
	: FULL
		? undefined
		: 20261203;
const seeded = SEED === undefined ? {} : { seed: SEED };
const VERSIONS = [1, 2];
const MiB = 1024 * 1024;
// The limit the package promises (nodes/shared/triggers/deliveryPipeline.ts MAX_DELIVERY_BYTES).
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

// The objects of a body a key can be added to: JSON text gives no array a key of its own (and an
// array's `length` cannot be redefined), so arrays are searched, not chosen.
function objectsOf(value, found = [value]) {
	if (value === null || typeof value !== 'object') return found;
	for (const child of Object.values(value)) {
		if (child !== null && typeof child === 'object') {
			if (!Array.isArray(child)) found.push(child);
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
 * A multipart/form-data body carrying a sample: its top-level fields as form fields, or the whole
 * JSON as one field or one file; `padding` bytes of an extra field make it big.
 */
function multipartForm(sample, shape, padding) {
	const boundary = `----reliability${randomBytes(8).toString('hex')}`;
	const parts = [];
	const field = (name, value, file) =>
		parts.push(
			`--${boundary}\r\nContent-Disposition: form-data; name="${name}"` +
				(file ? `; filename="${file}"\r\nContent-Type: application/json` : '') +
				`\r\n\r\n${value}\r\n`,
		);
	if (shape === 'fields') {
		for (const [key, value] of Object.entries(sample)) {
			field(key, typeof value === 'string' ? value : JSON.stringify(value));
		}
	} else
		field('payload', JSON.stringify(sample), shape === 'payload file' ? 'event.json' : undefined);
	if (padding) field('padding', 'p'.repeat(padding));
	return {
		text: `${parts.join('')}--${boundary}--\r\n`,
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}

/**
 * One delivery's body: { text?: string, bytes?: Buffer, contentType?: string, kind } for a
 * trigger (a multipart form brings its own content type, with its boundary), given `sample(n)`
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
			arbitrary: fc.oneof(
				{
					weight: 9,
					arbitrary: fc
						.integer({ min: 1, max: 3 * MiB })
						.map((size) => ({ kind: 'huge junk', text: 'z'.repeat(size) })),
				},
				{
					// A few over n8n's own limit, which it refuses to read (kept few: they are slow).
					weight: 1,
					arbitrary: fc
						.integer({ min: N8N_PAYLOAD_LIMIT + 1, max: N8N_PAYLOAD_LIMIT + MiB })
						.map((size) => ({ kind: 'over 16 MiB', bytes: Buffer.alloc(size, 'z') })),
				},
			),
		},
		{
			weight: 4,
			arbitrary: fc
				.tuple(fresh, fc.constantFrom('fields', 'payload field', 'payload file'), fc.nat(20))
				.map(([s, shape, big]) => ({
					kind: 'multipart form',
					...multipartForm(s, shape, big === 0 ? MAX_DELIVERY_BYTES + 1024 : 0),
				})),
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
	'multipart/form-data',
	'multipart/form-data; boundary=----no-such-boundary',
	'multipart/mixed; boundary=x',
	'',
	';;;',
	undefined,
];

/**
 * How the body travels: its Content-Encoding (n8n decodes exactly `gzip` and `deflate`, and reads
 * any other as it is), chunked or with a Content-Length, and now and then a client that hangs up
 * mid-body.
 */
const transportArbitrary = fc.record({
	encoding: fc.oneof(
		{ weight: 78, arbitrary: fc.constant({ encode: 'none' }) },
		{ weight: 3, arbitrary: fc.constant({ header: 'identity', encode: 'none' }) },
		{ weight: 6, arbitrary: fc.constant({ header: 'gzip', encode: 'gzip' }) },
		{ weight: 3, arbitrary: fc.constant({ header: 'deflate', encode: 'deflate' }) },
		{
			weight: 6,
			arbitrary: fc.record({
				header: fc.constantFrom('gzip', 'deflate'),
				encode: fc.constant('corrupt'),
				how: fc.constantFrom('not compressed', 'truncated', 'flipped', 'other format'),
				at: fc.nat(),
			}),
		},
		{
			weight: 4,
			arbitrary: fc.record({
				header: fc.constantFrom('br', 'compress', 'x-gzip', 'GZIP', 'gzip, deflate', 'zstd', ''),
				encode: fc.constantFrom('none', 'gzip'),
			}),
		},
	),
	chunked: fc.oneof(
		{ weight: 9, arbitrary: fc.constant(false) },
		{ weight: 1, arbitrary: fc.constant(true) },
	),
	abort: fc.oneof(
		{ weight: 49, arbitrary: fc.constant(undefined) },
		{ weight: 1, arbitrary: fc.nat() },
	),
});

function corrupted(raw, { header, how, at }) {
	const encode = header === 'gzip' ? zlib.gzipSync : zlib.deflateSync;
	if (how === 'not compressed') return raw;
	if (how === 'other format') return (header === 'gzip' ? zlib.deflateSync : zlib.gzipSync)(raw);
	const encoded = encode(raw);
	if (how === 'truncated') return encoded.subarray(0, Math.max(1, at % encoded.length));
	const flipped = Buffer.from(encoded);
	flipped[at % flipped.length] ^= 0xff;
	return flipped;
}

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

/**
 * One generated delivery, ready to send, and what must become of it. `wire` is what travels,
 * encoded as `contentEncoding` says; `size` is the body n8n's reader hands over (decoded when n8n
 * decodes), `unreadable` why n8n's reader fails on it: 'too large' (over n8n's 16 MiB), 'corrupt'
 * (not the gzip or deflate it claims) or 'aborted' (the client hung up mid-body).
 */
function prepareDelivery(body, headers, transport, { version, overHttp = false }) {
	const raw = rawOf(body);
	const contentType = body.contentType ?? contentTypeFor(raw, headers.contentType);
	const { encoding } = transport;
	let wire = raw;
	if (encoding.encode === 'gzip') wire = zlib.gzipSync(raw);
	else if (encoding.encode === 'deflate') wire = zlib.deflateSync(raw);
	else if (encoding.encode === 'corrupt') wire = corrupted(raw, encoding);

	const type = contentTypeOf(contentType).contentType;
	// formidable reads a form's bytes as they come, whatever its Content-Encoding, with no 16 MiB cap.
	const form = type === 'multipart/form-data';
	let size = wire.length;
	let unreadable;
	if (!form && (encoding.header === 'gzip' || encoding.header === 'deflate')) {
		try {
			const decode = encoding.header === 'gzip' ? zlib.gunzipSync : zlib.inflateSync;
			size = decode(wire, { maxOutputLength: N8N_PAYLOAD_LIMIT + 1 }).length;
		} catch (error) {
			if (error.code === 'ERR_BUFFER_TOO_LARGE') size = N8N_PAYLOAD_LIMIT + 1;
			else unreadable = 'corrupt';
		}
	}
	if (!form && !unreadable && size > N8N_PAYLOAD_LIMIT) unreadable = 'too large';

	// webhook-helpers.ts parseRequestBody: n8n reads every body but multipart ones itself for version
	// 1, only those of the content types it parses for later versions; the node reads the rest.
	const n8nReads =
		!type?.startsWith('multipart/') && (version === 1 || isParsableContentType(type));
	const chunked = !overHttp && transport.chunked;
	// A hang-up mid-body, on a plain body n8n reads as it comes (zlib would wait for the rest forever).
	const abortAfter =
		!overHttp && transport.abort !== undefined && !unreadable && !form && !encoding.header
			? transport.abort % (wire.length + 1)
			: undefined;
	if (abortAfter !== undefined) unreadable = 'aborted';
	return {
		kind: body.kind,
		raw,
		wire,
		contentType,
		contentEncoding: encoding.header,
		chunked,
		abortAfter,
		size,
		unreadable,
		form,
		n8nReads,
		// What the node measures a body by: the bytes, or for a form n8n parsed, its Content-Length.
		nodeMeasures: form ? (chunked ? undefined : wire.length) : size,
		transportLabel: [
			encoding.header === undefined ? undefined : `content-encoding "${encoding.header}"`,
			encoding.encode === 'corrupt' ? `${encoding.how}` : undefined,
			unreadable,
			chunked ? 'chunked' : undefined,
		]
			.filter(Boolean)
			.join(', '),
	};
}

/** The request headers of a prepared delivery. */
function requestHeaders(delivery, headers) {
	return {
		...headers.junk,
		...(delivery.contentType === undefined ? {} : { 'content-type': delivery.contentType }),
		...(delivery.contentEncoding === undefined
			? {}
			: { 'content-encoding': delivery.contentEncoding }),
		...headers.auth.headers,
	};
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
function checkAnswer({ answer, delivery, genuine, secrets }) {
	const context = () =>
		`status ${answer.status} by ${answer.by}: ${String(answer.text).slice(0, 300)}`;
	if (answer.thrown) {
		throw new Error(`webhook() threw ${answer.thrown.stack ?? answer.thrown}`);
	}
	const ok = answer.status >= 200 && answer.status < 300;
	const clientError = answer.status >= 400 && answer.status < 500;
	const { unreadable } = delivery;
	if (unreadable && delivery.n8nReads) {
		// n8n reads this body before the node runs and cannot: its own answer (a 400 for a hang-up,
		// a 500 for the rest), no run. Nothing the node can change.
		const status = unreadable === 'aborted' ? 400 : 500;
		if (answer.by !== 'n8n' || answer.status !== status || answer.items) {
			throw new Error(`n8n should have answered ${status} itself, starting nothing: ${context()}`);
		}
	} else if (!ok && !clientError) {
		throw new Error(`neither 2xx nor 4xx: ${context()}`);
	}
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
		if (genuine && answer.status === 401)
			throw new Error(`the genuine secret was refused: ${context()}`);
		if (genuine && unreadable) {
			// The node read the body itself (version 2, a content type n8n does not parse) and could not.
			const status = unreadable === 'too large' ? 413 : 400;
			if (answer.status !== status) {
				throw new Error(
					`a body n8n's reader refused (${unreadable}) was not ${status}: ${context()}`,
				);
			}
		} else if (genuine && delivery.nodeMeasures > MAX_DELIVERY_BYTES && answer.status !== 413) {
			throw new Error(`${delivery.nodeMeasures} bytes were not refused with 413: ${context()}`);
		}
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
	return `${ok ? 'acknowledged' : `refused ${answer.status}`}${answer.by === 'n8n' ? ' by n8n' : ''}`;
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

const configurations = triggers.flatMap((trigger) =>
	VERSIONS.map((version) => [`${trigger.name}, node version ${version}`, trigger, version]),
);

describe.each(configurations)('%s: hostile input', (_name, trigger, version) => {
	const { secret, accessToken } = newSecrets();
	const nodeClass = trigger.load();
	const makeTrigger = () =>
		createInProcessTrigger({
			nodeClass,
			parameters: trigger.parameters,
			credentials: trigger.credentials(secret, accessToken),
			typeVersion: version,
		});

	test(`${RUNS} generated deliveries in n8n's webhook context: 2xx or a clear 4xx, never a leak`, async () => {
		const target = makeTrigger();
		const outcomes = {};
		const byTransport = {};
		let slowest = { ms: 0 };
		await fc.assert(
			fc.asyncProperty(
				bodyArbitrary(trigger),
				headersArbitrary(trigger, secret),
				transportArbitrary,
				async (body, headers, transport) => {
					const delivery = prepareDelivery(body, headers, transport, { version });
					const secrets = [secret, accessToken, ...headers.auth.wrong];
					// A caller may paste a wrong token into the body too; only the headers' tokens count here.
					fc.pre(!secrets.some((s) => delivery.raw.includes(s) || delivery.wire.includes(s)));
					const started = performance.now();
					const answer = await target.deliver({
						rawBody: delivery.wire,
						headers: requestHeaders(delivery, headers),
						chunked: delivery.chunked,
						abortAfter: delivery.abortAfter,
					});
					const ms = performance.now() - started;
					if (ms > slowest.ms)
						slowest = {
							ms: Math.round(ms),
							kind: body.kind,
							bytes: delivery.wire.length,
							contentType: delivery.contentType,
							transport: delivery.transportLabel,
						};
					if (ms > 2000)
						process.stderr.write(
							`[reliability] slow delivery: ${JSON.stringify(slowest)} ${delivery.wire.subarray(0, 200).toString()}\n`,
						);
					const label = checkAnswer({ answer, delivery, genuine: headers.auth.genuine, secrets });
					const key = `${body.kind}: ${label}`;
					outcomes[key] = (outcomes[key] ?? 0) + 1;
					if (delivery.transportLabel) {
						const transportKey = `${delivery.transportLabel}: ${label}`;
						byTransport[transportKey] = (byTransport[transportKey] ?? 0) + 1;
					}
				},
			),
			{ numRuns: RUNS, endOnFailure: true, reporter: shortReport, ...seeded },
		);
		const total = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
		expect(total).toBeGreaterThanOrEqual(RUNS * 0.99);
		// The generators reach what they are meant to: runs, acknowledgements and each refusal.
		const labels = Object.keys(outcomes).join('\n');
		expect(labels).toMatch(/: ran$/m);
		expect(labels).toMatch(/: refused 401$/m);
		expect(labels).toMatch(/: refused 400$/m);
		expect(labels).toMatch(/: refused 413$/m);
		expect(labels).toMatch(/: refused 422 by n8n$/m);
		expect(labels).toMatch(/^multipart form: refused 4\d\d$/m);
		const transports = Object.keys(byTransport).join('\n');
		expect(transports).toMatch(/^content-encoding "gzip": ran$/m);
		expect(transports).toMatch(/corrupt: refused 500 by n8n$/m);
		// Version 2 leaves bodies of content types n8n does not parse to the node, which reads them.
		if (version === 2) expect(transports).toMatch(/corrupt: refused 400$/m);
		const table = (counts) =>
			Object.entries(counts)
				.sort()
				.map(([key, n]) => `  ${String(n).padStart(5)}  ${key}`)
				.join('\n');
		process.stdout.write(
			`[reliability] ${trigger.name}, node version ${version}: ${total} deliveries, slowest ${JSON.stringify(slowest)}\n` +
				`${table(outcomes)}\n  by transport:\n${table(byTransport)}\n`,
		);
	}, 300_000);

	test('an authenticated body over 1 MiB is refused with 413 and starts nothing; up to 1 MiB it is read', async () => {
		const target = makeTrigger();
		await fc.assert(
			fc.asyncProperty(
				fc.nat(),
				fc.integer({ min: -4096, max: 4096 }),
				fc.constantFrom('application/json', 'application/octet-stream', 'text/plain'),
				fc.constantFrom(undefined, 'gzip', 'deflate'),
				async (n, delta, contentType, contentEncoding) => {
					const text = JSON.stringify({ ...trigger.freshSample(n), note: '' });
					const size = MAX_DELIVERY_BYTES + delta;
					const padded = text.replace(
						'"note":""',
						`"note":"${'x'.repeat(Math.max(0, size - Buffer.byteLength(text)))}"`,
					);
					const encode = { gzip: zlib.gzipSync, deflate: zlib.deflateSync }[contentEncoding];
					const answer = await target.deliver({
						rawBody: encode ? encode(padded) : padded,
						headers: {
							'content-type': contentType,
							...(contentEncoding ? { 'content-encoding': contentEncoding } : {}),
							...trigger.validAuth(secret),
						},
					});
					if (Buffer.byteLength(padded) > MAX_DELIVERY_BYTES) {
						expect(answer.status).toBe(413);
						expect(answer.items).toBeUndefined();
						expect(messageOf(answer.text)).toMatch(/larger/i);
					} else {
						expect(answer.status).not.toBe(413);
					}
				},
			),
			{ numRuns: SIZE_RUNS, reporter: shortReport, ...seeded },
		);
	});

	test("a body n8n's reader cannot read is 413 or 400 from the node when the node reads it, n8n's own answer otherwise; never a run", async () => {
		const target = makeTrigger();
		const overLimit = Buffer.alloc(N8N_PAYLOAD_LIMIT + 1, 'z');
		const sample = () => Buffer.from(JSON.stringify(trigger.freshSample(Date.now())));
		const cases = [
			{ name: 'over 16 MiB', unreadable: 'too large', wire: overLimit },
			{ name: 'over 16 MiB, chunked', unreadable: 'too large', wire: overLimit, chunked: true },
			{
				name: 'a gzip bomb: 16 KiB that inflate past 16 MiB',
				unreadable: 'too large',
				encoding: 'gzip',
				wire: zlib.gzipSync(Buffer.alloc(N8N_PAYLOAD_LIMIT + 1024, ' ')),
			},
			{ name: 'gzip that is not', unreadable: 'corrupt', encoding: 'gzip', wire: sample() },
			{
				name: 'truncated gzip',
				unreadable: 'corrupt',
				encoding: 'gzip',
				wire: zlib.gzipSync(sample()).subarray(0, 30),
			},
			{
				name: 'deflate that is gzip',
				unreadable: 'corrupt',
				encoding: 'deflate',
				wire: zlib.gzipSync(sample()),
			},
			{
				name: 'a client hanging up mid-body',
				unreadable: 'aborted',
				wire: sample(),
				abortAfter: 20,
			},
		];
		for (const contentType of ['application/octet-stream', 'application/json', undefined]) {
			const n8nReads = version === 1 || isParsableContentType(contentType);
			for (const { name, unreadable, wire, encoding, chunked, abortAfter } of cases) {
				const answer = await target.deliver({
					rawBody: wire,
					headers: {
						...(contentType ? { 'content-type': contentType } : {}),
						...(encoding ? { 'content-encoding': encoding } : {}),
						...trigger.validAuth(secret),
					},
					chunked,
					abortAfter,
				});
				const seen = { case: name, contentType, by: answer.by, status: answer.status };
				expect(answer.thrown).toBeUndefined();
				expect(answer.items).toBeUndefined();
				if (n8nReads) {
					expect(seen).toEqual({
						...seen,
						by: 'n8n',
						status: unreadable === 'aborted' ? 400 : 500,
					});
				} else {
					expect(seen).toEqual({
						...seen,
						by: 'node',
						status: unreadable === 'too large' ? 413 : 400,
					});
					expect(messageOf(answer.text)).toMatch(
						{ 'too large': /larger than/, corrupt: /decompressed/, aborted: /ended before/ }[
							unreadable
						],
					);
				}
			}
			// The same trigger still runs a good delivery, gzipped or not.
			for (const encoding of [undefined, 'gzip', 'deflate']) {
				const good = sample();
				const encode = { gzip: zlib.gzipSync, deflate: zlib.deflateSync }[encoding];
				const answer = await target.deliver({
					rawBody: encode ? encode(good) : good,
					headers: {
						...(contentType ? { 'content-type': contentType } : {}),
						...(encoding ? { 'content-encoding': encoding } : {}),
						...trigger.validAuth(secret),
					},
				});
				expect({
					encoding,
					contentType,
					status: answer.status,
					ran: Boolean(answer.items),
				}).toEqual({
					encoding,
					contentType,
					status: 200,
					ran: true,
				});
			}
		}
	});

	test('a multipart form, which n8n parses without keeping the bytes: refused by the node, 413 over 1 MiB by its Content-Length', async () => {
		const target = makeTrigger();
		for (const shape of ['fields', 'payload field', 'payload file']) {
			for (const padding of [0, MAX_DELIVERY_BYTES]) {
				for (const chunked of [false, true]) {
					const form = multipartForm(trigger.freshSample(padding + shape.length), shape, padding);
					const answer = await target.deliver({
						rawBody: form.text,
						headers: { 'content-type': form.contentType, ...trigger.validAuth(secret) },
						chunked,
					});
					const seen = { shape, padding, chunked, by: answer.by, status: answer.status };
					expect(answer.items).toBeUndefined();
					// Chunked, it has no Content-Length: the node cannot tell its size, and refuses it as no POS event.
					expect(seen).toEqual({ ...seen, by: 'node', status: padding && !chunked ? 413 : 400 });
					expect(messageOf(answer.text)).toEqual(expect.any(String));
				}
			}
		}
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
			{ numRuns: REPEAT_RUNS, reporter: shortReport, ...seeded },
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
					transportArbitrary,
					async (body, headers, transport) => {
						const delivery = prepareDelivery(body, headers, transport, {
							version,
							overHttp: true,
						});
						const secrets = [secret, accessToken, ...headers.auth.wrong];
						fc.pre(!secrets.some((s) => delivery.raw.includes(s) || delivery.wire.includes(s)));
						const response = await httpRequest(url, {
							method: 'POST',
							headers: httpSafe(requestHeaders(delivery, headers)),
							body: delivery.wire,
							timeoutMs: 30_000,
						});
						checkAnswer({
							answer: {
								by: response.headers['x-answered-by'],
								status: response.status,
								text: response.text,
							},
							delivery,
							genuine: headers.auth.genuine,
							secrets,
						});
					},
				),
				{ numRuns: HTTP_RUNS, endOnFailure: true, reporter: shortReport, ...seeded },
			);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	}, 300_000);
});

test('the reliability table covers the RETM Trigger at least', () => {
	expect(triggers.map((trigger) => trigger.name)).toContain('RETM Trigger (Bearer token)');
});
