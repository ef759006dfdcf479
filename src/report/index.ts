/**
 * `renderReport`: one self-contained HTML page to read a policy with everything policylens
 * found in it: the text with every evidence span marked (left), tables of the findings
 * (right), filters and a search. Inline CSS and script only; the page loads nothing.
 */
import type { PolicyExtraction } from '../types.js';
import { escapeAttr, escapeText } from './escape.js';
import { SCRIPT } from './script.js';
import { collectSpans, FIELDS, type FieldKey } from './spans.js';
import { STYLE } from './style.js';
import { renderTables } from './tables.js';
import { renderText } from './text.js';

export interface ReportOptions {
  /** Page title and heading; default: the policy's first product name, else "Privacy policy". */
  title?: string;
}

export { collectSpans, countEvidence, FIELDS } from './spans.js';
export type { FieldKey, MarkSpan } from './spans.js';
export { segmentText } from './marks.js';
export type { ChangeSpan, PaneSpan, Segment } from './marks.js';
export { renderDiffReport } from './diff/index.js';
export type { DiffReportOptions } from './diff/index.js';

function header(title: string, result: PolicyExtraction, markCounts: ReadonlyMap<FieldKey, number>): string {
  const m = result.meta;
  const facts: string[] = [];
  if (m.controllers.length) facts.push(`Controller: ${m.controllers.join(' / ')}`);
  if (m.products.length) facts.push(`Products: ${m.products.join(', ')}`);
  if (m.updated) facts.push(`Updated ${m.updated}`);
  if (m.effective) facts.push(`Effective ${m.effective}`);
  const sensitive = result.dataTypes.filter((d) => d.sensitive).length;
  const severity = (s: string): number => (result.findings ?? []).filter((f) => f.severity === s).length;
  const counts = [
    `${result.length.toLocaleString('en-US')} characters`,
    `${result.paragraphs.length} paragraphs`,
    `${result.sections.length} sections`,
    result.languages.map((l) => `${l.lang} ${l.paragraphs}`).join(' · ') || 'language und',
    `${result.dataTypes.length} data types (${sensitive} sensitive)`,
    `${result.sdks.length} SDKs`,
    `${result.permissions.length} permissions`,
    `${result.rights.length} rights`,
    `${result.deadlines.length} deadlines`,
    ...(result.findings ? [`findings: ${severity('violation')} violation, ${severity('warning')} warning, ${severity('info')} info`] : []),
  ];
  const filters = FIELDS.filter((f) => markCounts.get(f.key))
    .map((f) => `<label class="m-${f.key}"><input type="checkbox" checked data-filter="${f.key}"><i class="sw"></i>${escapeText(f.name)} <small>${markCounts.get(f.key)}</small></label>`)
    .join('');
  return (
    `<header><h1>${escapeText(title)}</h1>` +
    (facts.length ? `<p class="meta">${escapeText(facts.join(' · '))}</p>` : '') +
    `<p class="counts">${escapeText(counts.join(' · '))}</p>` +
    `<div class="bar"><input type="search" id="q" placeholder="Search the text" aria-label="Search the text"><span id="hits" class="hits"></span>${filters}</div></header>`
  );
}

/**
 * The report page for `text` and the result extracted from it. `text` must be the string the
 * result's offsets index: for HTML input, extract from the page's visible text (what the CLI's
 * `report` does), or the marks fall on markup.
 */
export function renderReport(text: string, result: PolicyExtraction, options: ReportOptions = {}): string {
  const spans = collectSpans(text, result);
  const markCounts = new Map<FieldKey, number>();
  for (const s of spans) markCounts.set(s.field, (markCounts.get(s.field) ?? 0) + 1);
  const title = options.title ?? result.meta.products[0] ?? 'Privacy policy';
  const lang = result.languages[0]?.lang;
  const names = Object.fromEntries(FIELDS.map((f) => [f.key, f.name]));
  // JSON inside <script>: '<' escaped so no text can close the element.
  const fieldsJson = JSON.stringify(names).replace(/</g, '\\u003c');
  return (
    `<!DOCTYPE html>\n<html${lang && lang !== 'und' ? ` lang="${escapeAttr(lang)}"` : ''}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeText(title)} · policylens report</title><style>${STYLE}</style></head><body>` +
    header(title, result, markCounts) +
    `<main><article id="text">${renderText(text, result, spans)}</article><aside id="tables">${renderTables(result, spans)}</aside></main>` +
    `<div id="pop" hidden role="dialog"></div>` +
    `<script type="application/json" id="pl-fields">${fieldsJson}</script><script>${SCRIPT}</script></body></html>\n`
  );
}
