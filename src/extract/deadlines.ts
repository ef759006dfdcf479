import type { PolicyDocument } from '../document.js';
import type { DeadlineFinding } from '../types.js';

// Placeholder until this extractor lands: the field stays empty, never faked.
export function extractDeadlines(_doc: PolicyDocument): DeadlineFinding[] {
  return [];
}
