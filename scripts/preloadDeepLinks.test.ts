import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { preloadMap, preloadScript } from './preloadDeepLinks';

/** A chunk as the bundle holds it: only the fields the map reads. */
const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  isEntry = false,
) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, isEntry }) as unknown as Rollup.OutputChunk;

const bundle = Object.fromEntries(
  [
    chunk('index.js', '/p/src/app/main.tsx', ['react.js'], true),
    chunk('react.js', null),
    chunk('LabRoute.js', '/p/src/app/lab/LabRoute.tsx', ['engine.js', 'react.js', 'charts.js']),
    chunk('engine.js', null),
    chunk('charts.js', null, ['engine.js']),
    chunk('chapter-a.js', '/p/src/scenarios/caching/chapter.ts', ['diagram.js', 'engine.js']),
    chunk('chapter-b.js', '/p/src/scenarios/cdn/chapter.ts', ['diagram.js', 'geo.js']),
    chunk('diagram.js', null, ['react.js']),
    chunk('geo.js', null),
    chunk('CanvasPage.js', '/p/src/canvas/ui/CanvasPage.tsx', ['engine.js', 'xyflow.js']),
    chunk('xyflow.js', null),
  ].map((c) => [c.fileName, c]),
) as Rollup.OutputBundle;

describe('preloadMap', () => {
  it('lists what each deep link needs beyond the shell, once', () => {
    expect(preloadMap(bundle)).toEqual({
      lab: ['LabRoute.js', 'charts.js', 'engine.js'],
      design: ['CanvasPage.js', 'engine.js', 'xyflow.js'],
      chapters: {
        caching: ['chapter-a.js', 'diagram.js'],
        cdn: ['chapter-b.js', 'diagram.js', 'geo.js'],
      },
    });
  });
});

describe('preloadScript', () => {
  /** Runs the inline script for a hash and returns the hrefs it asked for. */
  const preloads = (hash: string): string[] => {
    const added: Array<{ rel: string; href: string }> = [];
    const document = {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { appendChild: (l: { rel: string; href: string }) => added.push(l) },
    };
    const html = preloadScript(preloadMap(bundle), './');
    runInNewContext(html.replace(/<\/?script>/g, ''), { location: { hash }, document });
    expect(added.every((l) => l.rel === 'modulepreload')).toBe(true);
    return added.map((l) => l.href);
  };

  it('preloads the lab page and the chapter on a chapter link or an embed', () => {
    expect(preloads('#/lab/cdn?seed=3')).toEqual([
      './LabRoute.js',
      './charts.js',
      './engine.js',
      './chapter-b.js',
      './diagram.js',
      './geo.js',
    ]);
    expect(preloads('#/embed/caching')).toContain('./chapter-a.js');
  });

  it('keeps a base path that spells "</script>" inside the script', () => {
    const html = preloadScript(preloadMap(bundle), '/x</script><b>/');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const added: string[] = [];
    const document = {
      createElement: () => ({ href: '' }),
      head: { appendChild: (l: { href: string }) => added.push(l.href) },
    };
    runInNewContext(html.replace(/^<script>|<\/script>$/g, ''), {
      location: { hash: '#/design' },
      document,
    });
    expect(added[0]).toBe('/x</script><b>/CanvasPage.js');
  });

  it('preloads the canvas on the design page, and nothing elsewhere', () => {
    expect(preloads('#/design?d=abc')).toEqual(['./CanvasPage.js', './engine.js', './xyflow.js']);
    expect(preloads('')).toEqual([]);
    expect(preloads('#/cheat-sheet')).toEqual([]);
    expect(preloads('#/lab/no-such-chapter')).toEqual([]);
    expect(preloads('#/designer')).toEqual([]);
    // Names an object has anyway are not chapters.
    expect(preloads('#/lab/constructor')).toEqual([]);
    expect(preloads('#/embed/__proto__')).toEqual([]);
  });
});
