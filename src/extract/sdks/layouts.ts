/**
 * Finds the SDKs a policy lists, in each layout policies use, and what each listing says
 * about them. Every reader returns `SdkListing`s: where the name stands, where the
 * collected-data field is, the stated purposes, privacy link and platforms. Resolving the
 * names and merging listings of the same SDK is the extractor's job (sdks.ts).
 *
 * Layouts: key:value records (`SDK名称:` / `SDK name:` / titled records with 第三方主体…),
 * tab-separated tables, tables flattened one cell per line, numbered two-column tables whose
 * columns are platforms, name lines ending in bracketed platforms, and numbered list items
 * (`1.广点通SDK:手机/电话权限、定位权限`).
 */
import type { PolicyDocument } from '../../document.js';
import { FieldLabels, parseRecords, type ParsedRecord } from '../../structure/records.js';
import { isPipeRow, parseCellPerLineTables, parseDelimitedTables, parseNumberedRows, splitTwoColumns, type CellRef, type DelimitedLine, type ParsedTable } from '../../structure/tables.js';
import { parseListItem, splitEnumeration } from '../../structure/lists.js';
import type { Match } from '../../lexicon/matcher.js';
import type { Platform } from '../../types.js';
import { COLLECT_VERB, LEADING_PLATFORM, PLATFORM_SUFFIX, PURPOSE_MARKER, SDK_FIELD_LABELS, TRAILING_PLATFORMS, platformsIn, type SdkField } from './data.js';
import { lexiconIdIn, looksLikeSdkName } from './resolve.js';

/** A span of a paragraph's normalised text. */
export interface TextRef {
  para: number;
  start: number;
  end: number;
}

export interface SdkListing {
  name: TextRef;
  /** The lexicon SDK meant, when the layout knows it though the name does not say it (a brand in a list of phone makers' push). */
  id?: string;
  /** The layout puts the name where an SDK's name belongs (not just any text). */
  labelled: boolean;
  /** Spans that state what the SDK collects. */
  data: TextRef[];
  purposes: string[];
  privacyUrl?: string;
  platforms: Platform[];
  vendor?: string;
  /** What the listing says the SDK does (function and purpose cells, an item's description): its category is read from them. */
  about?: string[];
  /** Other names the listing gives the same SDK (a file or package name beside the product's). */
  alsoNamed?: TextRef[];
}

/** What the readers need from the document beyond its text. */
export interface LayoutContext {
  doc: PolicyDocument;
  /** Lexicon SDK matches of a paragraph (cached by the caller). */
  sdkMatches(p: number): readonly Match[];
}

const LABELS = new FieldLabels<SdkField>(SDK_FIELD_LABELS);
const classifyHeader = (cell: string): SdkField | null => LABELS.lookup(cell.replace(/[:：]$/, '')) ?? null;
const URL = /(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]{2,400}/i;

export function firstUrl(text: string): string | undefined {
  const m = URL.exec(text);
  return m ? m[0].replace(/[),.;]+$/, '') : undefined;
}

function slice(doc: PolicyDocument, r: TextRef): string {
  return doc.paragraphs[r.para]!.text.slice(r.start, r.end);
}

/** Trims spaces and trailing punctuation off a span. */
function trimRef(doc: PolicyDocument, r: TextRef): TextRef {
  const t = doc.paragraphs[r.para]!.text;
  let { start, end } = r;
  while (start < end && /[\s:,;、]/.test(t[start]!)) start++;
  while (end > start && /[\s:,;、。.]/.test(t[end - 1]!)) end--;
  return { para: r.para, start, end };
}

/**
 * Cuts platforms off a name span (`Tencent Bugly SDK (Android, iOS)`, `trackingIO_Android`)
 * and splits an enumeration of names (`微信、支付宝SDK`).
 */
