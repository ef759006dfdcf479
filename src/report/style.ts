/**
 * The page's stylesheet. Fonts are system stacks only (nothing is fetched): Latin faces first,
 * then the CJK faces of each platform, so mixed Chinese/English text finds a glyph everywhere.
 */
import { FIELDS } from './spans.js';

const SANS =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';
/** Chinese paragraphs put the CJK faces first, so their punctuation (“”，。) takes CJK widths. */
const SANS_ZH =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace';

/** Per field: its colour as a variable, its mark background, and the filter that hides it. */
function fieldRules(): string {
  return FIELDS.map(
    (f) =>
      `.m-${f.key}{--c:${f.colour}}` +
      `body.hide-${f.key} mark.m-${f.key}{background:none;border-bottom-color:transparent;font-weight:inherit;text-decoration:none;cursor:text}`,
  ).join('\n');
}

export const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:${SANS};font-size:15px;line-height:1.6;color:#1f2937;background:#f8fafc}
/* Header on top, the two panes fill the rest of the window and scroll on their own. */
@media (min-width:901px){body{display:flex;flex-direction:column;height:100vh}}
header{flex:none;padding:12px 20px;background:#fff;border-bottom:1px solid #e2e8f0}
header h1{margin:0 0 4px;font-size:20px;line-height:1.3}
header .meta{margin:0;color:#475569;font-size:13px}
header .counts{margin:4px 0 0;color:#64748b;font-size:12px}
.bar{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin-top:8px;font-size:13px}
.bar label{display:inline-flex;align-items:center;gap:4px;cursor:pointer;white-space:nowrap}
.bar input[type=search]{font:inherit;padding:3px 8px;border:1px solid #cbd5e1;border-radius:4px;min-width:14em}
.bar .hits{color:#64748b}
.bar .hits:empty{display:none}
.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:var(--c);vertical-align:-1px;margin-right:4px}
main{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);flex:1 1 auto;min-height:0}
#text,#tables{overflow:auto;padding:16px 20px}
#text{background:#fff;border-right:1px solid #e2e8f0}
.p{margin:0;padding:0 0 .6em;white-space:pre-wrap;overflow-wrap:anywhere;position:relative}
.p::before{content:attr(data-lang);float:right;margin-left:6px;padding:0 4px;font:10px/16px ${MONO};color:#64748b;border:1px solid #e2e8f0;border-radius:3px;text-transform:uppercase}
.h{font-size:17px;line-height:1.4;margin:.6em 0 0;padding-bottom:.5em}
h2.h{font-size:18px}
.p:lang(zh){font-family:${SANS_ZH}}
.gap{display:none}
/* Off-screen paragraphs skip layout and paint until scrolled near: a long policy opens fast.
   (Containment clips to the padding box: the spacing is padding, so stacked underlines show.) */
#text .p{content-visibility:auto;contain-intrinsic-size:auto 1.6em}
mark{background:color-mix(in srgb,var(--c) 55%,transparent);color:inherit;border-bottom:2px solid var(--c);border-radius:2px;cursor:pointer;padding:0}
mark[data-d="1"]{padding-bottom:3px}
mark[data-d="2"]{padding-bottom:6px}
mark[data-d="3"]{padding-bottom:9px}
mark[data-d="4"]{padding-bottom:12px}
mark[data-s="1"]{font-weight:700;text-decoration:underline wavy #b91c1c;text-underline-offset:3px}
mark.m-findings{background:none;border-bottom:2px dashed #c026d3}
mark.cur{outline:2px solid #0f172a;outline-offset:1px}
::highlight(pl-search){background:#fde047;color:#000}
::highlight(pl-search-cur){background:#f97316;color:#000}
${fieldRules()}
.tbl{margin:0 0 22px;overflow-x:auto}
.tbl h2{font-size:15px;margin:0 0 6px}
.tbl h2 small{color:#64748b;font-weight:400}
table{border-collapse:collapse;width:100%;font-size:12.5px;background:#fff}
th,td{border:1px solid #e2e8f0;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
td.u{word-break:break-all;min-width:8em}
td small{color:#64748b}
th{background:#f1f5f9;font-weight:600;white-space:nowrap}
tr[data-k]{cursor:pointer}
tr[data-k]:hover,tr[data-k]:focus{background:#eff6ff;outline:none}
tr.active{background:#dbeafe}
td.n{white-space:nowrap;color:#475569;text-align:right}
tr.sensitive td:nth-child(2){font-weight:700}
tr.sev-violation td:first-child{color:#b91c1c;font-weight:700}
tr.sev-warning td:first-child{color:#b45309;font-weight:700}
#pop{position:fixed;z-index:10;max-width:360px;background:#0f172a;color:#f8fafc;font-size:12px;line-height:1.45;padding:8px 10px;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
#pop[hidden]{display:none}
#pop b{color:#fde68a}
#pop div+div{margin-top:6px;padding-top:6px;border-top:1px solid #334155}
@media (max-width:900px){
  main{display:block;height:auto}
  #text{border-right:0;border-bottom:1px solid #e2e8f0}
  #text,#tables{overflow:visible;padding:12px}
  header{padding:10px 12px}
  .bar input[type=search]{min-width:0;width:100%}
}
@media print{
  body{background:#fff;font-size:11pt;display:block;height:auto}
  .bar,#pop{display:none!important}
  main{display:block;height:auto}
  #text,#tables{overflow:visible;padding:0}
  #text{border:0}
  mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  #text .p{content-visibility:visible}
  .tbl{break-inside:avoid-page}
  tr{break-inside:avoid}
  a{color:inherit}
}
`;
