/**
 * Tables that copy-paste has flattened into lines. Three shapes occur in real policies:
 *
 * 1. Delimited rows — one row per line, cells cut by tabs (`Name\tFunction\tData\tURL`),
 *    with wrapped cells spilling onto a line of their own (`Notification Function\t\t\t`)
 *    and the header repeated after a page break. → `parseDelimitedTables`
 * 2. One cell per line — the header's cells on consecutive short lines, then each row's
 *    cells, one per line; a link column, when there is one, anchors the end of each row,
 *    so a cell that wrapped onto two lines does not shift the rest. → `parseCellPerLineTables`
 * 3. Numbered rows of two columns run together with spaces (`3 VIVO PUSH Chuanshanjia (…)`),
 *    where only the content can say where the second cell begins. → `parseNumberedRows`
 *    and `splitTwoColumns`.
 *
 * The caller says which header cells it understands (`HeaderClassifier`: cell text → column
 * kind, or null). Offsets are relative to each line; `line` indexes the input array.
 * Every function is one pass over the lines.
 */

export interface CellRef {
  line: number;
  start: number;
  end: number;
}

/** One row: for each column, the pieces of its cell (several when the cell wrapped). */
export interface TableRow {
  cells: CellRef[][];
}

export interface ParsedTable<C extends string> {
  /** Kind of each column, from the header; null for a header cell the caller did not know. */
  columns: (C | null)[];
  headerLine: number;
  firstLine: number;
  lastLine: number;
  rows: TableRow[];
}

export type HeaderClassifier<C extends string> = (cellText: string) => C | null;

export interface DelimitedLine {
  text: string;
  /** Offsets of the separator characters (tabs, `|`) in `text`, ascending. */
  separators: readonly number[];
}

/** Trimmed cells of a line cut at its separators. */
export function cellsOf(line: DelimitedLine, lineIndex: number): CellRef[] {
  const out: CellRef[] = [];
  let from = 0;
  const bounds = [...line.separators, line.text.length];
  for (const to of bounds) {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(line.text[s]!)) s++;
    while (e > s && /\s/.test(line.text[e - 1]!)) e--;
    out.push({ line: lineIndex, start: s, end: e });
    from = to + 1;
  }
  return out;
}

/** The header kinds of a row of cells, when at least two (and half) of its cells are header labels. */
function headerKinds<C extends string>(texts: readonly string[], classify: HeaderClassifier<C>): (C | null)[] | null {
  const kinds = texts.map((t) => (t ? classify(t) : null));
  const known = kinds.filter((k) => k !== null).length;
  const filled = texts.filter((t) => t).length;
  return known >= 2 && known * 2 >= filled ? kinds : null;
}

const cellText = (lines: readonly { text: string }[] | readonly string[], c: CellRef): string => {
  const l = lines[c.line]!;
  return (typeof l === 'string' ? l : l.text).slice(c.start, c.end);
};

/** A row of a markdown table: `| a | b |` (its outer pipes included). */
export function isPipeRow(text: string): boolean {
  return text.length >= 3 && text.charCodeAt(0) === 0x7c && text.charCodeAt(text.length - 1) === 0x7c && text.indexOf('|', 1) < text.length - 1;
}

/** A cell of a markdown table's header rule. */
export const RULE_CELL = /^:?-{3,}:?$/;

/**
 * Tables of delimited rows. A table starts at a header line and runs while lines have
 * separators. A repeated header is skipped; a row with a single filled cell continues the
 * cell above it (a wrapped cell cut off by the page break).
 */
