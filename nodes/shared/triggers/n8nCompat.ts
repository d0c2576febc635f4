import * as n8nWorkflow from 'n8n-workflow';
import type { INodeParameters, NodeParameterValueType } from 'n8n-workflow';

/**
 * A webhook-description field declared once: the expression template every n8n understands and the
 * function that computes the same value without the expression engine.
 */
export interface WebhookField {
	template: string;
	resolve: (parameters: INodeParameters) => NodeParameterValueType | undefined;
}

/**
 * The key n8n (2.35.0 and later) reads native resolvers from. A registered symbol, so it is the same
 * key whichever copy of n8n-workflow created it.
 */
const WEBHOOK_RESOLVERS = Symbol.for('n8n.webhookDescriptionResolvers');

/**
 * Whether the n8n running this package resolves webhook-description fields natively. Decided once,
 * when the package is loaded: the n8n-workflow it resolves is n8n's own, and older releases (the 1.x
 * line, 2.x before 2.35.0) lack these helpers, so importing them by name fails at load with
 * "(0, n8n_workflow_1.fromFunction) is not a function".
 */
export const nativeWebhookResolvers: boolean =
	typeof n8nWorkflow.webhookDescriptionFields === 'function' &&
	typeof n8nWorkflow.fromFunction === 'function' &&
	typeof n8nWorkflow.fromParameter === 'function';

/** The same template and resolver n8n's own `fromParameter` builds. */
function templateFromParameter(path: string | string[], fallback?: string): WebhookField {
	const segments = Array.isArray(path) ? path : [path];
	const accessor = segments.map((segment) => `["${segment}"]`).join('');
	const tail = fallback === undefined ? '' : ` || ${JSON.stringify(fallback)}`;
	return {
		template: `={{$parameter${accessor}${tail}}}`,
		resolve: (parameters) => {
			let current: unknown = parameters;
			for (const key of segments) {
				if (current === null || current === undefined) return fallback;
				current = (current as Record<string, unknown>)[key];
			}
			// The template's `||` is JavaScript truthiness, so the resolver's fallback is too.
			if (fallback !== undefined && !current) return fallback;
			return current as NodeParameterValueType | undefined;
		},
	};
}

/** The same template and resolver n8n's own `fromFunction` builds. */
function templateFromFunction<P extends INodeParameters>(
	fn: (parameters: P) => NodeParameterValueType | undefined,
): WebhookField {
	return {
		template: `={{(${String(fn)})($parameter)}}`,
		resolve: fn as WebhookField['resolve'],
	};
}

/** A field reading one node parameter (a path for nested ones), with a fallback for falsy values. */
export function fromParameter(path: string | string[], fallback?: string): WebhookField {
	return nativeWebhookResolvers
		? (n8nWorkflow.fromParameter(path, fallback) as WebhookField)
		: templateFromParameter(path, fallback);
}

/**
 * A field computed from the node's parameters. The function must be self-contained: its source is
 * inlined into the template, which n8n's expression engine evaluates wherever no resolver is used
 * (older n8n, and parameters holding expressions on any n8n).
 */
export function fromFunction<P extends INodeParameters>(
	fn: (parameters: P) => NodeParameterValueType | undefined,
): WebhookField {
	return nativeWebhookResolvers
		? (n8nWorkflow.fromFunction(fn) as WebhookField)
		: templateFromFunction(fn);
}

/**
 * Spreads into an IWebhookDescription. Every n8n reads the templates; n8n with native resolvers also
 * finds the resolvers and skips its expression engine. Older n8n gets the templates alone, exactly
 * what a description written with expression strings would hold.
 */
export function webhookDescriptionFields<K extends string>(
	fields: Record<K, WebhookField>,
): Record<K, string> {
	if (nativeWebhookResolvers) {
		return n8nWorkflow.webhookDescriptionFields(fields) as Record<K, string>;
	}
	const templates = {} as Record<K, string>;
	for (const field of Object.keys(fields) as K[]) templates[field] = fields[field].template;
	return templates;
}

/** The resolvers a description carries for n8n to use (none on n8n without native resolvers). */
export function webhookResolversOf(description: object): Record<string, WebhookField> | undefined {
	return (description as { [WEBHOOK_RESOLVERS]?: Record<string, WebhookField> })[WEBHOOK_RESOLVERS];
}
