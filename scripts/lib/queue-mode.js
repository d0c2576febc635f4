'use strict';
// n8n in queue mode on this machine, for the e2e suite's second run: a throwaway Redis and PostgreSQL
// (n8n 2.x logs "Scaling mode is not officially supported with sqlite" and its docs require
// PostgreSQL for queue mode), then n8n main (editor, API, test webhooks), one `n8n worker` (runs
// every execution) and one `n8n webhook` process (serves every production webhook; main's are off).
// Everything listens on 127.0.0.1 on free ports and is stopped again by stop(), or by the exit
// handlers if the caller forgets.
const { execFileSync, spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { startN8n, startN8nHelperProcess } = require('./n8n-instance');
const { freePort } = require('./ports');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function which(command) {
	try {
		return execFileSync('bash', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

// Services started by this process and not stopped yet.
const services = new Set();
let handlersInstalled = false;
function track(service) {
	services.add(service);
	if (handlersInstalled) return;
	handlersInstalled = true;
	process.on('exit', () => {
		for (const { killNow } of services) killNow();
	});
}

/** Resolves once `port` accepts TCP connections, rejects after `timeoutMs`. */
async function waitForPort(port, timeoutMs, isAlive = () => true) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (!isAlive()) throw new Error(`the process listening on ${port} exited`);
		const open = await new Promise((resolve) => {
			const socket = net.connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		await sleep(200);
	}
	throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * A Redis server with no persistence on 127.0.0.1 (Debian's redis-server: scripts/reliability.sh
 * installs it when missing).
 */
async function startRedis() {
	const bin = which('redis-server');
	if (!bin) {
		throw new Error(
			'redis-server is not installed: run `apt-get install -y redis-server` (scripts/reliability.sh does)',
		);
	}
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-redis-'));
	const log = fs.openSync(path.join(dir, 'redis.log'), 'a');
	const child = spawn(
		bin,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
		],
		{ stdio: ['ignore', log, log], detached: true },
	);
	fs.closeSync(log);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const killNow = () => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// Gone already.
		}
	};
	const service = {
		port,
		killNow,
		async stop() {
			services.delete(service);
			if (child.exitCode === null && child.signalCode === null) {
				try {
					process.kill(-child.pid, 'SIGTERM');
				} catch {
					// Gone already.
				}
				const timer = setTimeout(killNow, 5000);
				await exited;
				clearTimeout(timer);
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
	track(service);
	await waitForPort(port, 15_000, () => child.exitCode === null);
	return service;
}

/** The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/<major>/bin). */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	const majors = fs.existsSync(root)
		? fs
				.readdirSync(root)
				.filter((name) => fs.existsSync(path.join(root, name, 'bin', 'pg_ctl')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (majors.length) return path.join(root, majors[0], 'bin');
	const pgCtl = which('pg_ctl');
	if (pgCtl) return path.dirname(pgCtl);
	throw new Error(
		'PostgreSQL is not installed: run `apt-get install -y postgresql` (scripts/reliability.sh does)',
	);
}

/**
 * A throwaway PostgreSQL cluster (initdb + pg_ctl) on 127.0.0.1 with trust authentication, owned by
 * a non-root user (PostgreSQL refuses to run as root: as root it runs as `postgres`, else as us).
 */
async function startPostgres() {
	const bin = postgresBin();
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pg-'));
	const dataDir = path.join(dir, 'data');
	const logFile = path.join(dir, 'postgres.log');
	const asRoot = process.getuid?.() === 0;
	const runAs = asRoot ? (userExists('postgres') ? 'postgres' : 'nobody') : null;
	if (asRoot) execFileSync('chown', ['-R', runAs, dir]);
	fs.chmodSync(dir, 0o755);
	const run = (tool, args) => {
		const file = path.join(bin, tool);
		const [command, argv] = asRoot ? ['runuser', ['-u', runAs, '--', file, ...args]] : [file, args];
		return execFileSync(command, argv, {
			encoding: 'utf8',
			cwd: dir,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	};

	run('initdb', ['-D', dataDir, '-U', 'n8n', '--auth=trust', '-E', 'UTF8', '--no-sync']);
	const options = [
		`-p ${port}`,
		'-c listen_addresses=127.0.0.1',
		`-c unix_socket_directories=${dir}`,
		// Throwaway data: durability only costs time here.
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
		'-c max_connections=100',
	].join(' ');
	run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);

	const killNow = () => {
		try {
			run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
		} catch {
			// Not running.
		}
	};
	const service = {
		port,
		user: 'n8n',
		database: 'n8n',
		dir,
		killNow,
		async stop() {
			services.delete(service);
			try {
				run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
			} catch {
				killNow();
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
	track(service);
	run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n']);
	return service;
}

function userExists(name) {
	try {
		execFileSync('id', [name], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * Redis, PostgreSQL, n8n main, one worker and one webhook process.
 * @param {object} [options]
 * @param {(userFolder: string) => (void|Promise<void>)} [options.beforeStart] e.g. install the package
 * @param {Record<string,string>} [options.env] extra environment for every n8n process
 * @returns {Promise<{ main: object, worker: object, webhook: object, webhookBaseUrl: string,
 *   redis: object, postgres: object, stop: () => Promise<void> }>}
 */
async function startQueueCluster({ beforeStart, env = {} } = {}) {
	const started = [];
	const stopAll = async () => {
		for (const service of started.reverse()) {
			await service.stop().catch(() => {});
		}
	};
	try {
		const redis = await startRedis();
		started.push(redis);
		const postgres = await startPostgres();
		started.push(postgres);
		const webhookPort = await freePort();
		const webhookBaseUrl = `http://127.0.0.1:${webhookPort}`;
		const shared = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			// Every process must decrypt the same credentials.
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			// Production webhook URLs shown in the editor point at the webhook process.
			WEBHOOK_URL: `${webhookBaseUrl}/`,
			...env,
		};
		const main = await startN8n({
			beforeStart,
			env: { ...shared, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' },
		});
		// stop() of main removes the user folder, so it goes last.
		started.push(main);
		const worker = await startN8nHelperProcess({
			command: 'worker',
			userFolder: main.userFolder,
			port: await freePort(),
			env: shared,
		});
		started.push(worker);
		const webhook = await startN8nHelperProcess({
			command: 'webhook',
			userFolder: main.userFolder,
			port: webhookPort,
			env: { ...shared, WEBHOOK_URL: `${webhookBaseUrl}/` },
		});
		started.push(webhook);
		return { main, worker, webhook, webhookBaseUrl, redis, postgres, stop: stopAll };
	} catch (error) {
		await stopAll();
		throw error;
	}
}

module.exports = { startRedis, startPostgres, startQueueCluster };
