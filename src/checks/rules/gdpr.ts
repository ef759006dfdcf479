/**
 * What GDPR art. 13 asks a privacy notice to tell, judged on English wording: the legal basis,
 * the DPO's contact, the right to complain to a supervisory authority, the safeguards of a
 * transfer outside the EEA (only where one is stated) and automated decision-making.
 * The article references follow the GDPR art. 13 checklist of the compliance sources.
 * Each is a search of the text, so without the text these rules say nothing.
 */
import type { PolicyExtraction } from '../../types.js';
import type { Rule, RuleContext } from '../types.js';
import { absence } from './common.js';
import { NOT_A_STATEMENT, allSentences } from './text.js';

const hasText = (_r: PolicyExtraction, c: RuleContext) => c.text !== undefined;
const says = (re: RegExp) => (_r: PolicyExtraction, c: RuleContext) => re.test(c.text ?? '');

/** Art. 6 bases as notices word them; consent counts only when named as the basis. */
export const LEGAL_BASIS = /\blegal\s+bas[ie]s\b|\blawful\s+bas[ie]s\b|\blegal\s+grounds?\b|\blawful\s+grounds?\b|\blegitimate\s+interests?\b|\bperformance\s+of\s+(?:a|the|our|your)\s+(?:\w+\s+)?contract|\bnecessary\s+(?:\w+\s+){0,3}(?:to\s+perform|for\s+the\s+performance\s+of)\b|\blegal\s+obligations?\b|\b(?:basis|based|grounds?|relies|rely)\s+(?:of|on|upon)\s+(?:your\s+)?consent\b|\bArt(?:icle|\.)?\s*6\s*\(\s*1\s*\)/i;
export const DPO = /\bdata\s+protection\s+officer\b|\bDPO\b/i;
export const SUPERVISORY_COMPLAINT = /\bsupervisory\s+authorit(?:y|ies)\b|\bdata\s+protection\s+authorit(?:y|ies)\b|\b(?:lodge|file|make)\s+a\s+complaint\s+with\s+(?:a|the|your)\s+(?:local\s+|competent\s+|relevant\s+)?(?:data|supervisory|privacy|regulator)|\binformation\s+commissioner|\bprivacy\s+commissioner/i;
/** A transfer outside the EEA, or data held abroad, stated in the text. */
export const TRANSFER_ABROAD = /\boutside\s+(?:of\s+)?(?:the\s+|your\s+)?(?:EEA|EU|European\s+Economic\s+Area|European\s+Union|UK|United\s+Kingdom|country|countries|region|jurisdiction|location|territory)|\bthird\s+countr(?:y|ies)\b|\binternational(?:ly)?\s+transfer|\btransfer\w*\s+(?:\w+\s+){0,5}(?:to|in)\s+(?:other\s+|different\s+)?(?:countries|jurisdictions)\b|\bcross-border\b|\babroad\b|\boverseas\b/i;
export const TRANSFER_SAFEGUARDS = /\bstandard\s+(?:data\s+protection\s+)?contractual\s+clauses\b|\bSCCs?\b|\badequacy\b|\bbinding\s+corporate\s+rules\b|\bBCRs?\b|\bappropriate\s+(?:\w+\s+)?safeguards\b|\bData\s+Privacy\s+Framework\b|\bPrivacy\s+Shield\b|\bArt(?:icle|\.)?\s*(?:45|46|49)\b/i;
/** The sentence moves the data: a transfer, storage or access, not "companies outside Jeejio". */
const TRANSFER_VERB = /\btransfer|\btransmi|\bstor(?:e|ed|age)\b|\bprocess|\bsen[dt]\b|\baccess|\bhost/i;

/** Whether the text states (not merely supposes: "if it is necessary to transfer…") a transfer abroad. */
function statesTransfer(r: PolicyExtraction, text: string): boolean {
  return allSentences(text, r).some((s) => TRANSFER_ABROAD.test(s.text) && TRANSFER_VERB.test(s.text) && !NOT_A_STATEMENT.test(s.text));
}

export const AUTOMATED_DECISIONS = /\bautomated\s+(?:individual\s+)?decision|\bautomatic\s+decision|\bprofiling\b|\bsolely\s+(?:on\s+)?automat/i;

export const GDPR_RULES: readonly Rule[] = [
  absence({
    id: 'gdpr.legal-basis',
    jurisdiction: 'eu',
    severity: 'violation',
    refs: ['GDPR art. 13(1)(c)', 'GDPR art. 13(1)(d)'],
    description: 'no legal basis of processing is stated (consent, contract, legal obligation, legitimate interests) (needs the text)',
    applies: hasText,
    present: says(LEGAL_BASIS),
    message: { en: 'The notice states no legal basis for processing personal data.', zh: '隐私政策未说明处理个人数据的法律依据（同意、合同、法定义务、正当利益等）。' },
    searchIn: ['collection', 'scope'],
  }),
  absence({
    id: 'gdpr.dpo',
    jurisdiction: 'eu',
    severity: 'warning',
    refs: ['GDPR art. 13(1)(b)'],
    description: 'no data protection officer (DPO) is named (only where one is designated; needs the text)',
    applies: hasText,
    present: says(DPO),
    message: { en: 'The notice gives no contact of a data protection officer (required where one is designated).', zh: '隐私政策未提供数据保护官（DPO）的联系方式（已指定数据保护官的应当提供）。' },
    searchIn: ['contact'],
  }),
  absence({
    id: 'gdpr.supervisory-complaint',
    jurisdiction: 'eu',
    severity: 'violation',
    refs: ['GDPR art. 13(2)(d)'],
    description: 'the right to lodge a complaint with a supervisory authority is not mentioned (needs the text)',
    applies: hasText,
    present: says(SUPERVISORY_COMPLAINT),
    message: { en: 'The notice does not mention the right to lodge a complaint with a supervisory authority.', zh: '隐私政策未告知向监管机构投诉的权利。' },
    searchIn: ['rights', 'contact'],
  }),
  absence({
    id: 'gdpr.transfer-safeguards',
    jurisdiction: 'eu',
    severity: 'violation',
    refs: ['GDPR art. 13(1)(f)'],
    description: 'a transfer outside the EEA is stated without an adequacy decision or safeguards (standard contractual clauses...) (needs the text)',
    applies: (r, c) => c.text !== undefined && statesTransfer(r, c.text),
    present: says(TRANSFER_SAFEGUARDS),
    message: { en: 'Personal data goes outside the EEA, but the notice names no adequacy decision or safeguards (such as standard contractual clauses).', zh: '隐私政策说明个人数据将传输至欧洲经济区以外，但未说明充分性认定或适当保障措施（如标准合同条款）。' },
    searchIn: ['storage'],
  }),
  absence({
    id: 'gdpr.automated-decisions',
    jurisdiction: 'eu',
    severity: 'warning',
    refs: ['GDPR art. 13(2)(f)'],
    description: 'nothing is said of automated decision-making or profiling (whether or not it takes place; needs the text)',
    applies: hasText,
    present: says(AUTOMATED_DECISIONS),
    message: { en: 'The notice says nothing about automated decision-making or profiling.', zh: '隐私政策未说明是否存在自动化决策（包括用户画像）。' },
    searchIn: ['collection', 'rights'],
  }),
];
