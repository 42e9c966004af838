import { useState } from 'react';
import type { Player } from '../../player/store';
import { usePlayerState } from '../hooks/usePlayer';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard access can be refused (iframes, insecure origins): fall back to a prompt.
    window.prompt('Copy this:', text);
    return false;
  }
}

function download(name: string, json: unknown): void {
  const blob = new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The iframe snippet for this run, as the Embed button copies it. */
export function embedSnippet(href: string, title: string): string {
  const url = new URL(href);
  const [path, query = ''] = url.hash.slice(1).split('?');
  const q = new URLSearchParams(query);
  q.set('embed', '1');
  url.hash = `${path}?${q.toString()}`;
  return `<iframe src="${url.toString()}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}

/** Copy link, download results (the CLI's --json shape), and copy an embed snippet. */
export function ShareBar({ player }: { player: Player }) {
  const result = usePlayerState(player, (s) => s.data?.result ?? null);
  const scenario = usePlayerState(player, (s) => s.scenario);
  const seed = usePlayerState(player, (s) => s.seed);
  const [said, setSaid] = useState('');
  const say = (text: string) => {
    setSaid(text);
    setTimeout(() => setSaid(''), 2500);
  };
  return (
    <div className="share-bar">
      <button
        type="button"
        onClick={async () => say((await copyText(window.location.href)) ? 'Link copied' : '')}
      >
        Copy link
      </button>
      <button
        type="button"
        disabled={!result}
        title={result ? undefined : 'Available when the run has finished computing'}
        onClick={() => result && download(`scale-lab-${scenario.id}-seed${seed}.json`, result)}
      >
        Download results
      </button>
      <button
        type="button"
        onClick={async () =>
          say(
            (await copyText(embedSnippet(window.location.href, `Scale Lab: ${scenario.title}`)))
              ? 'Embed code copied'
              : '',
          )
        }
      >
        Embed
      </button>
      <span className="share-status" role="status">
        {said}
      </span>
    </div>
  );
}
