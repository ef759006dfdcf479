/** Children under 14: a guardian's consent (PIPL art. 31). */
import type { Rule } from '../types.js';

/** PIPL art. 28 and 31: information of a child under this age is sensitive and needs a guardian. */
export const CHILD_AGE = 14;

export const MINORS_RULES: readonly Rule[] = [
  {
    id: 'minors.no-guardian-consent',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['PIPL art. 31'],
    description: 'the policy speaks of children under 14 without asking for a guardian\'s consent',
    check: (r) => {
      const m = r.minors;
      const children = m.ages.some((a) => a <= CHILD_AGE) || (m.ageThreshold !== undefined && m.ageThreshold <= CHILD_AGE);
      if (!children || m.excluded || m.parentalConsent) return [];
      return [{
        message: { en: 'Children under 14 are addressed, but no guardian\'s consent is asked for.', zh: '涉及不满十四周岁未成年人，但未要求取得其父母或其他监护人的同意。' },
        evidence: m.evidence,
      }];
    },
  },
];
