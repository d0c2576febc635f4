'use strict';
// A throwaway npm registry on 127.0.0.1 (verdaccio, a dev dependency) for testing the install path a user
// takes: publish the packed package to it, then let n8n's community-package installer fetch it by name.
// Verdaccio runs as a child process with its own config and storage in a temporary folder, no uplinks
// (it never asks the internet for anything), publishing only for the one user this module creates.
//
// n8n 2.x honours N8N_COMMUNITY_PACKAGES_REGISTRY only with an enterprise licence
// (feat:communityNodes:customRegistry); without one its installer always asks https://registry.npmjs.org.
// So that the unlicensed path a user takes can be tested too, `npmjsProxy()` plays registry.npmjs.org:
// an HTTPS proxy on 127.0.0.1 that terminates TLS for that one host with a throwaway certificate and
// passes the requests to verdaccio; every other host is refused, so nothing leaves the machine. n8n and
// the npm it runs use it through HTTPS_PROXY and trust the certificate through NODE_EXTRA_CA_CERTS.
const { execFileSync, spawn } = require('node:child_process');
const http = require('node:http');
const tls = require('node:tls');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureRuntime } = require('./n8n-runtime');
const { freePort } = require('./ports');
const { exitOf, signalGroup, sleep, stopChild } = require('./process');

const ROOT = path.resolve(__dirname, '..', '..');
// Installed by scripts/verdaccio-runtime.sh (scripts/browser.sh runs it and exports the folder).
function verdaccioBin() {
	const dir =
		process.env.VERDACCIO_RUNTIME_DIR ??
		execFileSync('bash', [path.join(ROOT, 'scripts', 'verdaccio-runtime.sh')], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
		}).trim();
	return path.join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
}
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

function configYaml(dir) {
	// JSON is valid YAML, so the config needs no YAML library.
	return JSON.stringify(
		{
			storage: path.join(dir, 'storage'),
			auth: { htpasswd: { file: path.join(dir, 'htpasswd'), max_users: 1 } },
			uplinks: {},
			packages: {
				'**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
			},
			web: { enable: false },
			server: { keepAliveTimeout: 60 },
			logs: { type: 'stdout', format: 'pretty', level: 'warn' },
		},
		null,
		2,
	);
}

async function waitForPing(url, child, logPath) {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`verdaccio exited during start-up:\n${readTail(logPath)}`);
		}
		try {
			const res = await fetch(`${url}/-/ping`);
			if (res.ok) return;
		} catch {
			// Not listening yet.
		}
		await sleep(250);
	}
	throw new Error(
		`verdaccio did not answer within ${READY_TIMEOUT_MS / 1000}s:\n${readTail(logPath)}`,
	);
}

function readTail(file, lines = 40) {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(no verdaccio log)';
	}
}

/** Creates the one publishing user through npm's adduser endpoint; returns its token. */
async function addUser(url) {
	const name = 'publisher';
	const password = randomBytes(12).toString('hex');
	const res = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name, password, type: 'user', roles: [] }),
	});
	const body = await res.json().catch(() => ({}));
	if (!res.ok || !body.token) {
		throw new Error(`verdaccio refused to create a user (${res.status} ${body.error ?? ''})`);
	}
	return body.token;
}

const NPMJS_HOST = 'registry.npmjs.org';

/** A self-signed certificate for registry.npmjs.org (openssl, from Debian), valid for two days. */
function selfSignedCertificate(dir) {
	const key = path.join(dir, 'npmjs-key.pem');
	const cert = path.join(dir, 'npmjs-cert.pem');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-keyout',
			key,
			'-out',
			cert,
			'-days',
			'2',
			'-subj',
			`/CN=${NPMJS_HOST}`,
			'-addext',
			`subjectAltName=DNS:${NPMJS_HOST}`,
			'-addext',
			'basicConstraints=critical,CA:TRUE',
			'-addext',
			'extendedKeyUsage=serverAuth',
		],
		{ stdio: 'ignore' },
	);
	return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), certPath: cert };
}

/**
 * Starts the registry.npmjs.org stand-in in front of `registryUrl`; see the comment at the top.
 * @returns {Promise<{ url: string, certPath: string, requests: string[], env: Record<string,string>,
 *   close(): Promise<void> }>}
 */
