/**
 * Key:value records whose fields vary from record to record:
 *
 * ```
 * ①.SDK名称:个推SDK                    小米推送SDK                  2.3.1. SDK name: igexin SDK
 * 功能:信息推送                          第三方主体:北京小米移动软件…   Function: information push
 * 收集个人信息类型:设备标识符,…          使用目的:推送消息              Type of personal information collected: …
 * 隐私政策链接: https://getui.com/…      涉及个人信息类型:设备标识信息   Privacy Policy Link: https://…
 * ```
 *
 * The caller names the fields it knows (`FieldLabels`: key → label wordings); a line is a
 * field when its text before the first colon is one of those labels, after an optional list
 * marker or section number. A record opens at an "opener" field (the name), at a short
 * untitled line directly followed by a field (a title such as `小米推送SDK`), or when a key
 * repeats (other than on the very next line, which is a second value). An unlabelled
 * sentence followed by a field the record still lacks continues it (a wrapped value); any
 * other unlabelled line closes it. Several fields on one line (`提供方:X;使用目的:Y`)
 * are split at `;`.
 *
 * Lines are plain strings (e.g. the paragraphs of a document); offsets are relative to
 * each line, and `line` indexes the input array. One pass, constant work per character.
 */

export interface FieldLabel<K extends string = string> {
  key: K;
  /** Label wordings, matched case-insensitively with spaces ignored: `SDK名称`, `SDK name`. */
  forms: readonly string[];
}

/** A lookup from label text to field key. */
export class FieldLabels<K extends string = string> {
  private readonly byForm = new Map<string, K>();
  readonly maxLength: number;

  constructor(labels: readonly FieldLabel<K>[]) {
    let max = 0;
    for (const l of labels) {
      for (const f of l.forms) {
        const key = labelKey(f);
        this.byForm.set(key, l.key);
        max = Math.max(max, f.length);
      }
    }
    this.maxLength = max + 8;
  }

  /** The key of a label as written, or undefined. */
  lookup(label: string): K | undefined {
    return this.byForm.get(labelKey(label));
  }
}

/** Label text folded for lookup: lower case, no spaces or decoration. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/[\s*#【】\[\]]/g, '');
}

export interface RecordField<K extends string = string> {
  key: K;
  line: number;
  /** The label as written. */
  labelStart: number;
  labelEnd: number;
  /** The value, trimmed; may be empty. */
  valueStart: number;
  valueEnd: number;
}

export interface ParsedRecord<K extends string = string> {
  firstLine: number;
  lastLine: number;
  /** A title line that opened the record (`小米推送SDK`), trimmed of list markers. */
  title?: { line: number; start: number; end: number };
  fields: RecordField<K>[];
}

export interface RecordOptions<K extends string> {
  labels: FieldLabels<K>;
  /** Keys that always open a new record (typically the name). */
  openers?: readonly K[];
  /** Longest title line, in characters. Default 60. */
  maxTitleLength?: number;
  /** Records with fewer fields are dropped. Default 2. */
  minFields?: number;
}

/** Leading numbering or list marker before a label: `①.`, `2.3.1.`, `(1)`, `1、`, `-`. */
const LEADER = /^(?:[\u2460-\u2473][.、]?|\d{1,2}(?:\.\d{1,2}){0,4}[.、)]?|[(]\d{1,2}[)][.、]?|[-–·*])\s{0,4}/;

/** Separators between fields that share a line. */
const FIELD_SEPARATOR = /[;；]/g;

/** The fields of one line (most lines hold one or none). */
export function parseFieldsOfLine<K extends string>(text: string, line: number, labels: FieldLabels<K>): RecordField<K>[] {
  const out: RecordField<K>[] = [];
  const lead = LEADER.exec(text);
  let from = lead ? lead[0].length : 0;
  const first = fieldAt(text, from, text.length, line, labels);
  if (!first) return out;
  out.push(first);
  // Further `label: value` pairs after a semicolon on the same line.
  FIELD_SEPARATOR.lastIndex = first.valueStart;
  let m: RegExpExecArray | null;
  while ((m = FIELD_SEPARATOR.exec(text))) {
    from = m.index + 1;
    while (from < text.length && text.charCodeAt(from) === 0x20) from++;
    const next = fieldAt(text, from, text.length, line, labels);
    if (!next) continue;
    const prev = out[out.length - 1]!;
    prev.valueEnd = trimEnd(text, prev.valueStart, m.index);
    out.push(next);
    FIELD_SEPARATOR.lastIndex = next.valueStart;
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s;；,，。]/.test(text[end - 1]!)) end--;
  return end;
}

