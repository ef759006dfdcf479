/**
 * One policy prepared for the extractors: normalised text with its offset map, paragraphs
 * with their language, the section tree, and per-paragraph token views built on demand.
 * Extractors read from here and turn their matches into evidence through `evidence()`.
 */
import { normalize, toOriginalSpan, type NormalizedText } from './ingest/normalize.js';
import { splitParagraphs } from './ingest/paragraphs.js';
import { numberedHeading, plainHeadingCandidate, questionHeading } from './ingest/headings.js';
import { detectLanguages } from './language/detect.js';
import { makeTokenView, type TokenView } from './lexicon/matcher.js';
import type { LexiconSet } from './lexicon/load.js';
import type { SectionEntry } from './lexicon/schema.js';
import { tokenBoundaries, type Segmenter } from './tokenize/segmenter.js';
import type { Evidence, LanguageCode, Section, SectionCategory } from './types.js';

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
  readonly paragraphs: ParagraphView[];
  readonly sections: Section[] = [];
  private readonly views: (TokenView | undefined)[];

  constructor(
    readonly original: string,
    readonly lexicons: LexiconSet,
    private readonly segmenter: () => Segmenter,
  ) {
    this.norm = normalize(original);
    const raw = splitParagraphs(this.norm.text);
    const texts = raw.map((p) => this.norm.text.slice(p.start, p.end));
    const langs = detectLanguages(texts);
    this.paragraphs = raw.map((p, i) => ({ index: i, start: p.start, end: p.end, text: texts[i]!, lang: langs[i]!, heading: false, section: -1 }));
    this.views = new Array(this.paragraphs.length);
    this.buildSections();
  }

  /** Token view of a paragraph (jieba boundaries for Chinese ones), cached. */
  view(p: number): TokenView {
    let v = this.views[p];
    if (!v) {
      const para = this.paragraphs[p]!;
      const boundaries = para.lang === 'zh' ? tokenBoundaries(this.segmenter(), para.text) : null;
      v = makeTokenView(para.text, boundaries);
      this.views[p] = v;
    }
    return v;
  }

  /** Original offsets of a whole paragraph. */
  originalSpan(p: number): [number, number] {
    const para = this.paragraphs[p]!;
    return toOriginalSpan(this.norm, para.start, para.end);
  }

  /** Evidence for the span [start, end) of paragraph `p` (offsets relative to the paragraph). */
  evidence(p: number, start: number, end: number, sentence?: readonly [number, number]): Evidence {
    const para = this.paragraphs[p]!;
    const [s, e] = toOriginalSpan(this.norm, para.start + start, para.start + end);
    const ev: Evidence = { start: s, end: e, paragraph: p };
    if (sentence) {
      const [ss, se] = toOriginalSpan(this.norm, para.start + sentence[0], para.start + sentence[1]);
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
    const matches = this.lexicons.matcher('sections').match(this.view(p));
    let best: SectionEntry | undefined;
    for (const m of matches) {
      const e = this.lexicons.entries.sections.get(m.id);
      if (e && (!best || e.priority < best.priority)) best = e;
    }
    return best?.id ?? 'other';
  }

  private buildSections(): void {
    const stack: { style: string; section: number }[] = [];
    for (const para of this.paragraphs) {
      const numbered = numberedHeading(para.text);
      let style: string | null = numbered?.style ?? null;
      let textStart = numbered?.textStart ?? 0;
      if (!numbered && questionHeading(para.text)) style = 'question';
      let category: SectionCategory | null = null;
      if (!style && plainHeadingCandidate(para.text)) {
        category = this.categoryOf(para.index);
        if (category !== 'other') style = 'plain';
      }
      if (style) {
        category ??= this.categoryOf(para.index);
        let level = stack.findIndex((s) => s.style === style);
        if (level >= 0) stack.length = level;
        level = stack.length;
        const parent = level > 0 ? stack[level - 1]!.section : -1;
        if (category === 'other' && parent >= 0) category = this.sections[parent]!.category;
        const index = this.sections.length;
        const [start, end] = toOriginalSpan(this.norm, para.start, para.end);
        this.sections.push({
          index,
          heading: this.original.slice(toOriginalSpan(this.norm, para.start + textStart, para.end)[0], end),
          number: numbered?.number ?? '',
          level: level + 1,
          category,
          parent,
          start,
          end,
          paragraph: para.index,
        });
        stack.push({ style, section: index });
        para.heading = true;
      }
      para.section = stack.length ? stack[stack.length - 1]!.section : -1;
      // Every open section now reaches at least to the end of this paragraph.
      const [, end] = toOriginalSpan(this.norm, para.start, para.end);
      for (const s of stack) this.sections[s.section]!.end = end;
    }
  }
}
