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

/** Rows under a header line, each cell padded to its column's width, two spaces apart. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  const cells = rows.map((r) => columns.map((c, i) => truncate((r[i] ?? '').replace(/\s+/g, ' '), c.max)));
  const widths = columns.map((c, i) => Math.max(cellWidth(c.header), ...cells.map((r) => cellWidth(r[i]!))));
  const line = (r: readonly string[]): string =>
    indent + r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)];
}