/** A `label: value` starting at `from`, when the label is a known one. */
function fieldAt<K extends string>(text: string, from: number, to: number, line: number, labels: FieldLabels<K>): RecordField<K> | null {
  const limit = Math.min(to, from + labels.maxLength);
  let colon = -1;
  for (let i = from; i < limit; i++) {
    if (text.charCodeAt(i) === 0x3a /* : */) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  let labelEnd = colon;
  while (labelEnd > from && text.charCodeAt(labelEnd - 1) === 0x20) labelEnd--;
  const key = labels.lookup(text.slice(from, labelEnd));
  if (key === undefined) return null;
  let valueStart = colon + 1;
  while (valueStart < to && text.charCodeAt(valueStart) === 0x20) valueStart++;
  return { key, line, labelStart: from, labelEnd, valueStart, valueEnd: trimEnd(text, valueStart, to) };
}

/** Title text of a line: without a list marker, trimmed; null when too long or sentence-like. */
function titleSpan(text: string, maxLength: number): { start: number; end: number } | null {
  const lead = LEADER.exec(text);
  const start = lead ? lead[0].length : 0;
  let end = text.length;
  while (end > start && /[\s:;,。]/.test(text[end - 1]!)) end--;
  if (end - start < 2 || end - start > maxLength) return null;
  // A sentence (clause punctuation inside) or an unknown `label: value` is not a title.
  if (/[。;；!?:]|[,，].*[,，]/.test(text.slice(start, end))) return null;
  return { start, end };
}

/** Groups lines into records. */
export function parseRecords<K extends string>(lines: readonly string[], options: RecordOptions<K>): ParsedRecord<K>[] {
  const openers = new Set<K>(options.openers ?? []);
  const maxTitle = options.maxTitleLength ?? 60;
  const minFields = options.minFields ?? 2;
  const out: ParsedRecord<K>[] = [];
  const state: { record: ParsedRecord<K> | null; keys: Set<K> } = { record: null, keys: new Set() };
  const close = (): void => {
    const r = state.record;
    // A title counts as a field: `小米推送SDK` + one link line is a record.
    if (r && r.fields.length + (r.title ? 1 : 0) >= minFields && r.fields.length > 0) out.push(r);
    state.record = null;
    state.keys = new Set();
  };
  // Fields of the next line, parsed one step ahead to recognise title lines.
  let nextFields = lines.length ? parseFieldsOfLine(lines[0]!, 0, options.labels) : [];
  for (let i = 0; i < lines.length; i++) {
    const fields = nextFields;
    nextFields = i + 1 < lines.length ? parseFieldsOfLine(lines[i + 1]!, i + 1, options.labels) : [];
    if (fields.length === 0) {
      // Inside a record, an unlabelled line followed by a field the record lacks is a
      // continuation (a wrapped value, a note), not the record's end.
      // A short title-like line before a field opens a record (titles win: `百度语音 SDK` then
      // `功能类型:`); a sentence is a continuation when the field after it is new to the record.
      const next = nextFields[0];
      const title = next && !openers.has(next.key) ? titleSpan(lines[i]!, maxTitle) : null;
      if (!title && state.record && state.record.fields.length && next && !openers.has(next.key) && !state.keys.has(next.key)) continue;
      close();
      if (title) state.record = { firstLine: i, lastLine: i, title: { line: i, ...title }, fields: [] };
      continue;
    }
    for (const f of fields) {
      const last = state.record?.fields[state.record.fields.length - 1];
      // The same key on consecutive lines is a second value (`官网链接` then `官网隐私政策链接`).
      const secondValue = last !== undefined && last.key === f.key && last.line === i - 1 && !openers.has(f.key);
      if (!state.record || openers.has(f.key) || (state.keys.has(f.key) && !secondValue)) {
        close();
        state.record = { firstLine: i, lastLine: i, fields: [] };
      }
      state.record.fields.push(f);
      state.record.lastLine = i;
      state.keys.add(f.key);
    }
  }
  close();
  return out;
}
