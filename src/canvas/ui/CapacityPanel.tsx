import type { CapacityPlan } from '../design/contract';
import { PART_NAMES, type Design } from '../design/types';
import { bytes, int, rate } from './format';

/**
 * Back-of-the-envelope numbers from the design and the workload alone, before any test:
 * storage, the reads and writes each part must take, and how many of it are needed.
 */
export function CapacityPanel({ plan, design }: { plan: CapacityPlan | null; design: Design }) {
  const label = (id: string) => design.parts.find((p) => p.id === id)?.label ?? id;
  return (
    <section className="design-panel capacity" aria-labelledby="capacity-title">
      <h2 id="capacity-title">Capacity math</h2>
      {!plan ? (
        <p className="muted">The numbers appear once the design has parts.</p>
      ) : (
        <>
          <p>
            <strong>Storage:</strong> {bytes(plan.storageBytes)} for {int(design.workload.urls)}{' '}
            links. <span className="muted">{plan.storageNote}</span>
          </p>
          {plan.parts.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Capacity by part">
              <table className="mini-table capacity-table">
                <thead>
                  <tr>
                    <th scope="col">Part</th>
                    <th scope="col">Reads/s</th>
                    <th scope="col">Writes/s</th>
                    <th scope="col">Can take/s</th>
                    <th scope="col">Needed</th>
                    <th scope="col">Present</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.parts.map((p) => {
                    const short = p.instancesNeeded > p.instancesPresent;
                    return (
                      <tr key={p.partId} data-part={p.partId} className={short ? 'short' : ''}>
                        <th scope="row">
                          {label(p.partId)}
                          <span className="visually-hidden"> ({PART_NAMES[p.kind]})</span>
                        </th>
                        <td>{rate(p.readsPerSec)}</td>
                        <td>{rate(p.writesPerSec)}</td>
                        <td>{rate(p.capacityPerSec)}</td>
                        <td>{int(p.instancesNeeded)}</td>
                        <td>
                          {int(p.instancesPresent)} {short ? '✖ too few' : '✔'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted">Needed: how many it takes to stay near 70% busy.</p>
        </>
      )}
    </section>
  );
}
