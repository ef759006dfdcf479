import type { PolicyDocument } from '../document.js';
import type { SharingFinding } from '../types.js';

// Placeholder until this extractor lands: the field stays empty, never faked.
export function extractSharing(_doc: PolicyDocument): SharingFinding[] {
  return [];
}
