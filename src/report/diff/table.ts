/**
 * The table of changes: one row per change of the diff, in the diff's order. A row carries its
 * change's index (`data-c`), kind and whether it widens; the script scrolls both panes to the
 * change's marks when it is clicked.
 */
import type { PolicyChange } from '../../diff/index.js';
import { escapeText } from '../escape.js';
import type { ChangeSpan } from '../marks.js';

function values(c: PolicyChange): string {
  if (c.change !== 'changed' && c.before === undefined && c.after === undefined) return '';
  return `${c.before ?? '–'} → ${c.after ?? '–'}`;
}

export function renderChangesTable(changes: readonly PolicyChange[], labels: readonly string[], before: readonly ChangeSpan[], after: readonly ChangeSpan[]): string {
  if (changes.length === 0) return '<p class="none">No changes: the two versions say the same in every field policylens compares.</p>';
  const count = (spans: readonly ChangeSpan[]) => {
    const n = new Map<number, number>();
    for (const s of spans) n.set(s.index, (n.get(s.index) ?? 0) + 1);
    return n;
  };
  const nb = count(before);
  const na = count(after);
  const rows = changes
    .map((c, i) => {
      const label = labels[i] ?? c.subject;
      const item = label !== c.subject ? `${escapeText(c.subject)}<br><small>${escapeText(label)}</small>` : escapeText(c.subject);
      const w = c.widens ? ' data-w="1"' : '';
      return (
        `<tr data-c="${i}" data-change="${c.change}"${w} tabindex="0" class="ch-${c.change}">` +
        `<td class="kind"><span class="tag t-${c.change}">${c.change}</span></td><td>${escapeText(c.kind)}</td><td>${item}</td>` +
        `<td>${escapeText(values(c))}</td><td>${c.widens ? `<span class="tag t-widens" title="${escapeText(c.refs.join('; '))}">widens</span>` : ''}</td>` +
        `<td class="n">${nb.get(i) ?? '–'}</td><td class="n">${na.get(i) ?? '–'}</td></tr>`
      );
    })
    .join('');
  const th = ['change', 'field', 'item', 'old → new', 'widens', 'old', 'new'].map((h) => `<th>${h}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table>`;
}
