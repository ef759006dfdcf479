/**
 * Sensitive personal information (PIPL art. 28): its handling needs the individual's separate
 * consent (art. 29), and the policy must tell why it is necessary and how it affects the
 * individual's rights (art. 30; 网络数据安全管理条例 art. 21(1)(2)). Both are judged on the
 * policy's words, so without the text these rules say nothing.
 */
import type { DataTypeFinding, Evidence, PolicyExtraction } from '../../types.js';
import type { Rule, RuleHit } from '../types.js';
import { allSentences, categoryOf, sentenceText, sentencesNear, type Sentence } from './text.js';

/** Paragraphs either side of a mention read for a statement about that data. */
export const SENSITIVE_REACH = 2;

/**
 * A password is flagged sensitive after GB/T 35273, but it is none of art. 28's kinds (biometrics,
 * religion, specific identity, health, financial accounts, whereabouts): it protects the account,
 * and separate consent for it is not what art. 29 asks.
 */
const PASSWORD = 'account.password';

/**
 * A child's information is sensitive too (art. 28), but what it needs is a guardian's consent
 * (art. 31): `minors.no-guardian-consent` judges that.
 */
const LEFT_TO_OTHER_RULES = new Set(['minor.child', PASSWORD]);

/**
 * Words that name a sensitive kind in a sentence about consent, beyond the data-type forms:
 * "开启位置权限前单独同意" gives separate consent for precise location.
 */
const KIND_WORDS: readonly [RegExp, RegExp][] = [
  [/^location\./, /位置|定位|轨迹|location/i],
  [/^biometric\./, /人脸|面部|面容|指纹|声纹|虹膜|生物识别|生物特征|face|fingerprint|biometric|voice/i],
  [/^financial\./, /银行|支付|金融|财产|账户|交易|bank|payment|financial|transaction/i],
  [/^identity\.id_document$/, /身份证|证件|身份信息|实名|identity|ID card/i],
  [/^health\./, /健康|医疗|生理|health|medical/i],
  [/^communication\.contacts$/, /通讯录|联系人|contacts?/i],
  [/^communication\.sms$/, /短信|SMS/i],
  [/^communication\.call_logs$/, /通话记录|call logs?/i],
  [/^communication\.content$/, /通信内容|消息|聊天|messages?/i],
  [/^usage\.browsing$/, /浏览|上网记录|browsing/i],
  [/^travel\.lodging$/, /住宿|入住|lodging|hotel/i],
];

/** A sentence that says the data is collected (not "我们并不收集您的人脸信息"). */
const COLLECTS = /收集|获取|采集|提供|读取|访问|调用|上传|录入|记录|collect|obtain|access|provide|upload|record/i;
/** What the handler gives the user ("向您提供…副本") is no collection. */
const GIVES = /向您提供|为您提供|给您提供|我们提供的?|provide\s+you(?:\s+with)?|we\s+provide/gi;
/** Refusals and warnings: "我们并不收集您的人脸信息", "请勿通过公共网络提供您的通信内容". */
const NOT_COLLECTED = /副本|a\s+copy\s+of|不会?[^。；，]{0,6}(?:收集|获取)|并不收集|并不获取|停止[^。；]{0,8}(?:收集|使用)|匿名化|不会?保存|不会?存储|无法获取|不要|请勿|切勿|not\s+(?:\w+\s+)?collect|never\s+collect|do\s+not\s+(?:send|provide|share|disclose)/i;
/** Public posts are not 通信内容: the extractor's communication.content from 发布内容 is set aside. */
const PUBLIC_POST = /发布|评论|弹幕|帖子|投稿|\bposts?\b|\bcomments?\b/i;
const PRIVATE_MESSAGE = /私信|聊天|通信内容|通讯内容|短信内容|邮件内容|private\s+messages?|chat|e-?mail\s+content/i;

/**
 * Mentions that name the kind but not the user's data of that kind: SMS as the channel we write
 * to ("通过短信…退订"), "Credits" (loyalty points), a browser, browsing made simpler.
 */
