'use strict';
// The RETM credential as n8n loads it: n8n fills defaults and drops every value whose field its display
// rules hide (NodeHelpers.getNodeParameters, as its credentials helper calls it), so what a user saved
// before the Authentication choice existed must still reach the node.
const { NodeHelpers } = require('n8n-workflow');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { usesPastedToken } = require('../../../nodes/Retm/tokens');

const properties = new RetmApi().properties;
const asLoaded = (saved) =>
	NodeHelpers.getNodeParameters(properties, saved, true, false, null, null);

test('a credential saved with only an Access Token keeps it, and the token is used as pasted', () => {
	const loaded = asLoaded({
		environment: 'custom',
		baseUrl: 'http://127.0.0.1:4010',
		accessToken: 'saved-before-the-upgrade',
		webhookToken: 'w',
	});
	expect(loaded.accessToken).toBe('saved-before-the-upgrade');
	expect(loaded.webhookToken).toBe('w');
	expect(usesPastedToken(loaded)).toBe(true);
});

test('a new credential starts with Client ID and Secret, whose fields n8n keeps', () => {
	const loaded = asLoaded({ clientId: 'c', clientSecret: 's', authorizationCode: 'code' });
	expect(loaded.authentication).toBe('app');
	expect(loaded).toMatchObject({ clientId: 'c', clientSecret: 's', authorizationCode: 'code' });
	expect(usesPastedToken(loaded)).toBe(false);
});

test('the Access Token method hides the app fields, so their values are not used', () => {
	const loaded = asLoaded({ authentication: 'accessToken', accessToken: 't', clientId: 'c' });
	expect(loaded.clientId).toBeUndefined();
	expect(usesPastedToken(loaded)).toBe(true);
});
