import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import assembleDocument from '../src/extract/document.js';
import { extract } from '../src/extract.js';
import { readSource } from '../src/read/index.js';
import { DocumentSchema, SpanSchema } from '../src/schema/document.js';
import { renderJsonSchemas } from '../src/schema/json-schema.js';
import { ManifestSchema } from '../src/schema/manifest.js';
import metadata from '../src/structure/metadata.js';
import sections from '../src/structure/sections.js';
import validate, { SchemaViolation } from '../src/validate/index.js';

const seedPath = 'corpus/thanh-uy-hai-phong_bao-cao_2023-q1.md';

describe('JSON Schema files', () => {
  it.each([...renderJsonSchemas()])(
    'schemas/%s is current (regenerate: npm run schemas)',
    (name, text) => {
      expect(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8')).toBe(text);
    },
  );

  it('are draft 2020-12 and reference every part of the Document by name', () => {
    const document = JSON.parse(renderJsonSchemas().get('document.schema.json') ?? '{}');
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(document.$defs)).toEqual(
      expect.arrayContaining([
        'Document',
        'Metadata',
        'Section',
        'Block',
        'Footnote',
        'Table',
        'Span',
      ]),
    );
    // Section is recursive: its children refer back to it rather than being inlined forever.
    expect(document.$defs.Section.properties.children.items).toEqual({ $ref: '#/$defs/Section' });
  });
});

describe('DocumentSchema', () => {
  it('accepts what extract produces, and keeps its key order', async () => {
    const document = await extract({ path: seedPath, bytes: readFileSync(seedPath) });
    const reparsed = DocumentSchema.parse(JSON.parse(JSON.stringify(document)));
    expect(reparsed).toEqual(document);
    expect(Object.keys(document)).toEqual(Object.keys(DocumentSchema.shape));
  });

  it('rejects a bad field, naming its path', async () => {
    const document = await extract({ path: seedPath, bytes: readFileSync(seedPath) });
    const broken = { ...document, metadata: { ...document.metadata, issuedOn: '15/4/2023' } };
    const result = DocumentSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'metadata.issuedOn',
    ]);
    const violation = new SchemaViolation(seedPath, result.error?.issues ?? []);
    expect(violation.message).toMatch(
      /^corpus\/thanh-uy-hai-phong_bao-cao_2023-q1\.md: the document does not match its schema \(a bug in baocao\): metadata\.issuedOn: /,
    );
  });

  it('is enforced by the pipeline: a stage that breaks it makes extract throw, naming the field', async () => {
    const breakBlocks = () => (_tree: Root, file: VFile) => {
      for (const block of file.data.blocks ?? []) block.sources = [];
    };
    const broken = unified()
      .use(remarkParse)
      .use(metadata)
      .use(sections)
      .use(breakBlocks)
      .use(assembleDocument)
      .use(validate);
    const file = readSource({ path: 'a.md', bytes: Buffer.from('Đạt kế hoạch.\n') });
    await expect(broken.run(broken.parse(file), file)).rejects.toThrow(
      'a.md: the document does not match its schema (a bug in baocao): blocks.0.sources: ',
    );
  });

  it('rejects a span that ends before it starts', () => {
    expect(SpanSchema.safeParse({ startLine: 3, endLine: 2 }).success).toBe(false);
    expect(SpanSchema.safeParse({ startLine: 3, endLine: 3 }).success).toBe(true);
  });

  it('strips fields it does not know, so nothing undeclared reaches a warehouse', async () => {
    const document = await extract({ path: seedPath, bytes: readFileSync(seedPath) });
    const parsed = DocumentSchema.parse({ ...document, hostname: 'build-42' });
    expect(parsed).not.toHaveProperty('hostname');
  });
});

describe('ManifestSchema', () => {
  it('requires a reason-bearing status for every input', () => {
    const entry = {
      path: 'a.md',
      status: 'lost',
      docId: null,
      sha256: null,
      error: null,
      quality: null,
    };
    const manifest = {
      manifestVersion: 1,
      tool: { name: 'baocao', version: '0.1.0' },
      extractor: { version: '0.1.0', fingerprint: '0123456789abcdef' },
      run: {
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: '2026-01-01T00:00:01.000Z',
        workers: 2,
        shard: null,
        interrupted: false,
      },
      totals: {
        inputs: 1,
        ok: 0,
        skipped: 0,
        failed: 1,
        grades: { good: 0, partial: 0, poor: 0 },
      },
      inputs: [entry],
    };
    const withStatus = (status: string, error: unknown) => ({
      ...manifest,
      inputs: [{ ...entry, status, error }],
    });
    const reason = { ruleId: 'invalid-utf8', message: 'a.md:1:3: invalid UTF-8 byte 0xFF' };
    expect(ManifestSchema.safeParse(manifest).success).toBe(false);
    expect(ManifestSchema.safeParse(withStatus('failed', null)).success).toBe(false);
    expect(ManifestSchema.safeParse(withStatus('skipped', null)).success).toBe(false);
    expect(ManifestSchema.safeParse(withStatus('ok', reason)).success).toBe(false);
    expect(ManifestSchema.safeParse(withStatus('failed', reason)).success).toBe(true);
    expect(ManifestSchema.safeParse(withStatus('ok', null)).success).toBe(true);
  });
});
