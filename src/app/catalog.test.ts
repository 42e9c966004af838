import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/registry';
import { CATALOG } from './catalog';
import { CHAPTERS } from './views';

describe('the chapter catalogue', () => {
  it('lists exactly the chapters that have a page', () => {
    expect(CATALOG.map((c) => c.id).sort()).toEqual(Object.keys(CHAPTERS).sort());
  });

  it("matches each scenario's title, tagline and order", () => {
    for (const entry of CATALOG) {
      const s = SCENARIOS.find((x) => x.id === entry.id);
      expect(s, entry.id).toBeDefined();
      expect(entry).toEqual({ id: s!.id, title: s!.title, tagline: s!.tagline, order: s!.order });
    }
  });

  it("brings each page's own scenario with its chapter module, the registry's object", async () => {
    for (const [id, load] of Object.entries(CHAPTERS)) {
      const chapter = await load();
      expect(chapter.scenario, id).toBe(SCENARIOS.find((x) => x.id === id));
    }
  });
});
