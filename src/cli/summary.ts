/**
 * The readable summary `policylens FILE` prints: one block per policy, the most asked-for
 * facts first, long lists cut with a count of what is left out (`--json` has everything).
 */
import type { DataTypeFinding, PolicyExtraction, Section } from '../types.js';
import { renderTable, truncate, wrapLine } from './table.js';

/** Deepest section level listed; deeper ones are counted. */
const MAX_SECTION_LEVEL = 2;
/** Longest a free-text cell (purposes, how to exercise a right) may be. */
const TEXT_CELL = 48;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '0%';
}

function header(title: string, count?: number): string {
  return count === undefined ? title : `${title} (${count})`;
}

function languagesLine(r: PolicyExtraction): string {
  const total = r.languages.reduce((n, l) => n + l.chars, 0);
  const shares = r.languages.map((l) => `${l.lang} ${percent(l.chars, total)} (${plural(l.paragraphs, 'paragraph')})`);
  // The share is of the characters written in a language, not of the paragraphs.
  return `Languages (% of characters): ${shares.join(', ') || 'none'}`;
}

function metaLines(r: PolicyExtraction): string[] {
  const out: string[] = [];
  if (r.meta.controllers.length) out.push(`Controller: ${r.meta.controllers.join('; ')}`);
  if (r.meta.products.length) out.push(`Products: ${r.meta.products.join('; ')}`);
  const dates = [r.meta.updated && `updated ${r.meta.updated}`, r.meta.effective && `effective ${r.meta.effective}`].filter(Boolean);
  out.push(`Dates: ${dates.length ? dates.join(', ') : 'not stated'}`);
  return out;
}

function sectionLines(sections: readonly Section[], width: number): string[] {
  if (!sections.length) return [header('Sections', 0), '  no headings recognised'];
  const shown = sections.filter((s) => s.level <= MAX_SECTION_LEVEL);
  const lines = renderTable(
    [
      { header: 'heading', max: 60 },
      { header: 'category', max: 16 },
    ],
    shown.map((s) => [`${'  '.repeat(s.level - 1)}${s.number ? `${s.number} ` : ''}${s.heading}`, s.category]),
    '  ',
    width,
  );
  const hidden = sections.length - shown.length;
  if (hidden > 0) lines.push(`  … and ${plural(hidden, 'deeper section')}`);
  return [header('Sections', sections.length), ...lines];
}

/** Data types grouped by their taxonomy group: `device  imei* ×3, android_id`. */
function dataTypeLines(items: readonly DataTypeFinding[], width: number): string[] {
  const groups = new Map<string, string[]>();
  for (const d of items) {
    const dot = d.id.indexOf('.');
    const group = dot > 0 ? d.id.slice(0, dot) : d.id;
    const name = `${dot > 0 ? d.id.slice(dot + 1) : d.id}${d.sensitive ? '*' : ''}${d.evidence.length > 1 ? ` ×${d.evidence.length}` : ''}`;
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push(name);
  }
  const label = Math.max(0, ...[...groups.keys()].map((g) => g.length));
  const lines = [...groups].flatMap(([g, names]) => wrapLine(`  ${g.padEnd(label)}  ${names.join(', ')}`, width, label + 4));
  return [`${header('Data types', items.length)}${items.some((d) => d.sensitive) ? '  (* sensitive, ×N mentions)' : ''}`, ...lines];
}

/** From this width on, an SDK's data types fit on its own row; below it they go on a line of their own. */
const WIDE_SDK_TABLE = 120;

function sdkLines(r: PolicyExtraction, width: number): string[] {
  if (!r.sdks.length) return [header('SDKs', 0)];
  const wide = width >= WIDE_SDK_TABLE;
  const columns = [
    { header: 'name', max: 28 },
    { header: 'vendor', max: 24 },
    { header: 'category', max: 21 },
    { header: 'platforms', max: 20 },
    ...(wide ? [{ header: 'data', max: 60 }] : []),
  ];
  const rows = r.sdks.map((s) => [
    s.known ? s.name : `${s.name} (unknown)`,
    s.vendor ?? '',
    s.category,
    s.platforms.join(', '),
    ...(wide ? [s.dataTypes.join(', ')] : []),
  ]);
  const table = renderTable(columns, rows, '  ', width);
  if (wide) return [header('SDKs', r.sdks.length), ...table];
  // Narrow: each SDK's data types on the line below its row, wrapped under it.
  const lines = [header('SDKs', r.sdks.length), table[0]!];
  r.sdks.forEach((s, i) => {
    lines.push(table[i + 1]!);
    if (s.dataTypes.length) lines.push(...wrapLine(`      data: ${s.dataTypes.join(', ')}`, width, 12));
  });
  return lines;
}

