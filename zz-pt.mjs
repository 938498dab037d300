import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const { pipeline } = await import('/work/main/dist/pipeline.js');
const { default: reportSyntax } = await import('/work/main/dist/parse/syntax.js');
const { readSource } = await import('/work/main/dist/read/index.js');
const md = unified().use(remarkParse).use(reportSyntax);
const time = (f, n) => { for (let i = 0; i < 10; i++) f(); const t = []; for (let i = 0; i < n; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a,b)=>a-b); return t[Math.floor(n/2)]; };
const ratios = [];
for (const d of readdirSync('tests/fixtures').filter((n) => n.startsWith('plain-'))) {
  const path = `tests/fixtures/${d}/input.txt`;
  const text = readFileSync(path, 'utf8');
  const file = readSource({ path, bytes: Buffer.from(text) });
  const a = time(() => md.parse(text), 40), b = time(() => pipeline.parse(file), 40);
  ratios.push([b / a, d]);
}
ratios.sort((x, y) => x[0] - y[0]);
console.log('min', ratios[0][0].toFixed(2), ratios[0][1]);
console.log('median', ratios[Math.floor(ratios.length/2)][0].toFixed(2));
for (const r of ratios.slice(-5)) console.log(r[0].toFixed(2), r[1]);
