/**
 * The extractor: lexicons and a segmenter bound together, and the shared default one.
 * Kept apart from the package entry so that batch workers import it without the entry,
 * and the dependency between modules runs one way (index → batch → extractor).
 */
import { PolicyDocument } from './document.js';
import { checkNotText } from './ingest/binary.js';
import { htmlToText, looksLikeHtml } from './ingest/html.js';
import { checkPolicy } from './checks/index.js';
import { runExtractors } from './extract/index.js';
import { loadLexicons, type LexiconInput, type LexiconSet } from './lexicon/load.js';
import { checkSegmenterName, createSegmenter, type Segmenter, type SegmenterName } from './tokenize/segmenter.js';
import type { ExtractOptions, PolicyExtraction } from './types.js';


/** Default for `maxLength`: 5 MB of text is far beyond any real policy, and still bounded work. */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

export interface ExtractorOptions {
  /** Extra lexicons (paths to JSON/YAML files, or lexicon objects), applied over the built-in ones. */
  lexicons?: readonly LexiconInput[];
  /** Chinese segmenter backend: '@node-rs/jieba' (default; also 'node-rs-jieba') or 'nodejieba'; or your own. */
  segmenter?: SegmenterName | Segmenter;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): PolicyExtraction;
  /** The merged lexicons this extractor matches with. */
  readonly lexicons: LexiconSet;
}

/** Creates an extractor with its own lexicons and segmenter. Lexicon errors throw here. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  // A misspelt segmenter name fails here, not on the first Chinese paragraph.
  if (options.segmenter !== undefined && (typeof options.segmenter !== 'object' || options.segmenter === null)) checkSegmenterName(options.segmenter);
  const lexicons = loadLexicons(options.lexicons ?? []);
  let segmenter: Segmenter | null = typeof options.segmenter === 'object' ? options.segmenter : null;
  let wordsLoaded = false;
  const segmenterName = typeof options.segmenter === 'string' ? options.segmenter : undefined;
  // The segmenter and its user words load on the first Chinese paragraph, not before.
  const getSegmenter = (): Segmenter => {
    segmenter ??= createSegmenter(segmenterName);
    if (!wordsLoaded) {
      segmenter.addWords(lexicons.cjkForms());
      wordsLoaded = true;
    }
    return segmenter;
  };
  return {
    lexicons,
    extract(text: string, opts: ExtractOptions = {}): PolicyExtraction {
      if (typeof text !== 'string') {
        const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : Buffer.isBuffer(text) ? 'a Buffer (decode it first)' : typeof text;
        throw new TypeError(`policylens: extractPolicy expects a string, got ${got}`);
      }
      const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
      if (typeof max !== 'number' || !(max >= 0)) {
        throw new TypeError(`policylens: maxLength must be a non-negative number, got ${JSON.stringify(max)}`);
      }
      if (text.length > max) {
        throw new RangeError(`policylens: input is ${text.length} characters, more than maxLength ${max}`);
      }
      const format = opts.format ?? 'auto';
      if (format !== 'auto' && format !== 'text' && format !== 'html') {
        throw new TypeError(`policylens: format must be 'auto', 'text' or 'html', got ${JSON.stringify(format)}`);
      }
      const checks = opts.checks ?? false;
      if (typeof checks !== 'boolean' && (typeof checks !== 'object' || checks === null)) {
        throw new TypeError(`policylens: checks must be true, false or an object of check options, got ${JSON.stringify(checks)}`);
      }
      const notText = checkNotText(text);
      if (notText) {
        // Nothing is looked for in noise: the empty result, spanning the input as one 'und' paragraph.
        const result = runExtractors(new PolicyDocument('', lexicons, getSegmenter));
        result.length = text.length;
        result.paragraphs = [{ index: 0, start: 0, end: text.length, lang: 'und', section: -1, heading: false }];
        result.languages = [{ lang: 'und', paragraphs: 1, chars: text.length }];
        result.warnings = [notText];
        if (checks) result.findings = [];
        return result;
      }
      const html = format === 'html' || (format === 'auto' && looksLikeHtml(text));
      const doc = new PolicyDocument(text, lexicons, getSegmenter, html ? htmlToText(text) : undefined);
      const result = runExtractors(doc);
      if (checks) result.findings = checkPolicy(result, { ...(checks === true ? {} : checks), text });
      return result;
    },
  };
}

let shared: Extractor | null = null;

/** Extracts everything policylens knows from one policy, with the built-in lexicons. */
export function extractPolicy(text: string, options?: ExtractOptions): PolicyExtraction {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
