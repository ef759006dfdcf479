/**
 * The result contract of policylens (see SPEC: field names are fixed, more may be added).
 * Every offset is a UTF-16 index into the ORIGINAL input string.
 */

/** ISO 639-1 code, or 'und' when nothing can be said. */
export type LanguageCode = string;

/** Where a finding stands in the original text: `text.slice(start, end)` is the mention. */
export interface Evidence {
  start: number;
  end: number;
  /** Index of the paragraph (in `PolicyExtraction.paragraphs`) that holds the mention. */
  paragraph: number;
  /** The sentence around the mention, also as original offsets. */
  sentenceStart?: number;
  sentenceEnd?: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  lang: LanguageCode;
  /** Index of the innermost section holding this paragraph, -1 before the first heading. */
  section: number;
  /** True when the paragraph was recognised as a heading. */
  heading: boolean;
}

export interface LanguageShare {
  lang: LanguageCode;
  paragraphs: number;
  chars: number;
}

export type SectionCategory =
  | 'scope'
  | 'definitions'
  | 'collection'
  | 'cookies'
  | 'sdk'
  | 'permissions'
  | 'sharing'
  | 'security'
  | 'retention'
  | 'storage'
  | 'rights'
  | 'minors'
  | 'changes'
  | 'contact'
  | 'other';

export interface Section {
  index: number;
  heading: string;
  /** The numbering as written (`2.1.1`, `一、`, `(三)`), empty for plain-line headings. */
  number: string;
  level: number;
  category: SectionCategory;
  /** Index of the enclosing section, -1 for top level. */
  parent: number;
  /** Original offsets: from the heading to the end of the section's last paragraph. */
  start: number;
  end: number;
  /** Paragraph index of the heading. */
  paragraph: number;
}

export interface PolicyMeta {
  /** Every controller name; the names of one controller (Chinese, English, defined short name) are adjacent. */
  controllers: string[];
  /** The same names grouped by controller: one group per company. */
  controllerGroups?: string[][];
  products: string[];
  /** `YYYY-MM-DD`, or `YYYY-MM` where the day is not given. */
  updated?: string;
  effective?: string;
  evidence: Evidence[];
}

export interface DataTypeFinding {
  id: string;
  label: string;
  labelZh?: string;
  sensitive: boolean;
  evidence: Evidence[];
}

export type SdkCategory =
  | 'push'
  | 'analytics'
  | 'crash-reporting'
  | 'advertising'
  | 'maps-location'
  | 'social'
  | 'payment'
  | 'identity-verification'
  | 'media'
  | 'iot-connectivity'
  | 'device-identifier'
  | 'other';

export type Platform = 'android' | 'ios' | 'harmonyos' | 'web';

export interface SdkFinding {
  id: string;
  name: string;
  aliases: string[];
  vendor?: string;
  category: SdkCategory;
  platforms: Platform[];
  dataTypes: string[];
  purposes: string[];
  privacyUrl?: string;
  /** False when no lexicon knows the SDK but a record or table clearly names it. */
  known: boolean;
  evidence: Evidence[];
}

export type ProtectionLevel = 'dangerous' | 'normal' | 'signature' | 'internal' | 'special' | 'vendor' | 'app';

export interface PermissionFinding {
  id: string;
  platform: 'android' | 'ios';
  protectionLevel?: ProtectionLevel;
  label: string;
  labelZh?: string;
  purposes: string[];
  scenarios: string[];
  evidence: Evidence[];
}

/** A permission the policy names in words that maps to no known permission. */
export interface UnresolvedPermission {
  text: string;
  evidence: Evidence[];
}

export interface RightFinding {
  id: string;
  /** Steps or channel given by the policy (menu path, email, ...). */
  how?: string;
  evidence: Evidence[];
}

export type DeadlineUnit = 'hour' | 'day' | 'working_day' | 'week' | 'month' | 'year';

/**
 * What a time limit applies to, one fixed vocabulary for both languages: deleting the account,
 * telling of a breach, a policy update, answering a complaint, notice before the service stops,
 * deleting data, answering an access or a correction request, answering requests in general,
 * answering once identity is verified, answering questions, notice in advance; `time_limit`
 * when the sentence says none of these.
 */
export type DeadlineSubject =
  | 'account_deletion'
  | 'data_breach_notice'
  | 'policy_update'
  | 'complaint'
  | 'service_termination_notice'
  | 'data_deletion'
  | 'access_request'
  | 'correction_request'
  | 'respond_to_requests'
  | 'identity_verification_reply'
  | 'reply_to_inquiries'
  | 'advance_notice'
  | 'time_limit';

export interface DeadlineFinding {
  subject: DeadlineSubject;
  amount: number;
  unit: DeadlineUnit;
  text: string;
  evidence: Evidence[];
}

export interface MinorsFinding {
  ageThreshold?: number;
  /** All age thresholds the policy states for its own users. */
  ages: number[];
  parentalConsent?: boolean;
  /** True when the policy says minors may not use the service at all. */
  excluded?: boolean;
  evidence: Evidence[];
}

export interface PhoneContact {
  text: string;
  digits: string;
  kind: 'hotline' | 'complaint' | 'regulator' | 'other';
}

