'use strict';
// A real SMTP server on 127.0.0.1 (no TLS, no auth) that keeps every message it receives, parsed by
// mailparser, for tests of workflows that send email.
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

/**
 * @returns {Promise<{ host: string, port: number, messages: Array<{ envelope: object, mail: object }>,
 *   waitForMessages(count: number, timeoutMs?: number): Promise<Array>, close(): Promise<void> }>}
 */
async function startSmtpServer() {
	const messages = [];
	const waiters = new Set();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((mail) => {
					messages.push({
						envelope: {
							from: session.envelope.mailFrom?.address,
							to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
						},
						mail,
					});
					for (const waiter of waiters) waiter();
					callback();
				})
				.catch(callback);
		},
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});

	return {
		host: '127.0.0.1',
		port: server.server.address().port,
		messages,
		/** Resolves with the messages once at least `count` arrived; rejects after `timeoutMs`. */
		waitForMessages(count, timeoutMs = 15000) {
			if (messages.length >= count) return Promise.resolve(messages);
			return new Promise((resolve, reject) => {
				const check = () => {
					if (messages.length < count) return;
					cleanup();
					resolve(messages);
				};
				const timer = setTimeout(() => {
					cleanup();
					reject(
						new Error(
							`SMTP server got ${messages.length} message(s) in ${timeoutMs} ms, expected ${count}`,
						),
					);
				}, timeoutMs);
				const cleanup = () => {
					clearTimeout(timer);
					waiters.delete(check);
				};
				waiters.add(check);
			});
		},
		close() {
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

module.exports = { startSmtpServer };
