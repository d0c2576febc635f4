/**
 * RETM's hosts; API paths go after `/api/v2`. The credential offers them and its test calls them, the
 * node's transport calls them.
 */

// [guess] Staging API calls: RETM documents stg.retm.sa only for its token endpoint.
export const RETM_STAGING_HOST = 'https://stg.retm.sa';

/** A merchant's own production host: its business ID is the subdomain. */
export function retmProductionHost(businessId: string): string {
	return `https://${businessId}.retm.sa`;
}
