import { useState } from 'react';

interface Props {
  /** Values ignored from the link, odd combinations, and the like. */
  warnings: readonly string[];
  error?: string | null;
}

/** Says what was ignored or went wrong, plainly, and lets the reader dismiss warnings. */
export function Notices({ warnings, error }: Props) {
  const [dismissed, setDismissed] = useState<string>('');
  const key = warnings.join('\n');
  return (
    <div className="notices">
      {error && (
        <div className="notice notice-error" role="alert">
          <strong>This run could not start:</strong> {error}. Change the parameters, or press Reset.
        </div>
      )}
      {warnings.length > 0 && dismissed !== key && (
        <div className="notice notice-warn" role="status">
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setDismissed(key)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
