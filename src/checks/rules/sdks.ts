/** What the policy must tell of each embedded SDK (TC260-PG-20205A 5.2 g; App-191 2.1). */
import type { PolicyExtraction, SdkFinding } from '../../types.js';
import type { Rule } from '../types.js';

const PARTS: readonly { key: string; en: string; zh: string; missing: (s: SdkFinding) => boolean }[] = [
  { key: 'purpose', en: 'purpose', zh: '使用目的', missing: (s) => s.purposes.length === 0 },
  { key: 'dataTypes', en: 'data collected', zh: '收集的个人信息类型', missing: (s) => s.dataTypes.length === 0 },
  { key: 'privacyUrl', en: 'privacy policy link', zh: '隐私政策链接', missing: (s) => !s.privacyUrl },
];

/** Paragraphs around an SDK's mention that belong to its record (a title line and its fields). */
const SDK_RECORD_REACH = 3;

/**
 * A general type names the specific ones of its group for this rule: a policy that says it
 * collects 设备信息 has declared device data, even if the SDK list says IMEI.
 */
const GENERAL_OF: Readonly<Record<string, string[]>> = {  // by group, or by id
  device: ['device.general', 'device.identifier'],
  location: ['location.general'],
  network: ['device.general'],
  // 支付信息 and 交易记录 are one disclosure in practice: an order's payment is its transaction.
  'financial.payment': ['financial.transaction'],
  'financial.transaction': ['financial.payment'],
};

/** A field line of an SDK record (`收集个人信息类型：…`, `Purpose of use: …`). */
const RECORD_FIELD = /^\s*(?:[\d①-⑩]+[.、)）]?\s*)?(?:SDK名称|SDK提供方|第三方名称|收集(?:的)?(?:个人)?信息(?:类型|字段|范围)|(?:个人)?信息(?:类型|字段)|使用(?:目的|范围|场景)|处理方式|隐私政策(?:链接)?|SDK name|Type of personal information|Purpose of use|Scope of use|Privacy policy)/i;

/**
 * Paragraphs that are the SDK list: sections filed under SDKs, the paragraphs naming an SDK
 * with its data, and the field lines of its record. A collection paragraph that merely sits near
 * an SDK's mention stays the policy's own statement.
 */
function sdkParagraphs(text: string | undefined, r: PolicyExtraction): Set<number> {
  const out = new Set<number>();
  for (const p of r.paragraphs) {
    for (let s = p.section; s >= 0; s = r.sections[s].parent) if (r.sections[s].category === 'sdk') { out.add(p.index); break; }
  }
  for (const sdk of r.sdks) {
    if (sdk.dataTypes.length === 0) continue;
    for (const e of sdk.evidence) {
      out.add(e.paragraph);
      for (let p = e.paragraph - SDK_RECORD_REACH; p <= e.paragraph + SDK_RECORD_REACH; p++) {
        const para = r.paragraphs[p];
        if (para && (text === undefined || RECORD_FIELD.test(text.slice(para.start, para.end)))) out.add(p);
      }
    }
  }
  return out;
}

/** The data types the policy names outside its SDK list: its own collection statements. */
export function ownDataTypes(r: PolicyExtraction, text?: string): Set<string> {
  const sdk = sdkParagraphs(text, r);
  return new Set(r.dataTypes.filter((d) => d.evidence.some((e) => !sdk.has(e.paragraph))).map((d) => d.id));
}

function declared(own: Set<string>, id: string): boolean {
  return own.has(id) || [...(GENERAL_OF[id] ?? []), ...(GENERAL_OF[id.split('.')[0]] ?? [])].some((g) => own.has(g));
}

export const SDK_RULES: readonly Rule[] = [
  {
    id: 'sdk.incomplete',
    jurisdiction: 'cn',
    severity: 'warning',
    refs: ['TC260-PG-20205A 5.2 g', 'App-191 2.1'],
    description: 'an SDK is listed without its purpose, its data types or its privacy policy link',
    check: (r) => r.sdks.flatMap((s) => {
      const missing = PARTS.filter((p) => p.missing(s));
      if (missing.length === 0) return [];
      return [{
        subject: s.id,
        message: {
          en: `SDK "${s.name}" is listed without: ${missing.map((m) => m.en).join(', ')}.`,
          zh: `第三方SDK“${s.name}”未说明：${missing.map((m) => m.zh).join('、')}。`,
        },
        evidence: s.evidence.slice(0, 1),
      }];
    }),
  },  {
    id: 'sdk.undeclared-data',
    jurisdiction: 'cn',
    severity: 'warning',
    refs: ['App-191 2.1', 'TC260-PG-20202A 2.1 c', 'TC260-PG-20205A 5.2 g'],
    description: 'an SDK is said to collect a data type that the policy\'s own collection statements (outside the SDK list) never name',
    check: (r, { text }) => {
      const own = ownDataTypes(r, text);
      const labels = new Map(r.dataTypes.map((d) => [d.id, d]));
      return r.sdks.flatMap((s) => {
        const undeclared = s.dataTypes.filter((id) => !declared(own, id));
        if (undeclared.length === 0) return [];
        const en = undeclared.map((id) => labels.get(id)?.label ?? id).join(', ');
        const zh = undeclared.map((id) => labels.get(id)?.labelZh ?? labels.get(id)?.label ?? id).join('、');
        return [{
          subject: s.id,
          message: {
            en: `SDK "${s.name}" is said to collect ${en}, which the policy's own collection statements never name.`,
            zh: `第三方SDK“${s.name}”收集${zh}，但隐私政策自身的收集说明中未列明。`,
          },
          evidence: s.evidence.slice(0, 1),
        }];
      });
    },
  },
];
