import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPlayer } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { handleMessage, metricsOf } from './bridge';
import { parseInbound } from './messages';
import { readPresentation } from './presentation';
import { embedUrl, iframeSnippet } from './snippet';

const scenario = getScenario('single-server')!;
const newPlayer = () =>
  createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 10 });

describe('inbound messages', () => {
  it('never throw, whatever arrives (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const r = parseInbound(data);
        expect(r === null || typeof r === 'string' || typeof r === 'object').toBe(true);
      }),
    );
  });

  it('ignore messages that are not ours, and explain malformed ones', () => {
    expect(parseInbound({ type: 'other:thing' })).toBeNull();
    expect(parseInbound('scale-lab:play')).toBeNull();
    expect(parseInbound({ type: 'scale-lab:seek', t: 'soon' })).toMatch(
      /^bad scale-lab:seek message at t/,
    );
    expect(parseInbound({ type: 'scale-lab:seek', t: -1 })).toMatch(/bad scale-lab:seek/);
    expect(parseInbound({ type: 'scale-lab:launch' })).toMatch(/bad scale-lab:launch/);
    expect(parseInbound({ type: 'scale-lab:seek', t: 3, id: 7 })).toEqual({
      type: 'scale-lab:seek',
      t: 3,
      id: 7,
    });
  });
});

describe('the bridge applies checked messages to the player', () => {
  it('plays, pauses, seeks, sets speed and reports metrics', () => {
    const p = newPlayer();
    expect(handleMessage(p, { type: 'scale-lab:play' }, [])).toEqual({ type: 'scale-lab:ok' });
    expect(p.store.getState().playing).toBe(true);
    handleMessage(p, { type: 'scale-lab:pause' }, []);
    handleMessage(p, { type: 'scale-lab:seek', t: 5 }, []);
    handleMessage(p, { type: 'scale-lab:speed', speed: 50 }, []);
    const s = p.store.getState();
    expect([s.playing, s.t, s.speed]).toEqual([false, 5000, 50]);
    const reply = handleMessage(p, { type: 'scale-lab:get', id: 'x' }, []);
    expect(reply.type).toBe('scale-lab:metrics');
    if (reply.type === 'scale-lab:metrics') {
      expect(reply.id).toBe('x');
      expect(reply.metrics.t).toBe(5);
      expect(reply.metrics.soFar!.requests).toBe(p.store.getState().data!.frameAt(5000)!.arrived);
      expect(reply.metrics).toEqual(metricsOf(p));
    }
  });

  it('sets parameters the way a link would, refusing locked, unknown and bad ones', () => {
    const p = newPlayer();
    expect(handleMessage(p, { type: 'scale-lab:set', params: { users: 700 } }, []).type).toBe(
      'scale-lab:ok',
    );
    expect(p.store.getState().params.users).toBe(700);
    const locked = handleMessage(p, { type: 'scale-lab:set', params: { users: 9 }, id: 1 }, [
      'users',
    ]);
    expect(locked).toEqual({
      type: 'scale-lab:error',
      id: 1,
      message: 'parameter "users" is locked in this embed',
    });
    expect(handleMessage(p, { type: 'scale-lab:set', params: { nope: 1 } }, []).type).toBe(
      'scale-lab:error',
    );
    const bad = handleMessage(p, { type: 'scale-lab:set', params: { workers: 0 } }, []);
    expect(bad.type === 'scale-lab:error' && bad.message).toMatch(/^workers: 0 is out of range/);
    expect(p.store.getState().params.users).toBe(700);
  });
});

describe('presentation options', () => {
  it('embeds default to compact controls and no lesson; bad values are named', () => {
    const q = new URLSearchParams(
      'controls=huge&lesson=maybe&theme=pink&lock=users,nope&origin=not a url',
    );
    const p = readPresentation(scenario, q, true);
    expect([p.controls, p.lesson, p.theme, p.lock, p.origin]).toEqual([
      'compact',
      false,
      'auto',
      ['users'],
      null,
    ]);
    expect(p.problems.map((x) => x.split(':')[0])).toEqual([
      'controls',
      'lesson',
      'theme',
      'lock',
      'origin',
    ]);
    const full = readPresentation(
      scenario,
      new URLSearchParams('controls=0&origin=https://a.example/x'),
      false,
    );
    expect([full.controls, full.lesson, full.origin]).toEqual(['none', true, 'https://a.example']);
  });

  it('the embed URL keeps the run and sets only non-default options', () => {
    const url = embedUrl(
      'https://x.example/app/#/lab/single-server?users=250&seed=3&vs=workers%3D16',
      'single-server',
      {
        controls: 'compact',
        autoplay: true,
        speed: 10,
        lesson: false,
        theme: 'dark',
        lock: ['users'],
        height: 500,
      },
    );
    expect(url).toBe(
      'https://x.example/app/#/embed/single-server?users=250&seed=3&autoplay=1&speed=10&theme=dark&lock=users',
    );
    expect(iframeSnippet(url, 'A "quoted" title', 500)).toContain(
      'title="A &quot;quoted&quot; title" width="100%" height="500"',
    );
  });
});
