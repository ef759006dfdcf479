import type { PolicyDocument } from '../document.js';
import type { StorageFinding } from '../types.js';

// Placeholder until this extractor lands.
export function extractStorage(_doc: PolicyDocument): StorageFinding {
  return { locations: [], conditions: [], evidence: [] };
}
