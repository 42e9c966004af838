import { useEffect, useRef } from 'react';

export const SHORTCUTS: Array<[string, string]> = [
  ['Space', 'Play or pause'],
  ['→ / ←', 'Step one second forward or back'],
  ['Shift + → / ←', 'Step a tenth of a second'],
  ['+ / −', 'Double or halve the speed'],
  ['R', 'Restart from the beginning'],
  ['?', 'Show or hide this card'],
  [
    'P',
    'Presenter mode (then → / Page Down / . next, ← / Page Up / , back, B blank, N notes, Esc leave)',
  ],
];

/** The keys card. Escape or the button closes it; focus returns where it was. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || e.key === '?') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      before?.focus?.();
    };
  }, [onClose]);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="keys-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="keys-title">Keyboard shortcuts</h2>
        <table className="keys">
          <tbody>
            {SHORTCUTS.map(([k, what]) => (
              <tr key={k}>
                <th scope="row">
                  <kbd>{k}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Keys do nothing while you are typing in a field.</p>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
