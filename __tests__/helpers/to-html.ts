/**
 * Wraps a plain-text policy in the markup real policy pages use: a head with style and
 * script, headings as <h2>, tab-separated lines as <table> rows, some paragraphs split by
 * <br>, some spaces as &nbsp;, some words in <b>, and every &, < and > escaped.
 */
const HEADING = /^(?:[一二三四五六七八九十]+、|\d+(?:\.\d+)*\.?\s|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*、|第[一二三四五六七八九十]+[章条])/;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The markup-free rendering of an HTML fragment, for comparing an evidence span with its mention. */
export function visibleText(fragment: string): string {
  return fragment
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export function toHtml(text: string): string {
  const out: string[] = [
    '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>Privacy Policy</title>',
    '<style>p { margin: 0 } .b::before { content: "IMEI" }</style>',
    '<script>window.track = "IMEI MAC address 身份证"; if (a < b && c > d) {}</script>',
    '</head>\n<body>\n<nav class="top"><a href="/"><img src="logo.png" alt="Home"></a></nav>\n<main>',
  ];
  let table = false;
  let n = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    n++;
    if (raw.includes('\t')) {
      if (!table) out.push('<table class="sdk">\n<tbody>');
      table = true;
      out.push('<tr>' + raw.split('\t').map((c) => `<td>${escapeHtml(c.trim())}</td>`).join('') + '</tr>');
      continue;
    }
    if (table) out.push('</tbody>\n</table>');
    table = false;
    let body = escapeHtml(line);
    if (n % 3 === 0) body = body.replace(/ (?=[A-Za-z])/, '&nbsp;');
    if (n % 4 === 0) body = body.replace(/^(\S{1,12}?)(\s|:|:)/, '<b>$1</b>$2');
    if (HEADING.test(line) && line.length < 60) out.push(`<h2 id="s${n}">${body}</h2>`);
    else if (n % 5 === 0 && /(?:。|[.;;] )\S/.test(line)) out.push(`<p>${body.replace(/(。|[.;;] )(?=\S)/, '$1<br>\n')}</p>`);
    else out.push(`<p class="c">\n  ${body}\n</p>`);
  }
  if (table) out.push('</tbody>\n</table>');
  out.push('</main>\n<footer><script>var x = "<p>IMEI</p>";</script></footer>\n</body>\n</html>\n');
  return out.join('\n');
}
