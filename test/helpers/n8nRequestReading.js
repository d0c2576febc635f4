'use strict';
// How n8n 2.41 reads a webhook request before the node runs, with n8n's source for each
// (packages/cli/src/...). Every test that hands a trigger a request reads it through here.
//  - middlewares/body-parser.ts rawBodyReader: the request is a stream; `readRawBody()` reads it
//    once with raw-body (limit N8N_PAYLOAD_SIZE_MAX, 16 MiB; the Content-Length checked unless the
//    body is decoded), through zlib's gunzip or inflate for `Content-Encoding: gzip` / `deflate`
//    (exactly those two values; any other is read as it is). raw-body's errors are thrown as they
//    are (413 'entity.too.large', 400 'request.size.invalid', zlib's errors), except a client abort,
//    which n8n wraps in its BadRequestError (400).
//  - webhooks/webhook-helpers.ts parseRequestBody, before the node runs: multipart/form-data is
//    parsed by formidable into { data, files } and no bytes are kept; otherwise for node version 1
//    every body, for later versions only bodies of the content types n8n parses (JSON, text/plain,
//    urlencoded, XML) are read and parsed (parseBody: JSON / XML / urlencoded / text). Other bodies
//    are left unread for the node. A parse failure is n8n's 422; a read failure is n8n's answer
//    too: its own 4xx as it is, anything else 500 "There was a problem executing the workflow",
//    with no execution started.
const querystring = require('node:querystring');
const { Readable } = require('node:stream');
const zlib = require('node:zlib');
const { jsonParse, sanitizeXmlName } = require('n8n-workflow');

/** n8n's N8N_PAYLOAD_SIZE_MAX default (16, in MiB: raw-body reads "16mb" as 16 MiB). */
const N8N_PAYLOAD_LIMIT = 16 * 1024 * 1024;

/** How the request stream hands out the body: Node's HTTP parser gives chunks of this order. */
const CHUNK_BYTES = 64 * 1024;

function parseXml(text) {
	// xml2js with n8n's options; it comes with n8n-workflow here. A parser per request: an xml2js
	// parser that has failed on one input can leave later parses pending forever.
	const parser = new (require('xml2js').Parser)({
		async: true,
		normalize: true,
		normalizeTags: true,
		explicitArray: false,
		tagNameProcessors: [sanitizeXmlName],
		attrNameProcessors: [sanitizeXmlName],
	});
	return parser.parseStringPromise(text);
}

const stripBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** @n8n/backend-network parseHeaderParameters. */
function headerParameters(parameters) {
	const found = {};
	for (const parameter of parameters) {
		const at = parameter.indexOf('=');
		if (at === -1) continue;
		let value = parameter.slice(at + 1).trim();
		const quoted = value.startsWith('"') && value.endsWith('"');
		if (quoted) value = value.slice(1, -1);
		try {
			value = decodeURIComponent(value);
			if (!quoted && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		} catch {
			// kept as it is, as n8n does
		}
		found[parameter.slice(0, at).toLowerCase().trim()] = value;
	}
	return found;
}

/** @n8n/backend-network parseIncomingMessage: type lower-cased, charset defaulting to utf-8. */
function contentTypeOf(header) {
	if (!header) return {};
	const [type, ...parameters] = String(header).split(';');
	const { charset } = { charset: 'utf-8', ...headerParameters(parameters) };
	return { contentType: type.toLowerCase(), encoding: charset.toLowerCase() };
}

/** webhook-helpers.ts isParsableContentType. */
function isParsableContentType(contentType) {
	if (!contentType) return false;
	return (
		contentType.startsWith('application/json') ||
		contentType.startsWith('text/plain') ||
		contentType.startsWith('application/x-www-form-urlencoded') ||
		contentType.endsWith('/xml') ||
		contentType.endsWith('+xml')
	);
}

/** An http-errors error as raw-body makes them. */
function httpError(status, message, properties) {
	return Object.assign(new Error(message), {
		status,
		statusCode: status,
		expose: status < 500,
		...properties,
	});
}

/** n8n's ResponseError subclasses as the webhook path sees them: httpStatusCode and errorCode. */
function responseError(status, message, cause) {
	return Object.assign(new Error(message, cause ? { cause } : undefined), {
		httpStatusCode: status,
		errorCode: status,
	});
}

/** raw-body 3.0.0 getRawBody(stream, { length, limit }) without an encoding: its readStream. */
function rawBody(stream, { length: lengthOption, limit }) {
	const length = lengthOption != null && !isNaN(lengthOption) ? parseInt(lengthOption, 10) : null;
	return new Promise((resolve, reject) => {
		if (length !== null && length > limit) {
			reject(
				httpError(413, 'request entity too large', {
					expected: length,
					length,
					limit,
					type: 'entity.too.large',
				}),
			);
			return;
		}
		if (typeof stream.readable !== 'undefined' && !stream.readable) {
			reject(httpError(500, 'stream is not readable', { type: 'stream.not.readable' }));
			return;
		}
		let complete = false;
		let received = 0;
		let chunks = [];
		const cleanup = () => {
			chunks = null;
			stream.removeListener('aborted', onAborted);
			stream.removeListener('data', onData);
			stream.removeListener('end', onEnd);
			stream.removeListener('error', onEnd);
			stream.removeListener('close', cleanup);
		};
		const done = (error, buffer) => {
			complete = true;
			cleanup();
			if (error) {
				stream.unpipe?.();
				stream.pause?.();
				reject(error);
			} else resolve(buffer);
		};
		function onAborted() {
			if (complete) return;
			done(
				httpError(400, 'request aborted', {
					code: 'ECONNABORTED',
					expected: length,
					length,
					received,
					type: 'request.aborted',
				}),
			);
		}
		function onData(chunk) {
			if (complete) return;
			received += chunk.length;
			if (limit !== null && received > limit) {
				done(
					httpError(413, 'request entity too large', { limit, received, type: 'entity.too.large' }),
				);
			} else chunks.push(chunk);
		}
		function onEnd(error) {
			if (complete) return;
			if (error) return done(error);
			if (length !== null && received !== length) {
				done(
					httpError(400, 'request size did not match content length', {
						expected: length,
						length,
						received,
						type: 'request.size.invalid',
					}),
				);
			} else done(null, Buffer.concat(chunks));
		}
		stream.on('aborted', onAborted);
		stream.on('close', cleanup);
		stream.on('data', onData);
		stream.on('end', onEnd);
		stream.on('error', onEnd);
	});
}

/**
 * The request as n8n's handlers get it: a readable stream of the bytes on the wire, its headers,
 * and what rawBodyReader adds (contentType, encoding, readRawBody). With `abortAfter`, the client
 * goes away after sending that many bytes.
 */
function incomingRequest({ wire, headers, abortAfter, query = {} }) {
	const end = abortAfter === undefined ? wire.length : Math.min(abortAfter, wire.length);
	let offset = 0;
	const req = new Readable({
		highWaterMark: CHUNK_BYTES,
		read() {
			if (offset < end) {
				const next = Math.min(end, offset + CHUNK_BYTES);
				this.push(wire.subarray(offset, next));
				offset = next;
			} else if (abortAfter === undefined) {
				this.push(null);
			} else {
				// Node's HTTP server on a client that hangs up mid-body: 'aborted', then the stream closes.
				process.nextTick(() => {
					req.emit('aborted');
					req.destroy();
				});
			}
		},
	});
	Object.assign(req, {
		method: 'POST',
		headers,
		body: undefined,
		params: {},
		query,
		...contentTypeOf(headers['content-type']),
	});
	// body-parser.ts rawBodyReader.
	req.readRawBody = async () => {
		if (req.rawBody) return;
		let stream = req;
		let contentLength;
		switch (req.headers['content-encoding']) {
			case 'gzip':
				stream = req.pipe(zlib.createGunzip());
				break;
			case 'deflate':
				stream = req.pipe(zlib.createInflate());
				break;
			default:
				contentLength = req.headers['content-length'];
		}
		if (req.destroyed || !stream.readable) {
			throw responseError(400, 'Request body stream was aborted or is not readable');
		}
		try {
			req.rawBody = await rawBody(stream, { length: contentLength, limit: N8N_PAYLOAD_LIMIT });
		} catch (error) {
			if (error?.type === 'stream.not.readable' || error?.type === 'request.aborted') {
				throw responseError(
					400,
					'Request body stream was aborted mid-read or is not readable',
					error,
				);
			}
			throw error;
		}
		req._body = true;
	};
	return req;
}

/** body-parser.ts parseBody; throws n8n's 422 for bodies it cannot parse. */
async function parseBody(req) {
	if (req.contentType?.startsWith('multipart/')) return;
	await req.readRawBody();
	const { rawBody: raw, contentType, encoding } = req;
	if (!raw?.length) return;
	try {
		if (contentType === 'application/json') {
			req.body = jsonParse(stripBom(raw.toString(encoding)));
		} else if (contentType?.endsWith('/xml') || contentType?.endsWith('+xml')) {
			req.body = await parseXml(raw.toString(encoding));
		} else if (contentType === 'application/x-www-form-urlencoded') {
			req.body = querystring.parse(stripBom(raw.toString(encoding)), undefined, undefined, {
				maxKeys: 1000,
			});
		} else if (contentType === 'text/plain') {
			req.body = raw.toString(encoding);
		}
	} catch (error) {
		throw Object.assign(responseError(422, 'Failed to parse request body'), {
			hint: error.message,
		});
	}
}

/**
 * webhook-form-data.ts: formidable reads the request itself (no Content-Encoding handling) into
 * { data, files }, one-element arrays unwrapped, files as the temporary files it wrote. Here undici's
 * FormData parser stands in for formidable; a body either refuses is n8n's 400.
 */
async function parseFormData(req, wire) {
	let form;
	try {
		form = await new Response(wire, {
			headers: { 'content-type': String(req.headers['content-type']) },
		}).formData();
	} catch (error) {
		throw responseError(400, 'The submitted form data could not be parsed.', error);
	}
	const data = {};
	const files = {};
	let fileCount = 0;
	for (const [name, value] of form) {
		const target = typeof value === 'string' ? data : files;
		const entry =
			typeof value === 'string'
				? value
				: {
						size: value.size,
						filepath: `/tmp/formidable-${++fileCount}`,
						newFilename: `formidable-${fileCount}`,
						originalFilename: value.name,
						mimetype: value.type || null,
					};
		(target[name] ??= []).push(entry);
	}
	for (const values of [data, files]) {
		for (const key of Object.keys(values))
			if (values[key].length === 1) values[key] = values[key][0];
	}
	return { data, files };
}

/** webhook-helpers.ts parseRequestBody, for a node without a binary-data option. */
async function parseRequestBody(req, wire, typeVersion) {
	const { contentType } = req;
	if (contentType === 'multipart/form-data') {
		req.body = await parseFormData(req, wire);
		return;
	}
	if (typeVersion > 1 && !isParsableContentType(contentType)) return;
	await parseBody(req);
}

/** How n8n answers an error thrown before the node ran (webhook-helpers.ts catch, response-helper.ts). */
function n8nErrorAnswer(error) {
	if (typeof error?.httpStatusCode === 'number' && error.httpStatusCode < 500) {
		return {
			by: 'n8n',
			status: error.httpStatusCode,
			text: JSON.stringify({ code: error.errorCode, message: error.message, hint: error.hint }),
		};
	}
	return {
		by: 'n8n',
		status: 500,
		text: JSON.stringify({ code: 0, message: 'There was a problem executing the workflow' }),
		readFailure: error,
	};
}

module.exports = {
	N8N_PAYLOAD_LIMIT,
	contentTypeOf,
	incomingRequest,
	isParsableContentType,
	n8nErrorAnswer,
	parseRequestBody,
};