function nameParts(doc: PolicyDocument, ref: TextRef): { names: TextRef[]; platforms: Platform[]; aliases: TextRef[] } {
  const text = doc.paragraphs[ref.para]!.text;
  let { start, end } = trimRef(doc, ref);
  const platforms: Platform[] = [];
  const tail = TRAILING_PLATFORMS.exec(text.slice(start, end));
  if (tail && tail.index > 0) {
    platforms.push(...platformsIn(tail[1]!));
    end = start + tail.index;
  }
  const glued = PLATFORM_SUFFIX.exec(text.slice(start, end));
  if (glued) platforms.push(...platformsIn(glued[1]!));
  // `Foo SDK（Foo-A SDK、Foo-B SDK）`: the bracket lists the SDK's parts or other names.
  const aliases: TextRef[] = [];
  const inner = ALIAS_BRACKET.exec(text.slice(start, end));
  if (inner && inner.index > 0) {
    const items = inner[1]!.split(/[、,，/]/);
    if (items.every((x) => /sdk/i.test(x))) {
      let at = start + inner.index + inner[0].indexOf(inner[1]!);
      for (const x of items) {
        const lead = x.length - x.trimStart().length;
        if (x.trim()) aliases.push({ para: ref.para, start: at + lead, end: at + lead + x.trim().length });
        at += x.length + 1;
      }
      end = start + inner.index;
    }
  }
  const names = splitEnumeration(text, start, end, false).map((s) => ({ para: ref.para, start: s.start, end: s.end }));
  return { names, platforms, aliases };
}

/** A bracket closing a name (`Foo SDK（Foo-A SDK、Foo-B SDK）`), its content in group 1. */
const ALIAS_BRACKET = /\s?[(]([^()]{2,80})[)]\s*$/;

export function listing(doc: PolicyDocument, name: TextRef, labelled: boolean, extra: Partial<SdkListing> = {}): SdkListing[] {
  const { names, platforms, aliases } = nameParts(doc, name);
  const alsoNamed = [...(extra.alsoNamed ?? []), ...aliases];
  return names.map((n) => ({
    name: n,
    labelled,
    data: extra.data ?? [],
    purposes: extra.purposes ?? [],
    platforms: [...new Set([...(extra.platforms ?? []), ...platforms])],
    ...(extra.privacyUrl ? { privacyUrl: extra.privacyUrl } : {}),
    ...(extra.vendor ? { vendor: extra.vendor } : {}),
    ...(extra.about?.length ? { about: extra.about } : {}),
    ...(alsoNamed.length ? { alsoNamed } : {}),
  }));
}

/** Records (`SDK名称:` … / titled records). Lines are the document's paragraphs. */
export function recordListings(ctx: LayoutContext, lines: readonly string[]): SdkListing[] {
  const { doc } = ctx;
  const out: SdkListing[] = [];
  const records: ParsedRecord<SdkField>[] = parseRecords(lines, { labels: LABELS, openers: ['name'], minFields: 2 });
  for (const rec of records) {
    const ref = (f: { line: number; valueStart: number; valueEnd: number }): TextRef => ({ para: f.line, start: f.valueStart, end: f.valueEnd });
    const values = (key: SdkField): TextRef[] => rec.fields.filter((f) => f.key === key && f.valueEnd > f.valueStart).map(ref);
    const keys = new Set(rec.fields.map((f) => f.key));
    // A record about an SDK has, besides its name, something SDK-like: data, a link, a vendor.
    if (!keys.has('data') && !keys.has('url') && !keys.has('website') && !keys.has('vendor') && !keys.has('function')) continue;
    const extra: Partial<SdkListing> = {
      data: values('data'),
      purposes: [...values('function'), ...values('purpose')].map((r) => slice(doc, r)),
      platforms: values('platform').flatMap((r) => platformsIn(slice(doc, r))),
      about: [...values('function'), ...values('purpose'), ...values('scenario')].map((r) => slice(doc, r)),
    };
    const url = values('url').map((r) => firstUrl(slice(doc, r))).find((u) => u);
    if (url) extra.privacyUrl = url;
    const vendor = values('vendor')[0];
    if (vendor) extra.vendor = slice(doc, vendor);
    const names = values('name');
    if (names.length) {
      for (const n of names) out.push(...listing(doc, n, true, extra));
    } else if (rec.title) {
      const t = { para: rec.title.line, start: rec.title.start, end: rec.title.end };
      // A title is the SDK's name when it says SDK or is a known name, or when it heads a record
      // that gives a vendor, collected data and a link or purpose (not just a company's address).
      const known = lexiconIdIn(doc.paragraphs[t.para]!.text, t.start, t.end, ctx.sdkMatches(t.para)) !== null;
      // The vendor field is there in some records and not others: data, a link and a purpose say SDK too.
      const full =
        (keys.has('vendor') && keys.has('data') && (keys.has('url') || keys.has('website') || keys.has('purpose') || keys.has('function'))) ||
        (keys.has('data') && (keys.has('url') || keys.has('website')) && (keys.has('purpose') || keys.has('function')));
      const labelled = known || full || looksLikeSdkName(slice(doc, t));
      out.push(...listing(doc, t, labelled, extra));
    }
    // Sub-SDKs brought in by this one share its record.
    for (const inc of values('includes')) out.push(...listing(doc, inc, true, { ...extra, privacyUrl: undefined }));
  }
  return out;
}

