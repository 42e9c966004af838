import type { Player } from '../../player/store';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { readCache } from './reading';

const whole = (x: number) => Math.round(x).toLocaleString('en-US');
const percent = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–');

/** Hits against misses over the last second, and the running totals, at the playhead. */
export function CacheReadout({ player }: { player: Player }) {
  const frame = useFrame(player);
  const data = usePlayerState(player, (s) => s.data);
  const capacity = usePlayerState(player, (s) => s.params.capacity as number);
  const cacheOn = usePlayerState(player, (s) => s.params.policy !== 'none');
  const r = readCache(data, frame?.t ?? 0);
  const hit = r && Number.isFinite(r.recentHitRatio) ? r.recentHitRatio : 0;
  return (
    <div className="cache-readout">
      {/* The same split as the first figure below, drawn: solid for hits, hatched for misses. */}
      <div className="cache-hitbar" aria-hidden="true">
        <span className="cache-hitbar-hit" style={{ width: `${hit * 100}%` }} />
        <span className="cache-hitbar-miss" style={{ width: `${(1 - hit) * 100}%` }} />
      </div>
      <div className="cache-hitbar-key" aria-hidden="true">
        <span className="key-hit">hits (answered by the cache)</span>
        <span className="key-miss">misses (sent to the database)</span>
      </div>
      <dl className="cache-figures">
        <div>
          <dt>Hit ratio, last second</dt>
          <dd data-figure="hit-ratio">{r ? percent(r.recentHitRatio) : '–'}</dd>
        </div>
        <div>
          <dt>Database reads</dt>
          <dd data-figure="db-reads">
            {r && Number.isFinite(r.recentDbReadsPerSec)
              ? `${whole(r.recentDbReadsPerSec)}/s`
              : '–'}
          </dd>
        </div>
        <div>
          <dt>Entries cached</dt>
          <dd data-figure="entries">
            {cacheOn ? `${whole(r?.entries ?? 0)} of ${whole(capacity)}` : 'no cache'}
          </dd>
        </div>
        <div>
          <dt>Stale reads so far</dt>
          <dd data-figure="stale">{whole(r?.staleReads ?? 0)}</dd>
        </div>
      </dl>
    </div>
  );
}
