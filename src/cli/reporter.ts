/**
 * What the command line says while a batch runs, on stderr: a progress line on a terminal (done of
 * total, docs/s, failures, time left), each failure as it happens, a summary at the end; or, with
 * `--log-format json`, one JSON line per input for machine logs.
 */
import { extname } from 'node:path';
import type { LoadReport } from '../emit/destinations.js';
import type { PublishReport } from '../emit/warehouse.js';
import type { Manifest, ManifestEntry } from '../schema/manifest.js';

/** The summary names this many of the worst-read documents. */
const SHOWN_WORST = 10;

export interface ReporterOptions {
  quiet: boolean;
  json: boolean;
  tty: boolean;
}

export class Reporter {
  private done_ = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  /** How many inputs the run will see, once a counting walk has said. */
  total: number | undefined;

  constructor(private readonly options: ReporterOptions) {}

  entry(entry: ManifestEntry): void {
    this.done_++;
    if (entry.status === 'failed') this.failed++;
    if (this.options.json) {
      process.stderr.write(`${JSON.stringify(entry)}\n`);
      return;
    }
    if (entry.status === 'failed') {
      this.clearLine();
      process.stderr.write(`failed  ${entry.error?.message}\n`);
    }
    if (this.options.tty && !this.options.quiet && Date.now() - this.lastDraw > 100) this.draw();
  }

  done(manifest: Manifest, outDir: string, manifestFile = 'manifest.json'): void {
    this.clearLine();
    if (this.options.json) {
      const { totals, run } = manifest;
      process.stderr.write(`${JSON.stringify({ event: 'summary', totals, run })}\n`);
      return;
    }
    if (this.options.quiet) return;
    const { inputs, ok, skipped, failed, grades } = manifest.totals;
    const seconds = (Date.now() - this.started) / 1000;
    const stopped = manifest.run.interrupted ? 'interrupted: ' : '';
    process.stderr.write(
      `baocao: ${stopped}${ok} of ${inputs} inputs extracted into ${outDir}/ ` +
        `(${skipped} skipped, ${failed} failed) in ${seconds.toFixed(1)} s; see ${outDir}/${manifestFile}\n`,
    );
    this.unsupported(manifest);
    if (grades.partial + grades.poor === 0) return;
    // Whatever was not read must be said as loudly as a failure: the worst first, by name.
    const worst = manifest.inputs
      .filter((entry) => entry.quality && entry.quality.grade !== 'good')
      .sort((a, b) => (a.quality?.score ?? 0) - (b.quality?.score ?? 0));
    process.stderr.write(
      `baocao: ${grades.poor} read poorly and ${grades.partial} in part (${grades.good} good); ` +
        `each entry of ${outDir}/${manifestFile} names its signals, and 'baocao review' shows them:\n`,
    );
    for (const entry of worst.slice(0, SHOWN_WORST)) {
      const { grade, score, signals } = entry.quality ?? { grade: '', score: 0, signals: [] };
      process.stderr.write(
        `  ${grade.padEnd(7)} ${score.toFixed(2)}  ${entry.path}: ${signals.join(', ')}\n`,
      );
    }
    if (worst.length > SHOWN_WORST)
      process.stderr.write(`  … and ${worst.length - SHOWN_WORST} more\n`);
  }

  /**
   * Files a walk met but the pipeline does not read: said with the first of each extension and
   * what to do, so that a folder of PDFs never looks like an empty folder.
   */
  private unsupported(manifest: Manifest): void {
    const skipped = manifest.inputs.filter((entry) => entry.error?.ruleId === 'unsupported-format');
    if (skipped.length === 0) return;
    const byExtension = new Map<string, { count: number; message: string }>();
    for (const entry of skipped) {
      const extension = extname(entry.path).toLowerCase();
      const seen = byExtension.get(extension);
      if (seen) seen.count++;
      else byExtension.set(extension, { count: 1, message: entry.error?.message ?? entry.path });
    }
    process.stderr.write(
      `baocao: ${skipped.length} ${skipped.length === 1 ? 'file' : 'files'} not read, of a format baocao does not read (unsupported-format):\n`,
    );
    for (const { count, message } of byExtension.values()) {
      const more = count > 1 ? ` (and ${count - 1} more like it)` : '';
      process.stderr.write(`  ${message}${more}\n`);
    }
  }

  /** What was published after the batch: record files, the change feed and the destinations. */
  published(report: PublishReport, outDir: string): void {
    const rows = Object.values(report.records.counts).reduce((sum, count) => sum + count, 0);
    const { changes: feed, ...records } = report.records;
    const changes = { added: 0, changed: 0, removed: 0 };
    for (const change of feed) changes[change.change]++;
    if (this.options.json) {
      const { database, loads } = report;
      process.stderr.write(
        `${JSON.stringify({ event: 'records', records, changes, database, loads })}\n`,
      );
      return;
    }
    if (this.options.quiet) return;
    const database = report.database
      ? `; ${outDir}/baocao.duckdb: ${report.database.inserted} documents loaded, ${report.database.deleted} removed`
      : '';
    const state = report.records.rebuilt ? 'written' : 'current';
    process.stderr.write(
      `baocao: ${rows} records of ${report.records.documents} documents ${state} in ${outDir}/records/${database}\n`,
    );
    if (report.records.rebuilt) {
      process.stderr.write(
        `baocao: ${changes.added} documents added, ${changes.changed} changed, ${changes.removed} removed (${outDir}/changes.ndjson)\n`,
      );
    }
    for (const load of report.loads) this.loaded(load);
  }

  /** One destination loaded (`extract --postgres`, `baocao load`). */
  loaded({ label, report }: { label: string; report: LoadReport }): void {
    if (this.options.quiet) return;
    if (this.options.json) {
      process.stderr.write(`${JSON.stringify({ event: 'load', destination: label, ...report })}\n`);
      return;
    }
    process.stderr.write(
      `baocao: ${label}: ${report.inserted} documents loaded, ${report.deleted} removed\n`,
    );
  }

  private draw(): void {
    this.lastDraw = Date.now();
    const rate = this.done_ / Math.max(0.001, (Date.now() - this.started) / 1000);
    const done = this.total === undefined ? `${this.done_}` : `${this.done_}/${this.total}`;
    const eta =
      this.total === undefined || rate === 0
        ? ''
        : `, ETA ${formatSeconds(Math.max(0, this.total - this.done_) / rate)}`;
    process.stderr.write(
      `\r\x1b[K${done} done, ${rate.toFixed(1)} docs/s, ${this.failed} failed${eta}`,
    );
  }

  private clearLine(): void {
    if (this.options.tty && !this.options.json && this.lastDraw > 0)
      process.stderr.write('\r\x1b[K');
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes} min ${Math.round(seconds % 60)} s`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