/** Collects a table row's cells of one column kind. */
function cellsOfKind(table: ParsedTable<SdkField>, row: { cells: CellRef[][] }, kind: SdkField): CellRef[] {
  const out: CellRef[] = [];
  table.columns.forEach((c, i) => {
    if (c === kind) out.push(...(row.cells[i] ?? []));
  });
  return out;
}

function tableListings(ctx: LayoutContext, tables: ParsedTable<SdkField>[]): SdkListing[] {
  const { doc } = ctx;
  const out: SdkListing[] = [];
  const refOf = (c: CellRef): TextRef => ({ para: c.line, start: c.start, end: c.end });
  for (const table of tables) {
    if (!table.columns.includes('name')) continue;
    for (const row of table.rows) {
      let names = cellsOfKind(table, row, 'name');
      let functions = cellsOfKind(table, row, 'function');
      const nameKnown = (cells: CellRef[]): boolean =>
        cells.some((c) => lexiconIdIn(doc.paragraphs[c.line]!.text, c.start, c.end, ctx.sdkMatches(c.line)) !== null || looksLikeSdkName(slice(doc, refOf(c))));
      // Columns swapped in a row (`Paypal SDK | Payment`): the name sits under Function.
      if (names.length && functions.length && !nameKnown(names) && nameKnown(functions)) [names, functions] = [functions, names];
      if (!names.length) continue;
      const described = [...functions, ...cellsOfKind(table, row, 'purpose')];
      const data = cellsOfKind(table, row, 'data').map(refOf);
      // Two columns (SDK名称 | 说明): the data are in the description, after a verb of collecting.
      if (!table.columns.includes('data')) for (const c of described) data.push(...dataSpans(c.line, slice(doc, refOf(c)), c.start));
      const purposes = described.map((c) => slice(doc, refOf(c)));
      // The link column, else a link in any cell but a home-page column.
      const linkCells = [...cellsOfKind(table, row, 'url'), ...row.cells.filter((_, i) => table.columns[i] !== 'website').flat()];
      const url = linkCells.map((c) => firstUrl(slice(doc, refOf(c)))).find((u) => u);
      const platforms = [...cellsOfKind(table, row, 'platform').flatMap((c) => platformsIn(slice(doc, refOf(c))))];
      // `Smart Device Information, IP Address (iOS)`: a platform closing a data cell is the SDK's.
      for (const d of data) {
        const tail = TRAILING_PLATFORMS.exec(slice(doc, d));
        if (tail) platforms.push(...platformsIn(tail[1]!));
      }
      const vendor = cellsOfKind(table, row, 'vendor')[0];
      const about = [...purposes, ...cellsOfKind(table, row, 'scenario').map((c) => slice(doc, refOf(c)))];
      const extra: Partial<SdkListing> = { data, purposes, platforms, about };
      if (url) extra.privacyUrl = url;
      if (vendor) extra.vendor = slice(doc, refOf(vendor));
      out.push(...listing(doc, refOf(names[0]!), true, extra));
    }
  }
  return out;
}

/**
 * Offsets of tab characters of the original text inside each paragraph (tabs are spaces once
 * normalised), or of the pipes of a markdown table row (`| 友盟SDK | 统计 |`).
 */
export function delimitedLines(doc: PolicyDocument): DelimitedLine[] | null {
  // The visible text (for HTML input, the text of the markup with table cells tab-joined).
  const pipes = doc.paragraphs.some((p) => isPipeRow(p.text));
  if (!doc.plain.includes('\t') && !pipes) return null;
  const o = doc.plain;
  return doc.paragraphs.map((p) => {
    if (pipes && isPipeRow(p.text)) return { text: p.text, separators: pipeOffsets(p.text) };
    const [s, e] = doc.plainSpan(p.index);
    const separators: number[] = [];
    // Tabs trimmed off the line's ends still delimit (empty) cells: `Notification Function\t\t\t`.
    for (let k = s - 1; k >= 0 && (o[k] === '\t' || o[k] === ' '); k--) if (o[k] === '\t') separators.push(0);
    // Inside the line, normalisation keeps tabs where they were.
    for (let i = p.text.indexOf('\t'); i >= 0; i = p.text.indexOf('\t', i + 1)) separators.push(i);
    for (let k = e; k < o.length && (o[k] === '\t' || o[k] === ' '); k++) if (o[k] === '\t') separators.push(p.text.length);
    return { text: p.text, separators };
  });
}

