/**
 * What a permission named in prose is for, read from its own sentence: the purpose clause that
 * follows the names (`申请相机权限，用于扫描二维码`, "camera permission to scan QR codes"), or the
 * one that opens the sentence (`为了向您推荐附近门店，我们会获取您的位置权限`, "To scan codes, we
 * request…"); and the scenario the sentence sets (`当您使用扫码功能时`, "When you use the scan
 * feature"). Records and tables give their purposes in fields; this is for everything else.
 */
import { OPENING_PURPOSE, purposeClause } from '../common/purpose.js';

export interface ProsePurpose {
  purposes: string[];
  scenarios: string[];
}

/** After the names (and their "permission"), a clause that says what they are for. */
// Not into a bracketed aside (`位置信息（您知悉并同意，…为了…）`): what it is for is the aside's.
const AFTER_ZH = /^[^。；;！!？?（(]*?(?:^|[，,：:]\s*|(?<=权限|授权))(?:主要|仅|只|将|会|可能|可)?((?:用于|用以|用来|以便于?|便于|是为了|目的是|为了)[^。；;！!？?]{2,})/;
const AFTER_EN = /^(?:\s*(?:permissions?|access|authori[sz]ation))?\s*,?\s*(?:(?:which|that) (?:is|are) )?(?:(?:mainly|only|primarily) )?((?:(?:(?:is|are) )?(?:used|needed|required) (?:to|for)|in order to|so as to|so that|to (?!(?:your|the|our|a|an|this|that|these|those|its|their|my|us|you|it|them)\b)|for (?:the purpose of )?(?=\w+ing\b))[^.;!?]{3,})/i;
/** The scenario a sentence sets: `当您使用…时`, `在您…时`, "When you use …,". */
const SCENARIO_ZH = /(?:^|[，,：:]\s*|^\s*[(（]?\d{0,2}[)）.、]?\s*)((?:当|在)(?:您|你|用户)[^，,。；;]{2,80}?时)/;
const SCENARIO_EN = /(?:^|,\s*)((?:when|while|if) (?:you|users?) (?:use|are using|open|choose|select|enable|turn on|scan|upload|make|take|record|share)[^,.;]{2,120})/i;
/** "need to authorize us to access your photos": asking for the permission is not what it is for. */
const REQUEST_NOT_PURPOSE_EN = /^to (?:authori[sz]e|grant|allow|give|enable|turn on|access|request|open)\b/i;
/** A gloss in brackets right after one name that says what it is for: `位置（用于扫描附近设备）、蓝牙（用于连接灯具）`. */
const GLOSS_PURPOSE = /^\s*[（(]\s*((?:用于|用以|用来|以便|为了|used (?:to|for)|to|for) ?[^）)]{2,60}?)\s*[）)]/i;

/** The purpose a bracket right after a name gives that name alone, or undefined. */
export function glossPurpose(afterName: string): string | undefined {
  return GLOSS_PURPOSE.exec(afterName)?.[1];
}

/** Farthest (characters past the names) a purpose clause may start and still be theirs. */
const AFTER_WINDOW_ZH = 40;
const AFTER_WINDOW_EN = 60;
/** Characters before the names searched for the scenario the sentence sets. */
const SCENARIO_WINDOW = 400;

/**
 * Purposes and scenarios for the names at [namesStart, namesEnd) of `sentence`; `until` is
 * where the next names of the sentence begin (their purpose is theirs).
 */
export function prosePurpose(sentence: string, namesStart: number, namesEnd: number, until: number, zh: boolean): ProsePurpose {
  const purposes: string[] = [];
  const scenarios: string[] = [];
  const rest = sentence.slice(namesEnd, Math.max(namesEnd, until));
  const after = (zh ? AFTER_ZH : AFTER_EN).exec(rest);
  if (after && after.index + after[0].length - after[1]!.length <= (zh ? AFTER_WINDOW_ZH : AFTER_WINDOW_EN)) {
    if (zh || !REQUEST_NOT_PURPOSE_EN.test(after[1]!)) purposes.push(purposeClause(after[1]!, zh));
  }
  else {
    const before = (zh ? OPENING_PURPOSE.zh : OPENING_PURPOSE.en).exec(sentence.slice(0, namesStart));
    if (before) purposes.push(purposeClause(before[1]!, zh));
  }
  // Near the names only: a sentence without full stops can run for a whole (huge) paragraph.
  const from = Math.max(0, namesStart - SCENARIO_WINDOW);
  const scene = (zh ? SCENARIO_ZH : SCENARIO_EN).exec(from === 0 && until >= sentence.length ? sentence : sentence.slice(from, Math.max(namesEnd, until)));
  if (scene) scenarios.push(purposeClause(scene[1]!, zh));
  return { purposes, scenarios };
}
