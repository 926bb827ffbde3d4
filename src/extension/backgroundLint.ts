/**
 * Runs lint jobs in one worker thread, one job at a time. A job waiting for its turn is replaced by a
 * newer one for the same document (it resolves to undefined), so typing in a large file never queues
 * work for versions nobody will see.
 */
import type { Worker } from 'node:worker_threads';
import type { LintJob, LintJobResult } from '../core/editor/lintJob';

interface Queued {
  job: LintJob;
  resolve: (result: LintJobResult | undefined) => void;
  reject: (error: Error) => void;
}

export class BackgroundLinter {
  private worker: Worker | undefined;
  private running: { id: number; queued: Queued } | undefined;
  private nextId = 0;
  private readonly queue = new Map<string, Queued>();

  constructor(private readonly workerFile: string) {}

  /** Lints in the worker; undefined when a newer job for the same `key` replaced this one before it started. */
  lint(key: string, job: LintJob): Promise<LintJobResult | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.get(key)?.resolve(undefined);
      this.queue.delete(key);
      this.queue.set(key, { job, resolve, reject });
      this.startNext();
    });
  }

  dispose(): void {
    for (const queued of this.queue.values()) queued.resolve(undefined);
    this.queue.clear();
    this.running?.queued.resolve(undefined);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private startNext(): void {
    if (this.running) return;
    const next = this.queue.entries().next();
    if (next.done) return;
    const [key, queued] = next.value;
    this.queue.delete(key);
    this.running = { id: ++this.nextId, queued };
    this.ensureWorker().postMessage({ id: this.running.id, job: queued.job });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Required here, on the first large file: most sessions never start the worker, and Node's worker
    // module costs some 5 ms to load at activation.
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new WorkerThread(this.workerFile);
    worker.on('message', (message: { id: number; result?: LintJobResult; error?: string }) => {
      if (this.running?.id !== message.id) return;
      const { queued } = this.running;
      this.running = undefined;
      if (message.result) queued.resolve(message.result);
      else queued.reject(new Error(message.error ?? 'the lint worker failed'));
      this.startNext();
    });
    // A worker that dies fails the job it had; the next job starts a fresh worker.
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const running = this.running;
      this.running = undefined;
      running?.queued.reject(error);
      this.startNext();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the lint worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
