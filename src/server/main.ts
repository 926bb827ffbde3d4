import * as path from 'node:path';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server';

/** Starts the server on this process's standard input and output. */
export function serveStdio(workerFile: string): void {
  startServer(createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)), workerFile);
}

// Run as a program (`node dist/server.js --stdio`, as a language client starts it): serve at once.
if (require.main === module) serveStdio(path.join(__dirname, 'lintWorker.js'));
