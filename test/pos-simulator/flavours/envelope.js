'use strict';

// [doc] Every Flavours answer is { meta: { code, status, message }, data }; errors carry
// data: null, and invalid data also a Laravel `errors` map [guess].

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
const invalid = (errors) => failure(422, 'The given data was invalid.', errors);

module.exports = { ok, created, notFound, invalid, failure, errorBody };
