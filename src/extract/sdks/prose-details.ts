/**
 * What a sentence of prose says an SDK it names collects and is for: `友盟SDK会收集您的设备信息
 * （IMEI、Android ID）`, `我们通过极光推送SDK获取您的设备标识符`, "the Firebase SDK collects your
 * device ID"; `接入了X SDK，用于统计分析`, "We use the X SDK to measure usage". Listings (tables,
 * records) say this in their fields; this reads the sentences outside them.
 */
import type { TextRef } from './layouts.js';
import { OPENING_PURPOSE, purposeClause } from '../common/purpose.js';

export interface ProseDetails {
  /** The span that names what the SDK collects (its data types are read from it). */
  data?: TextRef;
  purpose?: string;
}

/** After the mention, in its clause run: a verb of collecting, then what is collected. */
const COLLECTS_ZH = /^([^。；;！？!?]{0,24}?)(?:收集|获取|采集|读取|调用|访问|上传)(?:您的|你的|用户的|您)?([^。；;！？!?]{2,200})/;
/** `通过中移SDK将您的手机号码发送给我们`: what the SDK passes on, between 将 and the verb. */
const PASSES_ZH = /^([^。；;！？!?]{0,12}?)将(?:您的|你的|用户的)?([^。；;！？!?，,]{2,60}?)(?:发送|提供|传输|传送|共享|上传)(?:给|至|到)?/;
const COLLECTS_EN = /^([^.;!?]{0,60}?)\b(?:collect(?:s|ing)?|obtain(?:s|ing)?|gather(?:s|ing)?|access(?:es|ing)?|read(?:s|ing)?|receive(?:s|ing)?)\b([^.;!?]{2,300})/i;
/** Where the collected data ends: the purpose clause or a clause with its own subject. */
const DATA_END_ZH = /[，,；;]?\s*(?:用于|用以|用来|以便|为了|以实现|便于|从而|来实现)|[，,]\s*(?:我们|它|该SDK|此SDK|上述|其|您|同时)/;
const DATA_END_EN = /,?\s*\b(?:to|in order to|so that|for the purpose|which|and we|we)\b/i;
/** A denied verb grants nothing: `友盟SDK不会收集…`, "the SDK does not collect". */
const NEGATED_ZH = /不|未|没有|无需/;
const NEGATED_EN = /\b(?:not|never|no)\b|n't\b/i;
/** After the mention: what it is for. */
const PURPOSE_ZH = /^[^。；;！？!?]{0,16}?[，,]?\s*((?:用于|用以|用来|以便|以实现|来实现|为您提供|向您提供|向您推送|向您发送|向您展示)[^。；;！？!?]{2,120})/;
const PURPOSE_EN = /^(?:\s*(?:SDK|library|service))?\s*,?\s*((?:(?:is |are )?used (?:to|for)|to (?!(?:your|the|our|a|an|us|you|it|them|collect|obtain|gather|access|read|receive)\b)|in order to|so that)[^.;!?]{3,160})/i;

/**
 * Details of the SDK mentioned at `mentionEnd` of paragraph `para` (`text`), read up to `until`
 * (the sentence's end, or the next SDK mention: what follows it is that one's).
 */
export function proseDetails(para: number, text: string, sentenceStart: number, mentionStart: number, mentionEnd: number, until: number, zh: boolean): ProseDetails {
  const rest = text.slice(mentionEnd, until);
  const out: ProseDetails = {};
  const collects = (zh ? PASSES_ZH.exec(rest) ?? COLLECTS_ZH.exec(rest) : COLLECTS_EN.exec(rest));
  if (collects && !(zh ? NEGATED_ZH : NEGATED_EN).test(collects[1]!)) {
    const from = mentionEnd + collects.index + collects[1]!.length + collects[0].slice(collects[1]!.length).indexOf(collects[2]!);
    // What is collected ends where what it is for begins (SDK purposes are not SDK data).
    const stop = (zh ? DATA_END_ZH : DATA_END_EN).exec(collects[2]!);
    out.data = { para, start: from, end: from + (stop ? stop.index : collects[2]!.length) };
  }
  const purpose = (zh ? PURPOSE_ZH : PURPOSE_EN).exec(rest) ?? (zh ? OPENING_PURPOSE.zh : OPENING_PURPOSE.en).exec(text.slice(sentenceStart, mentionStart));
  if (purpose) {
    const p = purposeClause(purpose[1]!, zh);
    if (p.length >= 2) out.purpose = p;
  }
  return out;
}
