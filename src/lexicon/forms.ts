/**
 * The strings of a lexicon entry that the matcher looks for, and the key under which the
 * matcher files each of them: two forms with the same key are the same form to policylens
 * ("VIN" and "VINs", "GPS定位" and "ＧＰＳ定位"). Validation uses this to reject entries that can
 * never match and forms that another entry already holds.
 */
import { termStems } from '../tokenize/english.js';
import { hasCjk } from './matcher.js';

/** A string of an entry that is matched, and the field it sits in (`forms.en`, `aliases`, …). */
export interface FieldForm {
  field: string;
  form: string;
}

/**
 * The matched strings of an entry: an SDK's `name`, `aliases` and `packages`; every other
 * kind's `forms.en` and `forms.zh`. Labels are not matched.
 */
export function matchedForms(kind: string, entry: Record<string, unknown>): FieldForm[] {
  const out: FieldForm[] = [];
  const push = (field: string, list: unknown): void => {
    if (typeof list === 'string') out.push({ field, form: list });
    // Indexed: run over every built-in form at load, where for-of pays an iterator step each.
    else if (Array.isArray(list)) for (let i = 0; i < list.length; i++) if (typeof list[i] === 'string') out.push({ field, form: list[i] as string });
  };
  if (kind === 'sdks') {
    push('name', entry.name);
    push('aliases', entry.aliases);
    push('packages', entry.packages);
  } else {
    const forms = entry.forms as Record<string, unknown> | undefined;
    push('forms.en', forms?.en);
    push('forms.zh', forms?.zh);
  }
  return out;
}

/** English words as the tokenizer sees them (`english.ts`'s WORD). */
const WORD_CHAR = /[A-Za-z0-9\u00c0-\u024f]/;

/** Can the matcher ever find this form? Cheap (no stemming): run over every built-in form at load. */
export function canMatch(form: string): boolean {
  if (WORD_CHAR.test(form) || hasCjk(form)) return true;
  // Full-width letters and the like become words only after NFKC.
  const f = form.normalize('NFKC');
  return WORD_CHAR.test(f) || hasCjk(f);
}

/**
 * The matcher's key of a form, or null for a form that can never match. Forms with a CJK
 * character match on their characters (NFKC, ASCII letters in lower case); others on the
 * stems of their words, so a form without a letter or digit has nothing to match.
 */
export function formKey(form: string): string | null {
  const f = form.trim().normalize('NFKC');
  if (!f) return null;
  if (hasCjk(f)) return 'zh:' + f.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const stems = termStems(f);
  return stems.length ? 'en:' + stems.join(' ') : null;
}
