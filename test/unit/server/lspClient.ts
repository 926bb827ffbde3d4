/** A minimal LSP client over a child process's stdio (Content-Length framing, JSON-RPC 2.0), for protocol-level tests. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cliPath } from '../../paths';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (message: Message) => void>();
  private readonly notifications: Message[] = [];
  private readonly listeners: Array<() => void> = [];
  /** Answers to the server's own requests (`workspace/configuration`), by method. */
  readonly answers = new Map<string, (params: unknown) => unknown>();
  stderr = '';

  constructor(cwd: string, args: string[] = ['lsp', '--stdio']) {
    this.process = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  request<T>(method: string, params: unknown): Promise<T & { error?: never }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (message) =>
        message.error ? reject(new Error(message.error.message)) : resolve(message.result as T & { error?: never }),
      );
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification (past or future) of `method` that `accept` takes. */
  async notification<T>(method: string, accept: (params: T) => boolean = () => true): Promise<T> {
    for (;;) {
      const found = this.notifications.find((n) => n.method === method && accept(n.params as T));
      if (found) return found.params as T;
      await new Promise<void>((resolve) => this.listeners.push(resolve));
    }
  }

  /** Ends the process without the shutdown handshake (after a failed test). */
  kill(): void {
    this.process.kill();
  }

  private send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      const answer = this.answers.get(message.method);
      this.send({ id: message.id, result: answer ? answer(message.params) : null });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      this.listeners.splice(0).forEach((wake) => wake());
    } else if (message.id !== undefined) {
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    }
  }
}
