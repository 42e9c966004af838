import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';

/** The chapter's main lever in one click: lend pooled connections, or connect per request. */
export function PoolSwitch({ player }: { player: Player }) {
  const on = usePlayerState(player, (s) => s.params.pool === 'on');
  return (
    <label className="cp-switch">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(e) => player.setParam('pool', e.currentTarget.checked ? 'on' : 'off')}
      />
      Lend connections from a pool
      <span className="cp-switch-state" aria-hidden="true">
        {on ? 'on' : 'off'}
      </span>
    </label>
  );
}
