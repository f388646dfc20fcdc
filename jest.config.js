/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  testTimeout: 30000,
  // .ci/run's Node 22 pass: better-sqlite3 built for that Node in a separate copy (the Node 20 install stays as it is).
  ...(process.env.SKA_BETTER_SQLITE3 ? { moduleNameMapper: { '^better-sqlite3$': process.env.SKA_BETTER_SQLITE3 } } : {}),
};
