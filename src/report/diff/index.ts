/**
 * `renderDiffReport`: one self-contained HTML page comparing two versions of a policy: the
 * table of changes on top, the old version left and the new one right (stacked on narrow
 * screens), each marked like the single report, with the changes' evidence marked on top:
 * added items in the new version (green), removed ones in the old (red), changed ones in both
 * (amber), widening ones outlined twice. Inline CSS and script only; the page loads nothing.
 */
import { diffPolicies, type PolicyDiff } from '../../diff/index.js';
import type { PolicyExtraction } from '../../types.js';
import { escapeAttr, escapeText } from '../escape.js';
import type { PaneSpan } from '../marks.js';
import { collectSpans, FIELDS, type FieldKey } from '../spans.js';
import { renderText } from '../text.js';
import { DIFF_SCRIPT } from './script.js';
import { changeLabel, changeSpans, type Side } from './spans.js';
import { DIFF_STYLE } from './style.js';
import { renderChangesTable } from './table.js';

export interface DiffReportOptions {
  /** Page title and heading; default: the new version's first product name, else "Privacy policy", with "changes". */
  title?: string;
  /** How each version is named in the page (a file name); default "old" and "new". */
  beforeName?: string;
  afterName?: string;
}

const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;

function dates(r: PolicyExtraction): string {
  const out: string[] = [];
  if (r.meta.updated) out.push(`updated ${r.meta.updated}`);
  if (r.meta.effective) out.push(`effective ${r.meta.effective}`);
  return out.join(', ');
}

function versionLine(which: string, name: string, r: PolicyExtraction, text: string): string {
  const d = dates(r);
  return `<span><b>${which}:</b> ${escapeText(name)}${d ? ` · ${escapeText(d)}` : ''} · ${text.length.toLocaleString('en-US')} characters</span>`;
}

interface Pane {
  side: Side;
  text: string;
  result: PolicyExtraction;
  name: string;
  spans: PaneSpan[];
  fields: number;
}

function pane(p: Pane): string {
  const cls = p.side === 'before' ? 'old' : 'new';
  const d = dates(p.result);
  const changes = p.spans.length - p.fields;
  return (
    `<section class="side ${cls}"><h2>${cls === 'old' ? 'Old' : 'New'}: ${escapeText(p.name)}${d ? ` <small>${escapeText(d)}</small>` : ''} <small>· ${changes} change marks</small></h2>` +
    `<article id="${cls}" class="pane"${paneLang(p.result)}>${renderText(p.text, p.result, p.spans, `${cls}-p`)}</article></section>`
  );
}

function paneLang(r: PolicyExtraction): string {
  const lang = r.languages[0]?.lang;
  return lang && lang !== 'und' ? ` lang="${escapeAttr(lang)}"` : '';
}

/**
 * The diff page for two versions: each `text` must be the string its result's offsets index
 * (for HTML, the visible text, as for `renderReport`). `diff` defaults to
 * `diffPolicies(beforeResult, afterResult)`; give it when you have it already.
 */
export function renderDiffReport(
  beforeText: string,
  beforeResult: PolicyExtraction,
  afterText: string,
  afterResult: PolicyExtraction,
  diff: PolicyDiff = diffPolicies(beforeResult, afterResult),
  options: DiffReportOptions = {},
): string {
  const labels = diff.changes.map((c) => changeLabel(c, beforeResult, afterResult));
  const panes: Pane[] = (
    [
      ['before', beforeText, beforeResult, options.beforeName ?? 'old'],
      ['after', afterText, afterResult, options.afterName ?? 'new'],
    ] as const
  ).map(([side, text, result, name]) => {
    const fields = collectSpans(text, result);
    return { side, text, result, name, fields: fields.length, spans: [...fields, ...changeSpans(diff, side, text.length, labels, fields.length)] };
  });
  const [old, neu] = panes as [Pane, Pane];
  const changeOnly = (p: Pane) => p.spans.slice(p.fields) as Extract<PaneSpan, { change: string }>[];

  const title = options.title ?? `${afterResult.meta.products[0] ?? beforeResult.meta.products[0] ?? 'Privacy policy'}: changes`;
  const count = (k: string) => diff.changes.filter((c) => c.change === k).length;
  const widening = diff.changes.filter((c) => c.widens).length;
  const counts = `${diff.changes.length} changes: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed; ${widening} widening`;

  const markCounts = new Map<FieldKey, number>();
  for (const p of panes) for (const s of p.spans.slice(0, p.fields)) if ('field' in s) markCounts.set(s.field, (markCounts.get(s.field) ?? 0) + 1);
  const kindFilters = CHANGE_KINDS.filter((k) => count(k))
    .map((k) => `<label><input type="checkbox" checked data-change-filter="${k}"><i class="sw c-${k}"></i>${k} <small>${count(k)}</small></label>`)
    .join('');
  const widensFilter = widening ? `<label><input type="checkbox" id="widens-only"><span class="tag t-widens">widens</span> only <small>${widening}</small></label>` : '';
  const fieldFilters = FIELDS.filter((f) => markCounts.get(f.key))
    .map((f) => `<label class="m-${f.key}"><input type="checkbox" checked data-filter="${f.key}"><i class="sw"></i>${escapeText(f.name)} <small>${markCounts.get(f.key)}</small></label>`)
    .join('');

  const names = Object.fromEntries(FIELDS.map((f) => [f.key, f.name]));
  const fieldsJson = JSON.stringify(names).replace(/</g, '\\u003c');
  return (
    `<!DOCTYPE html>\n<html${paneLang(afterResult)}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeText(title)} · policylens diff</title><style>${DIFF_STYLE}</style></head><body class="diff-report">` +
    `<header><h1>${escapeText(title)}</h1>` +
    `<p class="versions">${versionLine('Old', old.name, old.result, old.text)}${versionLine('New', neu.name, neu.result, neu.text)}</p>` +
    `<p class="counts">${escapeText(counts)}</p>` +
    `<div class="bar"><input type="search" id="q" placeholder="Search both versions" aria-label="Search both versions"><span id="hits" class="hits"></span>${kindFilters}${widensFilter}${fieldFilters}</div></header>` +
    `<main class="diff"><section id="changes">${renderChangesTable(diff.changes, labels, changeOnly(old), changeOnly(neu))}</section>${pane(old)}${pane(neu)}</main>` +
    `<div id="pop" hidden role="dialog"></div>` +
    `<script type="application/json" id="pl-fields">${fieldsJson}</script><script>${DIFF_SCRIPT}</script></body></html>\n`
  );
}