const NOT_THE_DATA: Readonly<Record<string, { mention?: RegExp; sentence?: RegExp }>> = {
  'communication.sms': { sentence: /通过(?:手机)?短信|以短信|短信(?:验证码|通知|方式|中提供|提醒)|(?:via|by)\s+(?:SMS|text message)|send\s+(?:you\s+)?(?:an?\s+)?(?:SMS|text)/i },
  'financial.credit': { mention: /^Credits\b/ },
  'usage.browsing': { mention: /^(?:browsing|浏览器?|网页浏览器)$/i },
};

function mentionIsData(typeId: string, text: string, e: Evidence): boolean {
  const noise = NOT_THE_DATA[typeId];
  if (!noise) return true;
  if (noise.mention?.test(text.slice(e.start, e.end).trim())) return false;
  return !noise.sentence?.test(sentenceText(text, e));
}

function collectsIn(typeId: string, s: string): boolean {
  if (!COLLECTS.test(s.replace(GIVES, ' ')) || NOT_COLLECTED.test(s)) return false;
  return typeId !== 'communication.content' || !PUBLIC_POST.test(s) || PRIVATE_MESSAGE.test(s);
}

const SENSITIVE_WORD = /敏感(?:个人)?信息|sensitive (?:personal )?(?:information|data)/i;

/**
 * A sentence that defines (sensitive) personal information lists examples; it collects nothing:
 * "敏感个人信息是指…", "The personal sensitive information in this policy includes …".
 */
const DEFINITION = /^[\s\S]{0,24}?(?:敏感个人信息|个人敏感信息|敏感信息)[^。；]{0,20}?(?:是指|指的?是|包括|例如)|^[\s\S]{0,24}?个人信息[^。；，]{0,6}(?:是指|指的?是)|(?:information|data)\s+(?:in|under)\s+this\s+(?:policy|notice)\s+(?:includes?|means|refers?\s+to)|^(?:the\s+)?(?:personal\s+)?sensitive\s+(?:personal\s+)?(?:information|data)\s+(?:includes?|means|refers?\s+to)/i;

/**
 * Art. 29's 单独同意 and the ways policies say it (单独授权, 另行征得…同意); English policies write
 * "separate consent" or, after GDPR art. 9, "explicit consent". A bare 明示同意 (the older
 * GB/T 35273 word) is not separate consent and does not count.
 */
export const SEPARATE_CONSENT = /单独(?:的)?(?:同意|授权)|单独(?:征得|取得|获得|征求|获取)[^。；]{0,12}(?:同意|授权)|另行(?:征得|取得|获得|征求|获取)[^。；]{0,12}(?:同意|授权)|separate(?:ly)?\s+(?:\w+\s+){0,2}consent|explicit(?:ly)?\s+(?:\w+\s+){0,2}consent|consent\s+separately/i;

/** Why the data is needed: 必要性, or what the user loses without it. */
const NECESSITY = /必要|必需|必须|无法|不能|necessary|necessity|required|need(?:ed)? to|cannot|unable/i;

/** What handling it means for the person: art. 30's 对个人权益的影响, or art. 28's harms. */
const IMPACT_NEAR = /权益[^。；]{0,8}影响|影响[^。；]{0,10}权益|人格尊严|人身[、和及与]?财产安全|impact on (?:you|your)|(?:harm|risk)s? to (?:you|your)|adverse(?:ly)? (?:effect|affect)/i;
const IMPACT_GENERAL = /影响|侵害|危害|人格尊严|人身|财产安全|impact|harm|risk|discriminat/i;

/** The sensitive types the policy itself names as data it handles (not in a definition of the term). */
/** Both sensitive rules read the same collected types: worked out once per result. */
const collectedCache = new WeakMap<PolicyExtraction, { text: string; value: { type: DataTypeFinding; evidence: Evidence[] }[] }>();

function collected(text: string, r: PolicyExtraction): { type: DataTypeFinding; evidence: Evidence[] }[] {
  const hit = collectedCache.get(r);
  if (hit && hit.text === text) return hit.value;
  const value = collectedNow(text, r);
  collectedCache.set(r, { text, value });
  return value;
}

function collectedNow(text: string, r: PolicyExtraction): { type: DataTypeFinding; evidence: Evidence[] }[] {
  return r.dataTypes
    .filter((d) => d.sensitive && !LEFT_TO_OTHER_RULES.has(d.id))
    .map((d) => ({
      type: d,
      evidence: d.evidence.filter((e) => {
        const s = sentenceText(text, e);
        return categoryOf(r, e.paragraph) !== 'definitions' && !DEFINITION.test(s) && collectsIn(d.id, s) && mentionIsData(d.id, text, e);
      }),
    }))
    .filter((x) => x.evidence.length > 0);
}

