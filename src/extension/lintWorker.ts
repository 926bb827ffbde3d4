/** The worker thread that lints large zone files off the extension host's thread (see zoneDiagnostics.ts). */
import { parentPort } from 'node:worker_threads';
import { runLintJob, type LintJob } from '../core/editor/lintJob';

parentPort?.on('message', (message: { id: number; job: LintJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, result: runLintJob(message.job) });
  } catch (error) {
    // The parser never throws; anything else is a bug, reported rather than leaving the editor waiting.
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