export interface ContactsFinding {
  emails: string[];
  /** Digits-only normalised form. */
  phones: string[];
  phoneDetails: PhoneContact[];
  /** The policy's own addresses (not third-party privacy links). */
  urls: string[];
  regulators: string[];
  addresses: string[];
  evidence: Evidence[];
}

/**
 * How long data is kept: as long as the purpose needs, as the law requires, until the account
 * is deleted, for a fixed period (`amount` and `unit`), at least a legal minimum (`amount` and
 * `unit`), with deletion from backups delayed, or until the service stops.
 */
export type RetentionRule =
  | 'as_long_as_necessary'
  | 'legal_requirement'
  | 'until_account_deletion'
  | 'fixed_period'
  | 'legal_minimum'
  | 'backup_deletion_delayed'
  | 'service_cessation';

export interface RetentionFinding {
  rule: RetentionRule;
  amount?: number;
  unit?: DeadlineUnit;
  afterwards?: 'delete' | 'anonymise' | 'delete_or_anonymise';
  backupCaveat?: boolean;
  evidence: Evidence[];
}

export interface StorageFinding {
  /** Places data is stated to be stored: `CN`, `HK`, `US`, `EU`, `SG`, ... */
  locations: string[];
  crossBorder?: boolean;
  conditions: string[];
  evidence: Evidence[];
}

export type SharingKind = 'share' | 'transfer' | 'disclose';
export type RecipientCategory =
  | 'affiliates'
  | 'service_providers'
  | 'sdk_providers'
  | 'authorities'
  | 'acquirers'
  | 'public'
  | 'advertisers'
  | 'other';

export interface SharingFinding {
  kind: SharingKind;
  recipients: RecipientCategory[];
  /** Taxonomy ids of the data the statements name. */
  dataTypes: string[];
  /** Why, as the policy words it ("用于消息推送", "to process payments"). */
  purposes: string[];
  /** True when the statement is a refusal with exceptions ("we will not ... except"). */
  conditional: boolean;
  exceptions: string[];
  evidence: Evidence[];
}

// Compliance findings (checkPolicy, or extractPolicy with `checks`): part of the result contract.

export type Severity = 'violation' | 'warning' | 'info';
export type Jurisdiction = 'cn' | 'eu';

/** A section read by a rule that found something missing. */
export interface SearchedSection {
  section: number;
  heading: string;
  category: SectionCategory;
}

export interface Finding {
  /** Stable dotted id (`rights.missing`, `deadline.too-long`, ...). */
  rule: string;
  severity: Severity;
  jurisdiction: Jurisdiction;
  /** The articles the rule rests on (`"PIPL art. 17"`, `"App-191 6.3"`). */
  refs: string[];
  /** Taxonomy id the finding is about (a right, a permission, an SDK, a data type). */
  subject?: string;
  message: { en: string; zh: string };
  /** Spans in the original text the finding rests on; empty for an absence. */
  evidence: Evidence[];
  /** For an absence: the sections read (by the categories where the statement belongs). */
  searched?: SearchedSection[];
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** Which rules `checks` runs: the rule sets that apply and per-rule settings. */
export interface ExtractChecks {
  /** Which rule sets apply; default: from the policy's languages (Chinese text → 'cn', English → 'eu'). */
  jurisdictions?: readonly Jurisdiction[];
  /** Per rule id: turn off, or change its severity. */
  rules?: Readonly<Record<string, RuleSetting | boolean>>;
  /**
   * The app's type(s) in the necessary-PI table of 国信办秘字〔2021〕14号, by English id
   * (`online-shopping`) or Chinese name (`网上购物`); several for an app of several types.
   * Only `necessary-pi.exceeds` reads it; an unknown name is a TypeError.
   */
  appCategory?: string | readonly string[];
}

export interface PolicyExtraction {
  /** Version of the result format. */
  version: 1;
  length: number;
  paragraphs: Paragraph[];
  languages: LanguageShare[];
  sections: Section[];
  meta: PolicyMeta;
  dataTypes: DataTypeFinding[];
  sdks: SdkFinding[];
  permissions: PermissionFinding[];
  unresolvedPermissions: UnresolvedPermission[];
  rights: RightFinding[];
  deadlines: DeadlineFinding[];
  minors: MinorsFinding;
  contacts: ContactsFinding;
  retention: RetentionFinding[];
  storage: StorageFinding;
  sharing: SharingFinding[];
  /** Compliance findings; present only when `checks` was asked for. */
  findings?: Finding[];
  /**
   * Why the result may not mean much: `not-text` (binary data, not language), `pdf-input`,
   * `zip-input` (a file passed by mistake). Such input gives language `und` and no findings.
   */
  warnings: ExtractionWarning[];
}

export interface ExtractionWarning {
  /** Stable identifier: `not-text`, `pdf-input`, `zip-input`. */
  code: string;
  /** For people; its wording may change. */
  message: string;
}

export type InputFormat = 'text' | 'html' | 'auto';

export interface ExtractOptions {
  /** `auto` (default) treats input that looks like an HTML document as HTML. */
  format?: InputFormat;
  /** Longest input accepted, in UTF-16 code units; longer input throws a RangeError before any work. */
  maxLength?: number;
  /** Also run the compliance rules (`checkPolicy`) and put their findings in `findings`. */
  checks?: boolean | ExtractChecks;
}
