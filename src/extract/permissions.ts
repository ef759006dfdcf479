import type { PolicyDocument } from '../document.js';
import type { PermissionFinding, UnresolvedPermission } from '../types.js';

// Placeholder until this extractor lands: the field stays empty, never faked.
export function extractPermissions(_doc: PolicyDocument): { permissions: PermissionFinding[]; unresolved: UnresolvedPermission[] } {
  return { permissions: [], unresolved: [] };
}