/** Offsets of a pipe row's pipes: its cells are between them (the outer ones give empty cells). */
function pipeOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) out.push(i);
  return out;
}

/** A line that opens a new numbered section ends a cell-per-line table. */
const SECTION_START = /^(?:\d{1,2}(?:\.\d{1,2}){1,4}|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,4}[章条节])/;

export function tabTableListings(ctx: LayoutContext): SdkListing[] {
  const lines = delimitedLines(ctx.doc);
  return lines ? tableListings(ctx, parseDelimitedTables(lines, classifyHeader)) : [];
}

export function cellTableListings(ctx: LayoutContext, lines: readonly string[]): SdkListing[] {
  const tables = parseCellPerLineTables(lines, classifyHeader, { linkColumn: 'url', wideColumn: 'data', isBoundary: (l) => SECTION_START.test(l) });
  return tableListings(ctx, tables);
}

/**
 * Numbered tables whose two columns are platforms (`serial number Android version iOS
 * version`, then `3 VIVO PUSH Chuanshanjia (…)`): the column a name stands in is its platform.
 * A row with one cell belongs to the first column (the longer list).
 */
export function platformColumnListings(ctx: LayoutContext, lines: readonly string[]): SdkListing[] {
  const { doc } = ctx;
  const out: SdkListing[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    if (header.length > 80 || !/^1\s/.test(lines[i + 1]!)) continue;
    const order = platformsIn(header);
    if (order.length !== 2) continue;
    for (const row of parseNumberedRows(lines, i + 1)) {
      const text = lines[row.line]!;
      const candidates: number[] = ctx.sdkMatches(row.line).map((m) => m.start);
      // After "SDK " a new cell may begin even when the next name is unknown.
      for (let k = text.indexOf('SDK ', row.textStart); k >= 0; k = text.indexOf('SDK ', k + 4)) candidates.push(k + 4);
      const left = lexiconIdIn(text, row.textStart, text.length, ctx.sdkMatches(row.line));
      // A candidate that only repeats the left cell's SDK (an alias inside it) starts no new cell.
      const distinct = candidates.filter((c) => {
        const m = ctx.sdkMatches(row.line).find((x) => x.start === c);
        return !m || m.id !== left;
      });
      const split = splitTwoColumns(text, row.textStart, text.length, distinct);
      const cells: [number, number, Platform][] = split < 0 ? [[row.textStart, text.length, order[0]!]] : [[row.textStart, split, order[0]!], [split, text.length, order[1]!]];
      for (const [s, e, platform] of cells) out.push(...listing(doc, { para: row.line, start: s, end: e }, true, { platforms: [platform] }));
      i = row.line;
    }
  }
  return out;
}

/** Lines that are a name and its platforms: `Tencent Bugly SDK (Android, iOS)`. */
export function platformLineListings(ctx: LayoutContext, lines: readonly string[]): SdkListing[] {
  const out: SdkListing[] = [];
  lines.forEach((text, p) => {
    if (text.length > 160 || !/[)]\s*$/.test(text)) return;
    const tail = TRAILING_PLATFORMS.exec(text);
    if (!tail || tail.index === 0) return;
    const known = lexiconIdIn(text, 0, tail.index, ctx.sdkMatches(p)) !== null;
    if (!known && !looksLikeSdkName(text.slice(0, tail.index))) return;
    out.push(...listing(ctx.doc, { para: p, start: 0, end: text.length }, true));
  });
  return out;
}

/** `2.4 Quux SDK：` — a section-numbered heading that is an SDK's name (list markers take one number only). */
const NUMBERED_SDK_HEADING = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s*([^:：。，,]{1,40}?\s?sdk)\s*[:：]?\s*$/i;

function numberedSdkHeading(text: string): { textStart: number; head: { start: number; end: number }; body: { start: number; end: number } } | null {
  const m = NUMBERED_SDK_HEADING.exec(text);
  if (!m) return null;
  const start = m[0].indexOf(m[1]!);
  return { textStart: start, head: { start, end: start + m[1]!.length }, body: { start: text.length, end: text.length } };
}

