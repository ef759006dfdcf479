/**
 * Two versions of one real policy for the diff tests: CamScanner's, and an edited copy that
 * adds an SDK paragraph (JPush) and a data type (fingerprint) and drops every account-deletion
 * line (注销).
 */
import { readFileSync } from 'node:fs';

export const before = readFileSync(new URL('../../corpus-dev/camscanner.zh.txt', import.meta.url), 'utf8');

export function edited(): string {
  const kept = before.split('\n').filter((l) => !/注销/.test(l)).join('\n');
  const at = kept.indexOf('\n', kept.indexOf('文档的读取和管理'));
  return `${kept.slice(0, at)}\n为实现消息推送功能，我们接入了极光推送SDK，极光推送SDK会收集您的设备标识符。\n为实现指纹登录，我们会收集您的指纹信息。${kept.slice(at)}`;
}
