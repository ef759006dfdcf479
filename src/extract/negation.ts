/**
 * Is a mention inside a statement that it is NOT collected / used / shared?
 * "We do not collect your ID number" drops the ID number; "we will not collect it without
 * your consent" and "我们不会收集…除非…" keep it, since they describe when it is collected.
 * The clause-level cue scan is cheap; compromise confirms English negation only when a cue
 * is present, so the grammar parser runs on a handful of sentences, not the whole policy.
 */
import { compromise } from '../tokenize/english.js';

const EN_CUE = /\b(?:not|never|no longer|neither|nor|without collecting)\b|n't\b/i;
const EN_VERB = /\b(?:collect|obtain|gather|access|store|record|request|ask|require|use|read|acquire|retain|keep|save|upload|share|process|track)\w*/i;
const EN_CONDITION = /\b(?:unless|except|other than|without your|without the|until|before)\b/i;
const ZH_CUE = /(?:不会|不再|并不|绝不|不得|无需|不需要|不涉及|不收集|不获取|不调用|未收集|不)(?:主动)?(?:会)?(?:向您)?(?:收集|获取|采集|读取|调用|使用|保存|存储|上传|索取|请求|申请|要求|提供|共享|记录)/;
const ZH_CONDITION = /除|未经|非经|在未|事先|征得|同意前|之前/;
const CLAUSE_BREAK = /[,，:：]|\bbut\b|但|然而|而是/gi;

/** `sentence` is the text from the sentence start up to the mention. */
export function isNegatedMention(before: string, lang: string): boolean {
  // The clause that holds the mention: after the last comma / "but", or the whole sentence
  // when that piece has no verb of its own ("We do not collect: A, B, C").
  let clause = before;
  CLAUSE_BREAK.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) last = m.index + m[0].length;
  if (last >= 0) {
    const tail = before.slice(last);
    const hasVerb = lang === 'zh' ? /收集|获取|采集|读取|调用|使用|保存|存储|上传|共享/.test(tail) : EN_VERB.test(tail);
    if (hasVerb || /but|但/.test(before.slice(Math.max(0, last - 4), last))) clause = tail;
  }
  if (lang === 'zh' || /[\u4e00-\u9fff]/.test(clause)) {
    return ZH_CUE.test(clause) && !ZH_CONDITION.test(clause);
  }
  if (!EN_CUE.test(clause) || !EN_VERB.test(clause) || EN_CONDITION.test(clause)) return false;
  // compromise confirms that a verb is negated, not some noun phrase ("no longer needed data").
  const doc = compromise()(clause) as unknown as { verbs(): { isNegative(): { found: boolean } } };
  return doc.verbs().isNegative().found;
}