export function parseDelimitedTables<C extends string>(lines: readonly DelimitedLine[], classify: HeaderClassifier<C>): ParsedTable<C>[] {
  const out: ParsedTable<C>[] = [];
  let table: ParsedTable<C> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.separators.length === 0) {
      // A blank line (a page break in the paste) does not end the table; text does.
      if (line.text.trim() === '') continue;
      table = null;
      continue;
    }
    const cells = cellsOf(line, i);
    const header = headerKinds(cells.map((c) => cellText(lines, c)), classify);
    if (header) {
      // The first header starts a table; a repeat (same width) inside one is skipped.
      if (!table || header.length !== table.columns.length) {
        table = { columns: header, headerLine: i, firstLine: i, lastLine: i, rows: [] };
        out.push(table);
      }
      table.lastLine = i;
      continue;
    }
    if (!table) continue;
    table.lastLine = i;
    const filled = cells.filter((c) => c.end > c.start);
    if (filled.length === 0) continue;
    // A markdown table's rule under its header (`| --- | :---: |`) is no row.
    if (filled.every((c) => RULE_CELL.test(cellText(lines, c)))) continue;
    const prev = table.rows[table.rows.length - 1];
    if (filled.length === 1 && prev) {
      const col = cells.indexOf(filled[0]!);
      if (col < prev.cells.length) {
        prev.cells[col]!.push(filled[0]!);
        continue;
      }
    }
    table.rows.push({ cells: cells.map((c) => (c.end > c.start ? [c] : [])) });
  }
  return out.filter((t) => t.rows.length > 0);
}

export interface CellPerLineOptions<C extends string> {
  /** The column whose cells are links: each row ends at its link line(s). */
  linkColumn?: C;
  /** The column that takes the extra lines of a row that has too many (a wrapped cell). */
  wideColumn?: C;
  /** Lines that end the table (a heading, say). */
  isBoundary?: (line: string) => boolean;
  /** Longest header cell, in characters. Default 24. */
  maxHeaderCell?: number;
}

/** One link, possibly after a short label (`官网链接:https://…`). */
const LABELLED_LINK = '(?:[^\\s:]{1,24}:\\s{0,2})?(?:https?:\\/\\/|www\\.)\\S{3,}';
// Up to four: a cell may give one link per product (`米大师:https://… QQ:https://…`).
const LINK = new RegExp(`^${LABELLED_LINK}(?:\\s{1,4}${LABELLED_LINK}){0,3}$`, 'i');

/** A line that holds just links (each possibly after a short label: `官网链接:https://…`). */
export function isLinkLine(line: string): boolean {
  return line.length < 600 && LINK.test(line.trim());
}

/**
 * Tables flattened one cell per line. The header is a run of at least three short lines
 * that all classify; rows follow. With a link column, a row is the lines up to and
 * including its link line(s), cells laid out from both ends so a wrapped cell lands in
 * `wideColumn`; without one, rows are groups of as many lines as the header has cells.
 */
