/**
 * One policy prepared for the extractors: normalised text with its offset map, paragraphs
 * with their language, the section tree, and per-paragraph lexicon matches built on demand.
 * Extractors read from here and turn their matches into evidence through `evidence()`.
 */
import { composeMaps, normalize, toOriginalSpan, type NormalizedText } from './ingest/normalize.js';
import type { SourceText } from './ingest/html.js';
import { splitParagraphs } from './ingest/paragraphs.js';
import { headingCore, headingOrdinal, numberedHeading, plainHeadingCandidate, questionHeading } from './ingest/headings.js';
import { detectLanguages } from './language/detect.js';
import { makeTokenView, type Match, type TokenView } from './lexicon/matcher.js';
import type { LexiconSet } from './lexicon/load.js';
import { LEXICON_KINDS, type LexiconKind, type SectionEntry } from './lexicon/schema.js';
import { BOUNDARY, tokenBoundaries, type Segmenter } from './tokenize/segmenter.js';
import { sentenceSpans } from './ingest/sentences.js';
import type { Evidence, LanguageCode, Section, SectionCategory } from './types.js';

/** Characters of Chinese text segmented per jieba call. */
const CUT_CHUNK = 64 * 1024;
/** Where a piece of one long paragraph may end: after punctuation, a space or a line break. */
const PIECE_END = /[。！？；，、,.;!?\s]/;
/** How far past CUT_CHUNK such an end is looked for before cutting anyway. */
const PIECE_SEARCH = 512;
/** Same-style numbered lines in a row from which on they read as a list, not headings. */
const MIN_LIST_RUN = 3;
/** Characters the paragraph after a one-word line must have for that line to be a heading. */
const MIN_BODY_AFTER_LONE_WORD = 80;

export interface ParagraphView {
  index: number;
  /** Normalised offsets. */
  start: number;
  end: number;
  text: string;
  lang: LanguageCode;
  heading: boolean;
  /** Innermost section, -1 before the first heading. */
  section: number;
}

export class PolicyDocument {
  readonly norm: NormalizedText;
  /**
   * The text normalisation ran on: `original` itself for text input, the visible text for
   * HTML. Layout readers that need what normalisation folds (tabs at line ends) read this,
   * through `plainSpan`, never `original`, which may be markup.
   */
  readonly plain: string;
  private readonly plainNorm: NormalizedText;
  readonly paragraphs: ParagraphView[];
  readonly sections: Section[] = [];

  constructor(
    readonly original: string,
    readonly lexicons: LexiconSet,
    private readonly segmenter: () => Segmenter,
    /** Text extracted from `original` (HTML) with its map into it; absent when `original` is the text. */
    private readonly source?: SourceText,
  ) {
    this.plain = source ? source.text : original;
    this.plainNorm = normalize(this.plain);
    this.norm = source ? composeMaps(this.plainNorm, source, original.length) : this.plainNorm;
    const raw = splitParagraphs(this.norm.text);
    const texts = raw.map((p) => this.norm.text.slice(p.start, p.end));
    const langs = detectLanguages(texts);
    this.paragraphs = raw.map((p, i) => ({ index: i, start: p.start, end: p.end, text: texts[i]!, lang: langs[i]!, heading: false, section: -1 }));
    this.buildSections();
  }

  /**
   * Token view of a paragraph (jieba word marks for Chinese ones). Not kept: `matches` runs
   * every lexicon over a view at once, so a view lives only while its paragraph is matched.
   */
  view(p: number): TokenView {
    const para = this.paragraphs[p]!;
    if (para.lang !== 'zh') return makeTokenView(para.text, null);
    // Marks are dropped once a paragraph is matched; a later view segments it again.
    let marks = this.chineseMarks()[p];
    if (!marks) {
      marks = this.segment(para.text);
      marks[0]! |= BOUNDARY;
    }
    return makeTokenView(para.text, marks);
  }

  private zhMarks: (Uint8Array | undefined)[] | null = null;

