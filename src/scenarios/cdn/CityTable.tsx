import type { Player } from '../../player/store';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { cityWindows, WINDOW_MS } from './cityWindow';
import type { Serving } from './serving';
import type { Sites } from './sites';

const km = (x: number) => `${Math.round(x).toLocaleString('en-US')} km`;
/** "0 ms", "10.3 ms", "128.5 ms": tenths, so the physics and the observed can be matched. */
const ms = (x: number) =>
  !Number.isFinite(x)
    ? '–'
    : x === 0
      ? '0 ms'
      : x < 1000
        ? `${x.toFixed(1)} ms`
        : `${Math.round(x)} ms`;

/**
 * Each city at the playhead: who answers it, the physics of the trip, and what its users
 * actually waited over the last two seconds, so the two can be compared line by line.
 */
export function CityTable({
  player,
  sites,
  serving,
  processingMs,
}: {
  player: Player;
  sites: Sites;
  serving: readonly Serving[];
  /** Processing at the server answering each city (edge or origin). */
  processingMs: readonly number[];
}) {
  const moment = useChartMoment(player);
  const windows = moment
    ? cityWindows(
        moment.data,
        moment.t,
        sites.cities.map((c) => c.id),
      )
    : [];
  const seconds = WINDOW_MS / 1000;
  const cdn = sites.edges.length > 0;
  return (
    // Scrolls sideways on narrow screens, so it takes focus: keyboard users can scroll it too.
    <div className="cdn-table-wrap" tabIndex={0} role="region" aria-label="Round trips by city">
      <table className="mini-table cdn-table">
        <caption>
          Each city's round trip: the physics, and what its users waited over the last {seconds}{' '}
          seconds
        </caption>
        <thead>
          <tr>
            <th scope="col">City</th>
            <th scope="col">Answered by</th>
            <th scope="col">Distance</th>
            <th scope="col">Fibre round trip</th>
            <th scope="col">+ processing</th>
            <th scope="col">{cdn ? 'Hits waited' : 'Waited'}</th>
            {cdn && <th scope="col">All waited</th>}
            <th scope="col">Errors so far</th>
          </tr>
        </thead>
        <tbody>
          {sites.cities.map((c, i) => {
            const s = serving[i]!;
            const w = windows[i];
            return (
              <tr key={c.id} data-city={c.id}>
                <th scope="row">{c.name}</th>
                <td className="cdn-server">
                  {s.server === 'origin' ? 'Origin' : s.place.name + ' edge'}
                </td>
                <td>{km(s.km)}</td>
                <td>{ms(s.rttMs)}</td>
                <td>{ms(s.rttMs + (processingMs[i] ?? 0))}</td>
                <td data-col="hits">{w ? ms(w.recentHitMs) : '–'}</td>
                {cdn && <td data-col="all">{w ? ms(w.recentMs) : '–'}</td>}
                <td>{w ? w.errors.toLocaleString('en-US') : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
