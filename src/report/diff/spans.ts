/**
 * The diff's changes as spans of each version's pane: an added item's evidence in the new
 * version, a removed item's in the old one, a changed item's in both. The other side's
 * evidence of an added or removed item (the SDK whose data types changed) is `context`.
 */
import type { PolicyChange, PolicyDiff } from '../../diff/index.js';
import type { Evidence, PolicyExtraction } from '../../types.js';
import type { ChangeSpan } from '../marks.js';

export type Side = 'before' | 'after';

/** A readable name for a change's subject, from the version that has it (ids stay as they are otherwise). */
export function changeLabel(c: PolicyChange, before: PolicyExtraction, after: PolicyExtraction): string {
  const from = c.change === 'removed' ? [before, after] : [after, before];
  const find = <T>(pick: (r: PolicyExtraction) => readonly T[], match: (x: T) => boolean): T | undefined => {
    for (const r of from) {
      const x = pick(r).find(match);
      if (x) return x;
    }
    return undefined;
  };
  const dataType = (id: string) => {
    const d = find((r) => r.dataTypes, (x) => x.id === id);
    return d ? (d.labelZh ? `${d.label} / ${d.labelZh}` : d.label) : id;
  };
  switch (c.kind) {
    case 'dataType':
    case 'sharingDataType':
      return dataType(c.subject);
    case 'sdk': {
      const s = find((r) => r.sdks, (x) => x.id === c.subject);
      return s ? (s.vendor ? `${s.name} (${s.vendor})` : s.name) : c.subject;
    }
    case 'sdkDataType': {
      const [sdk = '', type = ''] = c.subject.split('/');
      const s = find((r) => r.sdks, (x) => x.id === sdk);
      return `${s?.name ?? sdk}: ${dataType(type)}`;
    }
    case 'permission':
    case 'permissionPurpose':
      return find((r) => r.permissions, (x) => x.id === c.subject)?.label ?? c.subject;
    default:
      return c.subject;
  }
}

/** The spans of one side, numbered from `firstEv` (after the pane's field spans), clamped into the text. */
export function changeSpans(diff: PolicyDiff, side: Side, length: number, labels: readonly string[], firstEv: number): ChangeSpan[] {
  const out: ChangeSpan[] = [];
  diff.changes.forEach((c, index) => {
    const own = c.change === 'changed' || (c.change === 'added') === (side === 'after');
    const kind: ChangeSpan['change'] = own ? c.change : 'context';
    const evidence: readonly Evidence[] = c.evidence[side];
    for (const e of evidence) {
      const start = Math.max(0, Math.min(length, e.start));
      const end = Math.max(start, Math.min(length, e.end));
      out.push({
        ev: firstEv + out.length,
        start,
        end,
        change: kind,
        ...(kind === 'context' ? { of: c.change as 'added' | 'removed' } : {}),
        index,
        widens: c.widens,
        id: `${c.kind} ${c.subject}`,
        label: labels[index] ?? c.subject,
      });
    }
  });
  return out;
}
