/**
 * What the mail rules are given from outside the zone, by the editor or the CLI: rules stay pure and
 * never look anything up themselves.
 */

/** Answers that `check-domain` looked up, keyed by name as `nameKey` gives it (lower case, trailing dot). */
export interface LiveMailData {
  /** The TXT records (each one's strings joined) at the names looked up; an empty list for a name with none. */
  txt: Record<string, string[]>;
  /** SPF lookups that came back empty (RFC 7208 §4.6.4 void lookups), as `mechanism:name` (`a:mail.example.com.`). */
  voidLookups: string[];
}

export interface MailOptions {
  /**
   * The MTA-STS policy for the zone's apex: the text of a workspace `.well-known/mta-sts.txt` or of the
   * published one, with where it came from; or why it could not be had.
   */
  mtaStsPolicy?: { text: string; source: string } | { error: string; source: string };
  live?: LiveMailData;
}
