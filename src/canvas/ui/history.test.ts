import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakFold,
  canRedo,
  canUndo,
  commit,
  createHistory,
  preview,
  redo,
  settle,
  undo,
  type History,
} from './history';

const steps = (h: History<number>, ...values: number[]) =>
  values.reduce((acc, v) => commit(acc, v), h);

describe('history', () => {
  it('undoes and redoes one step at a time', () => {
    let h = steps(createHistory(0), 1, 2, 3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = undo(undo(h));
    expect(h.present).toBe(0);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(true);
  });

  it('a new step after undo clears the redo list', () => {
    let h = undo(steps(createHistory(0), 1, 2));
    h = commit(h, 5);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(1);
  });

  it('keeps at least 50 steps (the limit is 100) and drops the oldest past it', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 150; i++) h = commit(h, i);
    expect(h.past).toHaveLength(100);
    for (let i = 0; i < 100; i++) h = undo(h);
    expect(h.present).toBe(50);
    expect(canUndo(h)).toBe(false);
  });

  it('a preview (a drag in progress) is not a step until it settles, then exactly one', () => {
    let h = createHistory(0);
    for (let x = 1; x <= 30; x++) h = preview(h, x); // thirty pointer moves
    expect(h.past).toHaveLength(0);
    h = settle(h);
    expect(h.past).toEqual([0]);
    expect(h.present).toBe(30);
    expect(undo(h).present).toBe(0);
  });

  it('a preview that ends where it began leaves no step', () => {
    const start = createHistory('a');
    const h = settle(preview(preview(start, 'b'), 'a'));
    expect(h.past).toHaveLength(0);
    expect(canUndo(h)).toBe(false);
  });

  it('undo in the middle of a preview settles it first, then undoes it', () => {
    const h = undo(preview(createHistory(0), 9));
    expect(h.present).toBe(0);
    expect(redo(h).present).toBe(9);
  });

  it('commits with the same key fold into one step; another key or a break starts a new one', () => {
    let h = createHistory(0);
    h = commit(h, 1, 'field:a');
    h = commit(h, 10, 'field:a');
    h = commit(h, 100, 'field:a');
    expect(h.past).toEqual([0]);
    h = commit(h, 7, 'field:b');
    expect(h.past).toEqual([0, 100]);
    h = commit(breakFold(h), 8, 'field:b');
    expect(h.past).toEqual([0, 100, 7]);
  });

  it('after an undo the same key does not fold into the step undone', () => {
    let h = commit(commit(createHistory(0), 1, 'k'), 2, 'k');
    h = undo(h);
    h = commit(h, 3, 'k');
    expect(h.past).toEqual([0]);
    expect(undo(h).present).toBe(0);
  });

  it('committing the same value is no step', () => {
    const h = commit(createHistory(4), 4);
    expect(canUndo(h)).toBe(false);
  });

  it('property: undoing every step returns the start; redoing them returns the end', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), (values) => {
        let h = createHistory<number>(-1);
        for (const v of values) h = commit(h, v);
        const end = h.present;
        let n = 0;
        while (canUndo(h)) {
          h = undo(h);
          n++;
        }
        expect(h.present).toBe(-1);
        for (let i = 0; i < n; i++) h = redo(h);
        expect(h.present).toBe(end);
      }),
    );
  });
});
