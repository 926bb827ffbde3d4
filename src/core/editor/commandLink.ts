/**
 * A `command:` link that runs an MX Guard command with these arguments when clicked (in a trusted
 * markdown hover, or as a diagnostic's code link in the Problems panel and the editor hover).
 */
export function commandLink(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
