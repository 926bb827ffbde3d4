import type { Finding, Severity } from '../types';
import type { ParsedZone } from '../zone/model';
import type { LintOptions, Rule } from './rule';
import { applySuppressions } from './suppression';
import * as backupMx from './backupMx';
import * as splitProviderMx from './splitProviderMx';
import * as mxCname from './mxCname';
import * as mxIpLiteral from './mxIpLiteral';
import * as mxMissingTrailingDot from './mxMissingTrailingDot';
import * as mxTargetNoAddress from './mxTargetNoAddress';
import * as nullMxMixed from './nullMxMixed';
import * as nullMxPreference from './nullMxPreference';
import * as duplicateMx from './duplicateMx';
import * as mxBelowDname from './mxBelowDname';
import * as cnameAndOtherData from './cnameAndOtherData';
import * as noMx from './noMx';
import * as syntax from './syntax';
import * as spfSyntax from './spfSyntax';
import * as spfMultipleRecords from './spfMultipleRecords';
import * as spfTooManyLookups from './spfTooManyLookups';
import * as spfVoidLookups from './spfVoidLookups';
import * as spfPermissiveAll from './spfPermissiveAll';
import * as spfPtr from './spfPtr';
import * as spfRrType from './spfRrType';
import * as spfSplitString from './spfSplitString';
import * as dmarcSyntax from './dmarcSyntax';
import * as dmarcMultipleRecords from './dmarcMultipleRecords';
import * as dmarcMisplaced from './dmarcMisplaced';
import * as dmarcPolicyNone from './dmarcPolicyNone';
import * as dmarcReportAuthorization from './dmarcReportAuthorization';
import * as dkimSyntax from './dkimSyntax';
import * as dkimWeakKey from './dkimWeakKey';
import * as dkimRevoked from './dkimRevoked';
import * as mtaStsSyntax from './mtaStsSyntax';
import * as mtaStsMxNotCovered from './mtaStsMxNotCovered';
import * as mtaStsPolicyUnavailable from './mtaStsPolicyUnavailable';
import * as tlsrptSyntax from './tlsrptSyntax';
import * as danePartial from './danePartial';
import * as tlsaSmtpUsage from './tlsaSmtpUsage';
import * as bimiSyntax from './bimiSyntax';
import * as noMailDomainIncomplete from './noMailDomainIncomplete';
import * as soaSerialNotBumped from './soaSerialNotBumped';

export type { LintOptions, Rule, RuleMeta, SeveritySetting } from './rule';

/** Every rule, in the order of DESIGN.md's table. */
export const rules: readonly Rule[] = [
  backupMx,
  splitProviderMx,
  mxCname,
  mxIpLiteral,
  mxMissingTrailingDot,
  mxTargetNoAddress,
  nullMxMixed,
  nullMxPreference,
  duplicateMx,
  mxBelowDname,
  cnameAndOtherData,
  noMx,
  syntax,
  // Mail authentication (DESIGN.md's second round).
  spfSyntax,
  spfMultipleRecords,
  spfTooManyLookups,
  spfVoidLookups,
  spfPermissiveAll,
  spfPtr,
  spfRrType,
  spfSplitString,
  dmarcSyntax,
  dmarcMultipleRecords,
  dmarcMisplaced,
  dmarcPolicyNone,
  dmarcReportAuthorization,
  dkimSyntax,
  dkimWeakKey,
  dkimRevoked,
  mtaStsSyntax,
  mtaStsMxNotCovered,
  mtaStsPolicyUnavailable,
  tlsrptSyntax,
  danePartial,
  tlsaSmtpUsage,
  bimiSyntax,
  noMailDomainIncomplete,
  // Zone maintenance.
  soaSerialNotBumped,
];

/** Every rule by its id. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));

const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'information', 'hint']);

function byPosition(a: Finding, b: Finding): number {
  if (a.file !== b.file) return (a.file ?? '') < (b.file ?? '') ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * Runs every rule that is not turned off, applies the severity overrides, and drops what inline
 * suppression comments silence. The parser's problems come through the `syntax` rule.
 */
export function runRules(zone: ParsedZone, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    // Settings are edited by hand: a value that is not a severity leaves the rule's own.
    const severity = setting !== undefined && SEVERITIES.has(setting) ? setting : undefined;
    for (const finding of rule.check(zone, options)) {
      if (severity !== undefined) finding.severity = severity;
      findings.push(finding);
    }
  }
  return applySuppressions(zone, findings).sort(byPosition);
}
