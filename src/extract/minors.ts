import type { PolicyDocument } from '../document.js';
import type { MinorsFinding } from '../types.js';

// Placeholder until this extractor lands.
export function extractMinors(_doc: PolicyDocument): MinorsFinding {
  return { ages: [], evidence: [] };
}
