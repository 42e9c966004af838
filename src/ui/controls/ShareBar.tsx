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

/** Copy link, download results (the CLI's --json shape), and open the embed dialog. */
export function ShareBar({ player, onEmbed }: { player: Player; onEmbed: () => void }) {
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
      <button type="button" onClick={onEmbed}>
        Embed
      </button>
      <span className="share-status" role="status">
        {said}
      </span>
    </div>
  );
}
