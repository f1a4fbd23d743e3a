/**
 * Unit tests of the pure helpers (report model, stale check, diff). They run under Node with
 * ts-jest and need nothing from the network: `jlpm test`.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testRegex: 'src/__tests__/.*\\.spec\\.ts$',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  collectCoverageFrom: ['src/model.ts', 'src/rewrite.ts', 'src/comm.ts'],
  coverageReporters: ['text-summary']
};
