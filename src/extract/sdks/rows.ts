/**
 * One-line SDK records: a table written one row per line, its cells joined by commas,
 * `|` or tabs, usually numbered and often ending in a link:
 *
 *     12. iOS，刷脸SDK，CCBFaceAuthSDK，涉及用户面部信息，用以核对用户，https://…
 *     3 | Android | Umeng | device ID, IMEI | statistics | https://…
 *
 * Which cell holds the name is read from the intro when it states the order
 * (`按照适用平台、功能类型、SDK名称…的顺序`), else from the cells themselves: the column whose
 * cells look like product or code names in most rows. Cells after the name are the data,
 * purpose and link; a platform cell fills `platforms`; the cell just before the name names
 * the SDK's function (`刷脸SDK`, `图片加载库`), which is what its category is read from.
 */
import type { Platform } from '../../types.js';
import { parseListItem } from '../../structure/lists.js';
import { platformsIn } from './data.js';
import { isKindName } from './prose.js';
import { listing, firstUrl, type LayoutContext, type SdkListing, type TextRef } from './layouts.js';
import { lexiconIdIn, looksLikeSdkName } from './resolve.js';

/** Fewer rows than this are prose that happens to hold commas and a platform word. */
const MIN_ROWS = 3;
/** Longer lines are paragraphs, not rows. */
const MAX_ROW_LENGTH = 400;
/** Lines before a run searched for an intro that names the SDKs or states the cell order. */
const INTRO_LINES = 3;

/** A cell that is only platforms: `iOS`, `Android端`, `安卓/iOS`. */
const PLATFORM_CELL = /^(?:android|ios|iphone|harmonyos|鸿蒙|安卓|苹果)(?:\s{0,2}(?:端|版|系统))?(?:\s{0,2}[/、&和]\s{0,2}(?:android|ios|iphone|harmonyos|鸿蒙|安卓|苹果)(?:\s{0,2}(?:端|版|系统))?){0,3}$/i;
const URL_CELL = /^(?:[^\s:]{1,24}:\s{0,2})?(?:https?:\/\/|www\.)\S+$/i;
/** A code or product identifier: `CCBFaceAuthSDK`, `libWeChatSDK.a`, `pinyin4j-2.5.0.jar`. */
const IDENTIFIER_CELL = /^[A-Za-z][\w.+\-]{1,80}$/;
/** An intro that speaks of SDKs, plug-ins or third-party code. */
const SDK_INTRO = /sdk|软件开发(?:工具)?包|第三方(?:插件|代码|库)|third[-\s]party\s(?:code|librar)/i;
/** `…按照A、B、C的顺序展示`, `in the order A, B, C`: the intro states the cells' order. */
const ORDER_STATED = /(?:按照|按|依次为|顺序为|in the order(?: of)?:?)\s{0,2}([^。]{4,160}?)(?:的顺序|顺序|$)/i;
const CELL_SEPARATOR = /[,，|｜\t]/g;

interface Cell extends TextRef {
  text: string;
}

interface Row {
  line: number;
  cells: Cell[];
}

/** Cells of a row: the line after its list marker, cut at separators, trimmed. */
function rowCells(text: string, line: number): Cell[] {
  const item = parseListItem(text);
  const from = item ? item.textStart : 0;
  const cells: Cell[] = [];
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s。.;；]/.test(text[e - 1]!)) e--;
    cells.push({ para: line, start: s, end: e, text: text.slice(s, e) });
  };
  CELL_SEPARATOR.lastIndex = from;
  for (let m = CELL_SEPARATOR.exec(text); m; m = CELL_SEPARATOR.exec(text)) {
    // A comma inside a link is part of it.
    if (/(?:https?:\/\/|www\.)\S*$/i.test(text.slice(start, m.index)) && !/\s/.test(text[m.index + 1] ?? ' ')) continue;
    push(start, m.index);
    start = m.index + 1;
  }
  push(start, text.length);
  return cells.filter((c) => c.end > c.start);
}

/** A line that reads as a row: at least three cells, one of them a platform or a link. */
function asRow(text: string, line: number): Row | null {
  if (text.length > MAX_ROW_LENGTH) return null;
  const cells = rowCells(text, line);
  if (cells.length < 3) return null;
  const marked = cells.some((c) => PLATFORM_CELL.test(c.text)) || URL_CELL.test(cells[cells.length - 1]!.text);
  return marked ? { line, cells } : null;
}

/** The cell kind an item of a stated order names: `第三方sdk名称` → name. */
function kindOfOrderItem(item: string): 'name' | 'platform' | 'function' | 'data' | 'url' | null {
  if (/名称|名字|\bname\b/i.test(item)) return 'name';
  if (/平台|系统|platform/i.test(item)) return 'platform';
  if (/链接|网址|网站|link|url|website/i.test(item)) return 'url';
  if (/信息|数据|字段|data|information/i.test(item)) return 'data';
  if (/功能|类型|用途|目的|function|type|purpose/i.test(item)) return 'function';
  return null;
}

