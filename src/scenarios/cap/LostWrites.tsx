import type { Player } from '../../player/store';
import { formatCount } from '../../ui/controls/formatNumbers';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { G } from './gauges';
import type { GaugeReader } from './live';

interface Lost {
  atS: number;
  dish: string;
  price: number;
  by: string;
  keptPrice: number;
  keptBy: string;
  fromPartition: boolean;
}

const SHOWN = 4;

/**
 * "Which writes did last-writer-wins throw away?": the latest few up to the playhead, read
 * from the finished run's list (it is complete once the run is computed).
 */
export function LostWrites({ player, read }: { player: Player; read: GaugeReader }) {
  const result = usePlayerState(player, (s) => s.data?.result);
  const second = usePlayerState(player, (s) => Math.floor(s.t / 100) / 10);
  const mode = usePlayerState(player, (s) => s.params.mode);
  const log = ((result?.lostWriteLog as Lost[] | undefined) ?? []).filter((w) => w.atS <= second);
  const shown = log.slice(-SHOWN).reverse();
  return (
    <section className="cap-lost" aria-label="Prices thrown away by last-writer-wins">
      <h3>Thrown away by last-writer-wins</h3>
      {mode === 'cp' ? (
        <p className="muted">
          In CP every price change goes through a majority and gets a higher number than the one
          before it: there is nothing to reconcile, so nothing is thrown away.
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">
          Nothing yet: no two cities have changed the same dish without hearing of each other.
        </p>
      ) : (
        <>
          <p>
            {formatCount(read(G.lost))} so far; the latest listed
            {log.length >= 50
              ? ' (the list keeps the first 50 of calm times and 50 of storms)'
              : ''}
            :
          </p>
          <ul>
            {shown.map((w, k) => (
              <li key={k}>
                <strong>{w.atS.toFixed(1)} s</strong>: {w.by}’s {w.dish} at ₹{w.price} lost to{' '}
                {w.keptBy}’s ₹{w.keptPrice}
                {w.fromPartition ? ' (from the storm)' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
