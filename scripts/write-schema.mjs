#!/usr/bin/env node
/**
 * Writes dist/policy-extraction.schema.json: the JSON Schema (draft 2020-12) of
 * `PolicyExtraction` (src/types.ts). Kept beside the types by hand, and checked against real
 * results by __tests__/schema.test.ts, so the two cannot drift apart unnoticed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };
const bool = { type: 'boolean' };
const strings = { type: 'array', items: str };
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const list = (name) => ({ type: 'array', items: ref(name) });
/** An object whose listed keys are required unless marked optional with a trailing '?'. */
function object(props, extra = true) {
  const properties = {};
  const required = [];
  for (const [key, schema] of Object.entries(props)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    properties[name] = schema;
    if (!optional) required.push(name);
  }
  return { type: 'object', properties, required, additionalProperties: extra };
}

const unit = { enum: ['hour', 'day', 'working_day', 'week', 'month', 'year'] };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' };

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://www.npmjs.com/package/policylens/policy-extraction.schema.json',
  title: 'PolicyExtraction',
  description: 'What policylens extracts from one privacy policy. Offsets are UTF-16 indices into the original input.',
  ...object({
    version: { const: 1 },
    length: int,
    paragraphs: list('Paragraph'),
    languages: list('LanguageShare'),
    sections: list('Section'),
    meta: ref('Meta'),
    dataTypes: list('DataType'),
    sdks: list('Sdk'),
    permissions: list('Permission'),
    unresolvedPermissions: list('UnresolvedPermission'),
    rights: list('Right'),
    deadlines: list('Deadline'),
    minors: ref('Minors'),
    contacts: ref('Contacts'),
    retention: list('Retention'),
    storage: ref('Storage'),
    sharing: list('Sharing'),
    'findings?': list('Finding'),
    warnings: list('Warning'),
  }),
  $defs: {
    Warning: object({ code: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' }, message: str }),
    Evidence: object({ start: int, end: int, paragraph: int, 'sentenceStart?': int, 'sentenceEnd?': int }),
    EvidenceList: { type: 'array', items: ref('Evidence') },
    Paragraph: object({ index: int, start: int, end: int, lang: str, section: { type: 'integer', minimum: -1 }, heading: bool }),
    LanguageShare: object({ lang: str, paragraphs: int, chars: int }),
    Section: object({
      index: int, heading: str, number: str, level: { type: 'integer', minimum: 1 },
      category: { enum: ['scope', 'definitions', 'collection', 'cookies', 'sdk', 'permissions', 'sharing', 'security', 'retention', 'storage', 'rights', 'minors', 'changes', 'contact', 'other'] },
      parent: { type: 'integer', minimum: -1 }, start: int, end: int, paragraph: int,
    }),
    Meta: object({ controllers: strings, products: strings, 'updated?': date, 'effective?': date, evidence: ref('EvidenceList') }),
    DataType: object({ id: { type: 'string', pattern: '^[a-z][a-z0-9_]*\\.[a-z0-9_]+$' }, label: str, 'labelZh?': str, sensitive: bool, evidence: ref('EvidenceList') }),
    Sdk: object({
      id: str, name: str, aliases: strings, 'vendor?': str,
      category: { enum: ['push', 'analytics', 'crash-reporting', 'advertising', 'maps-location', 'social', 'payment', 'identity-verification', 'media', 'iot-connectivity', 'device-identifier', 'other'] },
      platforms: { type: 'array', items: { enum: ['android', 'ios', 'harmonyos', 'web'] } },
      dataTypes: strings, purposes: strings, 'privacyUrl?': str, known: bool, evidence: ref('EvidenceList'),
    }),
    Permission: object({
      id: str, platform: { enum: ['android', 'ios'] },
      'protectionLevel?': { enum: ['dangerous', 'normal', 'signature', 'internal', 'special', 'vendor', 'app'] },
      label: str, 'labelZh?': str, purposes: strings, scenarios: strings, evidence: ref('EvidenceList'),
    }),
    UnresolvedPermission: object({ text: str, evidence: ref('EvidenceList') }),
    Right: object({ id: { type: 'string', pattern: '^right\\.[a-z_]+$' }, 'how?': str, evidence: ref('EvidenceList') }),
    Deadline: object({ subject: str, amount: { type: 'number', exclusiveMinimum: 0 }, unit, text: str, evidence: ref('EvidenceList') }),
    Minors: object({ 'ageThreshold?': int, ages: { type: 'array', items: int }, 'parentalConsent?': bool, 'excluded?': bool, evidence: ref('EvidenceList') }),
    Contacts: object({
      emails: strings, phones: { type: 'array', items: { type: 'string', pattern: '^\\d+$' } },
      phoneDetails: { type: 'array', items: object({ text: str, digits: str, kind: { enum: ['hotline', 'complaint', 'regulator', 'other'] } }) },
      urls: strings, regulators: strings, addresses: strings, evidence: ref('EvidenceList'),
    }),
    Retention: object({ rule: str, 'amount?': { type: 'number' }, 'unit?': unit, 'afterwards?': { enum: ['delete', 'anonymise', 'delete_or_anonymise'] }, 'backupCaveat?': bool, evidence: ref('EvidenceList') }),
    Storage: object({ locations: strings, 'crossBorder?': bool, conditions: strings, evidence: ref('EvidenceList') }),
    Sharing: object({
      kind: { enum: ['share', 'transfer', 'disclose'] },
      recipients: { type: 'array', items: { enum: ['affiliates', 'service_providers', 'sdk_providers', 'authorities', 'acquirers', 'public', 'advertisers', 'other'] } },
      dataTypes: strings, purposes: strings,
      conditional: bool, exceptions: strings, evidence: ref('EvidenceList'),
    }),
    Finding: object({
      rule: str,
      severity: { enum: ['violation', 'warning', 'info'] },
      jurisdiction: { enum: ['cn', 'eu'] },
      refs: strings,
      'subject?': str,
      message: object({ en: str, zh: str }),
      evidence: ref('EvidenceList'),
      'searched?': { type: 'array', items: object({ section: int, heading: str, category: str }) },
    }),
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'policy-extraction.schema.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
}
