/**
 * What changed between two versions of a policy: data types, SDKs and their data, permissions
 * and their purposes, rights, deadlines, retention, storage and cross-border transfer, sharing
 * recipients and data, controllers, dates. Each change carries the evidence of both versions
 * (empty on the side where the thing is absent). A change that collects more, or shares more,
 * is `widens: true`: under PIPL art. 14 a change of purpose, method or kind of data needs new
 * consent, and art. 17(2) asks the changed parts to be told.
 *
 * ```ts
 * const { changes } = diffPolicies(oldText, newText);
 * for (const c of changes.filter((c) => c.widens)) console.log(c.kind, c.subject, c.message.en);
 * ```
 */
import { extractPolicy } from '../extractor.js';
import type { Evidence, ExtractOptions, PolicyExtraction } from '../types.js';

export type ChangeKind =
  | 'dataType'
  | 'sdk'
  | 'sdkDataType'
  | 'permission'
  | 'permissionPurpose'
  | 'right'
  | 'deadline'
  | 'retention'
  | 'storageLocation'
  | 'crossBorder'
  | 'sharingRecipient'
  | 'sharingDataType'
  | 'controller'
  | 'date'
  | 'language';

export interface PolicyChange {
  kind: ChangeKind;
  change: 'added' | 'removed' | 'changed';
  /** What changed: a taxonomy id, an SDK id, `sdk-id/data-type-id`, a deadline subject, a date field. */
  subject: string;
  /** For `changed`: the value in each version, as text. */
  before?: string;
  after?: string;
  /** True when the new version collects or shares more (new data, SDK, permission, recipient, transfer abroad). */
  widens: boolean;
  /** The articles a widening change answers to; empty otherwise. */
  refs: string[];
  message: { en: string; zh: string };
  /** Offsets into each version's text; empty on the side where the thing is not. */
  evidence: { before: Evidence[]; after: Evidence[] };
}

export interface PolicyDiff {
  changes: PolicyChange[];
  /** Whether any change widens collection or sharing. */
  widens: boolean;
}

export interface DiffOptions {
  /** Passed to `extractPolicy` for inputs given as text. */
  extract?: Omit<ExtractOptions, 'checks'>;
}

const WIDENS_REFS = ['PIPL art. 14', 'PIPL art. 17(2)'];
/** Evidence kept per side: enough to find the place in the text. */
const SHOWN = 3;

const KIND_WORDS: Record<ChangeKind, [string, string]> = {
  dataType: ['data type', '个人信息类型'],
  sdk: ['SDK', '第三方SDK'],
  sdkDataType: ['SDK data type', 'SDK收集的个人信息类型'],
  permission: ['permission', '权限'],
  permissionPurpose: ['permission purpose', '权限用途'],
  right: ['right', '用户权利'],
  deadline: ['deadline', '处理时限'],
  retention: ['retention', '保存期限'],
  storageLocation: ['storage location', '存放地域'],
  crossBorder: ['cross-border transfer', '跨境传输'],
  sharingRecipient: ['sharing recipient', '共享接收方'],
  sharingDataType: ['shared data type', '共享的个人信息类型'],
  controller: ['controller', '个人信息处理者'],
  date: ['date', '日期'],
  language: ['language', '语言'],
};

const CHANGE_WORDS = { added: ['added', '新增'], removed: ['removed', '删除'], changed: ['changed', '变更'] } as const;

function change(kind: ChangeKind, c: PolicyChange['change'], subject: string, widens: boolean, before: Evidence[], after: Evidence[], values?: { before?: string; after?: string }): PolicyChange {
  const [en, zh] = KIND_WORDS[kind];
  const [cen, czh] = CHANGE_WORDS[c];
  const value = values ? ` (${values.before ?? '–'} → ${values.after ?? '–'})` : '';
  return {
    kind,
    change: c,
    subject,
    ...(values?.before !== undefined ? { before: values.before } : {}),
    ...(values?.after !== undefined ? { after: values.after } : {}),
    widens,
    refs: widens ? WIDENS_REFS : [],
    message: {
      en: `${en[0].toUpperCase()}${en.slice(1)} ${subject} ${cen}${value}${widens ? ': the new version collects or shares more' : ''}.`,
      zh: `${zh}“${subject}”${czh}${value}${widens ? '：新版本扩大了收集或共享范围' : ''}。`,
    },
    evidence: { before: before.slice(0, SHOWN), after: after.slice(0, SHOWN) },
  };
}

