'use strict';

// A malformed escape (%E0%A4%A) stays as sent, so it reads as an unknown id rather than a crash.
function decodeSegment(segment) {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

const split = (path) => path.replace(/\/+$/, '').split('/').filter(Boolean);

/**
 * Turns a route table ([{ method, path: '/api/v2/products/:id', handler }]) into a matcher.
 * A literal segment beats a parameter, so '/products/simple-list' is never product "simple-list".
 * match() answers { route, params }, { allowed: [methods] } when only the method is wrong, or null.
 */
function createRouter(routes) {
	const compiled = routes.map((route) => ({
		route,
		segments: split(route.path),
		params: split(route.path).filter((segment) => segment.startsWith(':')).length,
	}));
	compiled.sort((a, b) => a.params - b.params);

	function matchPath(entry, parts) {
		if (entry.segments.length !== parts.length) return null;
		const params = {};
		for (let index = 0; index < parts.length; index++) {
			const segment = entry.segments[index];
			if (segment.startsWith(':')) params[segment.slice(1)] = decodeSegment(parts[index]);
			else if (segment !== parts[index]) return null;
		}
		return params;
	}

	function match(method, path) {
		const parts = split(path);
		const allowed = [];
		for (const entry of compiled) {
			const params = matchPath(entry, parts);
			if (!params) continue;
			if (entry.route.method === method) return { route: entry.route, params };
			allowed.push(entry.route.method);
		}
		return allowed.length ? { allowed } : null;
	}

	return { match };
}

module.exports = { createRouter };
