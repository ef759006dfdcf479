/**
 * Where permissions are listed rather than written in prose: numbered tables whose rows
 * start with a permission (`1 CAMERA` / label / `Used for: … Scenario: …`), numbered lists
 * introduced as permissions (`可能会获取到以下权限：1)读取设备信息权限；…`), and field records
 * (`权限名称：… 调用目的：…`). Each paragraph gets a role; the extractor reads hits by role.
 * One pass over the paragraphs, with bounded look-back and look-ahead.
 */
import type { PolicyDocument } from '../../document.js';
import { isPipeRow, RULE_CELL } from '../../structure/tables.js';
import {
  ANDROID_CONTEXT,
  FIELD_LINE,
  CELL_SEPARATOR,
  IOS_CONTEXT,
  ITEM_NUMBER,
  LABEL_ROW,
  NAME_LINE_BULLET,
  NAME_LINE_MAX,
  NAME_LINE_REST,
  NAME_LINES_AFTER_INTRO,
  NAMES_INTRO,
  PURPOSE_START,
  MAX_FIELD_LINES,
  LIST_ITEM_MAX,
  NAME_FIELD,
  PERMISSION_LIST_NOUN,
  PERMISSION_NOUN,
  PLATFORM_LINE,
  PURPOSE_FIELD,
  PURPOSE_LEAD,
  REFUSAL_CLAUSE,
  ROWS_INTRO,
  ROWS_INTRO_MAX,
  SCENARIO_FIELD,
  TABLE_NAME_HEADER,
  FLAG_HEADER_G,
  GLUED_FLAGS,
  GLUED_HEADER,
  GLUED_HEADER_MAX,
  MAX_FLAG_CHARS,
} from './data.js';

/** What the structure pass needs to know of a hit. */
export interface HitSpan {
  start: number;
  end: number;
  strong: boolean;
}

export type RoleKind = 'prose' | 'record' | 'item' | 'body';

export interface ParagraphRole {
  kind: RoleKind;
  /** Offset where the entry's own text starts (after its number or field label). */
  textStart: number;
  /** Platform the enclosing table or list is about, when it says. */
  platform?: 'android' | 'ios';
  /** For records: the paragraphs of the record after the head. */
  body?: number[];
  /** True for list entries of a list introduced as permissions (no hit there is worth reporting). */
  permissionList?: boolean;
  /** For rows of a labelled list or a cell table: where the permission's name ends (its cell or label). */
  nameEnd?: number;
  /** For those rows: where the purpose starts (the next cell, or the text after the label's colon). */
  detailsFrom?: number;
  /** Where it ends, when cells follow it that are no purpose (the yes/no flags of a glued row). */
  detailsTo?: number;
}

/** Most lines a table row spreads over after its head (label, purpose, scenario). */
const MAX_BODY = 4;
/** Paragraphs before a list that may introduce it. */
const INTRO_LOOKBACK = 2;
/** Hierarchical section numbers (`3.1.`) end a record body. */
const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})+/;

function blankBefore(doc: PolicyDocument, p: number): boolean {
  if (p === 0) return true;
  const gap = doc.norm.text.slice(doc.paragraphs[p - 1]!.end, doc.paragraphs[p]!.start);
  return gap.indexOf('\n') !== gap.lastIndexOf('\n');
}

interface Head {
  p: number;
  number: number;
  textStart: number;
}

/** Roles of every paragraph; `hitsOf(p)` gives the hits of paragraph p, sorted. */
export function paragraphRoles(doc: PolicyDocument, hitsOf: (p: number) => readonly HitSpan[]): ParagraphRole[] {
  const n = doc.paragraphs.length;
  const roles: ParagraphRole[] = doc.paragraphs.map(() => ({ kind: 'prose', textStart: 0 }));
  // Numbered runs: 1, 2, 3 … ; a number out of sequence starts a new run.
  const runs: Head[][] = [];
  let run: Head[] = [];
  for (let p = 0; p < n; p++) {
    const m = ITEM_NUMBER.exec(doc.paragraphs[p]!.text);
    if (!m) continue;
    const number = Number(m[1]);
    if (run.length && number === run[run.length - 1]!.number + 1) run.push({ p, number, textStart: m[0].length });
    else {
      if (run.length) runs.push(run);
      run = [{ p, number, textStart: m[0].length }];
    }
  }
  if (run.length) runs.push(run);
  for (const r of runs) readRun(doc, r, hitsOf, roles);
  readCellTables(doc, hitsOf, roles);
  readLabelledRows(doc, hitsOf, roles);
  readGluedRows(doc, hitsOf, roles);
  readNameLines(doc, hitsOf, roles);
  readFieldRecords(doc, roles);
  return roles;
}