  /**
   * Word marks of every Chinese paragraph, from jieba calls over many paragraphs joined by
   * line breaks: a call per paragraph costs more in crossing into the native segmenter than
   * the segmentation itself.
   */
  /**
   * Word marks of `text`, cut by jieba in pieces of about CUT_CHUNK characters that end after
   * punctuation (where jieba splits anyway), so that one huge paragraph never asks for a
   * million words at once.
   */
  private segment(text: string): Uint8Array {
    const isTerm = (w: string): boolean => this.lexicons.isCjkTerm(w);
    if (text.length <= 2 * CUT_CHUNK) return tokenBoundaries(this.segmenter(), text, isTerm);
    const marks = new Uint8Array(text.length + 1);
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + CUT_CHUNK);
      const stop = to < text.length ? PIECE_END.exec(text.slice(to, to + PIECE_SEARCH)) : null;
      if (stop) to += stop.index + 1;
      marks.set(tokenBoundaries(this.segmenter(), text.slice(from, to), isTerm).subarray(0, to - from), from);
      marks[from]! |= BOUNDARY;
      from = to;
    }
    marks[text.length] = BOUNDARY;
    return marks;
  }

  private chineseMarks(): (Uint8Array | undefined)[] {
    if (this.zhMarks) return this.zhMarks;
    const out: (Uint8Array | undefined)[] = new Array(this.paragraphs.length);
    const zh = this.paragraphs.filter((p) => p.lang === 'zh');
    // Chunks of about CUT_CHUNK characters: few native calls, and a bounded array of words
    // at a time however long the document.
    for (let from = 0; from < zh.length; ) {
      let to = from;
      let size = 0;
      while (to < zh.length && (to === from || size + zh[to]!.text.length < CUT_CHUNK)) size += zh[to++]!.text.length + 1;
      const group = zh.slice(from, to);
      const marks = this.segment(group.map((p) => p.text).join('\n'));
      let offset = 0;
      for (const p of group) {
        // A view into the chunk's marks: no copy, no buffer of its own.
        const m = marks.subarray(offset, offset + p.text.length + 1);
        m[0]! |= BOUNDARY;
        m[p.text.length]! |= BOUNDARY;
        out[p.index] = m;
        offset += p.text.length + 1;
      }
      from = to;
    }
    this.zhMarks = out;
    return out;
  }

  /** Offsets of a whole paragraph in `plain`. */
  plainSpan(p: number): [number, number] {
    const para = this.paragraphs[p]!;
    return toOriginalSpan(this.plainNorm, para.start, para.end);
  }

  /**
   * `piece`, a part of paragraph `p`'s text, as the input writes it (full-width commas stay
   * full-width); `piece` itself when the paragraph does not hold it word for word.
   */
  asWritten(p: number, piece: string): string {
    const para = this.paragraphs[p]!;
    const at = piece ? para.text.indexOf(piece) : -1;
    if (at < 0) return piece;
    const [s, e] = toOriginalSpan(this.plainNorm, para.start + at, para.start + at + piece.length);
    return this.plain.slice(s, e);
  }

  /** Original offsets of a whole paragraph. */
  originalSpan(p: number): [number, number] {
    const para = this.paragraphs[p]!;
    return toOriginalSpan(this.norm, para.start, para.end);
  }

  /** Drops the per-paragraph matches, sentences and word marks (rebuilt if asked for again). */
  releaseCaches(): void {
    for (const kind of LEXICON_KINDS) this.matchCache[kind].length = 0;
    this.sentenceCache.length = 0;
    this.zhMarks = null;
  }

  private readonly matchCache: Record<LexiconKind, (readonly Match[] | undefined)[]> = { dataTypes: [], sdks: [], permissions: [], rights: [], sections: [] };

  /** Lexicon matches of one kind in paragraph `p`, computed once for all extractors. */
  matches(kind: LexiconKind, p: number): readonly Match[] {
    const found = this.matchCache[kind][p];
    if (found) return found;
    // Every kind at once from one view: each paragraph's view is built exactly once, and
    // never kept (views weigh about as much as the text; matches a fraction of it).
    const view = this.view(p);
    const chars = this.lexicons.charMatcher().match(view.text, view.boundaries);
    for (let layer = 0; layer < LEXICON_KINDS.length; layer++) {
      const k = LEXICON_KINDS[layer]!;
      this.matchCache[k][p] = this.lexicons.matcher(k).match(view, chars[layer]);
    }
    // The paragraph's word marks served their only purpose.
    if (this.zhMarks) this.zhMarks[p] = undefined;
    return this.matchCache[kind][p]!;
  }

  private readonly sentenceCache: ([number, number][] | undefined)[] = [];

  /** Sentence spans of paragraph `p` (offsets in its text), computed once for all extractors. */
  sentences(p: number): [number, number][] {
    return (this.sentenceCache[p] ??= sentenceSpans(this.paragraphs[p]!.text));
  }

  /** Evidence for the span [start, end) of paragraph `p` (offsets relative to the paragraph). */
  evidence(p: number, start: number, end: number, sentence?: readonly [number, number]): Evidence {
    const para = this.paragraphs[p]!;
    const [s, e] = toOriginalSpan(this.norm, para.start + start, para.start + end);
    const ev: Evidence = { start: s, end: e, paragraph: p };
    if (sentence) {
      // The sentence must hold the mention: a mention that runs over a sentence end (a URL
      // with `?`, a name cut by `;`) widens its sentence rather than stick out of it.
      const [ss, se] = toOriginalSpan(this.norm, para.start + Math.min(sentence[0], start), para.start + Math.max(sentence[1], end));
      ev.sentenceStart = ss;
      ev.sentenceEnd = se;
    }
    return ev;
  }

  /** Categories of the section holding paragraph `p` and of its ancestors, innermost first. */
  categoriesOf(p: number): SectionCategory[] {
    const out: SectionCategory[] = [];
    let s = this.paragraphs[p]?.section ?? -1;
    while (s >= 0) {
      const sec = this.sections[s]!;
      if (!out.includes(sec.category)) out.push(sec.category);
      s = sec.parent;
    }
    return out;
  }

  private categoryOf(p: number): SectionCategory {
    const matches = this.matches('sections', p);
    let best: SectionEntry | undefined;
    for (const m of matches) {
      const e = this.lexicons.entries.sections.get(m.id);
      if (e && (!best || e.priority < best.priority)) best = e;
    }
    return best?.id ?? 'other';
  }

  /** Heading shape of every paragraph, before lists and tables of contents are ruled out. */
  private headingCandidates(): ({ style: string; number: string; textStart: number; textEnd: number; category: SectionCategory | null } | null)[] {
    const out = this.paragraphs.map((para) => {
      // `## Title`, `**2. Your Rights**`: markdown marks are no part of the heading.
      // A piece cut off the front of its line (ingest/run-in.ts): the line's text follows on it.
      const next = this.paragraphs[para.index + 1];
      const runIn = next !== undefined && !this.norm.text.slice(para.end, next.start).includes('\n');
      const core = headingCore(para.text, runIn);
      const text = core.start === 0 && core.end === para.text.length ? para.text : para.text.slice(core.start, core.end);
      const numbered = numberedHeading(text);
      if (numbered) return { ...numbered, textStart: core.start + numbered.textStart, textEnd: core.end, category: null };
      if (questionHeading(text)) return { style: 'plain', number: '', textStart: core.start, textEnd: core.end, category: null };
      if (!plainHeadingCandidate(text)) return null;
      // A lone word is a heading only when a real paragraph follows ("Definition"), not a table cell ("Contacts").
      // Marked as a heading (`**Cookies**`, `## Cookies`), it needs no such proof.
      const marked = text !== para.text;
      if (!marked && !/[\s\u4e00-\u9fff]/.test(text) && (!next || next.text.length < MIN_BODY_AFTER_LONE_WORD)) return null;
      const category = this.categoryOf(para.index);
      return category === 'other' ? null : { style: 'plain', number: '', textStart: core.start, textEnd: core.end, category };
    });
    // Runs of same-style numbered lines with nothing between them are a list or a table of
    // contents ("一、…" to "十、…" at the top), not sections.
    let i = 0;
    while (i < out.length) {
      const style = out[i]?.style;
      let j = i + 1;
      // A run ends where the numbering starts again (the contents list, then the first real heading).
      if (style && style !== 'plain') while (j < out.length && out[j]?.style === style && out[j]!.number !== out[i]!.number) j++;
      if (j - i >= MIN_LIST_RUN) for (let k = i; k < j; k++) out[k] = null;
      i = j;
    }
    return out;
  }

  private buildSections(): void {
    const candidates = this.headingCandidates();
    /** Open sections, outermost first; `soft` ones (plain-line and question headings) never hold numbered ones. */
    const stack: { style: string; section: number; ordinal: number | null; soft: boolean }[] = [];
    for (const para of this.paragraphs) {
      const cand = candidates[para.index];
      const soft = cand?.style === 'plain';
      const ordinal = cand && !soft ? headingOrdinal(cand.number) : null;
      let accept = cand !== null && cand !== undefined;
      if (accept && !soft) {
        // A numbered line whose style is open must continue its siblings' numbering (2 after 1);
        // otherwise it is a table row or list item that only looks like a heading.
        const sameLanguage = stack.length === 0 || this.paragraphs[this.sections[stack[0]!.section]!.paragraph]!.lang === para.lang;
        const open = sameLanguage ? stack.find((s) => s.style === cand!.style) : undefined;
        if (open && open.ordinal !== null && ordinal !== null && ordinal !== open.ordinal + 1) accept = false;
      }
      if (accept && cand) {
        const style = cand.style;
        // A translation that follows the original restarts its own numbering: a heading in
        // another language than the open outermost one starts a new tree.
        if (stack.length && this.paragraphs[this.sections[stack[0]!.section]!.paragraph]!.lang !== para.lang) stack.length = 0;
        if (!soft) while (stack.length && stack[stack.length - 1]!.soft) stack.pop();
        let level = stack.findIndex((s) => s.style === style);
        if (level >= 0) stack.length = level;
        level = stack.length;
        const parent = level > 0 ? stack[level - 1]!.section : -1;
        let category = cand.category ?? this.categoryOf(para.index);
        if (category === 'other' && parent >= 0) category = this.sections[parent]!.category;
        const index = this.sections.length;
        const [start, end] = toOriginalSpan(this.norm, para.start, para.end);
        this.sections.push({
          index,
          heading: this.original.slice(...toOriginalSpan(this.norm, para.start + cand.textStart, para.start + cand.textEnd)),
          number: cand.number,
          level: level + 1,
          category,
          parent,
          start,
          end,
          paragraph: para.index,
        });
        stack.push({ style, section: index, ordinal, soft });
        para.heading = true;
      }
      para.section = stack.length ? stack[stack.length - 1]!.section : -1;
      // Every open section now reaches at least to the end of this paragraph.
      const [, end] = toOriginalSpan(this.norm, para.start, para.end);
      for (const s of stack) this.sections[s.section]!.end = end;
    }
  }
}
