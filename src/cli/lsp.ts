/** `mx-guard lsp --stdio`: the language server, speaking LSP on standard input and output until the client exits. */
import * as path from 'node:path';
import { parseArgs, UsageError } from './args';
import type { CommandHelp } from './help';

export const help: CommandHelp = {
  summary: 'the language server (LSP) for any editor: diagnostics, hovers, quick fixes, formatting',
  usage: 'lsp --stdio',
  options: [['--stdio', 'speak LSP on standard input and output (the only transport)']],
  notes: ['It reads .mx-guard.json found upward from each zone, as lint does; the README shows the set-up for Neovim, Helix, Emacs and Zed.'],
};

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], ['stdio']);
  if (!args.flags.has('stdio') || args.positionals.length > 0) throw new UsageError('lsp speaks over standard input and output only: pass --stdio');
  // The server and its protocol library are a bundle of their own (dist/server.js), so that `lint` does not load them.
  const { serveStdio } = require('../server/main') as typeof import('../server/main');
  serveStdio(path.join(__dirname, 'lintWorker.js'));
  // The connection ends the process when the client sends `exit` or closes the pipe.
  return new Promise<number>(() => {});
}