function permissionLines(r: PolicyExtraction, width: number): string[] {
  const lines = [header('Permissions', r.permissions.length)];
  if (r.permissions.length) {
    lines.push(
      ...renderTable(
        [
          { header: 'id', max: 56 },
          { header: 'level', max: 10 },
          { header: 'purpose', max: TEXT_CELL },
        ],
        r.permissions.map((p) => [p.id, p.protectionLevel ?? '', p.purposes.join('; ')]),
        '  ',
        width,
      ),
    );
  }
  if (r.unresolvedPermissions.length) {
    lines.push(`  not mapped: ${r.unresolvedPermissions.map((u) => truncate(u.text, 30)).join(', ')}`);
  }
  return lines;
}

function rightLines(r: PolicyExtraction): string[] {
  return [header('Rights', r.rights.length), ...r.rights.map((x) => `  ${x.id}${x.how ? `: ${truncate(x.how, TEXT_CELL + 20)}` : ''}`)];
}

const UNIT_WORDS: Record<string, [string, string]> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  working_day: ['working day', 'working days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

function amount(n: number, unit: string): string {
  const words = UNIT_WORDS[unit] ?? [unit, unit];
  return `${n} ${n === 1 ? words[0] : words[1]}`;
}

function deadlineLines(r: PolicyExtraction): string[] {
  return [header('Deadlines', r.deadlines.length), ...r.deadlines.map((d) => `  ${d.subject.replace(/_/g, ' ')}: ${amount(d.amount, d.unit)}`)];
}

function minorsLine(r: PolicyExtraction): string {
  const m = r.minors;
  const parts: string[] = [];
  if (m.ageThreshold !== undefined) parts.push(`under ${m.ageThreshold}`);
  const others = m.ages.filter((a) => a !== m.ageThreshold);
  if (others.length) parts.push(`also ages ${others.join(', ')}`);
  if (m.parentalConsent !== undefined) parts.push(m.parentalConsent ? 'parental consent required' : 'no parental consent stated');
  if (m.excluded) parts.push('not allowed to use the service');
  return `Minors: ${parts.length ? parts.join('; ') : m.evidence.length ? 'mentioned' : 'not mentioned'}`;
}

function contactLines(r: PolicyExtraction): string[] {
  const c = r.contacts;
  const rows: [string, readonly string[]][] = [
    ['emails', c.emails],
    ['phones', c.phoneDetails.length ? c.phoneDetails.map((p) => (p.kind === 'other' ? p.text : `${p.text} (${p.kind})`)) : c.phones],
    ['urls', c.urls],
    ['addresses', c.addresses],
    ['regulators', c.regulators],
  ];
  const lines = rows.filter(([, v]) => v.length).map(([k, v]) => `  ${k.padEnd(10)}  ${v.join(', ')}`);
  return ['Contacts', ...(lines.length ? lines : ['  none found'])];
}

function practiceLines(r: PolicyExtraction): string[] {
  const out: string[] = [];
  if (r.retention.length) {
    const rules = r.retention.map((x) => (x.amount !== undefined && x.unit ? `${x.rule.replace(/_/g, ' ')} (${amount(x.amount, x.unit)})` : x.rule.replace(/_/g, ' ')));
    out.push(`Retention: ${[...new Set(rules)].join('; ')}`);
  }
  const s = r.storage;
  if (s.locations.length || s.crossBorder !== undefined) {
    const border = s.crossBorder === undefined ? '' : s.crossBorder ? '; leaves the country' : '; stays in the country';
    out.push(`Storage: ${s.locations.join(', ') || 'place not stated'}${border}`);
  }
  if (r.sharing.length) {
    const recipients = [...new Set(r.sharing.flatMap((x) => x.recipients))];
    out.push(`Sharing: ${plural(r.sharing.length, 'statement')}${recipients.length ? `; with ${recipients.join(', ').replace(/_/g, ' ')}` : ''}`);
  }
  return out;
}

/**
 * The summary of one policy; `name` is what the user called it (file name, record id).
 * Every line fits in `width` terminal cells: tables give up cells, lists wrap.
 */
export function renderSummary(name: string, r: PolicyExtraction, width = 80): string {
  const blocks: string[][] = [
    [`${name}: ${plural(r.length, 'character')}, ${plural(r.paragraphs.length, 'paragraph')}`, languagesLine(r), ...metaLines(r)],
    sectionLines(r.sections, width),
    dataTypeLines(r.dataTypes, width),
    sdkLines(r, width),
    permissionLines(r, width),
    rightLines(r),
    [...deadlineLines(r), minorsLine(r)],
    contactLines(r),
    practiceLines(r),
  ];
  // Lines not already fitted (names, addresses, how to exercise a right) wrap here.
  const fitted = blocks.map((b) => b.flatMap((line) => wrapLine(line, width, continuationIndent(line))));
  return fitted.filter((b) => b.length).map((b) => b.join('\n')).join('\n\n') + '\n';
}

/** Continuation lines sit under the value: after `Key: ` at the margin, or two past the line's indent. */
function continuationIndent(line: string): number {
  const lead = line.length - line.trimStart().length;
  return lead === 0 ? 2 : lead + 4;
}
