'use strict';
// A local SMTP server that accepts every message (any login, no TLS) and keeps it, so the demo's
// "Send Email" node has somewhere to deliver without touching the internet.
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

/**
 * @param {{ host?: string, port?: number, onMessage?: (mail: {to: string, subject: string, text: string}) => void }} [options]
 * @returns {Promise<{ host: string, port: number, messages: object[], close(): Promise<void> }>}
 */
async function startSmtpCatcher({ host = '127.0.0.1', port = 0, onMessage } = {}) {
	const messages = [];
	const server = new SMTPServer({
		// Plain SMTP on a loopback port: no STARTTLS offered, any user and password accepted.
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		authOptional: true,
		logger: false,
		banner: 'n8n-nodes-restaurant-pos demo SMTP catcher',
		onAuth(auth, session, callback) {
			callback(null, { user: auth.username });
		},
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					const mail = {
						to: parsed.to?.text ?? session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', '),
						from: parsed.from?.text ?? '',
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						at: new Date(),
					};
					messages.push(mail);
					onMessage?.(mail);
					callback();
				})
				.catch(callback);
		},
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.removeListener('error', reject);
			resolve();
		});
	});
	// A client that drops the connection is not the demo's problem.
	server.on('error', () => {});
	return {
		host,
		port: server.server.address().port,
		messages,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

module.exports = { startSmtpCatcher };
