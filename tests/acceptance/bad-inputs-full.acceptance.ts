/**
 * The bad-input catalogue at full size (a 50 MB file, a 19 MB report, 10 000 levels of nesting,
 * 100 000 footnote markers …): `npm run test:acceptance`. `npm test` runs the same catalogue with
 * the huge cases made smaller (tests/bad-inputs/catalogue.test.ts).
 */
process.env.BAD_INPUTS_FULL = '1';
await import('../bad-inputs/catalogue.test.js');
