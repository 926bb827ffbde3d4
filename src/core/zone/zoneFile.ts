/**
 * Whether a file is a zone file, by the editor's own rule: the dns-zone language's file extensions and
 * file-name patterns in package.json, else its first-line pattern (for a file that no other language of
 * ours claims). The CLI walks folders with it and the extension opens files with it, so the two agree.
 */
import packageJson from '../../../package.json';

interface LanguageContribution {
  id: string;
  extensions?: string[];
  filenamePatterns?: string[];
  firstLine?: string;
}

const languages: LanguageContribution[] = packageJson.contributes.languages;
const zoneLanguage = languages.find((language) => language.id === 'dns-zone')!;
const otherExtensions = languages.filter((language) => language !== zoneLanguage).flatMap((language) => language.extensions ?? []);

/** A file-name glob of package.json (`db.*`) as a regular expression over the base name: `*` any run, `?` one character. */
function globPattern(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

const namePatterns = (zoneLanguage.filenamePatterns ?? []).map(globPattern);
const firstLinePattern = zoneLanguage.firstLine === undefined ? undefined : new RegExp(zoneLanguage.firstLine);

const endsWithAny = (name: string, endings: string[]) => endings.some((ending) => name.toLowerCase().endsWith(ending.toLowerCase()));

/** Whether the file's name alone makes it a zone file (`*.zone`, `*.dns`, `db.*`). */
export function isZoneFileName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return endsWithAny(base, zoneLanguage.extensions ?? []) || namePatterns.some((pattern) => pattern.test(base));
}

/** Whether a file of this name whose text starts with `firstLine` is a zone file. */
export function isZoneFile(fileName: string, firstLine: string): boolean {
  if (isZoneFileName(fileName)) return true;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return !endsWithAny(base, otherExtensions) && firstLinePattern !== undefined && firstLinePattern.test(firstLine);
}
