import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

export interface FailedResponse {
	statusCode: number;
	body: unknown;
	method: string;
	path: string;
	/** The user wrote the path (API Request): a 404 points at it (`hints.notFoundAtPath`). */
	pathWrittenByUser?: boolean;
}

export interface PlatformErrorReading {
	/** The platform's display name, for messages. */
	platform: string;
	/** The message in the platform's error body, if any. */
	message: (body: unknown) => string | undefined;
	/** Field errors in the platform's error body: `field -> problems`. */
	fieldErrors: (body: unknown) => Record<string, string[]>;
	/**
	 * What to check for a 401, a 404 and (when the platform has a common cause) a 403. A 404 of a
	 * path the user wrote gets `notFoundAtPath`: the path itself is the first suspect there.
	 */
	hints: { unauthorized: string; notFound: string; notFoundAtPath: string; forbidden?: string };
}

function describe(
	response: FailedResponse,
	reading: PlatformErrorReading,
	fields: Record<string, string[]>,
) {
	const status = response.statusCode;
	if (status === 401) return reading.hints.unauthorized;
	if (status === 403)
		return (
			reading.hints.forbidden ??
			`The ${reading.platform} account behind this credential may not do this. Check its role and permissions.`
		);
	if (status === 404)
		return response.pathWrittenByUser ? reading.hints.notFoundAtPath : reading.hints.notFound;
	if (status === 422 || status === 400) {
		const lines = Object.entries(fields).map(
			([field, problems]) => `${field}: ${problems.join(', ')}`,
		);
		return lines.length
			? `Fix these fields and try again:\n${lines.join('\n')}`
			: `${reading.platform} refused the request's data. Check the fields you filled in.`;
	}
	if (status === 429)
		return `${reading.platform} is limiting requests. Wait a minute, or run fewer items at once.`;
	if (status >= 500) return `${reading.platform} had a problem answering. Try again later.`;
	return `${reading.platform} answered ${status}.`;
}

/** A non-2xx answer as an error a non-developer can act on; never includes credentials. */
export function apiErrorFromResponse(
	node: INode,
	response: FailedResponse,
	reading: PlatformErrorReading,
	itemIndex?: number,
): NodeApiError {
	const fields = reading.fieldErrors(response.body);
	const platformMessage = reading.message(response.body);
	const body =
		response.body && typeof response.body === 'object'
			? (response.body as JsonObject)
			: { body: String(response.body ?? '') };
	return new NodeApiError(node, body, {
		httpCode: String(response.statusCode),
		message: `${reading.platform} ${response.statusCode}: ${platformMessage ?? 'the request failed'} (${response.method} ${response.path})`,
		description: describe(response, reading, fields),
		itemIndex,
	});
}

/** Laravel's validation map `errors: {field: [problems]}` (or one problem) as `field -> problems`. */
export function laravelFieldErrors(body: unknown): Record<string, string[]> {
	const errors = (body as JsonObject | undefined)?.errors;
	if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return {};
	return Object.fromEntries(
		Object.entries(errors as JsonObject).map(([field, problems]) => [
			field,
			(Array.isArray(problems) ? problems : [problems]).map(String),
		]),
	);
}
