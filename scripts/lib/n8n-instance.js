'use strict';
// Starts a real, throwaway n8n (Node 24 runtime from scripts/n8n-runtime.sh) on 127.0.0.1 for e2e tests
// and the demo: a fresh user folder and SQLite database per run, an owner, a login and an API key.
// n8n never outlives the process that started it: stop() kills its process group, and exit/signal
// handlers do the same if the caller forgets or is interrupted.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { connect } = require('./n8n-client');
const { ensureRuntime } = require('./n8n-runtime');
const { freePort, ensurePortFree } = require('./ports');
const { signalGroup, sleep, stopChild } = require('./process');

/** Fixed, printable owner login: these instances are local and throwaway. */
const OWNER = {
	email: 'owner@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: 'Restaurant-Pos-1',
};

// Generous: start-up is a minute here and may be three on a slower machine of the same kind; an n8n
// that exits is reported at once, so the limit only bounds a hang.
const READY_TIMEOUT_MS = 600_000;
// Longer than n8n's own graceful shutdown (N8N_GRACEFUL_SHUTDOWN_TIMEOUT, 30 s), which waits for the
// executions in progress: a SIGKILL before it ends turns them into crashed executions.
const STOP_TIMEOUT_MS = 45_000;
const LOG_FILE = 'n8n.log';

/** The last lines of n8n's log, for error messages. */
function logTail(userFolder, lines = 60) {
	try {
		const text = fs.readFileSync(path.join(userFolder, LOG_FILE), 'utf8');
		return text.trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '(no n8n log)';
	}
}

// Every n8n this process started and has not stopped yet, for the exit/signal handlers.
const running = new Set();

// The whole process group: n8n and its task runner, see `detached` below.
const killGroup = signalGroup;

let handlersInstalled = false;
/** SIGTERM, SIGKILL after STOP_TIMEOUT_MS, then SIGKILL for what outlives n8n (the task runner). */
async function stopGroup(child, exited, timeoutMs = STOP_TIMEOUT_MS) {
	await stopChild(child, exited, { graceMs: timeoutMs });
	killGroup(child, 'SIGKILL');
}

function installExitHandlers() {
	if (handlersInstalled) return;
	handlersInstalled = true;
	// 'exit' allows only synchronous work: SIGKILL is the one thing that is sure to land.
	process.on('exit', () => {
		for (const instance of running) killGroup(instance.child, 'SIGKILL');
	});
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129],
	]) {
		process.once(signal, () => {
			Promise.allSettled([...running].map((instance) => instance.stop())).finally(() =>
				process.exit(code),
			);
		});
	}
}

// Our caller's environment minus what would change n8n's behaviour: jest sets NODE_ENV=test, in which
// n8n refuses to load nodes and logs nothing; npm and jest add variables n8n has no use for.
function inheritedEnv() {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !/^(NODE_ENV|NODE_OPTIONS|JEST_WORKER_ID|npm_.*)$/.test(name),
		),
	);
}

