/**
 * Storage location and cross-border transfer. Places are read only from sentences about
 * storing data (an office address in Hong Kong is not a storage place); a sentence about
 * sending data abroad is a refusal ("will not transmit overseas"), a conditional ("if it is
 * necessary ... we will obtain your consent") or a plain statement that it happens, and the
 * conditions it sets are listed.
 */
import type { PolicyDocument } from '../document.js';
import type { Evidence, StorageFinding } from '../types.js';
import { CROSS_BORDER, CROSS_BORDER_CONDITIONS, CROSS_BORDER_REFUSAL, PLACES, STORE_VERB } from './retention/data.js';

/** Data actually moves (a sentence about overseas recipients' duties does not say it does). */
const TRANSFER_VERB = /\b(?:transfer|transferred|transmit|transmitted|send|sent|provide|provided|store|stored|process(?:ed)?)\b|传输|转移|传送|提供|存储|出境|发送/i;
const CONDITIONAL = /\b(?:if|where|when|in case|should|unless|need to|necessary to)\b|如果|如需|若|如因|如涉及|在.{0,20}情况下|需要/i;

export function extractStorage(doc: PolicyDocument): StorageFinding {
  const locations: string[] = [];
  const conditions: string[] = [];
  const evidence: Evidence[] = [];
  let positive = false;
  let refused = false;
  let conditional = false;

  for (const para of doc.paragraphs) {
    const text = para.text;
    if (para.heading || !(STORE_VERB.test(text) || CROSS_BORDER.test(text))) continue;
    for (const sentence of doc.sentences(para.index)) {
      const s = text.slice(sentence[0], sentence[1]);
      const store = STORE_VERB.test(s);
      const cross = CROSS_BORDER.exec(s);
      if (store && !/address|地址/i.test(s)) {
        for (const { code, re } of PLACES) {
          re.lastIndex = 0;
          const m = re.exec(s);
          if (!m) continue;
          // "transfer from China to overseas" names China as the origin: still where data is kept.
          if (!locations.includes(code)) locations.push(code);
          evidence.push(doc.evidence(para.index, sentence[0] + m.index, sentence[0] + m.index + m[0].length, sentence));
        }
      }
      if (!cross) continue;
      evidence.push(doc.evidence(para.index, sentence[0] + cross.index, sentence[0] + cross.index + cross[0].length, sentence));
      if (CROSS_BORDER_REFUSAL.test(s)) refused = true;
      if (CONDITIONAL.test(s)) conditional = true;
      else if (!CROSS_BORDER_REFUSAL.test(s) && TRANSFER_VERB.test(s)) positive = true;
      for (const { id, re } of CROSS_BORDER_CONDITIONS) if (re.test(s) && !conditions.includes(id)) conditions.push(id);
    }
  }
  const finding: StorageFinding = { locations, conditions, evidence };
  if (positive) finding.crossBorder = true;
  else if (refused || (conditional && locations.length > 0)) finding.crossBorder = false;
  return finding;
}