/** `XXSDK` opening a list item that has no colon: `(1).友盟SDK 通过获取IMEI…`, `(5).云视互动SDK通过获取…` (a verb may follow unspaced). */
const SDK_HEAD = /^[^\s,，:。]{1,30}?\s?SDK(?=[\s,，:]|$|通过|获取|收集|采集|读取|调用|会|将|可能|需要|用于|用以)/i;

/**
 * Numbered list items naming an SDK: `1.广点通SDK:手机/电话权限、定位权限`,
 * `(1)百度地图SDK:为了…获取唯一设备识别码…`, `(2).信鸽SDK 通过获取IMEI…用于推送…`.
 * The data part is what follows a collection verb up to a purpose word (or the whole first
 * clause when there is no verb); the purpose is what follows 用于 / to / for.
 */
export function listItemListings(ctx: LayoutContext, lines: readonly string[]): SdkListing[] {
  const { doc } = ctx;
  const out: SdkListing[] = [];
  lines.forEach((text, p) => {
    const item = parseListItem(text) ?? numberedSdkHeading(text);
    if (!item) return;
    let head = item.head;
    let body = item.body;
    if (!head) {
      const m = SDK_HEAD.exec(text.slice(item.textStart));
      if (!m) return;
      head = { start: item.textStart, end: item.textStart + m[0].length };
      body = { start: head.end, end: text.length };
    }
    const headText = text.slice(head.start, head.end);
    // `①.SDK名称:个推SDK` is a record's field, read by the record reader.
    if (LABELS.lookup(headText) !== undefined) return;
    // `iOS, 刷脸SDK, …` rows name categories, not products.
    if (LEADING_PLATFORM.test(headText)) return;
    const known = lexiconIdIn(text, head.start, head.end, ctx.sdkMatches(p)) !== null;
    if (!known && !looksLikeSdkName(headText)) return;
    // `2.4 Quux SDK：` alone on its line: the paragraph under it (not another item) describes it.
    let bodyPara = p;
    if (text.slice(body.start, body.end).trim() === '' && p + 1 < lines.length && !parseListItem(lines[p + 1]!) && !doc.paragraphs[p + 1]!.heading) {
      bodyPara = p + 1;
      body = { start: 0, end: lines[p + 1]!.length };
    }
    const bodyText = lines[bodyPara]!.slice(body.start, body.end);
    const lead = LEADING_PLATFORM.exec(bodyText);
    const platforms = lead ? platformsIn(lead[1]!) : [];
    const extra: Partial<SdkListing> = { data: dataSpans(bodyPara, bodyText, body.start), purposes: purposesOf(bodyText), platforms, about: [bodyText] };
    const url = firstUrl(bodyText);
    if (url) extra.privacyUrl = url;
    out.push(...listing(doc, { para: p, start: head.start, end: head.end }, known || looksLikeSdkName(headText), extra));
  });
  return out;
}

/** Clause ends inside a list item's description. */
const CLAUSE_END = /[。;；]|，如|,如|，若|，否则/;

/** The data parts of a description: after each collection verb, up to a purpose word or clause end. */
function dataSpans(para: number, body: string, offset: number): TextRef[] {
  const out: TextRef[] = [];
  const verb = new RegExp(COLLECT_VERB.source, 'gi');
  let m: RegExpExecArray | null;
  let any = false;
  while ((m = verb.exec(body))) {
    any = true;
    const from = m.index + m[0].length;
    const rest = body.slice(from, from + 300);
    let stop = rest.length;
    const c = CLAUSE_END.exec(rest);
    if (c) stop = Math.min(stop, c.index);
    const pm = PURPOSE_MARKER.exec(rest);
    if (pm) stop = Math.min(stop, pm.index);
    if (stop > 0) out.push({ para, start: offset + from, end: offset + from + stop });
    verb.lastIndex = from + Math.max(stop, 1);
  }
  if (!any) {
    // No verb: `手机/电话权限、定位权限` — the description is the list of data itself.
    let stop = body.length;
    const c = CLAUSE_END.exec(body);
    if (c) stop = c.index;
    const pm = PURPOSE_MARKER.exec(body);
    if (pm) stop = Math.min(stop, pm.index);
    if (stop > 0) out.push({ para, start: offset, end: offset + stop });
  }
  return out;
}

function purposesOf(body: string): string[] {
  const m = /(?:用于|用以|以便|以实现)([^。;；]{2,80})/.exec(body);
  return m ? [m[1]!.replace(/[，,]$/, '').trim()] : [];
}