/** Items keyed by id in each version: added, removed, and the pairs present in both. */
function byId<T>(before: readonly T[], after: readonly T[], id: (x: T) => string) {
  const b = new Map(before.map((x) => [id(x), x]));
  const a = new Map(after.map((x) => [id(x), x]));
  return {
    added: [...a.entries()].filter(([k]) => !b.has(k)),
    removed: [...b.entries()].filter(([k]) => !a.has(k)),
    both: [...a.entries()].filter(([k]) => b.has(k)).map(([k, x]) => [k, b.get(k)!, x] as const),
  };
}

/** The ids and the evidence of a set-valued field gathered over several findings. */
function gather<T extends { evidence: Evidence[] }>(items: readonly T[], keys: (x: T) => readonly string[]): { key: string; evidence: Evidence[] }[] {
  const m = new Map<string, Evidence[]>();
  for (const x of items) for (const k of keys(x)) m.set(k, [...(m.get(k) ?? []), ...x.evidence]);
  return [...m.entries()].map(([key, evidence]) => ({ key, evidence }));
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** The language most of a version's characters are in. */
function mainLanguage(r: PolicyExtraction): string {
  let best = 'und';
  let chars = -1;
  for (const l of r.languages) if (l.chars > chars) [best, chars] = [l.lang, l.chars];
  return best;
}

function diffResults(b: PolicyExtraction, a: PolicyExtraction): PolicyChange[] {
  const out: PolicyChange[] = [];
  // A translation: ids compare across languages, words do not. Purposes and controller names
  // are written in each version's language, so they are compared only within one language.
  const lb = mainLanguage(b);
  const la = mainLanguage(a);
  const sameLanguage = lb === la;
  if (!sameLanguage) out.push(change('language', 'changed', 'language', false, [], [], { before: lb, after: la }));
  const simple = (kind: ChangeKind, bs: readonly { key: string; evidence: Evidence[] }[], as: readonly { key: string; evidence: Evidence[] }[], addWidens: boolean) => {
    const d = byId(bs, as, (x) => x.key);
    for (const [k, x] of d.added) out.push(change(kind, 'added', k, addWidens, [], x.evidence));
    for (const [k, x] of d.removed) out.push(change(kind, 'removed', k, false, x.evidence, []));
  };

  simple('dataType', b.dataTypes.map((x) => ({ key: x.id, evidence: x.evidence })), a.dataTypes.map((x) => ({ key: x.id, evidence: x.evidence })), true);

  const sdks = byId(b.sdks, a.sdks, (x) => x.id);
  for (const [k, x] of sdks.added) out.push(change('sdk', 'added', k, true, [], x.evidence));
  for (const [k, x] of sdks.removed) out.push(change('sdk', 'removed', k, false, x.evidence, []));
  for (const [k, x, y] of sdks.both) {
    for (const t of y.dataTypes.filter((t) => !x.dataTypes.includes(t))) out.push(change('sdkDataType', 'added', `${k}/${t}`, true, x.evidence, y.evidence));
    for (const t of x.dataTypes.filter((t) => !y.dataTypes.includes(t))) out.push(change('sdkDataType', 'removed', `${k}/${t}`, false, x.evidence, y.evidence));
  }

  const perms = byId(b.permissions, a.permissions, (x) => x.id);
  for (const [k, x] of perms.added) out.push(change('permission', 'added', k, true, [], x.evidence));
  for (const [k, x] of perms.removed) out.push(change('permission', 'removed', k, false, x.evidence, []));
  for (const [k, x, y] of perms.both) {
    // A permission kept for other purposes is a change of purpose (art. 14): it widens when a purpose is new.
    if (sameLanguage && !sameSet(x.purposes, y.purposes)) {
      const widens = y.purposes.some((p) => !x.purposes.includes(p));
      out.push(change('permissionPurpose', 'changed', k, widens, x.evidence, y.evidence, { before: x.purposes.join('; '), after: y.purposes.join('; ') }));
    }
  }

  simple('right', b.rights.map((x) => ({ key: x.id, evidence: x.evidence })), a.rights.map((x) => ({ key: x.id, evidence: x.evidence })), false);

  const deadline = (d: PolicyExtraction['deadlines'][number]) => `${d.amount} ${d.unit}`;
  const dl = byId(b.deadlines, a.deadlines, (x) => x.subject);
  for (const [k, x] of dl.added) out.push(change('deadline', 'added', k, false, [], x.evidence, { after: deadline(x) }));
  for (const [k, x] of dl.removed) out.push(change('deadline', 'removed', k, false, x.evidence, [], { before: deadline(x) }));
  for (const [k, x, y] of dl.both) if (deadline(x) !== deadline(y)) out.push(change('deadline', 'changed', k, false, x.evidence, y.evidence, { before: deadline(x), after: deadline(y) }));

  const retention = (r: PolicyExtraction['retention'][number]) => [r.rule, r.amount !== undefined ? `${r.amount} ${r.unit ?? ''}`.trim() : ''].filter(Boolean).join(' ');
  const rb = [...new Set(b.retention.map(retention))].sort();
  const ra = [...new Set(a.retention.map(retention))].sort();
  if (!sameSet(rb, ra)) out.push(change('retention', 'changed', 'retention', false, b.retention.flatMap((x) => x.evidence), a.retention.flatMap((x) => x.evidence), { before: rb.join('; '), after: ra.join('; ') }));

  // A new place of storage abroad sends data further: it widens; CN added to a foreign policy does not.
  const loc = byId(b.storage.locations, a.storage.locations, (x) => x);
  for (const [k] of loc.added) out.push(change('storageLocation', 'added', k, k !== 'CN', [], a.storage.evidence));
  for (const [k] of loc.removed) out.push(change('storageLocation', 'removed', k, false, b.storage.evidence, []));
  if ((b.storage.crossBorder === true) !== (a.storage.crossBorder === true)) {
    const now = a.storage.crossBorder === true;
    out.push(change('crossBorder', 'changed', 'crossBorder', now, b.storage.evidence, a.storage.evidence, { before: String(b.storage.crossBorder === true), after: String(now) }));
  }

  // Sharing as the policy states it (share and transfer; public disclosure to authorities is not a recipient one chooses).
  const provided = (r: PolicyExtraction) => r.sharing.filter((s) => s.kind !== 'disclose');
  simple('sharingRecipient', gather(provided(b), (s) => s.recipients), gather(provided(a), (s) => s.recipients), true);
  simple('sharingDataType', gather(provided(b), (s) => s.dataTypes), gather(provided(a), (s) => s.dataTypes), true);

  const names = byId(sameLanguage ? b.meta.controllers : [], sameLanguage ? a.meta.controllers : [], (x) => x);
  for (const [k] of names.added) out.push(change('controller', 'added', k, false, [], a.meta.evidence));
  for (const [k] of names.removed) out.push(change('controller', 'removed', k, false, b.meta.evidence, []));
  for (const field of ['updated', 'effective'] as const) {
    if (b.meta[field] !== a.meta[field]) out.push(change('date', 'changed', field, false, b.meta.evidence, a.meta.evidence, { before: b.meta[field], after: a.meta[field] }));
  }
  return out;
}

function resultOf(input: string | PolicyExtraction, which: string, options: DiffOptions): PolicyExtraction {
  if (typeof input === 'string') return extractPolicy(input, options.extract ?? {});
  if (input && typeof input === 'object' && Array.isArray((input as PolicyExtraction).sections)) return input;
  throw new TypeError(`policylens: diffPolicies expects two policy texts or two results of extractPolicy; ${which} is neither`);
}

/** The changes from `before` to `after` (texts or extraction results), in a fixed order. */
export function diffPolicies(before: string | PolicyExtraction, after: string | PolicyExtraction, options: DiffOptions = {}): PolicyDiff {
  const changes = diffResults(resultOf(before, 'before', options), resultOf(after, 'after', options));
  return { changes, widens: changes.some((c) => c.widens) };
}
