// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

let frames: FrameRequestCallback[] = [];
/** Runs the pending animation frame callbacks, then the timers they set (the "after paint"). */
const paint = () =>
  act(() => {
    const now = frames;
    frames = [];
    now.forEach((f) => f(0));
    vi.runOnlyPendingTimers();
  });

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', vi.fn());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  frames = [];
});

describe('useAfterPaint', () => {
  it('is false until the page has painted the given number of times', () => {
    const one = renderHook(() => useAfterPaint(1));
    const two = renderHook(() => useAfterPaint(2));
    expect([one.result.current, two.result.current]).toEqual([false, false]);
    paint();
    expect([one.result.current, two.result.current]).toEqual([true, false]);
    paint();
    expect([one.result.current, two.result.current]).toEqual([true, true]);
  });

  it('stops waiting when unmounted', () => {
    const h = renderHook(() => useAfterPaint(1));
    h.unmount();
    expect(cancelAnimationFrame).toHaveBeenCalled();
  });
});
