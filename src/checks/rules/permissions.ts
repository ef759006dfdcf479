/** Runtime permissions must come with what they are for (App-191 2.3; TC260-PG-20202A 2.3 a). */
import type { PermissionFinding } from '../../types.js';
import type { Rule } from '../types.js';

/** Android's dangerous (runtime) permissions, and every iOS usage key (each one is a prompt). */
export function isRuntimePermission(p: PermissionFinding): boolean {
  return p.platform === 'ios' || p.protectionLevel === 'dangerous';
}

export const PERMISSION_RULES: readonly Rule[] = [
  {
    id: 'permission.no-purpose',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['App-191 2.3', 'TC260-PG-20202A 2.3 a', 'TC260-PG-20204A'],
    description: 'a runtime permission is named without what it is used for',
    check: (r) => r.permissions
      .filter((p) => isRuntimePermission(p) && p.purposes.length === 0)
      .map((p) => ({
        subject: p.id,
        message: { en: `The permission "${p.label}" is named without its purpose.`, zh: `未说明申请“${p.labelZh ?? p.label}”权限的目的。` },
        evidence: p.evidence,
      })),
  },
];
