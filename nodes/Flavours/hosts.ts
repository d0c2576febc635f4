/**
 * Flavours' API bases, each up to and including `/api/v2`: the credential offers them and its test
 * calls them, the node's transport calls them.
 */
export const FLAVOURS_API_BASES = {
	development: 'https://api.flavours.sa/dev/api/v2',
	// [guess] Flavours documents only the development host.
	production: 'https://api.flavours.sa/api/v2',
} as const;
