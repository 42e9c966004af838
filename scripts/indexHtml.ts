import { runnerImport, type Plugin } from 'vite';
import type { renderLanding } from '../src/app/prerender';

// Build-time work on index.html: the landing page as HTML, so a phone on a slow network sees
// it before any script has run.

const ROOT_DIV = '<div id="root"></div>';

/** Writes the landing page's HTML into index.html (see src/app/prerender.tsx). */
export function prerenderLanding(): Plugin {
  return {
    name: 'scale-lab:prerender-landing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module } = await runnerImport<{ renderLanding: typeof renderLanding }>(
          './src/app/prerender.tsx',
          { configFile: false, logLevel: 'warn' },
        );
        if (!html.includes(ROOT_DIV)) throw new Error(`index.html has no ${ROOT_DIV}`);
        return html.replace(
          ROOT_DIV,
          `<div id="root"><div class="prerendered">${module.renderLanding()}</div></div>`,
        );
      },
    },
  };
}