function leading(hits: readonly HitSpan[], textStart: number, text: string): HitSpan | undefined {
  const first = hits.find((h) => h.start >= textStart);
  if (!first) return undefined;
  const between = text.slice(textStart, first.start);
  return /^[\s[【("“'‘]*$/.test(between) ? first : undefined;
}

/** Where each paragraph text (spaces dropped) is last found: one pass per document. */
const lastSeen = new WeakMap<PolicyDocument, Map<string, number>>();

function lastIndexOfText(doc: PolicyDocument): Map<string, number> {
  let m = lastSeen.get(doc);
  if (!m) {
    m = new Map();
    for (const para of doc.paragraphs) m.set(para.text.replace(/\s+/g, ''), para.index);
    lastSeen.set(doc, m);
  }
  return m;
}

/** Most entries of the run are repeated, word for word, further down the document. */
function isContents(doc: PolicyDocument, heads: readonly Head[]): boolean {
  const last = heads[heads.length - 1]!.p;
  const seen = lastIndexOfText(doc);
  const again = heads.filter((h) => (seen.get(doc.paragraphs[h.p]!.text.replace(/\s+/g, '')) ?? -1) > last).length;
  return again * 2 > heads.length;
}

function readRun(doc: PolicyDocument, heads: Head[], hitsOf: (p: number) => readonly HitSpan[], roles: ParagraphRole[]): void {
  const first = heads[0]!.p;
  let intro = '';
  for (let k = 1; k <= INTRO_LOOKBACK && first - k >= 0; k++) intro = doc.paragraphs[first - k]!.text + '\n' + intro;
  const leads = heads.map((h) => leading(hitsOf(h.p), h.textStart, doc.paragraphs[h.p]!.text));
  const strongLead = leads.some((l) => l?.strong);
  const introduced = PERMISSION_NOUN.test(intro) || doc.categoriesOf(first)[0] === 'permissions';
  if (!strongLead && !introduced) return;
  // A single numbered line is a list only when it starts with a written permission name.
  if (heads.length < 2 && !strongLead) return;
  // A table of contents (its entries come again later as headings) is no list of permissions,
  // whatever the paragraph before it says (`…权限，均不会默认开启`, then 8.隐私政策的修订和通知).
  if (!strongLead && isContents(doc, heads)) return;
  // Entries that name nothing are worth reporting only in a list that is about permissions
  // and whose other entries mostly are permissions.
  const named = heads.filter((h) => hitsOf(h.p).some((x) => x.start >= h.textStart)).length;
  const permissionList = PERMISSION_LIST_NOUN.test(intro) && named * 2 >= heads.length;
  const platform = IOS_CONTEXT.test(intro) ? 'ios' : ANDROID_CONTEXT.test(intro) ? 'android' : undefined;
  const isHead = new Set(heads.map((h) => h.p));
  heads.forEach((h, i) => {
    const text = doc.paragraphs[h.p]!.text;
    // A row led by a plain word (not code) is a row only when short or when it has fields.
    const rowLike = leads[i] && (leads[i]!.strong || text.length - h.textStart <= LIST_ITEM_MAX || PURPOSE_FIELD.test(text) || SCENARIO_FIELD.test(text));
    if (rowLike) {
      const body: number[] = [];
      for (let q = h.p + 1; q < doc.paragraphs.length && body.length < MAX_BODY; q++) {
        if (isHead.has(q) || blankBefore(doc, q) || SECTION_NUMBER.test(doc.paragraphs[q]!.text) || roles[q]!.kind !== 'prose') break;
        body.push(q);
      }
      roles[h.p] = { kind: 'record', textStart: h.textStart, ...(platform ? { platform } : {}), body };
      for (const q of body) roles[q] = { kind: 'body', textStart: 0 };
    } else if (text.length - h.textStart <= LIST_ITEM_MAX) {
      roles[h.p] = { kind: 'item', textStart: h.textStart, ...(platform ? { platform } : {}), permissionList };
    }
  });
}

/** Where a hit stands first in `text` (after bullets and spaces) and inside `[from, to)`. */
function leadsAt(hits: readonly HitSpan[], from: number, to: number): boolean {
  return hits.some((h) => h.start >= from && h.start < to);
}

/** [start, end) of each cell of a tab-separated line or a markdown pipe row (inside its outer pipes). */
function cellSpans(text: string, pipes: boolean): [number, number][] {
  const out: [number, number][] = [];
  const sep = pipes ? /\|/g : CELL_SEPARATOR_G;
  const from = pipes ? 1 : 0;
  const to = pipes ? text.length - 1 : text.length;
  let start = from;
  sep.lastIndex = from;
  for (let m = sep.exec(text); m && m.index < to; m = sep.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, to]);
  return out;
}
const CELL_SEPARATOR_G = new RegExp(CELL_SEPARATOR.source, 'g');

/**
 * Tab-separated tables whose header's first cell speaks of permissions
 * (`Device Permissions⇥Business Function`, `权限名称⇥使用目的`): every following row with as many
 * cells is a permission (its first cell) and its purpose (the next cell).
 */
function readCellTables(doc: PolicyDocument, hitsOf: (p: number) => readonly HitSpan[], roles: ParagraphRole[]): void {
  const n = doc.paragraphs.length;
  for (let p = 0; p < n; p++) {
    const head = doc.paragraphs[p]!.text;
    const pipes = isPipeRow(head);
    if (!pipes && !head.includes('\t')) continue;
    const cells = cellSpans(head, pipes);
    if (cells.length < 2 || !TABLE_NAME_HEADER.test(head.slice(cells[0]![0], cells[0]![1]).trim())) continue;
    let intro = '';
    for (let k = 1; k <= INTRO_LOOKBACK && p - k >= 0; k++) intro = doc.paragraphs[p - k]!.text + '\n' + intro;
    const platform = platformOf(intro + doc.paragraphs[p]!.text);
    let q = p + 1;
    for (; q < n && roles[q]!.kind === 'prose'; q++) {
      const text = doc.paragraphs[q]!.text;
      const row = cellSpans(text, pipes);
      if (row.length !== cells.length) break;
      // The rule under a markdown header (`| --- | --- |`).
      if (pipes && row.every(([a, b]) => RULE_CELL.test(text.slice(a, b).trim()))) {
        roles[q] = { kind: 'body', textStart: 0 };
        continue;
      }
      roles[q] = { kind: 'record', textStart: row[0]![0], ...(platform ? { platform } : {}), body: [], nameEnd: row[0]![1], detailsFrom: row[1]![0], ...(pipes ? { detailsTo: row[1]![1] } : {}), permissionList: true };
    }
    p = q - 1;
  }
}

/**
 * Unnumbered `label：description` lines under a paragraph that introduces permissions
 * (`…系统隐私权限的获取情况如下：`, then `存储：…`, `• 相机：…`): each label that starts with a
 * permission is a record of it. A bare `iOS：` / `Android系统` line switches the platform.
 */
function readLabelledRows(doc: PolicyDocument, hitsOf: (p: number) => readonly HitSpan[], roles: ParagraphRole[]): void {
  const n = doc.paragraphs.length;
  for (let p = 0; p < n - 1; p++) {
    const introText = doc.paragraphs[p]!.text;
    if (introText.length > ROWS_INTRO_MAX || !ROWS_INTRO.test(introText)) continue;
    let platform = platformOf(introText);
    let q = p + 1;
    for (; q < n && roles[q]!.kind === 'prose'; q++) {
      const text = doc.paragraphs[q]!.text;
      const switched = PLATFORM_LINE.exec(text);
      if (switched) {
        platform = platformOf(switched[0]);
        continue;
      }
      const m = LABEL_ROW.exec(text);
      if (!m) break;
      const from = m[1]!.length;
      const nameEnd = from + m[2]!.length;
      if (!leadsAt(hitsOf(q), from, from + 1)) continue;
      roles[q] = { kind: 'record', textStart: from, ...(platform ? { platform } : {}), body: [], nameEnd, detailsFrom: m[0].length };
    }
    p = q - 1;
  }
}

/**
 * A table copied without its cell separators: a header that names the permission column and
 * yes/no columns (`权限名称业务功能调用目的是否必须是否可关闭`), then rows glued the same way
 * (`蓝牙灯具控制1、连接灯具是是`): a permission name first, the function and purpose, the flags
 * last. Each row is a record of its leading permission; its purpose stops before the flags.
 */
const NAME_SUFFIX = /^(?:信息|权限)/;

function readGluedRows(doc: PolicyDocument, hitsOf: (p: number) => readonly HitSpan[], roles: ParagraphRole[]): void {
  const n = doc.paragraphs.length;
  for (let p = 0; p < n - 1; p++) {
    const head = doc.paragraphs[p]!.text;
    if (head.length > GLUED_HEADER_MAX || !GLUED_HEADER.test(head.replace(/\s+/g, ''))) continue;
    const flags = head.match(FLAG_HEADER_G)?.length ?? 0;
    let q = p + 1;
    for (; q < n && roles[q]!.kind === 'prose'; q++) {
      const text = doc.paragraphs[q]!.text;
      const number = ITEM_NUMBER.exec(text)?.[0].length ?? 0;
      const tail = GLUED_FLAGS.exec(text);
      const lead = hitsOf(q).find((h) => h.start === number);
      if (!tail || !lead || tail[0].replace(/\s+/g, '').length > flags * MAX_FLAG_CHARS || tail.index <= lead.end) break;
      // `位置信息附近门店…`: a 信息 / 权限 glued to the name is still the name's cell.
      const nameEnd = lead.end + (NAME_SUFFIX.exec(text.slice(lead.end))?.[0].length ?? 0);
      roles[q] = { kind: 'record', textStart: number, body: [], nameEnd, detailsFrom: nameEnd, detailsTo: tail.index, permissionList: true };
    }
    p = q - 1;
  }
}

/** Does the line hold nothing but permission names (and 权限 / "permission")? */
function onlyNames(text: string, from: number, hits: readonly HitSpan[]): boolean {
  let rest = text.slice(from);
  for (const h of [...hits].filter((x) => x.start >= from).sort((a, b) => b.start - a.start)) rest = rest.slice(0, h.start - from) + rest.slice(h.end - from);
  return rest !== text.slice(from) && NAME_LINE_REST.test(rest);
}

/**
 * A line that is only a permission's name, under it the record's lines:
 * `Ø相机` / `•相机`, then `对应业务功能：…` / `调用目的：…` lines (bullet records), or a bare
 * settings label, then a line saying what it is for (`接收局域网多播` / `用于发现同网段设备`,
 * under a paragraph introducing permissions). A line naming only a platform (`iOS系统权限`)
 * puts the records after it on that platform.
 */
function readNameLines(doc: PolicyDocument, hitsOf: (p: number) => readonly HitSpan[], roles: ParagraphRole[]): void {
  const n = doc.paragraphs.length;
  let platform: 'android' | 'ios' | undefined;
  let platformAt = -Infinity;
  let introAt = -Infinity;
  for (let p = 0; p < n - 1; p++) {
    const text = doc.paragraphs[p]!.text;
    if (PLATFORM_LINE.test(text)) {
      platform = platformOf(text);
      platformAt = p;
      if (PERMISSION_LIST_NOUN.test(text)) introAt = p;
      continue;
    }
    if (roles[p]!.kind !== 'prose') continue;
    if (text.length <= ROWS_INTRO_MAX && (ROWS_INTRO.test(text) || NAMES_INTRO.test(text))) introAt = p;
    if (text.length > NAME_LINE_MAX) continue;
    const bullet = NAME_LINE_BULLET.exec(text)![0].length;
    const hits = hitsOf(p);
    if (!hits.some((h) => h.start === bullet) || !onlyNames(text, bullet, hits)) continue;
    const next = doc.paragraphs[p + 1]!.text;
    const body: number[] = [];
    if (FIELD_LINE.test(next) && (bullet > 0 || PURPOSE_FIELD.test(next) || SCENARIO_FIELD.test(next))) {
      for (let q = p + 1; q < n && body.length < MAX_FIELD_LINES && FIELD_LINE.test(doc.paragraphs[q]!.text) && roles[q]!.kind === 'prose'; q++) body.push(q);
    } else if (PURPOSE_START.test(next) && p - introAt <= NAME_LINES_AFTER_INTRO && roles[p + 1]!.kind === 'prose') {
      body.push(p + 1);
    } else continue;
    const on = p - platformAt <= NAME_LINES_AFTER_INTRO ? platform : undefined;
    roles[p] = { kind: 'record', textStart: bullet, ...(on ? { platform: on } : {}), body, nameEnd: text.length };
    for (const q of body) roles[q] = { kind: 'body', textStart: 0 };
    introAt = p;
    if (on) platformAt = p;
  }
}

function platformOf(text: string): 'android' | 'ios' | undefined {
  return IOS_CONTEXT.test(text) ? 'ios' : ANDROID_CONTEXT.test(text) ? 'android' : undefined;
}

/** `权限名称：X` heads with the `label：value` lines under them. */
function readFieldRecords(doc: PolicyDocument, roles: ParagraphRole[]): void {
  for (let p = 0; p < doc.paragraphs.length; p++) {
    if (roles[p]!.kind !== 'prose') continue;
    const m = NAME_FIELD.exec(doc.paragraphs[p]!.text);
    if (!m) continue;
    const body: number[] = [];
    for (let q = p + 1; q < doc.paragraphs.length && body.length < 6; q++) {
      const t = doc.paragraphs[q]!.text;
      if (blankBefore(doc, q) || NAME_FIELD.test(t) || !FIELD_LINE.test(t) || roles[q]!.kind !== 'prose') break;
      body.push(q);
    }
    roles[p] = { kind: 'item', textStart: m[0].length, body, permissionList: true };
    for (const q of body) roles[q] = { kind: 'body', textStart: 0 };
  }
}

export interface RecordDetails {
  purposes: string[];
  scenarios: string[];
}

/** Splits `1. A 2. B` / `1、A 2、B` enumerations into their items. */
function enumerated(text: string): string[] {
  return text
    .split(/(?:^|\s)\d{1,2}\s*[、.．)）](?!\d)\s*/)
    .map((s) => s.replace(/^[\s;；,，。]+|[\s;；,，。]+$/g, ''))
    .filter((s) => s.length > 1);
}

/**
 * Purposes and scenarios of a record: the text after `Used for:` / `调用目的：` and after
 * `Scenario:` / `使用场景：`; without such fields, the rest of the head line, else the last
 * body line when there is more than a label.
 */
export function recordDetails(rest: string, bodyLines: readonly string[]): RecordDetails {
  const all = [rest, ...bodyLines].filter((s) => s.trim()).join('\n');
  const purposeAt = PURPOSE_FIELD.exec(all);
  const scenarioAt = SCENARIO_FIELD.exec(all);
  if (purposeAt || scenarioAt) {
    const pStart = purposeAt ? purposeAt.index + purposeAt[0].length : -1;
    const sStart = scenarioAt ? scenarioAt.index + scenarioAt[0].length : -1;
    const purposeText = pStart < 0 ? '' : all.slice(pStart, scenarioAt && scenarioAt.index > pStart ? scenarioAt.index : all.length);
    const scenarioText = sStart < 0 ? '' : all.slice(sStart, purposeAt && purposeAt.index > sStart ? purposeAt.index : all.length);
    return { purposes: enumerated(withoutRefusal(cutAtOtherField(purposeText))), scenarios: enumerated(cutAtOtherField(scenarioText)) };
  }
  const restText = withoutRefusal(rest.trim().replace(/^[\s:：\-–]+|[\s;；。]+$/g, ''));
  if (restText) return { purposes: [restText], scenarios: [] };
  // The last line under a label, or the one line under a bare name that says what it is for.
  if (bodyLines.length >= 2 || (bodyLines.length === 1 && PURPOSE_START.test(bodyLines[0]!))) return { purposes: [withoutRefusal(bodyLines[bodyLines.length - 1]!.trim())], scenarios: [] };
  return { purposes: [], scenarios: [] };
}

/**
 * A purpose is what the permission is for: the clause on refusing it (`如您不开启相应权限，将无法…`,
 * `If you decline, …`) and what follows is not part of it.
 */
export function withoutRefusal(purpose: string): string {
  const lead = PURPOSE_LEAD.exec(purpose);
  const p = lead ? purpose.slice(lead[0].length) : purpose;
  const m = REFUSAL_CLAUSE.exec(p);
  return (m ? p.slice(0, m.index) : p).replace(/[\s,，;；、.。]+$/, '');
}

/** A purpose field runs to the end of its line when the next line is another field. */
function cutAtOtherField(text: string): string {
  const lines = text.split('\n');
  const out = [lines[0]!];
  for (const l of lines.slice(1)) {
    if (FIELD_LINE.test(l)) break;
    out.push(l);
  }
  return out.join(' ').trim();
}
