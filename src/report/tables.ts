/**
 * The right pane: one table per field, rendered here rather than in the page's script, so the
 * page needs no copy of the result. A row that has mentions carries the key its marks carry
 * (`data-k`); the script steps through them on click.
 */
import type { PolicyExtraction, Severity } from '../types.js';
import { escapeAttr, escapeText } from './escape.js';
import { contactValues, metaValues, type FieldKey, type MarkSpan } from './spans.js';

type Cell = string | { html: string; cls?: string };

interface Row {
  key: string;
  cells: Cell[];
  /** Extra class (severity of a finding, sensitive data type). */
  cls?: string;
}

const cell = (c: Cell): string => (typeof c === 'string' ? `<td>${escapeText(c)}</td>` : `<td${c.cls ? ` class="${c.cls}"` : ''}>${c.html}</td>`);
const list = (xs: readonly string[]): string => xs.join(', ');

/** A link to a third-party privacy page: shown and clickable, never loaded by the page. */
function link(url: string | undefined): Cell {
  if (!url || !/^https?:\/\//i.test(url)) return url ?? '';
  return { cls: 'u', html: `<a href="${escapeAttr(url)}" rel="noopener noreferrer" target="_blank">${escapeText(url)}</a>` };
}

function table(field: FieldKey, title: string, head: readonly string[], rows: readonly Row[], counts: ReadonlyMap<string, number>): string {
  if (rows.length === 0) return '';
  const body = rows
    .map((r) => {
      const n = counts.get(r.key) ?? 0;
      const attrs = n ? ` data-k="${r.key}" tabindex="0"` : '';
      const cls = r.cls ? ` class="${r.cls}"` : '';
      return `<tr${attrs}${cls}>${r.cells.map(cell).join('')}<td class="n" data-n="${n}">${n || '–'}</td></tr>`;
    })
    .join('');
  const th = [...head, '#'].map((h) => `<th>${escapeText(h)}</th>`).join('');
  return `<section class="tbl" data-field="${field}"><h2><i class="sw m-${field}"></i>${escapeText(title)} <small>${rows.length}</small></h2><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></section>`;
}

const SEVERITIES: readonly Severity[] = ['violation', 'warning', 'info'];

/** Data type ids are `group.name`: the group is what the table sorts by. */
const groupOf = (id: string): string => id.split('.')[0] ?? id;

export function renderTables(result: PolicyExtraction, spans: readonly MarkSpan[]): string {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(s.key, (counts.get(s.key) ?? 0) + 1);
  const out: string[] = [];

  out.push(
    table(
      'sdks',
      'SDKs',
      ['name', 'vendor', 'category', 'platforms', 'data types', 'purposes', 'privacy'],
      result.sdks.map((s, i) => ({
        key: `sdks:${i}`,
        cells: [s.known ? s.name : `${s.name} (unknown)`, s.vendor ?? '', s.category, list(s.platforms), list(s.dataTypes), list(s.purposes), link(s.privacyUrl)],
      })),
      counts,
    ),
  );

  out.push(
    table(
      'permissions',
      'Permissions',
      ['id', 'label', 'protection', 'purposes', 'scenarios'],
      [
        ...result.permissions.map((p, i) => ({
          key: `permissions:${i}`,
          cells: [p.id, p.labelZh ? { html: `${escapeText(p.label)}<br><span lang="zh">${escapeText(p.labelZh)}</span>` } : p.label, p.protectionLevel ?? '', list(p.purposes), list(p.scenarios)] as Cell[],
        })),
        ...result.unresolvedPermissions.map((p, i) => ({ key: `permissions:u${i}`, cells: ['(unresolved)', p.text, '', '', ''] as Cell[] })),
      ],
      counts,
    ),
  );

  const types = result.dataTypes.map((d, i) => ({ d, i })).sort((a, b) => groupOf(a.d.id).localeCompare(groupOf(b.d.id)) || a.i - b.i);
  out.push(
    table(
      'dataTypes',
      'Data types',
      ['group', 'id', 'label', 'sensitive'],
      types.map(({ d, i }) => ({
        key: `dataTypes:${i}`,
        ...(d.sensitive ? { cls: 'sensitive' } : {}),
        cells: [groupOf(d.id), d.id, d.labelZh ? { html: `${escapeText(d.label)} <span lang="zh">${escapeText(d.labelZh)}</span>` } : d.label, d.sensitive ? 'sensitive' : ''],
      })),
      counts,
    ),
  );

  out.push(table('rights', 'Rights', ['right', 'how'], result.rights.map((r, i) => ({ key: `rights:${i}`, cells: [r.id, r.how ?? ''] })), counts));
  out.push(
    table(
      'deadlines',
      'Deadlines',
      ['subject', 'limit', 'as written'],
      result.deadlines.map((d, i) => ({ key: `deadlines:${i}`, cells: [d.subject, `${d.amount} ${d.unit}`, d.text] })),
      counts,
    ),
  );

  const contacts = contactValues(result);
  out.push(
    table(
      'contacts',
      'Contacts',
      ['kind', 'value'],
      [...contacts.map((c, i) => ({ key: `contacts:${i}`, cells: [c.kind, c.value] })), { key: 'contacts:other', cells: ['other mentions', ''] }].filter(
        (r) => r.key !== 'contacts:other' || counts.has(r.key),
      ),
      counts,
    ),
  );

  const meta = metaValues(result);
  out.push(
    table(
      'meta',
      'Controller & dates',
      ['kind', 'value'],
      [...meta.map((m, i) => ({ key: m.kind === 'updated' || m.kind === 'effective' ? 'meta:dates' : `meta:${i}`, cells: [m.kind, m.value] }))],
      counts,
    ),
  );

  if (result.findings) {
    const order = result.findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) || a.i - b.i);
    out.push(
      table(
        'findings',
        'Findings',
        ['severity', 'rule', 'message', 'refs'],
        order.map(({ f, i }) => ({
          key: `findings:${i}`,
          cls: `sev-${f.severity}`,
          cells: [
            f.severity,
            f.subject ? `${f.rule} (${f.subject})` : f.rule,
            { html: `${escapeText(f.message.en)}<br><span lang="zh">${escapeText(f.message.zh)}</span>${f.searched?.length ? `<br><small>searched: ${escapeText(f.searched.map((s) => s.heading).join(' | '))}</small>` : ''}` },
            { html: `<small>${escapeText(f.refs.join('; '))}</small>` },
          ],
        })),
        counts,
      ),
    );
  }

  out.push(
    table(
      'sharing',
      'Sharing',
      ['kind', 'recipients', 'data types', 'purposes', 'conditional'],
      result.sharing.map((s, i) => ({ key: `sharing:${i}`, cells: [s.kind, list(s.recipients), list(s.dataTypes), list(s.purposes), s.conditional ? `yes: ${list(s.exceptions)}` : ''] })),
      counts,
    ),
  );

  const st = result.storage;
  out.push(
    table(
      'retention',
      'Retention & storage',
      ['rule', 'period', 'afterwards'],
      [
        ...result.retention.map((r, i) => ({
          key: `retention:${i}`,
          cells: [r.rule, r.amount !== undefined ? `${r.amount} ${r.unit ?? ''}` : '', `${r.afterwards ?? ''}${r.backupCaveat ? ' (backups)' : ''}`],
        })),
        ...(st.locations.length || st.evidence.length
          ? [{ key: 'retention:storage', cells: [`stored in ${list(st.locations) || '?'}`, st.crossBorder === undefined ? '' : st.crossBorder ? 'cross-border' : 'no cross-border', list(st.conditions)] }]
          : []),
      ],
      counts,
    ),
  );

  const m = result.minors;
  if (m.evidence.length || m.ages.length)
    out.push(
      table(
        'minors',
        'Minors',
        ['ages', 'parental consent', 'excluded'],
        [{ key: 'minors:0', cells: [list(m.ages.map(String)), m.parentalConsent === undefined ? '' : String(m.parentalConsent), m.excluded === undefined ? '' : String(m.excluded)] }],
        counts,
      ),
    );
  return out.join('');
}
