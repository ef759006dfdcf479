/**
 * The diff page's stylesheet: the single report's (fonts, marks, field colours, tables) and
 * the layout of two versions side by side under the table of changes, with the change marks
 * (added green, removed red, changed amber; widening ones with a double outline).
 */
import { STYLE } from '../style.js';

const KINDS: readonly [string, string, string][] = [
  ['added', '#bbf7d0', '#16a34a'],
  ['removed', '#fecaca', '#dc2626'],
  ['changed', '#fde68a', '#d97706'],
];

function kindRules(): string {
  return KINDS.map(
    ([k, bg, line]) =>
      `mark.c-${k}{background:${bg};outline:2px solid ${line};outline-offset:0;border-radius:2px;cursor:pointer}` +
      `.tag.t-${k}{background:${bg};color:#0f172a;border:1px solid ${line}}` +
      `.sw.c-${k}{background:${bg};border:1px solid ${line}}` +
      `body.hide-c-${k} mark.c-${k},body.hide-c-${k} mark.c-ctx-${k}{background:none;outline:none;cursor:text}` +
      `body.hide-c-${k} tr[data-change="${k}"]{display:none}`,
  ).join('\n');
}

export const DIFF_STYLE = `${STYLE}
header .versions{margin:2px 0 0;font-size:13px;color:#334155;display:flex;flex-wrap:wrap;gap:2px 18px}
header .versions b{font-weight:600}
main.diff{grid-template-columns:minmax(0,1fr) minmax(0,1fr);grid-template-rows:auto minmax(0,1fr)}
#changes{grid-column:1 / -1;max-height:32vh;overflow:auto;padding:10px 20px;border-bottom:1px solid #e2e8f0;background:#f8fafc}
#changes .none{margin:0;color:#475569}
#changes tr[data-c]{cursor:pointer}
#changes tr[data-c]:hover,#changes tr[data-c]:focus{background:#eff6ff;outline:none}
#changes tr.active{background:#dbeafe}
#changes tr[data-w] td:nth-child(3){font-weight:600}
.tag{display:inline-block;padding:0 6px;border-radius:3px;font-size:11px;line-height:17px;white-space:nowrap}
.tag.t-widens{background:#b91c1c;color:#fff;border:1px solid #7f1d1d;font-weight:700}
.side{display:flex;flex-direction:column;min-height:0;min-width:0;background:#fff}
.side+.side{border-left:1px solid #e2e8f0}
.side>h2{flex:none;margin:0;padding:6px 20px;font-size:13px;font-weight:600;border-bottom:1px solid #e2e8f0;background:#f1f5f9}
.side.old>h2{border-top:3px solid #dc2626}
.side.new>h2{border-top:3px solid #16a34a}
.side>h2 small{font-weight:400;color:#64748b}
.pane{flex:1 1 auto;min-height:0;overflow:auto;padding:12px 20px}
.pane .p{content-visibility:auto;contain-intrinsic-size:auto 1.6em}
main.diff mark[data-field]{background:color-mix(in srgb,var(--c) 35%,transparent)}
${kindRules()}
mark.c-ctx{background:none;outline:1px dashed #64748b;cursor:pointer}
mark[data-w="1"]:not(.c-ctx){outline-style:double;outline-width:4px}
body.only-widens tr[data-change]:not([data-w]){display:none}
body.only-widens mark[data-change]:not([data-w]){background:none;outline:none;cursor:text}
main.diff mark.cur{outline:2px solid #0f172a;outline-offset:1px}
@media (max-width:900px){
  main.diff{display:block}
  #changes{max-height:none;overflow-x:auto;padding:10px 12px}
  #changes table{font-size:12px}
  #changes td{overflow-wrap:anywhere}
  .side+.side{border-left:0;border-top:1px solid #e2e8f0}
  .pane{overflow:visible;padding:10px 12px}
}
@media print{
  main.diff{display:block}
  #changes,.pane{max-height:none;overflow:visible}
  .pane .p{content-visibility:visible}
  mark[data-change]{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
