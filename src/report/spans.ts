/**
 * Every evidence entry of a result as one span to mark: which field it belongs to, which item
 * (a table row points at the same `key`), and what its popup says. The order is fixed, so the
 * `ev` numbers of one result are the same on every render.
 */
import type { Evidence, PolicyExtraction } from '../types.js';

export type FieldKey =
  | 'dataTypes'
  | 'sdks'
  | 'permissions'
  | 'rights'
  | 'deadlines'
  | 'contacts'
  | 'meta'
  | 'sharing'
  | 'retention'
  | 'minors'
  | 'findings';

export interface FieldInfo {
  key: FieldKey;
  name: string;
  /** Mark colour: light enough that stacked marks stay legible over each other. */
  colour: string;
}

export const FIELDS: readonly FieldInfo[] = [
  { key: 'dataTypes', name: 'Data types', colour: '#fcd34d' },
  { key: 'sdks', name: 'SDKs', colour: '#93c5fd' },
  { key: 'permissions', name: 'Permissions', colour: '#fca5a5' },
  { key: 'rights', name: 'Rights', colour: '#86efac' },
  { key: 'deadlines', name: 'Deadlines', colour: '#f9a8d4' },
  { key: 'contacts', name: 'Contacts', colour: '#c4b5fd' },
  { key: 'meta', name: 'Controller & dates', colour: '#cbd5e1' },
  { key: 'sharing', name: 'Sharing', colour: '#fdba74' },
  { key: 'retention', name: 'Retention & storage', colour: '#67e8f9' },
  { key: 'minors', name: 'Minors', colour: '#bef264' },
  { key: 'findings', name: 'Findings', colour: '#f0abfc' },
];

export interface MarkSpan {
  /** Unique per evidence entry: every piece of this span carries it as `data-ev`. */
  ev: number;
  field: FieldKey;
  /** The item (table row) the span belongs to, `field:index`. */
  key: string;
  id: string;
  label: string;
  start: number;
  end: number;
  sensitive: boolean;
}

/** Collects the spans in field order, clamped into the text so that a bad offset cannot break the page. */
class Collector {
  readonly spans: MarkSpan[] = [];
  constructor(private readonly length: number) {}

  add(field: FieldKey, key: string, id: string, label: string, evidence: readonly Evidence[], sensitive = false): void {
    for (const e of evidence) this.one(field, key, id, label, e, sensitive);
  }

  one(field: FieldKey, key: string, id: string, label: string, e: Evidence, sensitive = false): void {
    const start = Math.max(0, Math.min(this.length, e.start));
    const end = Math.max(start, Math.min(this.length, e.end));
    this.spans.push({ ev: this.spans.length, field, key, id, label, start, end, sensitive });
  }
}

const digits = (s: string): string => s.replace(/\D/g, '');

/**
 * The value of `values` a contact or meta mention names, by containment either way (a mention
 * may quote a longer address line, or only part of a name); -1 when none does.
 */
function whichValue(mention: string, values: readonly string[], asDigits = false): number {
  const m = asDigits ? digits(mention) : mention.toLowerCase();
  if (!m) return -1;
  return values.findIndex((v) => {
    const w = asDigits ? digits(v) : v.toLowerCase();
    return w !== '' && (m.includes(w) || w.includes(m));
  });
}

/** Row keys of the contacts table, in the order tables.ts lists them. */
export function contactValues(result: PolicyExtraction): { kind: string; value: string }[] {
  const c = result.contacts;
  return [
    ...c.emails.map((value) => ({ kind: 'email', value })),
    ...c.phoneDetails.map((p) => ({ kind: `phone (${p.kind})`, value: p.text })),
    ...c.urls.map((value) => ({ kind: 'web', value })),
    ...c.regulators.map((value) => ({ kind: 'regulator', value })),
    ...c.addresses.map((value) => ({ kind: 'address', value })),
  ];
}

