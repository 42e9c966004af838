import { useId } from 'react';
import type { CachePolicy } from '../../engine';
import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';

const POLICIES: ReadonlyArray<{ value: CachePolicy; label: string; note: string }> = [
  { value: 'none', label: 'No cache', note: 'every read asks the database' },
  { value: 'ttl', label: 'TTL', note: 'entries expire; old until then' },
  { value: 'write-through', label: 'Write-through', note: 'a write updates the entry' },
  { value: 'invalidate', label: 'Invalidate', note: 'a write deletes the entry' },
];

/** The chapter's choice in one control: how (and whether) the cache follows writes. */
export function PolicySwitch({ player }: { player: Player }) {
  const name = useId();
  const policy = usePlayerState(player, (s) => s.params.policy as CachePolicy);
  return (
    <fieldset className="cache-policy">
      <legend>Try a policy</legend>
      {POLICIES.map((p) => (
        <label key={p.value}>
          <input
            type="radio"
            name={name}
            value={p.value}
            checked={policy === p.value}
            onChange={() => player.setParam('policy', p.value)}
          />
          <span className="cache-policy-name">{p.label}</span>
          <span className="cache-policy-note">{p.note}</span>
        </label>
      ))}
    </fieldset>
  );
}
