// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoute, replaceQuery } from './route';

afterEach(() => window.history.replaceState(null, '', '#/'));

describe('replaceQuery', () => {
  it('rewrites the query of the page the URL is on, without a navigation', () => {
    window.history.replaceState(null, '', '#/lab/cap?seed=1');
    replaceQuery('/lab/cap', 'seed=2&speed=4');
    expect(window.location.hash).toBe('#/lab/cap?seed=2&speed=4');
  });

  it('leaves the URL alone once the reader has followed a link away', () => {
    window.history.replaceState(null, '', '#/lab/cap?seed=1');
    window.location.hash = '#/cheat-sheet'; // a link; the lab page's delayed write comes after
    replaceQuery('/lab/cap', 'seed=1&speed=1');
    expect(window.location.hash).toBe('#/cheat-sheet');
    expect(parseRoute(window.location.hash)).toEqual({ name: 'page', id: 'cheat-sheet' });
  });
});
