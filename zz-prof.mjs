import { readFileSync } from 'node:fs';
const { readPlainText } = await import('/work/main/dist/parse/plain-text/tree.js');
const text = readFileSync(process.argv[2], 'utf8');
const opts = JSON.parse(process.argv[3] ?? '{}');
for (let i = 0; i < 200; i++) readPlainText(text, opts);