/** Index of the name among the non-platform, non-link cells, from an intro that states the order. */
function statedNameColumn(intro: string): number | null {
  const m = ORDER_STATED.exec(intro);
  if (!m) return null;
  const kinds = m[1]!.split(/[、,，]|及|和|\band\b/).map((s) => kindOfOrderItem(s.trim())).filter((k) => k !== null);
  const at = kinds.indexOf('name');
  if (at < 0) return null;
  return kinds.slice(0, at).filter((k) => k !== 'platform' && k !== 'url').length;
}

/** The cells of a row that can hold a name: neither its platform cell nor its links. */
function contentCells(row: Row): Cell[] {
  return row.cells.filter((c) => !PLATFORM_CELL.test(c.text) && !URL_CELL.test(c.text));
}

export function delimitedRowListings(ctx: LayoutContext, lines: readonly string[]): SdkListing[] {
  const out: SdkListing[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = asRow(lines[i]!, i);
    if (!first) {
      i++;
      continue;
    }
    const rows: Row[] = [first];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const r = asRow(lines[j]!, j);
      if (!r) break;
      rows.push(r);
    }
    if (rows.length >= MIN_ROWS) out.push(...runListings(ctx, lines, rows, i));
    i = j;
  }
  return out;
}

function runListings(ctx: LayoutContext, lines: readonly string[], rows: Row[], firstLine: number): SdkListing[] {
  const { doc } = ctx;
  const intro = lines.slice(Math.max(0, firstLine - INTRO_LINES), firstLine).join('\n');
  const known = (c: Cell): boolean => lexiconIdIn(doc.paragraphs[c.para]!.text, c.start, c.end, ctx.sdkMatches(c.para)) !== null;
  // The whole cell is a lexicon name, give or take `SDK`: `小米推送sdk` is the product, `银联乘车码SDK` only mentions 银联.
  const isProduct = (c: Cell): boolean =>
    ctx.sdkMatches(c.para).some((m) => m.start <= c.start + 1 && m.end >= c.end - 1 - (/\s?sdk$/i.exec(c.text)?.[0].length ?? 0));
  const nameLike = (c: Cell): boolean => (IDENTIFIER_CELL.test(c.text) && !/^android\.permission\./i.test(c.text)) || looksLikeSdkName(c.text) || known(c);
  const columns = Math.min(...rows.map((r) => contentCells(r).length));
  let nameColumn = statedNameColumn(intro);
  if (nameColumn === null || nameColumn >= columns) {
    // The column with the most name-like cells; ties go to the earlier column.
    let best = -1;
    let bestScore = 0;
    for (let c = 0; c < Math.min(columns, 3); c++) {
      // `刷脸SDK，CCBFaceAuthSDK`: a kind of SDK is the function column, the product's name follows.
      const score = rows.filter((r) => nameLike(contentCells(r)[c]!) && !isKindName(contentCells(r)[c]!.text)).length;
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    // Half the rows at least: otherwise the run is not a list of SDKs.
    if (best < 0 || bestScore * 2 < rows.length) return [];
    nameColumn = best;
  }
  // Without an intro that speaks of SDKs, the cells themselves must: rows of other things
  // (permissions, data categories) do not become SDKs.
  const sdkRows = rows.filter((r) => /sdk/i.test(lines[r.line]!)).length;
  if (!SDK_INTRO.test(intro) && sdkRows * 2 < rows.length) return [];

  const out: SdkListing[] = [];
  for (const row of rows) {
    const cells = contentCells(row);
    const name = cells[nameColumn];
    if (!name || /权限|permission/i.test(name.text)) continue;
    const fn = nameColumn > 0 ? cells[nameColumn - 1] : undefined;
    const rest = cells.slice(nameColumn + 1);
    const purposes = rest.filter((c) => /^(?:用于|用以|用来|为用户|为您|为你|以便|to\s|for\s)/i.test(c.text)).map((c) => c.text);
    const data: TextRef[] = rest.filter((c) => !purposes.includes(c.text));
    const platforms: Platform[] = row.cells.filter((c) => PLATFORM_CELL.test(c.text)).flatMap((c) => platformsIn(c.text));
    const url = row.cells.map((c) => (URL_CELL.test(c.text) ? firstUrl(c.text) : undefined)).find((u) => u);
    const extra: Partial<SdkListing> = { data, purposes, platforms, about: [...(fn ? [fn.text] : []), ...purposes] };
    if (url) extra.privacyUrl = url;
    // `Android，小米推送sdk，PushXiaomi-release.aar，…`: the cell before the name is often the
    // product the file belongs to; when the lexicon knows that product and not the file,
    // the row is the product's, and the file name is another of its names.
    if (fn && isProduct(fn) && !known(name)) {
      out.push(...listing(doc, fn, true, { ...extra, alsoNamed: [name] }));
      continue;
    }
    out.push(...listing(doc, name, true, extra));
  }
  return out;
}
