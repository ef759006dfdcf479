import type { PolicyDocument } from '../document.js';
import type { SdkFinding } from '../types.js';

// Placeholder until this extractor lands: the field stays empty, never faked.
export function extractSdks(_doc: PolicyDocument): SdkFinding[] {
  return [];
}
