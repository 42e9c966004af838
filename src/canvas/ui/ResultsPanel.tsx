import type { LatencyFigures, LoadTestResult } from '../design/contract';
import type { Design } from '../design/types';
import { loadBand } from '../persist/diagramSvg';
import { download } from '../persist/files';
import { int, ms, percent, usd } from './format';

/**
 * What the load test found: latency for both paths, errors, links not found yet, code
 * collisions, the monthly bill, and the part that limits the design with the fix to try.
 */
export function ResultsPanel({
  result,
  design,
  stale,
  onShowPart,
}: {
  result: LoadTestResult;
  design: Design;
  stale: boolean;
  onShowPart: (id: string) => void;
}) {
  const label = (id: string) => design.parts.find((p) => p.id === id)?.label ?? id;
  const b = result.bottleneck;
  return (
    <section className="design-panel results" aria-labelledby="results-title" data-stale={stale}>
      <h2 id="results-title">Load test results</h2>
      {stale && (
        <p className="notice notice-warn">
          The design has changed since this run: run the test again to see the new numbers.
        </p>
      )}
      {b ? (
        <div className="bottleneck" role="note" aria-label="Bottleneck">
          <p>
            <span aria-hidden="true">▲ </span>
            <strong>Bottleneck: {label(b.partId)}.</strong> {b.reason}
          </p>
          <p>
            <strong>Try:</strong> {b.fix}{' '}
            <button type="button" className="link-button" onClick={() => onShowPart(b.partId)}>
              Show it
            </button>
          </p>
        </div>
      ) : (
        <p className="bottleneck none" role="note" aria-label="Bottleneck">
          <span aria-hidden="true">● </span>No part limits this design at this load.
        </p>
      )}
      <table className="mini-table latency-table">
        <caption className="visually-hidden">Latency and errors</caption>
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">Requests</th>
            <th scope="col">p50</th>
            <th scope="col">p99</th>
            <th scope="col">Errors</th>
          </tr>
        </thead>
        <tbody>
          <LatencyRow name="Redirects" f={result.redirects} stat="redirects" />
          <LatencyRow name="Creates" f={result.creates} stat="creates" />
          {result.appLoss && (
            <LatencyRow
              name={`Redirects after ${result.appLoss.killed} dies at ${result.appLoss.atS} s (from ${result.appLoss.fromS} s)`}
              f={result.appLoss.redirects}
              stat="app-loss"
            />
          )}
        </tbody>
      </table>
      <dl className="figures result-figures">
        <div>
          <dt>Error rate</dt>
          <dd data-stat="error-rate">{percent(result.errorRate, 2)}</dd>
        </div>
        <div>
          <dt>Not found yet</dt>
          <dd data-stat="not-found-yet">{int(result.notFoundYet)}</dd>
        </div>
        <div>
          <dt>Code collisions</dt>
          <dd data-stat="collisions">{int(result.collisions)}</dd>
        </div>
        <div>
          <dt>Duplicate codes</dt>
          <dd data-stat="duplicates">{int(result.duplicateCodes)}</dd>
        </div>
        <div>
          <dt>Monthly cost</dt>
          <dd data-stat="cost">{usd(result.monthlyCost.totalUsd)}</dd>
        </div>
      </dl>
      <p className="muted">
        Not found yet: redirects for a link made moments before that a lagging replica did not have.
        Collisions: short codes that clashed and had to be made again.
      </p>
      <details>
        <summary>Each part: how busy, and the monthly bill</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Load by part">
          <table className="mini-table part-load-table">
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Busy</th>
                <th scope="col">Handled/s</th>
                <th scope="col">Dropped</th>
                <th scope="col">Cost/month</th>
              </tr>
            </thead>
            <tbody>
              {result.parts.map((p) => {
                const cost = result.monthlyCost.parts.find((c) => c.partId === p.partId);
                return (
                  <tr key={p.partId} data-part={p.partId} data-load={loadBand(p.utilization)}>
                    <th scope="row">{label(p.partId)}</th>
                    <td>{percent(p.utilization, 0)}</td>
                    <td>{int(p.handledPerSec)}</td>
                    <td>{int(p.dropped)}</td>
                    <td title={cost?.note}>{cost ? usd(cost.usd) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      <button
        type="button"
        onClick={() =>
          download(
            'url-shortener-load-test.json',
            new Blob([JSON.stringify(result.run, null, 2)], { type: 'application/json' }),
          )
        }
      >
        Download the full results (.json)
      </button>
    </section>
  );
}

function LatencyRow({ name, f, stat }: { name: string; f: LatencyFigures; stat: string }) {
  return (
    <tr data-path={stat}>
      <th scope="row">{name}</th>
      <td>{int(f.count)}</td>
      <td data-stat={`${stat}-p50`}>{f.count ? ms(f.p50Ms) : '–'}</td>
      <td data-stat={`${stat}-p99`}>{f.count ? ms(f.p99Ms) : '–'}</td>
      <td>{percent(f.errorRate, 2)}</td>
    </tr>
  );
}
