import { documentPath, documentsDir, openFolder } from './output-folder.js';

/**
 * The JSON output folder (its layout: src/emit/output-folder.ts):
 *   <out>/documents/<docId>.json   one validated Document per report
 * (the batch runner writes the manifest beside it)
 */
export class JsonOutput {
  readonly documentsDir: string;

  private constructor(readonly dir: string) {
    this.documentsDir = documentsDir(dir);
  }

  static async open(dir: string): Promise<JsonOutput> {
    await openFolder(dir);
    return new JsonOutput(dir);
  }

  documentPath(docId: string): string {
    return documentPath(this.dir, docId);
  }
}