export function parseCellPerLineTables<C extends string>(lines: readonly string[], classify: HeaderClassifier<C>, options: CellPerLineOptions<C> = {}): ParsedTable<C>[] {
  const maxHeaderCell = options.maxHeaderCell ?? 24;
  const out: ParsedTable<C>[] = [];
  const headerAt = (i: number): (C | null)[] => {
    const kinds: (C | null)[] = [];
    for (let j = i; j < lines.length && kinds.length < 12; j++) {
      const t = lines[j]!.trim();
      if (!t || t.length > maxHeaderCell) break;
      const k = classify(t);
      if (k === null) break;
      kinds.push(k);
    }
    return kinds;
  };
  let i = 0;
  while (i < lines.length) {
    const columns = headerAt(i);
    if (columns.length < 3) {
      i++;
      continue;
    }
    const table: ParsedTable<C> = { columns, headerLine: i, firstLine: i, lastLine: i + columns.length - 1, rows: [] };
    const n = columns.length;
    const link = options.linkColumn !== undefined ? columns.indexOf(options.linkColumn) : -1;
    const wide = options.wideColumn !== undefined ? columns.indexOf(options.wideColumn) : -1;
    let j = i + n;
    let pending: number[] = [];
    const emit = (rowLines: number[]): void => {
      if (rowLines.length === 0) return;
      table.rows.push(layoutRow(lines, rowLines, n, link, wide));
      table.lastLine = rowLines[rowLines.length - 1]!;
    };
    for (; j < lines.length; j++) {
      const text = lines[j]!;
      if (headerAt(j).length >= 3 || options.isBoundary?.(text)) break;
      pending.push(j);
      if (link >= 0) {
        if (isLinkLine(text) && !(j + 1 < lines.length && isLinkLine(lines[j + 1]!))) {
          if (pending.length <= n + 3) emit(pending);
          pending = [];
        } else if (pending.length > n + 3) break;
      } else if (pending.length === n) {
        emit(pending);
        pending = [];
      }
    }
    // An unfinished last row is kept only when it is nearly complete.
    if (pending.length >= n - 1 && pending.length <= n + 1) emit(pending);
    if (table.rows.length) out.push(table);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Cells of a row given as one line per cell (link lines last). */
function layoutRow(lines: readonly string[], rowLines: number[], n: number, link: number, wide: number): TableRow {
  const cells: CellRef[][] = Array.from({ length: n }, () => []);
  const ref = (l: number): CellRef => {
    const t = lines[l]!;
    const s = t.length - t.trimStart().length;
    return { line: l, start: s, end: t.trimEnd().length };
  };
  let body = rowLines;
  if (link >= 0) {
    let k = rowLines.length;
    while (k > 0 && isLinkLine(lines[rowLines[k - 1]!]!)) k--;
    for (const l of rowLines.slice(k)) cells[link]!.push(ref(l));
    body = rowLines.slice(0, k);
  }
  const cols = [...Array(n).keys()].filter((c) => c !== link);
  if (body.length <= cols.length || wide < 0) {
    body.forEach((l, k) => cells[cols[Math.min(k, cols.length - 1)]!]!.push(ref(l)));
    return { cells };
  }
  // Too many lines: columns before the wide one take lines from the start, those after it
  // from the end, and the wide column takes the rest.
  const w = cols.indexOf(wide);
  const after = cols.length - 1 - w;
  body.forEach((l, k) => {
    if (k < w) cells[cols[k]!]!.push(ref(l));
    else if (k >= body.length - after) cells[cols[cols.length - (body.length - k)]!]!.push(ref(l));
    else cells[wide]!.push(ref(l));
  });
  return { cells };
}

export interface NumberedRow {
  line: number;
  number: number;
  /** Where the row's content starts, after the number. */
  textStart: number;
}

const ROW_NUMBER = /^(\d{1,3})\s{1,4}(?=\S)/;

/**
 * Rows numbered 1, 2, 3 … with a space after the number (`3 VIVO PUSH …`), starting at
 * `from`. Stops at the first line that does not carry the next number.
 */
export function parseNumberedRows(lines: readonly string[], from: number): NumberedRow[] {
  const out: NumberedRow[] = [];
  let expect = 1;
  for (let i = from; i < lines.length; i++) {
    const m = ROW_NUMBER.exec(lines[i]!);
    if (!m || Number(m[1]) !== expect) break;
    out.push({ line: i, number: expect, textStart: m[0].length });
    expect++;
  }
  return out;
}

/**
 * Where the second cell of a two-column row begins, or -1 for a one-cell row.
 * `text[start, end)` is the row's content; `candidates` are offsets where a cell could
 * begin (the caller knows: e.g. where a known name starts). A row that is one cell written
 * twice (`Tencent Bugly Tencent Bugly`) splits in the middle; otherwise the first candidate
 * after `start` that follows a space at bracket depth 0 wins.
 */
export function splitTwoColumns(text: string, start: number, end: number, candidates: readonly number[]): number {
  const len = end - start;
  if (len >= 3 && len % 2 === 1) {
    const half = (len - 1) / 2;
    if (text.charCodeAt(start + half) === 0x20 && text.slice(start, start + half) === text.slice(start + half + 1, end)) return start + half + 1;
  }
  // Bracket depth at each candidate, from one scan.
  const sorted = [...candidates].filter((c) => c > start && c < end).sort((a, b) => a - b);
  let depth = 0;
  let k = 0;
  for (let i = start; i < end && k < sorted.length; i++) {
    while (k < sorted.length && sorted[k]! === i) {
      if (depth === 0 && text.charCodeAt(i - 1) === 0x20 && /[\w)\]\u4e00-\u9fff]/.test(text[i - 2] ?? '')) return i;
      k++;
    }
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return -1;
}
