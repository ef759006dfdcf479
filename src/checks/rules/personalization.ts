/**
 * Personalised push and targeted ads: whoever pushes information or markets by automated
 * decisions must offer an option not based on personal traits, or an easy way to refuse
 * (PIPL art. 24; App-191 3.6: 定向推送 without a non-targeted option).
 */
import type { Rule } from '../types.js';
import { allSentences, sentencesNear } from './text.js';

/** Personalisation the policy says it does (a bare "个性化" heading of a settings menu is not it). */
export const PERSONALIZATION = /个性化(?:推荐|推送|广告|展示|内容|服务|营销|的?(?:推荐|推送|广告|内容|展示))|定向推送|定向广告|程序化广告|精准营销|精准推送|用户画像|(?:特征|用户|个人)标签|personali[sz]ed\s+(?:ads|advertis\w*|recommendations?|content|marketing|experience)|targeted\s+(?:ads|advertis\w*|marketing)|interest-based\s+(?:ads|advertis\w*)|behaviou?ral\s+advertis\w*/i;

/** A way out: switch it off, refuse it, or a non-personalised option. */
export const OPT_OUT = /关闭|退出|取消|拒绝|撤回|不接收|退订|不开启|不希望(?:接收|收到)|不再(?:接收|收到|向您推送)|不针对[^。；]{0,8}个人特征|非个性化|非定向|opt(?:-|\s)?out|turn(?:ed|ing)?\s+(?:it\s+|this\s+|them\s+)?off|switch(?:ed)?\s+off|disabl\w*|unsubscrib\w*|object\b|reset\s+(?:your\s+)?advertising|limit\s+ad\s+tracking/i;

/** Paragraphs around a personalisation sentence read for its off switch. */
const REACH = 2;

export const PERSONALIZATION_RULES: readonly Rule[] = [
  {
    id: 'personalization.no-opt-out',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['PIPL art. 24', 'App-191 3.6'],
    description: 'personalised recommendation or targeted ads are described with no way to turn them off (needs the text)',
    check: (r, { text }) => {
      if (text === undefined) return [];
      const mentions = allSentences(text, r).filter((s) => PERSONALIZATION.test(s.text));
      if (mentions.length === 0) return [];
      // Anywhere a personalisation sentence, or its neighbourhood, gives a way out, the policy has one.
      if (mentions.some((m) => sentencesNear(text, r, m.evidence, REACH).some((s) => OPT_OUT.test(s.text)))) return [];
      return [{
        message: {
          en: 'The policy describes personalised recommendation or targeted ads but gives no way to turn them off.',
          zh: '隐私政策说明了个性化推荐或定向推送，但未提供关闭（不针对个人特征的选项）或便捷的拒绝方式。',
        },
        evidence: mentions.slice(0, 3).map((m) => m.evidence),
      }];
    },
  },
];
