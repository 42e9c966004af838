import { useEffect, useRef, useState } from 'react';
import type { Player } from '../../player/store';
import { narrate } from './narrate';

/** Fewest wall-clock ms between two announcements, so a screen reader is not flooded. */
const GAP_MS = 1500;
/** A jump longer than this (a scrub) is summarised instead of narrated event by event. */
const JUMP_MS = 3000;

/**
 * A polite live region that tells screen-reader users what matters in a run, as it happens:
 * parts failing or overloading, interventions, errors and slow responses. Not every request.
 */
export function Narrator({ player }: { player: Player }) {
  const [text, setText] = useState('');
  const pending = useRef<string[]>([]);
  const lastSaid = useRef(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      if (pending.current.length === 0) return;
      setText(pending.current.slice(-3).join(' '));
      pending.current = [];
      lastSaid.current = performance.now();
    };
    const say = (lines: string[]) => {
      if (lines.length === 0) return;
      pending.current.push(...lines);
      const wait = Math.max(0, lastSaid.current + GAP_MS - performance.now());
      if (!timer) timer = setTimeout(flush, wait);
    };
    const unsubscribe = player.store.subscribe((s, prev) => {
      const d = s.data;
      if (!d || s.data !== prev.data || s.t === prev.t) return;
      const f0 = d.frameAt(prev.t);
      const f1 = d.frameAt(s.t);
      if (!f0 || !f1 || f0 === f1) return;
      if (Math.abs(s.t - prev.t) > JUMP_MS) {
        const errors = f1.rejected + f1.timedOut + f1.failed;
        say([
          `At ${(s.t / 1000).toFixed(0)} seconds: ${f1.arrived} requests so far, ${errors} errors.`,
        ]);
        return;
      }
      if (s.t < prev.t) return; // stepping back: the reader knows where they are going
      const series = d.seriesUntil(s.t);
      const before = d.seriesUntil(prev.t);
      say(
        narrate(d.layout, f0, f1, s.commands, series[series.length - 1], before[before.length - 1]),
      );
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [player]);

  return (
    <div
      className="visually-hidden"
      role="log"
      aria-live="polite"
      aria-label="What is happening in the run"
    >
      {text}
    </div>
  );
}
