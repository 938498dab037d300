import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The JSON output folder:
 *   <out>/documents/<docId>.json   one validated Document per report
 * (the batch runner writes the manifest beside it)
 */
export class JsonOutput {
  readonly documentsDir: string;

  private constructor(readonly dir: string) {
    this.documentsDir = join(dir, 'documents');
  }

  static async open(dir: string): Promise<JsonOutput> {
    const output = new JsonOutput(dir);
    await mkdir(dir, { recursive: true });
    // Not recursive: a recursive mkdir says ENOENT where the folder is read-only (EROFS).
    await mkdir(output.documentsDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    return output;
  }

  documentPath(docId: string): string {
    return join(this.documentsDir, `${docId}.json`);
  }
}
