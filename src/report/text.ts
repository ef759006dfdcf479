/**
 * The left pane: the policy text as given, one block per paragraph (headings as headings),
 * each block tagged with its language, every evidence span marked. The text between
 * paragraphs (line breaks, blank lines) is kept in hidden gaps, so the pane's text content is
 * the input itself and a search over it finds what the policy says.
 */
import type { Paragraph, PolicyExtraction } from '../types.js';
import { escapeAttr } from './escape.js';
import { emptySpansAt, openMark, renderSegment, segmentText, type PaneSpan } from './marks.js';

interface Block {
  start: number;
  end: number;
  /** Absent for a gap between paragraphs. */
  paragraph?: Paragraph;
  /** Heading level (1 = top) when the paragraph is a heading. */
  level?: number;
}

/** Paragraphs in order with the gaps around them; overlapping or out-of-range paragraphs are left to the gaps. */
function blocks(length: number, result: PolicyExtraction): Block[] {
  const levelOf = new Map(result.sections.map((s) => [s.paragraph, s.level]));
  const out: Block[] = [];
  let at = 0;
  for (const p of result.paragraphs) {
    if (p.start < at || p.end > length || p.end <= p.start) continue;
    if (p.start > at) out.push({ start: at, end: p.start });
    out.push({ start: p.start, end: p.end, paragraph: p, ...(p.heading ? { level: levelOf.get(p.index) ?? 1 } : {}) });
    at = p.end;
  }
  if (at < length || out.length === 0) out.push({ start: at, end: length });
  return out;
}

function openBlock(b: Block, idPrefix: string): string {
  if (!b.paragraph) return '<span class="gap">';
  const p = b.paragraph;
  const lang = p.lang && p.lang !== 'und' ? ` lang="${escapeAttr(p.lang)}"` : '';
  const attrs = `id="${idPrefix}${p.index}" data-p="${p.index}" data-lang="${escapeAttr(p.lang || 'und')}"${lang}`;
  if (b.level !== undefined) return `<h${Math.min(b.level + 1, 5)} class="p h" ${attrs}>`;
  return `<div class="p" ${attrs}>`;
}

function closeBlock(b: Block): string {
  if (!b.paragraph) return '</span>';
  return b.level !== undefined ? `</h${Math.min(b.level + 1, 5)}>` : '</div>';
}

/** `idPrefix` names the paragraphs (`p3`): the diff report's two panes need distinct ids. */
export function renderText(text: string, result: PolicyExtraction, spans: readonly PaneSpan[], idPrefix = 'p'): string {
  const list = blocks(text.length, result);
  const cuts: number[] = [];
  for (const b of list) cuts.push(b.start, b.end);
  const segments = segmentText(text.length, spans, cuts);
  const empty = emptySpansAt(spans);
  const html: string[] = [];
  let k = 0;
  for (const b of list) {
    let part = openBlock(b, idPrefix);
    // Segments never cross a block boundary: every block start and end is a cut.
    while (k < segments.length && segments[k]!.end <= b.end) {
      const seg = segments[k++]!;
      for (const s of empty.get(seg.start) ?? []) part += `${openMark(s, 0)}</mark>`;
      part += renderSegment(text, seg, spans);
    }
    if (b.end === text.length) for (const s of empty.get(text.length) ?? []) part += `${openMark(s, 0)}</mark>`;
    html.push(part + closeBlock(b));
  }
  return html.join('');
}
