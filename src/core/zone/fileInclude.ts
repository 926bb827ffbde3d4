/**
 * The Node file-system reader for `$INCLUDE`: a path is relative to the including file, the file must be
 * a regular file under a size limit, and (when a root is given) inside that root. The parser stays pure;
 * the CLI injects this reader, the extension injects one over the workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncludeReader } from './model';

export interface FileIncludeOptions {
  /** Largest file to read, in bytes. */
  maxBytes?: number;
  /** When set, refuse files whose real path lies outside this folder. */
  allowedRoot?: string;
}

export const DEFAULT_MAX_INCLUDE_BYTES = 256 * 1024 * 1024;

export function createFileIncludeReader(options: FileIncludeOptions = {}): IncludeReader {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INCLUDE_BYTES;
  const root = options.allowedRoot === undefined ? undefined : realpathOrSelf(path.resolve(options.allowedRoot));
  return (includePath, fromFile) => {
    const fileName =
      path.isAbsolute(includePath) || fromFile === undefined ? path.normalize(includePath) : path.join(path.dirname(fromFile), includePath);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(fileName);
    } catch (error) {
      return { error: describeFsError(error, fileName) };
    }
    if (stat.isDirectory()) return { error: `${fileName} is a directory, not a file` };
    if (!stat.isFile()) return { error: `${fileName} is not a regular file` };
    if (stat.size > maxBytes) return { error: `${fileName} is ${stat.size} bytes, above the limit of ${maxBytes}` };
    if (root !== undefined) {
      const real = realpathOrSelf(fileName);
      const relative = path.relative(root, real);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return { error: `${fileName} is outside the allowed folder ${root}` };
    }
    try {
      return { text: fs.readFileSync(fileName, 'utf8'), fileName };
    } catch (error) {
      return { error: describeFsError(error, fileName) };
    }
  };
}

/** A file-system error in plain words, naming the file. */
export function describeFsError(error: unknown, fileName: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${fileName}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${fileName}: permission denied`;
    case 'EISDIR':
      return `${fileName} is a directory, not a file`;
    default:
      return `${fileName}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function realpathOrSelf(fileName: string): string {
  try {
    return fs.realpathSync(fileName);
  } catch {
    return fileName;
  }
}
