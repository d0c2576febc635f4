'use strict';

// [doc] Every Flavours answer is { meta: { code, status, message }, data }; errors carry
// data: null, except invalid data (422), whose data lists { code: 0, message, field } per problem
// and whose meta.message is the first problem "(and N more errors)" (doc.flavours.sa
// payment-method create/update pages).

const answer = (status, data, message = 'OK') => ({
	status,
	body: { meta: { code: status, status: 'success', message }, data },
});

const errorBody = (status, message, errors) => ({
	meta: { code: status, status: 'error', message },
	data: null,
	...(errors ? { errors } : {}),
});

const failure = (status, message, errors) => ({ status, body: errorBody(status, message, errors) });

const ok = (data) => answer(200, data);
const created = (data) => answer(201, data, 'Created');
const notFound = (what) => failure(404, `${what} not found.`);
/** 422 in the documented shape, from a `field -> [messages]` map (see ../validation.js). */
function invalid(errors) {
	const data = Object.entries(errors).flatMap(([field, problems]) =>
		problems.map((message) => ({ code: 0, message, field })),
	);
	const more = data.length - 1;
	// [guess] Laravel's singular for one more; the docs only show the plural.
	const tail = more > 0 ? ` (and ${more} more ${more === 1 ? 'error' : 'errors'})` : '';
	const message = `${data[0]?.message ?? 'The given data was invalid.'}${tail}`;
	return { status: 422, body: { meta: { code: 422, status: 'error', message }, data } };
}

module.exports = { answer, ok, created, notFound, invalid, failure, errorBody };
