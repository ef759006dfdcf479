/** What the policy must tell of each embedded SDK (TC260-PG-20205A 5.2 g; App-191 2.1). */
import type { SdkFinding } from '../../types.js';
import type { Rule } from '../types.js';

const PARTS: readonly { key: string; en: string; zh: string; missing: (s: SdkFinding) => boolean }[] = [
  { key: 'purpose', en: 'purpose', zh: '使用目的', missing: (s) => s.purposes.length === 0 },
  { key: 'dataTypes', en: 'data collected', zh: '收集的个人信息类型', missing: (s) => s.dataTypes.length === 0 },
  { key: 'privacyUrl', en: 'privacy policy link', zh: '隐私政策链接', missing: (s) => !s.privacyUrl },
];

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
  },
];
