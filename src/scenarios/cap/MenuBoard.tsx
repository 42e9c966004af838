import { CITIES } from './cities';
import { dishCopy, dishName, rupees, writerName, type GaugeReader } from './live';

/**
 * Every dish in every restaurant at the playhead: price, version and who set it. A copy older
 * than the newest confirmed price is marked "behind" in words, not just in colour.
 */
export function MenuBoard({ read, dishes }: { read: GaugeReader; dishes: number }) {
  return (
    // On a phone the table scrolls inside its own box rather than widening the page.
    <div className="table-scroll" role="region" aria-label="Menu prices" tabIndex={0}>
      <table className="cap-menu">
        <caption>The menu in each restaurant now</caption>
        <thead>
          <tr>
            <th scope="col">Dish</th>
            {CITIES.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: dishes }, (_, d) => (
            <tr key={d}>
              <th scope="row">{dishName(d)}</th>
              {CITIES.map((c, i) => {
                const copy = dishCopy(read, i, d);
                return (
                  <td
                    key={c.id}
                    className={copy.behind ? 'is-behind' : undefined}
                    title={`set by ${writerName(copy.writer)}`}
                  >
                    {rupees(copy.price)} <span className="cap-version">v{copy.version}</span>
                    {copy.behind && <span className="cap-behind"> behind</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
