import type { DesignIssue } from '../design/contract';
import { useCanvas } from './context';

/**
 * Every problem validation finds, in words, with a button that selects the parts and wires
 * concerned (the same problems are also marked on the canvas).
 */
export function IssuesPanel({
  issues,
  onShow,
}: {
  issues: readonly DesignIssue[];
  onShow: (partIds: string[]) => void;
}) {
  const select = useCanvas((s) => s.select);
  const empty = useCanvas((s) => s.history.present.parts.length === 0);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <section className="design-panel issues" aria-labelledby="issues-title">
      <h2 id="issues-title">
        Checks{' '}
        <span className="badge" data-issues={issues.length}>
          {issues.length === 0
            ? 'all clear'
            : `${errors} error${errors === 1 ? '' : 's'}, ${issues.length - errors} warning${issues.length - errors === 1 ? '' : 's'}`}
        </span>
      </h2>
      {issues.length === 0 ? (
        <p className="muted">
          {empty
            ? 'Nothing to check yet: add parts from the palette.'
            : 'No problems found: every part is wired and requests can reach storage.'}
        </p>
      ) : (
        <ul className="issue-list" aria-live="polite">
          {issues.map((issue, i) => (
            <li key={`${i}:${issue.message}`} className={`issue issue-${issue.severity}`}>
              <span className="issue-mark" aria-hidden="true">
                {issue.severity === 'error' ? '✖' : '⚠'}
              </span>
              <span>
                <span className="visually-hidden">
                  {issue.severity === 'error' ? 'Error: ' : 'Warning: '}
                </span>
                {issue.message}
              </span>
              {issue.partIds.length + issue.wireIds.length > 0 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    select(issue.partIds, issue.wireIds);
                    onShow(issue.partIds);
                  }}
                >
                  Show
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
