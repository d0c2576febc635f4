'use strict';
// n8n in queue mode on this machine, for the e2e suite's second run and the webhook-routing test: a
// throwaway Redis and PostgreSQL (n8n 2.x logs "Scaling mode is not officially supported with sqlite"
// and its docs require PostgreSQL for queue mode), then n8n main (editor, API, test webhooks), one
// `n8n worker` (runs every execution) and one `n8n webhook` process (serves every production webhook;
// main's are off) -- or several webhook processes behind Debian's nginx, which sends every request
// for one URL to the same process (`hash $request_uri consistent`, NGINX_UPSTREAM_HASH below).
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
const { exitOf, signalGroup, sleep, stopChild } = require('./process');

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
	// Once n8n runs, n8n-instance.js answers these signals (stops n8n, then exits, and the 'exit'
	// handler above ends the services). Before that, nobody would: end the services and exit here.
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129],
	]) {
		process.once(signal, () => {
			if (process.listenerCount(signal) > 0) return;
			for (const { killNow } of services) killNow();
			process.exit(code);
		});
	}
}

/**
 * A free port held open (listening, unused) until release(): while it is held, the free ports that
 * ports.js hands out (the OS's choice for port 0) cannot be this one. Ports that must be known before
 * their process starts (the webhook processes' and nginx's, written into every process's WEBHOOK_URL)
 * are reserved so that n8n main, the worker and their task-runner brokers cannot be given them too.
 */
