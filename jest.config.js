// Unit tests: plain JavaScript test files (the strict n8n lint forbids process, timers and node
// imports in every .ts file), with the TypeScript sources under test compiled by ts-jest.
module.exports = {
	testEnvironment: '<rootDir>/test/helpers/quietConsoleEnvironment.js',
	testMatch: ['<rootDir>/test/unit/**/*.test.js'],
	transform: { '^.+\\.ts$': 'ts-jest' },
	moduleFileExtensions: ['ts', 'js', 'json'],
	testTimeout: 30000,
};
