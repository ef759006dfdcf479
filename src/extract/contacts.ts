import type { PolicyDocument } from '../document.js';
import type { ContactsFinding } from '../types.js';

// Placeholder until this extractor lands.
export function extractContacts(_doc: PolicyDocument): ContactsFinding {
  return { emails: [], phones: [], phoneDetails: [], urls: [], regulators: [], addresses: [], evidence: [] };
}