async function reservePort() {
	const server = net.createServer();
	server.unref();
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address();
	let released;
	return {
		port,
		release() {
			released ??= new Promise((resolve) => server.close(() => resolve()));
			return released;
		},
	};
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

/** A detached child (its own process group) writing to `logPath`, and the ways to end it. */
function spawnDetached(bin, args, logPath) {
	const log = fs.openSync(logPath, 'a');
	const child = spawn(bin, args, { stdio: ['ignore', log, log], detached: true });
	fs.closeSync(log);
	const exited = exitOf(child);
	const killNow = () => signalGroup(child, 'SIGKILL');
	/** Sends `name` to `target` (the whole group by default); SIGKILL if still running after `graceMs`. */
	const stop = (name, graceMs, target = -child.pid) =>
		stopChild(child, exited, { graceMs, signal: name, target });
	return { child, killNow, stop };
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
	const { child, killNow, stop } = spawnDetached(
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
		path.join(dir, 'redis.log'),
	);
	const service = {
		port,
		killNow,
		async stop() {
			services.delete(service);
			await stop('SIGTERM', 5000);
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

/** Debian's nginx binary (scripts/queue-mode-deps.sh installs it when missing). */
function nginxBin() {
	const bin = which('nginx') || (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : '');
	if (!bin) {
		throw new Error(
			'nginx is not installed: run `apt-get install -y nginx` (scripts/queue-mode-deps.sh does)',
		);
	}
	return bin;
}

/**
 * How nginx picks the webhook process for a request: a hash of the request's URL, consistent (ketama)
 * so that adding or removing a process moves only that process's share of the URLs. The README's
 * Guarantees > Duplicates documents this exact line; the routing test runs with it.
 */
const NGINX_UPSTREAM_HASH = 'hash $request_uri consistent';

/** One access-log line per request: where it went, tab-separated (parseAccessLog reads it back). */
const ACCESS_LOG_FORMAT = '$msec\\t$request_method\\t$request_uri\\t$status\\t$upstream_addr';

/** nginx's configuration: production webhooks (/webhook/) spread over `upstreams` by URL. */
function nginxConfig({ dir, port, upstreams }) {
	const asRoot = process.getuid?.() === 0;
	return `# Generated by scripts/lib/queue-mode.js for one test run.
daemon off;
master_process on;
worker_processes 1;
${asRoot ? 'user nobody nogroup;\n' : ''}pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events {
	worker_connections 2048;
}
http {
	log_format routing '${ACCESS_LOG_FORMAT}';
	access_log ${dir}/access.log routing;
	client_body_temp_path ${dir}/client_body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;

	upstream n8n_webhooks {
		${NGINX_UPSTREAM_HASH};
${upstreams.map((upstream) => `\t\tserver 127.0.0.1:${upstream};`).join('\n')}
	}

	server {
		listen 127.0.0.1:${port};
		location /webhook/ {
			proxy_pass http://n8n_webhooks;
			# Not needed for routing: says which process answered (routeOf below).
			add_header X-Upstream $upstream_addr always;
		}
		location / {
			return 404;
		}
	}
}
`;
}

/** The access log's lines as { at, method, uri, status, upstream } (upstream: "127.0.0.1:port"). */
function parseAccessLog(text) {
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [at, method, uri, status, upstream] = line.split('\t');
			return { at: Number(at), method, uri, status: Number(status), upstream };
		});
}

/**
 * Debian's nginx in the foreground (a child process, not the system service) on 127.0.0.1, proxying
 * /webhook/ to the given ports with NGINX_UPSTREAM_HASH. `reservation` is a reservePort() result,
 * released just before nginx binds it.
 */
async function startNginx({ reservation, upstreams }) {
	const bin = nginxBin();
	const { port } = reservation;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nginx-'));
	// Worker processes run as `nobody` when the master is root: they read nothing here but their
	// temp folders, which nginx creates and hands to them.
	fs.chmodSync(dir, 0o755);
	const configPath = path.join(dir, 'nginx.conf');
	fs.writeFileSync(configPath, nginxConfig({ dir, port, upstreams }));
	const errorLog = path.join(dir, 'error.log');
	const args = ['-p', dir, '-c', configPath, '-e', errorLog];
	try {
		execFileSync(bin, [...args, '-t', '-q'], { stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		throw new Error(`nginx rejected its configuration: ${String(error.stderr ?? error.message)}`);
	}
	await reservation.release();
	const { child, killNow, stop } = spawnDetached(bin, args, path.join(dir, 'nginx.out'));
	const accessLogPath = path.join(dir, 'access.log');
	const baseUrl = `http://127.0.0.1:${port}`;
	const service = {
		port,
		baseUrl,
		dir,
		configPath,
		accessLogPath,
		errorLog,
		killNow,
		/** Every request nginx has logged so far. */
		accessLog() {
			return fs.existsSync(accessLogPath)
				? parseAccessLog(fs.readFileSync(accessLogPath, 'utf8'))
				: [];
		},
		/**
		 * The upstream ("127.0.0.1:port") nginx sends `urlPath` to, found by asking nginx: a CORS
		 * preflight, which n8n answers without running anything (404 for a path it has no webhook on).
		 */
		async routeOf(urlPath) {
			const res = await fetch(`${baseUrl}${urlPath}`, {
				method: 'OPTIONS',
				headers: { origin: 'http://127.0.0.1', 'access-control-request-method': 'POST' },
			});
			await res.arrayBuffer();
			return res.headers.get('x-upstream');
		},
		async stop() {
			services.delete(service);
			// SIGQUIT to nginx's master: its graceful shutdown (finish the requests in progress).
			await stop('SIGQUIT', 10_000, child.pid);
			killNow();
			if (process.env.N8N_KEEP_USER_FOLDER !== '1') {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		},
	};
	track(service);
	try {
		await waitForPort(port, 15_000, () => child.exitCode === null);
	} catch (error) {
		const tail = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8').slice(-2000) : '';
		await service.stop();
		error.message += `\n--- nginx error log ---\n${tail}`;
		throw error;
	}
	return service;
}

/**
 * Redis, PostgreSQL, n8n main, one worker and `webhookProcesses` webhook processes. With more than
 * one, nginx stands in front of them and production webhook URLs point at nginx.
 * @param {object} [options]
 * @param {(userFolder: string) => (void|Promise<void>)} [options.beforeStart] e.g. install the package
 * @param {Record<string,string>} [options.env] extra environment for every n8n process
 * @param {number} [options.webhookProcesses] how many `n8n webhook` processes (default 1)
 * @returns {Promise<{ main: object, worker: object, webhook: object, webhooks: object[],
 *   webhookBaseUrl: string, nginx?: object, redis: object, postgres: object,
 *   restartWebhook: (index: number) => Promise<object>, stop: () => Promise<void> }>}
 *   `webhook` is the first webhook process as started; `webhookBaseUrl` is nginx's URL when there is
 *   an nginx, else the webhook process's.
 */
async function startQueueCluster({ beforeStart, env = {}, webhookProcesses = 1 } = {}) {
	if (!Number.isInteger(webhookProcesses) || webhookProcesses < 1) {
		throw new Error(`webhookProcesses must be a whole number >= 1, got ${webhookProcesses}`);
	}
	if (webhookProcesses > 1) nginxBin();
	const started = [];
	const reservations = [];
	const stopAll = async () => {
		for (const reservation of reservations) await reservation.release();
		for (const service of started.reverse()) {
			await service.stop().catch(() => {});
		}
	};
	try {
		const redis = await startRedis();
		started.push(redis);
		const postgres = await startPostgres();
		started.push(postgres);
		// Held until each process starts, so no other process of the cluster is handed these ports.
		const webhookPorts = [];
		for (let i = 0; i < webhookProcesses; i++) webhookPorts.push(await reservePort());
		const nginxPort = webhookProcesses > 1 ? await reservePort() : undefined;
		reservations.push(...webhookPorts, ...(nginxPort ? [nginxPort] : []));
		const webhookBaseUrl = `http://127.0.0.1:${(nginxPort ?? webhookPorts[0]).port}`;
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
			// Production webhook URLs shown in the editor point at the webhook process (or nginx).
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
		const startWebhook = (port) =>
			startN8nHelperProcess({ command: 'webhook', userFolder: main.userFolder, port, env: shared });
		const webhooks = [];
		for (const reservation of webhookPorts) {
			await reservation.release();
			const webhook = await startWebhook(reservation.port);
			started.push(webhook);
			webhooks.push(webhook);
		}
		let nginx;
		if (nginxPort) {
			nginx = await startNginx({
				reservation: nginxPort,
				upstreams: webhookPorts.map(({ port }) => port),
			});
			// Stopped first: no request reaches a webhook process that is shutting down.
			started.push(nginx);
		}
		/**
		 * Stops webhook process `index` and starts a new one on the same port (its memory, and with
		 * it every trigger's in-memory ledger, is gone; static data is what remains).
		 */
		const restartWebhook = async (index) => {
			const old = webhooks[index];
			await old.stop();
			const fresh = await startWebhook(old.port);
			started[started.indexOf(old)] = fresh;
			webhooks[index] = fresh;
			return fresh;
		};
		return {
			main,
			worker,
			webhook: webhooks[0],
			webhooks,
			webhookBaseUrl,
			nginx,
			redis,
			postgres,
			restartWebhook,
			stop: stopAll,
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}

module.exports = {
	NGINX_UPSTREAM_HASH,
	startRedis,
	startPostgres,
	startNginx,
	reservePort,
	startQueueCluster,
};
