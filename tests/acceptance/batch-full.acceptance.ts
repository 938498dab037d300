/**
 * The batch runs that extract a corpus twice over and kill or split one of them (resumed after
 * SIGKILL, sharded and merged): `npm run test:acceptance`. `npm test` runs the rest of
 * tests/batch.test.ts.
 */
process.env.BATCH_FULL = '1';
await import('../batch.test.js');
