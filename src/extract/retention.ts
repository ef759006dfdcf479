import type { PolicyDocument } from '../document.js';
import type { RetentionFinding } from '../types.js';

// Placeholder until this extractor lands: the field stays empty, never faked.
export function extractRetention(_doc: PolicyDocument): RetentionFinding[] {
  return [];
}
