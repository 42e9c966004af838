import { useCallback, useRef, useState } from 'react';
import type { LoadTestResult } from '../design/contract';
import type { Design } from '../design/types';
import { runLoadTest } from '../loadtest';

/** What a design does, without where its parts sit or what they are called. */
export function behaviourKey(d: Design): string {
  return JSON.stringify({
    parts: d.parts.map((p) => [p.id, p.kind, p.props]),
    wires: d.wires.map((w) => [w.from, w.to]),
    workload: d.workload,
    cp: d.readNewLinksFromPrimary,
  });
}

export type LoadTestState =
  | { status: 'idle' }
  | { status: 'running'; progress: number }
  | { status: 'done'; result: LoadTestResult; design: Design; key: string }
  | { status: 'failed'; error: string };

/**
 * Runs the load test (in a worker, off the main thread) and keeps the last result with the
 * design it was for, so the page can say when the design has changed since.
 */
export function useLoadTest(): {
  state: LoadTestState;
  last: { result: LoadTestResult; design: Design; key: string } | null;
  run: (d: Design) => Promise<LoadTestResult | null>;
} {
  const [state, setState] = useState<LoadTestState>({ status: 'idle' });
  const [last, setLast] = useState<{ result: LoadTestResult; design: Design; key: string } | null>(
    null,
  );
  const current = useRef(0);
  const run = useCallback(async (design: Design) => {
    const id = ++current.current;
    setState({ status: 'running', progress: 0 });
    try {
      const result = await runLoadTest(design, (p: number) => {
        if (id === current.current) setState({ status: 'running', progress: p });
      });
      if (id !== current.current) return null;
      const done = { result, design, key: behaviourKey(design) };
      setState({ status: 'done', ...done });
      setLast(done);
      return result;
    } catch (e) {
      if (id === current.current)
        setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
      return null;
    }
  }, []);
  return { state, last, run };
}
