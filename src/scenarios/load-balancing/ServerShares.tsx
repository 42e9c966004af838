import type { Player } from '../../player/store';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { readServers, statusText } from './reading';
import { weightsOf, workersOf } from './scenario';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Each server's share of the traffic so far against its share by weight: a bar for what it
 * got, a tick for what its size says it should get, and both as numbers.
 */
export function ServerShares({ player }: { player: Player }) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const params = usePlayerState(player, (s) => s.params);
  const weights = weightsOf(params);
  const workers = workersOf(params);
  const total = weights.reduce((a, b) => a + b, 0);
  const rows = readServers(layout, frame, weights.length);
  return (
    // On a phone the table scrolls inside its own box rather than widening the page.
    <div
      className="table-scroll"
      role="region"
      aria-label="Share of requests per server"
      tabIndex={0}
    >
      <table className="lb-shares">
        <caption>Share of requests each server received, against its share by weight</caption>
        <thead>
          <tr>
            <th scope="col">Server</th>
            <th scope="col">Weight</th>
            <th scope="col">Received</th>
            <th scope="col">By weight</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const fair = weights[i]! / total;
            const state = statusText(r);
            return (
              <tr key={r.name} data-server={r.name} className={r.alive ? undefined : 'is-down'}>
                <th scope="row">Server {i + 1}</th>
                <td>
                  {weights[i]} <span className="muted">({workers[i]} workers)</span>
                </td>
                <td className="lb-share-cell">
                  <span className="lb-bar" aria-hidden="true">
                    <span className="lb-bar-fill" style={{ width: pct(Math.min(1, r.share)) }} />
                    <span className="lb-bar-fair" style={{ left: pct(fair) }} />
                  </span>
                  <span data-share>{pct(r.share)}</span>{' '}
                  <span className="muted">({r.arrived.toLocaleString('en-US')})</span>
                </td>
                <td>{pct(fair)}</td>
                <td>
                  <span className={`lb-state ${r.alive ? 'up' : 'down'}`} aria-hidden="true">
                    {r.alive ? '●' : '✕'}
                  </span>{' '}
                  {state}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
