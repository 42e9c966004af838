import { useEffect, useId, useRef, useState } from 'react';
import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { embedUrl, iframeSnippet, type EmbedChoices } from './snippet';

/** Builds an embed: options, a live preview in a real iframe, and the snippet to copy. */
export function EmbedDialog({ player, onClose }: { player: Player; onClose: () => void }) {
  const scenario = usePlayerState(player, (s) => s.scenario);
  const id = useId();
  const [c, setC] = useState<EmbedChoices>({
    controls: 'compact',
    autoplay: false,
    speed: 1,
    lesson: false,
    theme: 'auto',
    lock: [],
    height: 560,
  });
  const [said, setSaid] = useState('');
  const closeRef = useRef<HTMLButtonElement>(null);
  const src = embedUrl(window.location.href, scenario.id, c);
  const snippet = iframeSnippet(src, `Scale Lab: ${scenario.title}`, c.height);
  const set = (patch: Partial<EmbedChoices>) => setC((old) => ({ ...old, ...patch }));

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
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

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setSaid('Embed code copied');
    } catch {
      setSaid('Select the code above and copy it');
    }
  };

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal embed-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="panel-head">
          <h2 id={`${id}-title`}>Embed this simulation</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="embed-grid">
          <form className="embed-options" onSubmit={(e) => e.preventDefault()}>
            <label>
              Controls
              <select
                value={c.controls}
                onChange={(e) =>
                  set({ controls: e.currentTarget.value as EmbedChoices['controls'] })
                }
              >
                <option value="full">Full (player and parameters)</option>
                <option value="compact">Compact (play, timeline, speed)</option>
                <option value="none">None</option>
              </select>
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={c.autoplay}
                onChange={(e) => set({ autoplay: e.currentTarget.checked })}
              />{' '}
              Start playing on load
            </label>
            <label>
              Speed
              <select
                value={c.speed}
                onChange={(e) => set({ speed: Number(e.currentTarget.value) })}
              >
                {[0.5, 1, 2, 5, 10, 50, 100].map((x) => (
                  <option key={x} value={x}>
                    {x}x
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={c.lesson}
                onChange={(e) => set({ lesson: e.currentTarget.checked })}
              />{' '}
              Show the lesson
            </label>
            <label>
              Theme
              <select
                value={c.theme}
                onChange={(e) => set({ theme: e.currentTarget.value as EmbedChoices['theme'] })}
              >
                <option value="auto">Follow the reader&apos;s system</option>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <label>
              Height (px)
              <input
                type="number"
                min={240}
                max={2000}
                step={20}
                value={c.height}
                onChange={(e) =>
                  set({
                    height: Math.min(2000, Math.max(240, Number(e.currentTarget.value) || 560)),
                  })
                }
              />
            </label>
            <fieldset>
              <legend>Lock parameters (readers cannot change them)</legend>
              {scenario.params.map((p) => (
                <label key={p.name} className="check">
                  <input
                    type="checkbox"
                    checked={c.lock.includes(p.name)}
                    onChange={(e) =>
                      set({
                        lock: e.currentTarget.checked
                          ? [...c.lock, p.name]
                          : c.lock.filter((n) => n !== p.name),
                      })
                    }
                  />{' '}
                  {p.label ?? p.name}
                </label>
              ))}
            </fieldset>
          </form>
          <div className="embed-preview">
            <iframe
              title="Preview of the embedded simulation"
              src={src}
              height={Math.min(c.height, 520)}
            />
            <label htmlFor={`${id}-code`}>Code to paste into your page</label>
            <textarea
              id={`${id}-code`}
              readOnly
              value={snippet}
              rows={4}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div className="row">
              <button type="button" className="primary" onClick={copy}>
                Copy embed code
              </button>
              <span role="status">{said}</span>
            </div>
            <p className="muted">
              The embedded page reports its height and answers play, pause, seek, set and get
              messages: see docs/embedding.md.
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}
