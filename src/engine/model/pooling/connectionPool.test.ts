import { describe, expect, it } from 'vitest';
import { ConnectionPool } from './connectionPool';

/** Opens whatever the pool asks for; returns the new connection ids. */
const openAll = (p: ConnectionPool<string>): number[] => {
  const ids: number[] = [];
  while (p.needsOpen()) ids.push(p.beginOpen());
  return ids;
};

describe('ConnectionPool', () => {
  it('opens a connection only for someone waiting, and keeps it for the next one', () => {
    const p = new ConnectionPool<string>(2);
    expect(p.needsOpen()).toBe(false);
    expect(p.acquire('a')).toBeNull();
    const [c1] = openAll(p);
    expect(p.openingCount).toBe(1);
    expect(p.opened(c1!)).toEqual({ waiter: 'a', conn: c1, fresh: true });
    expect(p.release(c1!)).toBeNull();
    expect(p.idleCount).toBe(1);
    // The idle one is lent at once; nothing new is opened.
    expect(p.acquire('b')).toEqual({ waiter: 'b', conn: c1, fresh: false });
    expect(p.needsOpen()).toBe(false);
    expect(p.total).toBe(1);
  });

  it('never opens past its size: the rest wait in line, first come first served', () => {
    const p = new ConnectionPool<string>(2);
    for (const w of ['a', 'b', 'c', 'd']) p.acquire(w);
    const ids = openAll(p);
    expect(ids).toHaveLength(2);
    expect(p.waitingCount).toBe(4);
    // Whichever connection opens first goes to the front of the line.
    expect(p.opened(ids[1]!)?.waiter).toBe('a');
    expect(p.opened(ids[0]!)?.waiter).toBe('b');
    expect(p.release(ids[1]!)?.waiter).toBe('c');
    expect(p.release(ids[0]!)?.waiter).toBe('d');
    expect(p.waitingCount).toBe(0);
  });

  it('a connection freed before another finishes opening serves the line; the new one idles', () => {
    const p = new ConnectionPool<string>(2);
    p.acquire('a');
    const [c1] = openAll(p);
    p.opened(c1!);
    p.acquire('b');
    const [c2] = openAll(p);
    expect(p.release(c1!)).toEqual({ waiter: 'b', conn: c1, fresh: false });
    expect(p.opened(c2!)).toBeNull();
    expect(p.idleCount).toBe(1);
  });

  it('a refused open turns away the longest waiter, unless someone else already served them', () => {
    const p = new ConnectionPool<string>(3);
    p.acquire('a');
    p.acquire('b');
    const [c1, c2] = openAll(p);
    expect(p.openFailed(c1!)).toBe('a');
    expect(p.waitingCount).toBe(1);
    expect(p.opened(c2!)?.waiter).toBe('b');
    // 'c' waits for a new connection, but 'b' hands its own over first: nobody is turned away.
    p.acquire('c');
    const [c3] = openAll(p);
    expect(p.release(c2!)?.waiter).toBe('c');
    expect(p.openFailed(c3!)).toBeNull();
  });

  it('cancelled waiters are skipped and can be cancelled only once', () => {
    const p = new ConnectionPool<string>(1);
    p.acquire('a');
    p.acquire('b');
    const [c] = openAll(p);
    expect(p.cancel('a')).toBe(true);
    expect(p.cancel('a')).toBe(false);
    expect(p.opened(c!)?.waiter).toBe('b');
  });

  it('losing the database drops idle connections; a broken one is discarded, not reused', () => {
    const p = new ConnectionPool<string>(3);
    p.acquire('a');
    p.acquire('b');
    const [c1, c2] = openAll(p);
    p.opened(c1!);
    p.opened(c2!);
    p.release(c1!);
    expect(p.dropIdle()).toBe(1);
    p.discard(c2!);
    expect(p.total).toBe(0);
    expect(() => p.release(c2!)).toThrow();
  });

  it('clear returns who was waiting, oldest first, and forgets opens in flight', () => {
    const p = new ConnectionPool<string>(1);
    p.acquire('a');
    p.acquire('b');
    const [c] = openAll(p);
    expect(p.clear()).toEqual(['a', 'b']);
    expect(p.isOpening(c!)).toBe(false);
    expect(p.total).toBe(0);
  });

  it('rejects a size below one', () => {
    expect(() => new ConnectionPool(0)).toThrow(RangeError);
  });
});
