import { useState } from 'react';
import { labHref } from '../route';
import { CHEAT_ROWS } from './rows';

/** The chapter's cheat sheet, each row a pair of runs: the problem, then the fix. */
export default function CheatSheet() {
  const [i, setI] = useState(0);
  const row = CHEAT_ROWS[i]!;
  return (
    <div className="cheat-sheet">
      <h1>Cheat sheet</h1>
      <p className="lead">
        The usual problems of a growing system and their standard fixes. Each row opens a simulation
        twice: once set up so the problem bites, once with the fix, on the same traffic (same seed).
      </p>
      <section className="cheat-walk" aria-labelledby="walk-title">
        <h2 id="walk-title">
          Walk the table: problem {i + 1} of {CHEAT_ROWS.length}
        </h2>
        <p className="cheat-problem">{row.problem}</p>
        <p>
          Fix: <strong>{row.solution}</strong> ({row.technology}). {row.watch}
        </p>
        <div className="row">
          <a className="button" href={labHref(row.scenario, row.problemQuery)}>
            1. See the problem
          </a>
          <a className="button primary-link" href={labHref(row.scenario, row.fixQuery)}>
            2. See the fix
          </a>
          <button type="button" onClick={() => setI((x) => x - 1)} disabled={i === 0}>
            Previous problem
          </button>
          <button
            type="button"
            onClick={() => setI((x) => x + 1)}
            disabled={i === CHEAT_ROWS.length - 1}
          >
            Next problem
          </button>
        </div>
      </section>
      {/* On a phone the table scrolls sideways inside its own box, not the whole page. */}
      <div className="table-scroll" role="region" aria-label="The cheat sheet table" tabIndex={0}>
        <table className="cheat-table">
          <caption>Problem, solution, key technology, and the simulations that show them</caption>
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">Solution</th>
              <th scope="col">Key technology</th>
              <th scope="col">Try it</th>
            </tr>
          </thead>
          <tbody>
            {CHEAT_ROWS.map((r, k) => (
              <tr key={r.problem} aria-current={k === i ? 'step' : undefined}>
                <th scope="row">{r.problem}</th>
                <td>{r.solution}</td>
                <td>{r.technology}</td>
                <td className="cheat-links">
                  <a
                    href={labHref(r.scenario, r.problemQuery)}
                    aria-label={`Problem: ${r.problem}`}
                  >
                    Problem
                  </a>{' '}
                  <a href={labHref(r.scenario, r.fixQuery)} aria-label={`Fix: ${r.solution}`}>
                    Fix
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