/** Row keys of the controller/dates table, in the order tables.ts lists them. */
export function metaValues(result: PolicyExtraction): { kind: string; value: string }[] {
  const m = result.meta;
  return [
    ...m.controllers.map((value) => ({ kind: 'controller', value })),
    ...m.products.map((value) => ({ kind: 'product', value })),
    ...(m.updated ? [{ kind: 'updated', value: m.updated }] : []),
    ...(m.effective ? [{ kind: 'effective', value: m.effective }] : []),
  ];
}

export function collectSpans(text: string, result: PolicyExtraction): MarkSpan[] {
  const c = new Collector(text.length);
  result.dataTypes.forEach((d, i) =>
    c.add('dataTypes', `dataTypes:${i}`, d.id, d.labelZh ? `${d.label} / ${d.labelZh}` : d.label, d.evidence, d.sensitive),
  );
  result.sdks.forEach((s, i) => c.add('sdks', `sdks:${i}`, s.id, s.vendor ? `${s.name} (${s.vendor})` : s.name, s.evidence));
  result.permissions.forEach((p, i) => c.add('permissions', `permissions:${i}`, p.id, p.label, p.evidence));
  result.unresolvedPermissions.forEach((p, i) => c.add('permissions', `permissions:u${i}`, 'unresolved', p.text, p.evidence));
  result.rights.forEach((r, i) => c.add('rights', `rights:${i}`, r.id, r.how ?? r.id, r.evidence));
  result.deadlines.forEach((d, i) => c.add('deadlines', `deadlines:${i}`, d.subject, `${d.amount} ${d.unit}`, d.evidence));
  result.sharing.forEach((s, i) => c.add('sharing', `sharing:${i}`, s.kind, s.recipients.join(', ') || s.kind, s.evidence));
  result.retention.forEach((r, i) => c.add('retention', `retention:${i}`, r.rule, r.amount ? `${r.amount} ${r.unit ?? ''}`.trim() : r.rule, r.evidence));
  c.add('retention', 'retention:storage', 'storage', result.storage.locations.join(', ') || 'storage', result.storage.evidence);
  const minors = result.minors;
  c.add('minors', 'minors:0', 'minors', minors.ages.length ? `ages ${minors.ages.join(', ')}` : 'minors', minors.evidence);

  // Contacts and meta evidence is one list for all their values: each mention goes to the row of the value it names.
  const contacts = contactValues(result);
  for (const e of result.contacts.evidence) {
    const mention = text.slice(e.start, e.end);
    let i = whichValue(mention, contacts.map((v) => v.value));
    if (i < 0 && /\d{5}/.test(digits(mention))) i = whichValue(mention, contacts.map((v) => (v.kind.startsWith('phone') ? v.value : '')), true);
    const v = contacts[i];
    c.one('contacts', v ? `contacts:${i}` : 'contacts:other', v ? v.kind : 'contact', v ? v.value : mention, e);
  }
  const meta = metaValues(result);
  for (const e of result.meta.evidence) {
    const mention = text.slice(e.start, e.end);
    const i = whichValue(mention, meta.filter((v) => v.kind === 'controller' || v.kind === 'product').map((v) => v.value));
    const v = meta[i];
    c.one('meta', v ? `meta:${i}` : 'meta:dates', v ? v.kind : 'date', v ? v.value : mention, e);
  }

  (result.findings ?? []).forEach((f, i) => c.add('findings', `findings:${i}`, f.rule, f.message.en, f.evidence));
  return c.spans;
}

/** Number of evidence entries the report marks: every span `collectSpans` returns. */
export function countEvidence(result: PolicyExtraction): number {
  const lists: readonly { evidence: readonly Evidence[] }[] = [
    ...result.dataTypes,
    ...result.sdks,
    ...result.permissions,
    ...result.unresolvedPermissions,
    ...result.rights,
    ...result.deadlines,
    ...result.sharing,
    ...result.retention,
    result.storage,
    result.minors,
    result.contacts,
    result.meta,
    ...(result.findings ?? []),
  ];
  return lists.reduce((n, l) => n + l.evidence.length, 0);
}