async function startNpmjsProxy(registryUrl, dir) {
	const { key, cert, certPath } = selfSignedCertificate(dir);
	const target = new URL(registryUrl);
	const requests = [];
	const sockets = new Set();

	// Plain HTTP server fed with the decrypted CONNECT tunnels: it forwards to verdaccio and tells it the
	// public name, so the tarball URLs it writes into packuments point at https://registry.npmjs.org too.
	const inner = http.createServer((req, res) => {
		requests.push(`${req.method} ${req.url}`);
		const upstream = http.request(
			{
				host: target.hostname,
				port: target.port,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, host: NPMJS_HOST, 'x-forwarded-proto': 'https' },
			},
			(answer) => {
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', (error) => {
			res.writeHead(502, { 'content-type': 'text/plain' });
			res.end(`local registry unreachable: ${error.message}`);
		});
		req.pipe(upstream);
	});

	const proxy = http.createServer((req, res) => {
		// Only tunnels are served; a plain-HTTP proxy request would be for some other host.
		res.writeHead(403, { 'content-type': 'text/plain' });
		res.end('this proxy only tunnels to registry.npmjs.org');
	});
	proxy.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	proxy.on('connect', (req, socket, head) => {
		const [host, port] = req.url.split(':');
		if (host !== NPMJS_HOST || (port && port !== '443')) {
			requests.push(`CONNECT ${req.url} (refused)`);
			socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
			return;
		}
		socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
		if (head?.length) socket.unshift(head);
		const secure = new tls.TLSSocket(socket, { isServer: true, key, cert });
		secure.on('error', () => socket.destroy());
		inner.emit('connection', secure);
	});
	await new Promise((resolve, reject) => {
		proxy.once('error', reject);
		proxy.listen(0, '127.0.0.1', resolve);
	});
	const url = `http://127.0.0.1:${proxy.address().port}`;
	return {
		url,
		certPath,
		requests,
		/** What n8n needs to reach the stand-in: pass it to startN8n's `env`. */
		env: {
			HTTPS_PROXY: url,
			https_proxy: url,
			NO_PROXY: '127.0.0.1,localhost',
			no_proxy: '127.0.0.1,localhost',
			NODE_EXTRA_CA_CERTS: certPath,
		},
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => proxy.close(() => resolve()));
			inner.close();
		},
	};
}

/**
 * Starts verdaccio on a free port of 127.0.0.1.
 * @returns {Promise<{ url: string, port: number, dir: string, publish(tarball: string): void,
 *   view(name: string): Promise<object>, npmjsProxy(): Promise<object>, stop(): Promise<void> }>}
 */
async function startLocalRegistry() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-'));
	const configPath = path.join(dir, 'config.yaml');
	fs.writeFileSync(configPath, configYaml(dir));
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const logPath = path.join(dir, 'verdaccio.log');
	const log = fs.openSync(logPath, 'a');
	// Verdaccio 6 needs Node 22+: run it with the runtime's Node 24, like n8n.
	const child = spawn(
		ensureRuntime().nodeBin,
		[verdaccioBin(), '--config', configPath, '--listen', `127.0.0.1:${port}`],
		{ cwd: dir, stdio: ['ignore', log, log], detached: true },
	);
	fs.closeSync(log);
	const exited = exitOf(child);
	const onExit = () => signalGroup(child, 'SIGKILL');
	process.once('exit', onExit);

	let stopped = false;
	let npmjs;
	async function stop() {
		if (stopped) return;
		stopped = true;
		process.removeListener('exit', onExit);
		if (npmjs) await npmjs.close();
		await stopChild(child, exited, { graceMs: STOP_TIMEOUT_MS });
		fs.rmSync(dir, { recursive: true, force: true });
	}

	try {
		await waitForPing(url, child, logPath);
		const token = await addUser(url);
		// The token lives in a user config file of this registry's own, never on a command line.
		const npmrc = path.join(dir, '.npmrc');
		fs.writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=${token}\n`, { mode: 0o600 });

		return {
			url,
			port,
			dir,
			logTail: (lines) => readTail(logPath, lines),
			/** `npm publish <tarball>` to this registry as its one user. */
			publish(tarball) {
				execFileSync(
					'npm',
					[
						'publish',
						tarball,
						'--registry',
						`${url}/`,
						'--userconfig',
						npmrc,
						'--access',
						'public',
					],
					{ cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
				);
			},
			/** The registry's packument for `name` (what npm and n8n read), or throws when absent. */
			async view(name) {
				const res = await fetch(`${url}/${encodeURIComponent(name)}`);
				if (!res.ok) throw new Error(`GET ${url}/${name} answered ${res.status}`);
				return await res.json();
			},
			/** Starts (once) the registry.npmjs.org stand-in in front of this registry; see the top. */
			async npmjsProxy() {
				npmjs ??= await startNpmjsProxy(url, dir);
				return npmjs;
			},
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = { startLocalRegistry };
