import type { Player } from '../../player/store';
import { parseParam, type Params } from '../../scenarios/params';
import {
  parseInbound,
  type EmbedMetrics,
  type InboundMessage,
  type OutboundMessage,
} from './messages';

export interface BridgeOptions {
  /** Parameters the course page may not change either. */
  lock: readonly string[];
  /** Only this origin may drive the embed; null accepts the parent window from any origin. */
  origin: string | null;
}

/** A snapshot of the embed for the course page. */
export function metricsOf(player: Player): EmbedMetrics {
  const s = player.store.getState();
  const f = s.data?.frameAt(s.t);
  const errors = f ? f.rejected + f.timedOut + f.failed : 0;
  const ended = f ? f.completed + errors : 0;
  return {
    scenario: s.scenario.id,
    seed: s.seed,
    params: { ...s.params },
    t: s.t / 1000,
    playing: s.playing,
    status: s.status,
    soFar: f
      ? {
          requests: f.arrived,
          answered: f.completed,
          errors,
          errorRate: ended ? errors / ended : 0,
          p50Ms: f.latency.p50,
          p99Ms: f.latency.p99,
        }
      : null,
    result: s.data?.result ?? null,
  };
}

/** Applies one checked message; returns the reply. */
export function handleMessage(
  player: Player,
  msg: InboundMessage,
  lock: readonly string[],
): OutboundMessage {
  const id = msg.id;
  const ok: OutboundMessage =
    id === undefined ? { type: 'scale-lab:ok' } : { type: 'scale-lab:ok', id };
  const fail = (message: string): OutboundMessage =>
    id === undefined
      ? { type: 'scale-lab:error', message }
      : { type: 'scale-lab:error', id, message };
  switch (msg.type) {
    case 'scale-lab:play':
      player.play();
      return ok;
    case 'scale-lab:pause':
      player.pause();
      return ok;
    case 'scale-lab:restart':
      player.restart();
      return ok;
    case 'scale-lab:seek':
      player.seek(msg.t * 1000);
      return ok;
    case 'scale-lab:speed':
      player.setSpeed(msg.speed);
      return ok;
    case 'scale-lab:get': {
      const metrics = metricsOf(player);
      return id === undefined
        ? { type: 'scale-lab:metrics', metrics }
        : { type: 'scale-lab:metrics', id, metrics };
    }
    case 'scale-lab:set': {
      const specs = player.store.getState().scenario.params;
      const next: Params = {};
      for (const [name, raw] of Object.entries(msg.params)) {
        const spec = specs.find((p) => p.name === name);
        if (!spec) return fail(`unknown parameter "${name}"`);
        if (lock.includes(name)) return fail(`parameter "${name}" is locked in this embed`);
        const r = parseParam(spec, String(raw));
        if (!r.ok) return fail(r.message);
        next[name] = r.value;
      }
      player.setParams(next);
      return ok;
    }
  }
}

/**
 * Connects an embedded simulation to its parent page: answers checked messages from the parent
 * (and only the parent, and only from `origin` when one is set), and reports the page height,
 * readiness and play state so the course page can size the iframe and follow along.
 */
export function startBridge(player: Player, opts: BridgeOptions): () => void {
  const parent = window.parent;
  if (!parent || parent === window) return () => {};
  const target = opts.origin ?? '*';
  const post = (m: OutboundMessage, to = target) => parent.postMessage(m, to);

  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent) return;
    if (opts.origin && e.origin !== opts.origin) return;
    const parsed = parseInbound(e.data);
    if (parsed === null) return;
    const reply =
      typeof parsed === 'string'
        ? ({ type: 'scale-lab:error', message: parsed } as const)
        : handleMessage(player, parsed, opts.lock);
    post(reply, e.origin === 'null' ? '*' : e.origin);
  };
  window.addEventListener('message', onMessage);

  let lastHeight = 0;
  const reportHeight = () => {
    const h = Math.ceil(document.documentElement.scrollHeight);
    if (h !== lastHeight) {
      lastHeight = h;
      post({ type: 'scale-lab:height', height: h });
    }
  };
  const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(reportHeight);
  ro?.observe(document.body);
  reportHeight();

  const unsubscribe = player.store.subscribe((s, prev) => {
    if (s.playing !== prev.playing || s.status !== prev.status)
      post({ type: 'scale-lab:state', playing: s.playing, status: s.status, t: s.t / 1000 });
  });
  post({ type: 'scale-lab:ready', scenario: player.store.getState().scenario.id });

  return () => {
    window.removeEventListener('message', onMessage);
    ro?.disconnect();
    unsubscribe();
  };
}
