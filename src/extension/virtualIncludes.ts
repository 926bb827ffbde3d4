/**
 * `$INCLUDE` in a virtual workspace (a zone opened from a remote file system rather than the disk). The parser
 * reads included files synchronously, so they are fetched through `vscode.workspace.fs` beforehand: a lint that
 * names a file not fetched yet starts the fetch, and the document is linted again once it has arrived.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { IncludeReader } from '../core/zone/model';

type Fetched = { text: string } | { error: string };

/** Fetched files by URI; undefined while a fetch runs. */
const files = new Map<string, Fetched | undefined>();

/** A zone document outside the disk whose `$INCLUDE`s are fetched (not an untitled one: it has no folder to read from). */
export function readsVirtualIncludes(document: vscode.TextDocument): boolean {
  return document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled';
}

/** The URI of an included file, named by its path, beside the document. */
export function includeUri(document: vscode.TextDocument, file: string): vscode.Uri {
  return readsVirtualIncludes(document) ? document.uri.with({ path: file }) : vscode.Uri.file(file);
}

/**
 * The reader of the document's `$INCLUDE`s (paths relative to the including file, inside the document's
 * workspace folder, at most `maxBytes`), and whether a file it was asked for is still being fetched, in which
 * case `refetched` runs when it has arrived.
 */
export function virtualIncludeReader(
  document: vscode.TextDocument,
  maxBytes: number,
  refetched: () => void,
): { reader: IncludeReader; fetching: () => boolean } {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.path ?? path.posix.dirname(document.uri.path);
  let fetching = false;
  const reader: IncludeReader = (includePath, fromFile) => {
    const from = fromFile ?? document.uri.path;
    const fileName = path.posix.normalize(path.posix.isAbsolute(includePath) ? includePath : path.posix.join(path.posix.dirname(from), includePath));
    const relative = path.posix.relative(folder, fileName);
    if (relative.startsWith('..') || path.posix.isAbsolute(relative)) return { error: `${fileName} is outside the workspace folder ${folder}` };
    const key = document.uri.with({ path: fileName }).toString();
    const fetched = files.get(key);
    if (fetched) return 'text' in fetched ? { text: fetched.text, fileName } : fetched;
    fetching = true;
    if (!files.has(key)) {
      files.set(key, undefined);
      void fetch(document.uri.with({ path: fileName }), maxBytes).then((result) => {
        files.set(key, result);
        refetched();
      });
    }
    return { error: `${fileName} is being read` };
  };
  return { reader, fetching: () => fetching };
}

/** Drops a fetched copy (the file was saved in the editor): the next lint fetches it again. */
export function forgetVirtualInclude(uri: vscode.Uri): boolean {
  return files.delete(uri.toString());
}

async function fetch(uri: vscode.Uri, maxBytes: number): Promise<Fetched> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { error: `${uri.path} is a directory, not a file` };
    if (stat.size > maxBytes) return { error: `${uri.path} is ${stat.size} bytes, above the limit of ${maxBytes}` };
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    return { error: `${uri.path}: ${error instanceof vscode.FileSystemError ? error.code : String(error)}` };
  }
}
