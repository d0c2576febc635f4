'use strict';
// The one secret the authenticated floor checks: what any authenticated trigger reads per delivery.
class BenchFloorApi {
	constructor() {
		this.name = 'benchFloorApi';
		this.displayName = 'Bench Floor API';
		this.properties = [
			{
				displayName: 'Token',
				name: 'token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
			},
		];
	}
}
module.exports = { BenchFloorApi };