/** A sentence anywhere that speaks of sensitive information in general and says what `cue` says. */
function generalClause(sentences: readonly Sentence[], ...cues: RegExp[]): boolean {
  return sentences.some((s) => SENSITIVE_WORD.test(s.text) && cues.every((c) => c.test(s.text)));
}

/** A sentence anywhere that names this kind of data (or its forms) and says what `cue` says. */
function namedWithCue(sentences: readonly Sentence[], type: DataTypeFinding, cue: RegExp): boolean {
  const words = KIND_WORDS.find(([id]) => id.test(type.id))?.[1];
  const forms = [type.label, type.labelZh].filter((x): x is string => Boolean(x));
  return sentences.some((s) => cue.test(s.text) && ((words?.test(s.text) ?? false) || forms.some((f) => s.text.includes(f))));
}

function near(text: string, r: PolicyExtraction, evidence: Evidence[], cue: RegExp): boolean {
  return evidence.some((e) => sentencesNear(text, r, e, SENSITIVE_REACH).some((s) => cue.test(s.text)));
}

/** Evidence shown with a finding: the first mentions are enough to find the data in the text. */
const SHOWN = 3;

export const SENSITIVE_RULES: readonly Rule[] = [
  {
    id: 'sensitive.no-separate-consent',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['PIPL art. 29', 'PIPL art. 28'],
    description: 'sensitive personal information is collected but no separate consent (单独同意) is stated for it, near it or for sensitive information in general (needs the text)',
    check: (r, { text }) => {
      if (text === undefined) return [];
      const sentences = allSentences(text, r);
      if (generalClause(sentences, SEPARATE_CONSENT)) return [];
      let consenting: readonly Sentence[] | undefined;
      return collected(text, r)
        // The sentences that state separate consent at all, found once for every type.
        .filter(({ type, evidence }) => !near(text, r, evidence, SEPARATE_CONSENT) && !namedWithCue(consenting ??= sentences.filter((s) => SEPARATE_CONSENT.test(s.text)), type, SEPARATE_CONSENT))
        .map(({ type, evidence }): RuleHit => ({
          subject: type.id,
          message: {
            en: `"${type.label}" is sensitive personal information, but the policy states no separate consent for it.`,
            zh: `“${type.labelZh ?? type.label}”属于敏感个人信息，但隐私政策未说明处理前取得个人的单独同意。`,
          },
          evidence: evidence.slice(0, SHOWN),
        }));
    },
  },
  {
    id: 'sensitive.no-necessity',
    jurisdiction: 'cn',
    severity: 'warning',
    refs: ['PIPL art. 30', 'NDSR art. 21(1)(2)', 'App-191 2.3'],
    description: 'sensitive personal information is collected without saying why it is necessary and how it affects the person\'s rights (needs the text)',
    check: (r, { text }) => {
      if (text === undefined) return [];
      const sentences = allSentences(text, r);
      const generalNecessity = generalClause(sentences, NECESSITY);
      const generalImpact = generalClause(sentences, IMPACT_GENERAL);
      if (generalNecessity && generalImpact) return [];
      return collected(text, r).flatMap(({ type, evidence }): RuleHit[] => {
        const missing: { en: string; zh: string }[] = [];
        if (!generalNecessity && !near(text, r, evidence, NECESSITY)) missing.push({ en: 'why it is necessary', zh: '必要性' });
        if (!generalImpact && !near(text, r, evidence, IMPACT_NEAR)) missing.push({ en: 'its impact on the person\'s rights', zh: '对个人权益的影响' });
        if (missing.length === 0) return [];
        return [{
          subject: type.id,
          message: {
            en: `"${type.label}" is sensitive personal information; the policy does not say ${missing.map((m) => m.en).join(' or ')}.`,
            zh: `“${type.labelZh ?? type.label}”属于敏感个人信息，隐私政策未告知处理的${missing.map((m) => m.zh).join('及')}。`,
          },
          evidence: evidence.slice(0, SHOWN),
        }];
      });
    },
  },
];
