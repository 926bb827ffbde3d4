// PLACEHOLDER: replaced by the issue that builds this command.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('not implemented yet\n');
  return 2;
}
