import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const { pipeline } = await import('/work/main/dist/pipeline.js');
const { default: reportSyntax } = await import('/work/main/dist/parse/syntax.js');
const { readSource } = await import('/work/main/dist/read/index.js');
const md = unified().use(remarkParse).use(reportSyntax);
const time = (f, n) => { for (let i = 0; i < 10; i++) f(); const t = []; for (let i = 0; i < n; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a,b)=>a-b); return t[Math.floor(n/2)]; };
let worst = 0;
for (const d of readdirSync('tests/fixtures').filter((n) => n.startsWith('plain-'))) {
  const path = `tests/fixtures/${d}/input.txt`;
  const text = readFileSync(path, 'utf8');
  const file = readSource({ path, bytes: Buffer.from(text) });
  const a = time(() => md.parse(text), 30), b = time(() => pipeline.parse(file), 30);
  worst = Math.max(worst, b / a);
  console.log(d.padEnd(52), (b / a).toFixed(2));
}
console.log('worst', worst.toFixed(2));
