/** Runtime permissions must come with what they are for (App-191 2.3; TC260-PG-20202A 2.3 a). */
import type { Evidence, PermissionFinding, PolicyExtraction } from '../../types.js';
import type { Rule } from '../types.js';

/** Android's dangerous (runtime) permissions, and every iOS usage key (each one is a prompt). */
export function isRuntimePermission(p: PermissionFinding): boolean {
  return p.platform === 'ios' || p.protectionLevel === 'dangerous';
}

/**
 * Words that tie a permission to what it serves, in the sentence that names it: a purpose
 * (用于, 以便, "to", "for") or a scenario (当您…时, "when you"). A bare list line such as
 * "5)读取手机短信;" has none of them.
 */
const PURPOSE_CUE = {
  zh: /用于|用以|以便|为了|以实现|以提供|以完成|实现|功能|服务|当您|在您[^。；]{0,40}时|时，|需要/,
  en: /\b(?:to|for|when|so that|in order to|used to|allows? us to|enables?)\b/i,
};

function sentenceOf(text: string, e: Evidence): string {
  return text.slice(e.sentenceStart ?? e.start, e.sentenceEnd ?? e.end);
}

const hasCue = (s: string) => PURPOSE_CUE.zh.test(s) || PURPOSE_CUE.en.test(s);

/**
 * Whether any sentence naming the permission says what it is for (the name itself taken out);
 * where the permission is named in a heading, the paragraph under it is where the purpose is.
 */
function purposeInText(text: string, r: PolicyExtraction, p: PermissionFinding): boolean {
  return p.evidence.some((e) => {
    if (hasCue(sentenceOf(text, e).replace(text.slice(e.start, e.end), ' '))) return true;
    const para = r.paragraphs[e.paragraph];
    const body = r.paragraphs[e.paragraph + 1];
    return para?.heading === true && body !== undefined && !body.heading && hasCue(text.slice(body.start, body.end));
  });
}

/** Paragraphs around an SDK's mention that belong to its record (a title line and its fields). */
const SDK_RECORD_REACH = 3;

/**
 * Paragraphs inside the record of an SDK that states its purpose: a permission listed there
 * (`收集个人信息类型：…，存储权限`) is the SDK's, and the SDK's purpose is its purpose.
 */
function sdkRecordParagraphs(r: PolicyExtraction): Set<number> {
  const out = new Set<number>();
  for (const sdk of r.sdks) {
    if (sdk.purposes.length === 0) continue;
    for (const e of sdk.evidence) for (let p = e.paragraph - SDK_RECORD_REACH; p <= e.paragraph + SDK_RECORD_REACH; p++) out.add(p);
  }
  return out;
}

export const PERMISSION_RULES: readonly Rule[] = [
  {
    id: 'permission.no-purpose',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['App-191 2.3', 'TC260-PG-20202A 2.3 a', 'TC260-PG-20204A'],
    description: 'a runtime permission is named without what it is used for',
    check: (r, { text }) => {
      const inSdkRecord = sdkRecordParagraphs(r);
      return r.permissions
        .filter((p) => isRuntimePermission(p) && p.purposes.length === 0 && p.scenarios.length === 0)
        .filter((p) => !p.evidence.some((e) => inSdkRecord.has(e.paragraph)))
        .filter((p) => !(text !== undefined && purposeInText(text, r, p)))
        .map((p) => ({
        subject: p.id,
        message: { en: `The permission "${p.label}" is named without its purpose.`, zh: `未说明申请“${p.labelZh ?? p.label}”权限的目的。` },
        evidence: p.evidence,
      }));
    },
  },
];