function n8nEnv({ runtime, userFolder, port, brokerPort, env }) {
	const baseUrl = `http://127.0.0.1:${port}`;
	return {
		...inheritedEnv(),
		NODE_ENV: 'production',
		// Node 24 first: n8n spawns its task runner with this node, and npm (if it ever runs) too.
		PATH: `${path.dirname(runtime.nodeBin)}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `${baseUrl}/`,
		N8N_EDITOR_BASE_URL: `${baseUrl}/`,
		N8N_SECURE_COOKIE: 'false',
		DB_TYPE: 'sqlite',
		// The internal task runner (Code node) listens on its own port; 5679 by default would collide
		// between two instances.
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		// No internet here: skip what only calls n8n's own servers.
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		// The database is thrown away, so deregistering webhooks on shutdown only slows stop().
		N8N_SKIP_WEBHOOK_DEREGISTRATION_SHUTDOWN: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_LOG_OUTPUT: 'console',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		...env,
	};
}

/** Polls until the REST API (not only /healthz) answers, or n8n exits, or time runs out. */
async function waitForRest(baseUrl, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(
				`n8n exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`,
			);
		}
		try {
			// /healthz is up before the REST routes are; /rest/settings answers JSON only once they are.
			const res = await fetch(`${baseUrl}/rest/settings`);
			if (res.ok && (res.headers.get('content-type') ?? '').includes('json')) return;
		} catch {
			// Not listening yet.
		}
		await sleep(500);
	}
	throw new Error(`n8n did not become ready within ${timeoutMs / 1000}s`);
}

/**
 * Owner account, login cookie and an API key with every scope the owner may grant. A user folder
 * (or database) that n8n already ran on keeps its owner: then only log in (restart tests).
 */
async function setUpOwner(client) {
	try {
		await client.rest('POST', '/owner/setup', OWNER);
	} catch (error) {
		if (error.status !== 400 || !/already/i.test(JSON.stringify(error.body ?? ''))) throw error;
	}
	await client.login(OWNER.email, OWNER.password);
	const scopes = await client.rest('GET', '/api-keys/scopes');
	const key = await client.rest('POST', '/api-keys', {
		label: `e2e ${new Date().toISOString()}`,
		scopes,
		expiresAt: null,
	});
	client.apiKey = key.rawApiKey;
}

/** Spawns one n8n command (start, worker, webhook) in its own process group, logging to `logPath`. */
function spawnN8nProcess({ runtime, command, userFolder, logPath, env }) {
	const log = fs.openSync(logPath, 'a');
	const child = spawn(runtime.nodeBin, [runtime.n8nBin, command], {
		cwd: userFolder,
		env,
		stdio: ['ignore', log, log],
		// Own process group, so stop() can kill n8n together with the task runner it spawns.
		detached: true,
	});
	fs.closeSync(log);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	return { child, exited };
}

/**
 * Starts a helper n8n process next to a running main instance (queue mode: `worker` or `webhook`)
 * on the same user folder, and waits until its readiness endpoint answers.
 * @param {object} options
 * @param {'worker'|'webhook'} options.command
 * @param {string} options.userFolder the main instance's user folder
 * @param {number} options.port the port its HTTP server (webhook) or health server (worker) listens on
 * @param {Record<string,string>} [options.env] the same extra environment the main instance got
 * @returns {Promise<{ command: string, child: object, port: number, baseUrl: string, logPath: string,
 *   logTail: Function, stop: () => Promise<void> }>}
 */
async function startN8nHelperProcess({ command, userFolder, port, env = {}, readyTimeoutMs }) {
	const runtime = ensureRuntime();
	const brokerPort = await freePort();
	const logPath = path.join(userFolder, `n8n-${command}.log`);
	const processEnv = n8nEnv({
		runtime,
		userFolder,
		port,
		brokerPort,
		env: {
			...(command === 'worker'
				? {
						QUEUE_HEALTH_CHECK_ACTIVE: 'true',
						QUEUE_HEALTH_CHECK_PORT: String(port),
						N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					}
				: {}),
			...env,
		},
	});
	const { child, exited } = spawnN8nProcess({
		runtime,
		command,
		userFolder,
		logPath,
		env: processEnv,
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	const tail = (lines = 60) => {
		try {
			return fs.readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
		} catch {
			return `(no ${command} log)`;
		}
	};
	let stopped = false;
	const helper = {
		command,
		child,
		port,
		baseUrl,
		logPath,
		logTail: tail,
		async stop() {
			if (stopped) return;
			stopped = true;
			await stopGroup(child, exited);
			running.delete(helper);
		},
	};
	running.add(helper);
	installExitHandlers();

	const deadline = Date.now() + (readyTimeoutMs ?? READY_TIMEOUT_MS);
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			await helper.stop();
			throw new Error(
				`n8n ${command} exited during start-up (code ${child.exitCode})\n--- ${logPath} ---\n${tail()}`,
			);
		}
		try {
			const res = await fetch(`${baseUrl}/healthz/readiness`);
			if (res.ok) return helper;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			await helper.stop();
			throw new Error(
				`n8n ${command} was not ready within ${readyTimeoutMs ?? READY_TIMEOUT_MS} ms\n${tail()}`,
			);
		}
		await sleep(500);
	}
}

/**
 * Starts n8n and returns a client for it.
 * @param {object} [options]
 * @param {number} [options.port] fixed port; default: env N8N_PORT, else a free port
 * @param {string} [options.userFolder] default: a new temporary folder, removed again by stop()
 * @param {Record<string,string>} [options.env] extra environment for n8n
 * @param {(userFolder: string) => (void|Promise<void>)} [options.beforeStart] e.g. install the package
 * @param {number} [options.readyTimeoutMs]
 * @param {string} [options.folderPrefix] the temporary user folder's name prefix (default n8n-test-)
 * @param {number} [options.stopTimeoutMs] how long stop() lets n8n shut down before SIGKILL
 */
async function startN8n(options = {}) {
	const runtime = ensureRuntime();
	const fixedPort =
		options.port ?? (process.env.N8N_PORT ? Number(process.env.N8N_PORT) : undefined);
	const port = fixedPort ? await ensurePortFree(fixedPort) : await freePort();
	const brokerPort = await freePort();
	const ownFolder = !options.userFolder;
	const userFolder =
		options.userFolder ??
		fs.mkdtempSync(path.join(os.tmpdir(), options.folderPrefix ?? 'n8n-test-'));
	fs.mkdirSync(userFolder, { recursive: true });
	if (options.beforeStart) await options.beforeStart(userFolder);

	const logPath = path.join(userFolder, LOG_FILE);
	const { child, exited } = spawnN8nProcess({
		runtime,
		command: 'start',
		userFolder,
		logPath,
		env: n8nEnv({ runtime, userFolder, port, brokerPort, env: options.env }),
	});

	const baseUrl = `http://127.0.0.1:${port}`;
	const client = connect({ baseUrl });
	let stopped = false;
	const instance = {
		...client,
		child,
		port,
		userFolder,
		logPath,
		owner: OWNER,
		editorUrl: `${baseUrl}/`,
		webhookBaseUrl: `${baseUrl}/webhook/`,
		logTail: (lines) => logTail(userFolder, lines),
		/** Stops n8n (SIGTERM, then SIGKILL) and removes the user folder if startN8n made it. */
		async stop({ keepUserFolder = process.env.N8N_KEEP_USER_FOLDER === '1' } = {}) {
			if (stopped) return;
			stopped = true;
			await stopGroup(child, exited, options.stopTimeoutMs);
			running.delete(instance);
			if (ownFolder && !keepUserFolder) fs.rmSync(userFolder, { recursive: true, force: true });
		},
	};
	// The client's functions read apiKey/cookie from the client object; keep the instance in step.
	Object.defineProperties(instance, {
		apiKey: { get: () => client.apiKey, enumerable: true },
		cookie: { get: () => client.cookie, enumerable: true },
		stopped: { get: () => stopped, enumerable: true },
	});
	running.add(instance);
	installExitHandlers();

	try {
		await waitForRest(baseUrl, child, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
		await setUpOwner(client);
	} catch (error) {
		const tail = logTail(userFolder);
		await instance.stop({ keepUserFolder: true });
		error.message += `\n--- last lines of ${logPath} ---\n${tail}`;
		throw error;
	}
	return instance;
}

module.exports = { startN8n, startN8nHelperProcess, OWNER, logTail };
