'use strict';
// Floor 2: floor 1 plus reading a credential and checking a Bearer token against it in constant
// time, as any authenticated trigger must on every delivery.
const { createHash, timingSafeEqual } = require('node:crypto');
const { floorDescription, started } = require('./floorTrigger');

const digest = (text) => createHash('sha256').update(text).digest();

class BenchAuthenticatedTrigger {
	constructor() {
		this.description = floorDescription({
			displayName: 'Bench Authenticated Trigger',
			name: 'benchAuthenticatedTrigger',
			credentials: [{ name: 'benchFloorApi', required: true }],
		});
	}

	async webhook() {
		const { token } = await this.getCredentials('benchFloorApi');
		const presented = this.getHeaderData().authorization ?? '';
		if (!timingSafeEqual(digest(presented), digest(`Bearer ${token}`))) {
			this.getResponseObject().status(401).end();
			return { noWebhookResponse: true };
		}
		return started(this);
	}
}
module.exports = { BenchAuthenticatedTrigger };
