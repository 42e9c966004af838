import type { Plugin, Rollup } from 'vite';

// Build-time work on index.html: on a deep link (#/lab/<id>, #/embed/<id>, #/design) the page
// needs the chunks of that page, which the app would only discover one import after another
// (shell -> lab page -> chapter), each a round trip on a phone. An inline script asks for
// them at once, while the shell is still loading.

const LAB = 'src/app/lab/LabRoute.tsx';
const DESIGN = 'src/canvas/ui/CanvasPage.tsx';
const CHAPTER = /src\/scenarios\/([\w-]+)\/chapter\.ts$/;

/** What a deep link preloads: files (relative to the base) per page. */
export interface PreloadMap {
  lab: string[];
  design: string[];
  chapters: Record<string, string[]>;
}

const isChunk = (o: Rollup.OutputChunk | Rollup.OutputAsset): o is Rollup.OutputChunk =>
  o.type === 'chunk';

/** The chunks a deep link needs beyond the shell, from the finished bundle. */
export function preloadMap(bundle: Rollup.OutputBundle): PreloadMap {
  const chunks = Object.values(bundle).filter(isChunk);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  /** A chunk and everything it imports statically. */
  const closure = (c: Rollup.OutputChunk | undefined): Set<string> => {
    const out = new Set<string>();
    const visit = (file: string) => {
      if (out.has(file)) return;
      out.add(file);
      byFile.get(file)?.imports.forEach(visit);
    };
    if (c) visit(c.fileName);
    return out;
  };
  const facade = (test: (id: string) => boolean) =>
    chunks.find((c) => c.facadeModuleId !== null && test(c.facadeModuleId.replace(/\\/g, '/')));
  const minus = (a: Set<string>, ...b: Set<string>[]) =>
    [...a].filter((f) => !b.some((s) => s.has(f))).sort();

  const shell = closure(chunks.find((c) => c.isEntry));
  const lab = closure(facade((id) => id.endsWith(LAB)));
  const chapters: Record<string, string[]> = {};
  for (const c of chunks) {
    const id = c.facadeModuleId?.replace(/\\/g, '/').match(CHAPTER)?.[1];
    if (id) chapters[id] = minus(closure(c), shell, lab);
  }
  return {
    lab: minus(lab, shell),
    design: minus(closure(facade((id) => id.endsWith(DESIGN))), shell),
    chapters,
  };
}

/** JSON that is safe inside a script element (no "</script>" however the base is spelt). */
const inline = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The inline script: on a deep link, a modulepreload for each chunk that page needs. */
export function preloadScript(map: PreloadMap, base: string): string {
  return `<script>
      (function (m, base) {
        var hash = location.hash;
        var lab = /^#\\/(?:lab|embed)\\/([\\w-]+)/.exec(hash);
        var own = lab && Object.prototype.hasOwnProperty.call(m.chapters, lab[1]);
        var files = own ? m.lab.concat(m.chapters[lab[1]])
          : /^#\\/design(?:[?]|$)/.test(hash) ? m.design : [];
        files.forEach(function (f) {
          var l = document.createElement('link');
          l.rel = 'modulepreload';
          l.crossOrigin = '';
          l.href = base + f;
          document.head.appendChild(l);
        });
      })(${inline(map)}, ${inline(base)});
    </script>`;
}

/** Writes the deep-link preload script into index.html's head. */
export function preloadDeepLinks(): Plugin {
  let base = './';
  return {
    name: 'scale-lab:preload-deep-links',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!html.includes('</head>')) throw new Error('index.html has no </head>');
        return html.replace(
          '</head>',
          `  ${preloadScript(preloadMap(ctx.bundle), base)}\n  </head>`,
        );
      },
    },
  };
}
