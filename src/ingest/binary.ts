/**
 * Input that is not a policy at all: a PDF or ZIP file passed by mistake, or bytes that are
 * not text (random data decoded as UTF-8 is mostly U+FFFD and control characters). Such input
 * is not run through the extractors, whose lexicons would otherwise find "data types" in noise.
 *
 * The check reads a sample, not the whole text: a few windows spread over the input.
 */
import type { ExtractionWarning } from '../types.js';

/** Characters looked at in each sampled window, and how many windows. */
const WINDOW = 512;
const WINDOWS = 8;
/** Share of replacement and control characters above which a sample is not text. */
const MAX_BAD_SHARE = 0.1;

/** What a leading signature says the input is, for the warning. */
const SIGNATURES: readonly { prefix: string; code: string; what: string }[] = [
  { prefix: '%PDF-', code: 'pdf-input', what: 'a PDF file (it starts with %PDF-); extract its text first' },
  { prefix: 'PK\u0003\u0004', code: 'zip-input', what: 'a ZIP archive (such as .docx or .epub; it starts with PK\\x03\\x04); extract its text first' },
];

function isBad(c: number): boolean {
  if (c === 0xfffd) return true;
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
  return c === 0x7f || (c >= 0x80 && c <= 0x9f);
}

/** A warning when `text` is not language, else null. Looks at no more than WINDOW × WINDOWS characters. */
export function checkNotText(text: string): ExtractionWarning | null {
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1, 16) : text.slice(0, 16);
  for (const s of SIGNATURES) {
    if (head.startsWith(s.prefix)) return { code: s.code, message: `input looks like ${s.what}` };
  }
  if (!text) return null;
  let seen = 0;
  let bad = 0;
  let letters = 0;
  const windows = text.length <= WINDOW * WINDOWS ? 1 : WINDOWS;
  const size = windows === 1 ? text.length : WINDOW;
  const step = windows === 1 ? 0 : Math.floor((text.length - WINDOW) / (WINDOWS - 1));
  for (let w = 0; w < windows; w++) {
    const from = w * step;
    for (let i = from; i < from + size; i++) {
      const c = text.charCodeAt(i);
      seen++;
      if (isBad(c)) bad++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff)) letters++;
    }
  }
  if (bad / seen > MAX_BAD_SHARE || (bad > 0 && letters === 0)) {
    return {
      code: 'not-text',
      message: `input does not look like text (${Math.round((100 * bad) / seen)}% replacement or control characters in a sample): is it a binary file?`,
    };
  }
  return null;
}
