'use strict';
// Floor 1: acknowledges and starts the run, nothing else.
const { floorDescription, started } = require('./floorTrigger');

class BenchBareTrigger {
	constructor() {
		this.description = floorDescription({
			displayName: 'Bench Bare Trigger',
			name: 'benchBareTrigger',
		});
	}

	async webhook() {
		return started(this);
	}
}
module.exports = { BenchBareTrigger };
