/**
 * Runs every clause-family extractor over a prepared document and assembles the result.
 * Each extractor reads the document and returns its own field; none depends on another's
 * output, so their order here is only the order of the result's fields.
 */
import type { PolicyDocument } from '../document.js';
import type { LanguageShare, PolicyExtraction } from '../types.js';
import { extractContacts } from './contacts/index.js';
import { extractDataTypes } from './data-types/index.js';
import { extractDeadlines } from './deadlines/index.js';
import { extractMeta } from './meta/index.js';
import { extractMinors } from './minors.js';
import { extractPermissions } from './permissions/index.js';
import { extractRetention } from './retention/index.js';
import { extractRights } from './rights/index.js';
import { extractSdks } from './sdks/index.js';
import { extractSharing } from './sharing/index.js';
import { extractStorage } from './storage.js';

function languageShares(doc: PolicyDocument): LanguageShare[] {
  const by = new Map<string, LanguageShare>();
  for (const p of doc.paragraphs) {
    let s = by.get(p.lang);
    if (!s) by.set(p.lang, (s = { lang: p.lang, paragraphs: 0, chars: 0 }));
    s.paragraphs++;
    s.chars += p.end - p.start;
  }
  return [...by.values()].sort((a, b) => b.chars - a.chars);
}

export function runExtractors(doc: PolicyDocument): PolicyExtraction {
  const meta = extractMeta(doc);
  const dataTypes = extractDataTypes(doc);
  const sdks = extractSdks(doc);
  const { permissions, unresolved } = extractPermissions(doc);
  const rights = extractRights(doc);
  const deadlines = extractDeadlines(doc);
  const minors = extractMinors(doc);
  const contacts = extractContacts(doc);
  const retention = extractRetention(doc);
  const storage = extractStorage(doc);
  const sharing = extractSharing(doc);
  // Every extractor has run: the per-paragraph views and matches can go before the
  // paragraph list of the result is built, so the two never weigh on memory together.
  doc.releaseCaches();
  return {
    version: 1,
    length: doc.original.length,
    paragraphs: doc.paragraphs.map((p) => {
      const [start, end] = doc.originalSpan(p.index);
      return { index: p.index, start, end, lang: p.lang, section: p.section, heading: p.heading };
    }),
    languages: languageShares(doc),
    sections: doc.sections,
    meta,
    dataTypes,
    sdks,
    permissions,
    unresolvedPermissions: unresolved,
    rights,
    deadlines,
    minors,
    contacts,
    retention,
    storage,
    sharing,
    warnings: [],
  };
}
