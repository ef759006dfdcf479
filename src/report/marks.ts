/**
 * Overlapping evidence as flat HTML: the text is cut at every span boundary (and at every
 * paragraph boundary, so blocks close cleanly), and each piece between two cuts is wrapped in
 * one `<mark>` per span covering it, outermost (longest) first. A span thus becomes one or more
 * pieces sharing its `data-ev`; the pieces of one span, joined, are exactly its text.
 */
import { escapeAttr, escapeText } from './escape.js';
import type { MarkSpan } from './spans.js';

/**
 * A span of the diff report: the evidence of one change (`index` into the diff's changes) in
 * one version. `context` is the other version's evidence of an added or removed item (an SDK
 * whose data types changed): marked so a row can scroll there, but not as the change itself.
 */
export interface ChangeSpan {
  ev: number;
  start: number;
  end: number;
  change: 'added' | 'removed' | 'changed' | 'context';
  /** For `context`: the change it belongs to (added or removed). */
  of?: 'added' | 'removed';
  index: number;
  widens: boolean;
  id: string;
  label: string;
}

/** What a pane marks: evidence of the extraction (by field) and, in the diff report, of changes. */
export type PaneSpan = MarkSpan | ChangeSpan;

export interface Segment {
  start: number;
  end: number;
  /** Indices into the spans array of every span covering the segment, outermost first. */
  spans: number[];
}

/** Outer spans first: earlier start, then longer, then collection order (stable nesting). */
function nestingOrder(spans: readonly PaneSpan[]): (a: number, b: number) => number {
  return (a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end || a - b;
}

/**
 * The pieces of `[0, length)`: consecutive, non-overlapping, covering the whole text, cut at
 * every span start and end and at every position of `cuts`. Empty spans cover no piece.
 */
export function segmentText(length: number, spans: readonly PaneSpan[], cuts: Iterable<number> = []): Segment[] {
  const points = new Set<number>([0, length]);
  for (const s of spans) points.add(s.start).add(s.end);
  for (const p of cuts) if (p >= 0 && p <= length) points.add(p);
  const sorted = [...points].sort((a, b) => a - b);

  const byStart = spans.map((_, i) => i).filter((i) => spans[i]!.end > spans[i]!.start).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const order = nestingOrder(spans);
  const out: Segment[] = [];
  let active: number[] = [];
  let next = 0;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k]!;
    const end = sorted[k + 1]!;
    active = active.filter((i) => spans[i]!.end > start);
    let added = false;
    while (next < byStart.length && spans[byStart[next]!]!.start <= start) {
      active.push(byStart[next++]!);
      added = true;
    }
    if (added) active.sort(order);
    out.push({ start, end, spans: active.slice() });
  }
  return out;
}

/** The opening tag of one piece of a span; `depth` counts the pieces nested inside it (for stacked underlines). */
export function openMark(s: PaneSpan, depth: number): string {
  if ('change' in s) {
    const cls = s.change === 'context' ? `c-ctx c-ctx-${s.of}` : `c-${s.change}`;
    return (
      `<mark class="${cls}" data-change="${s.change}" data-c="${s.index}" data-id="${escapeAttr(s.id)}" data-label="${escapeAttr(s.label)}" ` +
      `data-ev="${s.ev}" data-k="c:${s.index}"${depth ? ` data-d="${Math.min(depth, 4)}"` : ''}${s.widens ? ' data-w="1"' : ''}>`
    );
  }
  return (
    `<mark class="m-${s.field}" data-field="${s.field}" data-id="${escapeAttr(s.id)}" data-label="${escapeAttr(s.label)}" ` +
    `data-ev="${s.ev}" data-k="${s.key}"${depth ? ` data-d="${Math.min(depth, 4)}"` : ''}${s.sensitive ? ' data-s="1"' : ''}>`
  );
}

/** HTML of one segment: the escaped text inside one mark per covering span. */
export function renderSegment(text: string, seg: Segment, spans: readonly PaneSpan[]): string {
  const body = escapeText(text.slice(seg.start, seg.end));
  if (seg.spans.length === 0) return body;
  const n = seg.spans.length;
  let open = '';
  for (let j = 0; j < n; j++) open += openMark(spans[seg.spans[j]!]!, n - 1 - j);
  return open + body + '</mark>'.repeat(n);
}

/** Empty spans (start === end) by position: they are written as empty marks before the text there, so they still count. */
export function emptySpansAt(spans: readonly PaneSpan[]): Map<number, PaneSpan[]> {
  const at = new Map<number, PaneSpan[]>();
  for (const s of spans) {
    if (s.end > s.start) continue;
    const list = at.get(s.start);
    if (list) list.push(s);
    else at.set(s.start, [s]);
  }
  return at;
}

/** HTML of `text` with every span marked, without paragraph structure (see text.ts for the page's pane). */
export function renderMarked(text: string, spans: readonly MarkSpan[]): string {
  const empty = emptySpansAt(spans);
  let html = '';
  for (const seg of segmentText(text.length, spans)) {
    for (const s of empty.get(seg.start) ?? []) html += `${openMark(s, 0)}</mark>`;
    html += renderSegment(text, seg, spans);
  }
  // No piece starts at the very end, so empty spans there are written last.
  for (const s of empty.get(text.length) ?? []) html += `${openMark(s, 0)}</mark>`;
  return html;
}
