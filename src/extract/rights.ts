import type { PolicyDocument } from '../document.js';
import type { RightFinding } from '../types.js';

// Placeholder until this extractor lands: the field stays empty, never faked.
export function extractRights(_doc: PolicyDocument): RightFinding[] {
  return [];
}
