import * as fs from 'node:fs';
import * as path from 'node:path';

/** Whether `command` (a name looked up on PATH, or an absolute path) can be run. */
function installed(command: string): boolean {
  if (path.isAbsolute(command)) return fs.existsSync(command);
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && fs.existsSync(path.join(dir, command)));
}

/**
 * Whether the tests that run `command`, from the Debian package `debianPackage` (listed in
 * debian-packages.txt), run: without it they are skipped with the line that installs it, except under
 * CI=true, where they run and fail (CI installs every package of the list).
 */
export function toolSkip(command: string, debianPackage: string): string | false {
  if (process.env.CI === 'true' || installed(command)) return false;
  return `${command} is missing: sudo apt-get install -y ${debianPackage} (every package the tests use: debian-packages.txt)`;
}
