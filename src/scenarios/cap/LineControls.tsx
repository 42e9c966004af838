import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { PAIRS, linkName, pairLabel } from './cities';
import { linesUp, type GaugeReader } from './live';

/**
 * Failure injection for the phone lines: cut or heal any line at the playhead while the run
 * goes on (the run is recomputed from there, with the same past).
 */
export function LineControls({ player, read }: { player: Player; read: GaugeReader }) {
  const commands = usePlayerState(player, (s) => s.commands);
  const up = linesUp(read);
  const anyCut = up.some((u) => !u);
  return (
    <div className="cap-lines" role="group" aria-label="Phone lines between the cities">
      <span className="cap-lines-title">Phone lines:</span>
      {PAIRS.map((pair, k) => (
        <span key={k} className={`cap-line-control${up[k] ? '' : ' is-cut'}`}>
          <span className="cap-line-name">
            {pairLabel(pair)} <strong>{up[k] ? 'up' : 'cut'}</strong>
          </span>
          <button
            type="button"
            className={up[k] ? 'danger' : undefined}
            onClick={() => player.intervene(linkName(pair), up[k] ? 'kill' : 'restart')}
          >
            {up[k] ? 'Cut' : 'Heal'} {pairLabel(pair)}
          </button>
        </span>
      ))}
      {anyCut && (
        <button
          type="button"
          onClick={() =>
            PAIRS.forEach((pair, k) => {
              if (!up[k]) player.intervene(linkName(pair), 'restart');
            })
          }
        >
          Heal every line
        </button>
      )}
      {commands.length > 0 && (
        <button type="button" className="link-button" onClick={player.clearInterventions}>
          Undo my cuts and heals ({commands.length})
        </button>
      )}
    </div>
  );
}
