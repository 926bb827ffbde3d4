/** What a catalogue entry is to the mail that reaches it. */
export type ProviderKind = 'mailbox-provider' | 'filtering-service' | 'hosting-provider';

export const providerKinds: readonly ProviderKind[] = ['mailbox-provider', 'filtering-service', 'hosting-provider'];

/** The words the hover, the live check and docs/providers.md use for a kind. */
export const kindText: Record<ProviderKind, string> = {
  'mailbox-provider': 'mailbox provider',
  'filtering-service': 'filtering service',
  'hosting-provider': 'hosting provider',
};

/**
 * A page that names a provider's inbound MX hosts. `names` holds the hosts (or host forms such as
 * `*.mail.protection.outlook.com`) as the page writes them, lower-cased: every pattern of the entry
 * must cover one of them, and each of them must be covered by a pattern (checked by a test).
 */
export interface ProviderSource {
  url: string;
  /** Who published the page: the provider itself, or someone else (a reseller, a blog, a copy). */
  publisher: 'provider' | 'third-party';
  /** Empty when the page names no host (the service shows each customer its own records). */
  names: readonly string[];
  /** What the page says beyond the names, in our words: preferences, regions, why it names no host. */
  says?: string;
}

export interface ProviderEntry {
  /** Stable, kebab-case; shared by every feature that names a provider (bounce replies, schedule presets). */
  id: string;
  name: string;
  kind: ProviderKind;
  /** Inbound MX host patterns: an exact host, or `*.domain` for every name below that domain (not the domain itself). */
  mx: readonly string[];
  /** Where the MX hosts come from; `seed` for the seed's own filtering service (its FAQ). */
  sources: readonly ProviderSource[] | 'seed';
}

/** What the rules, the hover and `check-domain --format json` say about the provider of one host. */
export interface ProviderInfo {
  id: string;
  name: string;
  kind: ProviderKind;
}
