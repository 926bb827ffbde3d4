/**
 * A lint run as plain data in and plain data out, so that it can run in a worker thread: the editor
 * lints a large file there instead of blocking its own thread, and gets back only what diagnostics and
 * quick fixes need (never the parsed zone, whose copy back would cost as much as the lint).
 */
import { lintText } from '../lint';
import type { LintOptions } from '../rules';
import type { Finding } from '../types';
import { createFileIncludeReader } from '../zone/fileInclude';
import type { Directive, IncludeReader } from '../zone/model';

export interface LintJob extends LintOptions {
  text: string;
  origin: string;
  /** The file on disk; without it, `$INCLUDE` is not followed. */
  fileName?: string;
  /** `$INCLUDE`d files must lie inside this folder (an untrusted workspace's folder). */
  includeRoot?: string;
  /** Largest `$INCLUDE`d file, in bytes. */
  maxIncludeBytes?: number;
}

export interface LintJobResult {
  findings: Finding[];
  directives: Directive[];
  /** Each included file and the file that included it (the linted file for a top-level `$INCLUDE`). */
  includedBy: [string, string][];
}

export function runLintJob(job: LintJob): LintJobResult {
  const includedBy: [string, string][] = [];
  let include: IncludeReader | undefined;
  if (job.fileName !== undefined) {
    const topFile = job.fileName;
    const read = createFileIncludeReader({ maxBytes: job.maxIncludeBytes, allowedRoot: job.includeRoot });
    include = (path, fromFile) => {
      const result = read(path, fromFile ?? topFile);
      if ('fileName' in result) includedBy.push([result.fileName, fromFile ?? topFile]);
      return result;
    };
  }
  const { zone, findings } = lintText(job.text, {
    origin: job.origin,
    fileName: job.fileName,
    include,
    trustedMxHosts: job.trustedMxHosts,
    filteringServiceName: job.filteringServiceName,
    rules: job.rules,
  });
  return { findings, directives: zone.directives, includedBy };
}
