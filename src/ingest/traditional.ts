/**
 * Traditional Chinese read as Simplified: each Traditional character of the map
 * (traditional-map.ts, from OpenCC's character conversion) stands for one Simplified
 * character, so normalisation swaps it in place and every offset stays as it was. A policy
 * written in Traditional characters (Hong Kong, Taiwan, Macao) then meets the same lexicons,
 * segmenter and rules as a Simplified one; evidence still quotes the characters as written.
 */
import { TRADITIONAL_PAIRS } from './traditional-map.js';

/** Simplified code unit for each Traditional one (BMP), 0 where a character stays as it is. */
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) SIMPLIFIED[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);

/** The Simplified code unit for `c`, or 0 when `c` is no Traditional character of the map. */
export function simplifiedOf(c: number): number {
  return c < 0x10000 ? SIMPLIFIED[c]! : 0;
}

/**
 * Taiwan and Hong Kong words, once their characters are Simplified, and the mainland word of
 * the same length (so offsets stay): 资讯 → 信息, 装置 → 设备, 存取 → 访问. Only for a text written
 * in Traditional characters (TRADITIONAL_TEXT): in Simplified text 资讯 and 行动 mean other
 * things (news, action).
 */
const VOCABULARY: Readonly<Record<string, string>> = {
  资讯: '信息',
  讯息: '信息',
  装置: '设备',
  网路: '网络',
  软体: '软件',
  档案: '文件',
  存取: '访问',
  萤幕: '屏幕',
  行动电话: '移动电话',
  行动装置: '移动设备',
  简讯: '短信',
  帐户: '账户',
  预设: '默认',
  透过: '通过',
  登入: '登录',
  程式: '程序',
  联络人: '联系人',
  联络资讯: '联系方式',
  位址: '地址',
  伺服器: '服务器',
  硬碟: '硬盘',
  相簿: '相册',
  储存: '存储',
  执行: '运行',
  设定: '设置',
  桌布: '壁纸',
  除错: '调试',
  传送: '发送',
  // 許可權 is Taiwan's 权限; three characters, so 权限 and a middle dot: compounds such as
  // 网络权限 stay whole, and unlike a space the dot is not trimmed off a line's end.
  许可权: '权限·',
};
const VOCABULARY_RE = new RegExp(Object.keys(VOCABULARY).filter((k) => VOCABULARY[k] !== k).join('|'), 'g');
for (const [k, v] of Object.entries(VOCABULARY)) if (k.length !== v.length) throw new Error(`traditional.ts: ${k} and ${v} differ in length`);

/** Converted characters, as a share of a text's length, from which the text is Traditional. */
export const TRADITIONAL_TEXT = 0.01;

/** `text` (already Simplified character for character) with Taiwan and Hong Kong words in mainland form. */
export function mainlandWords(text: string): string {
  return text.replace(VOCABULARY_RE, (w) => VOCABULARY[w]!);
}
