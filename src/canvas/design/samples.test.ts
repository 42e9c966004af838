import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from './schema';
import { SAMPLE_DESIGNS } from './samples';

describe('sample designs', () => {
  for (const [id, d] of Object.entries(SAMPLE_DESIGNS))
    it(`docs/designs/${id}.json is the ${id} sample, byte for byte`, () => {
      const text = readFileSync(`docs/designs/${id}.json`, 'utf8');
      expect(text).toBe(serializeDesign(d));
      expect(parseDesign(text)).toEqual({ ok: true, design: d, migratedFrom: null });
    });
});
