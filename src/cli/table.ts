/**
 * Plain-text columns that stay aligned with Chinese in them: CJK characters take two
 * terminal cells, so widths are counted in cells, not in UTF-16 units.
 */

/** East Asian Wide and Fullwidth ranges (the common ones: CJK, kana, Hangul, full-width forms). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Terminal cells `s` takes. */
export function cellWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/** `s` cut to at most `max` cells, with an ellipsis when something was cut. */
export function truncate(s: string, max: number): string {
  if (cellWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - cellWidth(s)));
}

export interface Column {
  header: string;
  /** Widest a cell may be before it is cut. */
  max: number;
}

/** Narrowest a column is squeezed to when a table must fit a width. */
const MIN_COLUMN = 8;

/**
 * Rows under a header line, each cell padded to its column's width, two spaces apart. With
 * `width`, the widest columns give up cells first until a line fits in it.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = '  ', width = Infinity): string[] {
  let cells = rows.map((r) => columns.map((c, i) => truncate((r[i] ?? '').replace(/\s+/g, ' '), c.max)));
  const widths = columns.map((c, i) => Math.max(cellWidth(c.header), ...cells.map((r) => cellWidth(r[i]!))));
  const total = (): number => cellWidth(indent) + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i]! > MIN_COLUMN && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]!--;
  }
  cells = cells.map((r) => r.map((cell, i) => truncate(cell, widths[i]!)));
  const headers = columns.map((c, i) => truncate(c.header, widths[i]!));
  const line = (r: readonly string[]): string =>
    indent + r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]!))).join('  ').trimEnd();
  return [line(headers), ...cells.map(line)];
}

/**
 * `line` broken into lines of at most `width` cells, continuation lines indented by `hang`
 * spaces. Breaks after ", " and "; " first, then at spaces, then anywhere (Chinese has no spaces).
 */
export function wrapLine(line: string, width: number, hang = 2): string[] {
  if (cellWidth(line) <= width) return [line];
  const out: string[] = [];
  let rest = line;
  let prefix = '';
  while (cellWidth(prefix + rest) > width) {
    const room = width - cellWidth(prefix);
    // The longest head of `rest` that fits, in code points.
    let fit = 0;
    let w = 0;
    const chars = [...rest];
    while (fit < chars.length && w + cellWidth(chars[fit]!) <= room) w += cellWidth(chars[fit++]!);
    const head = chars.slice(0, fit).join('');
    let cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf('、'), head.lastIndexOf('，'));
    if (cut > 0) cut += head[cut] === ',' || head[cut] === ';' ? 2 : 1;
    else cut = head.lastIndexOf(' ') > cellWidth(prefix) ? head.lastIndexOf(' ') + 1 : head.length;
    if (cut <= 0) cut = Math.max(1, head.length);
    out.push((prefix + head.slice(0, cut)).trimEnd());
    rest = rest.slice(cut).trimStart();
    prefix = ' '.repeat(hang);
    if (!rest) break;
  }
  if (rest) out.push(prefix + rest);
  return out;
}
