import { createRequire } from 'node:module';
import { extractPolicy } from '../src/index.js';
import { CORPUS, corpusText } from './helpers/corpus.js';
// @ts-expect-error: a plain .mjs build script without types
import { schema } from '../scripts/write-schema.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };

describe('the JSON Schema shipped with the package', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it.each(CORPUS)('accepts the result for %s', (file) => {
    const result = JSON.parse(JSON.stringify(extractPolicy(corpusText(file))));
    const ok = validate(result);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts the empty result and rejects a broken one', () => {
    const empty = JSON.parse(JSON.stringify(extractPolicy('')));
    expect(validate(empty)).toBe(true);
    expect(validate({ ...empty, dataTypes: [{ id: 'not an id', evidence: [] }] })).toBe(false);
  });
});
