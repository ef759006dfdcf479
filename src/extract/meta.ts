import type { PolicyDocument } from '../document.js';
import type { PolicyMeta } from '../types.js';

// Placeholder until this extractor lands.
export function extractMeta(_doc: PolicyDocument): PolicyMeta {
  return { controllers: [], products: [], evidence: [] };
}
