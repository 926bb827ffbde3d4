// PLACEHOLDER (written by bench so the editor can build): the zone engineer replaces it with the real origin guesser.
/** A zone's origin from its file name (`db.example.com`, `example.com.zone`, `example.com.db`), else undefined. */
export function guessOrigin(fileName: string, _text: string): string | undefined {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const name = base.startsWith('db.') ? base.slice(3) : base.replace(/\.(zone|db|dns)$/i, '');
  return name.includes(".") ? `${name}.` : undefined;
}
