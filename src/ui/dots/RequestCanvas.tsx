import { useEffect, useRef, type CSSProperties } from 'react';
import type { Player, PlayerState } from '../../player/store';
import { DotPainter, endWindowFor, type Positions } from './drawDots';
import type { QueueDirection } from './geometry';
import './dots.css';

export interface RequestCanvasProps {
  player: Player;
  /** Component name -> centre, as fractions (0..1) of the canvas box. Unlisted parts are skipped. */
  positions: Positions;
  /** Which way each part's queue line leads in from (default 'left'). */
  queueDirection?: Readonly<Record<string, QueueDirection>>;
  /** Height in CSS px when the container gives the canvas none (e.g. not laid over a diagram). */
  height: number;
  /** What the moving dots show, for screen readers. */
  label: string;
}

const FALLBACK_WIDTH = 480;

/**
 * The moving requests: one canvas redrawn imperatively whenever the playhead, the run or the
 * size changes. It subscribes to the store directly, so a playing run costs no React render
 * per frame, and it runs no loop of its own: the player's driver moves the playhead.
 */
export function RequestCanvas({
  player,
  positions,
  queueDirection,
  height,
  label,
}: RequestCanvasProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const inputs = useRef({ positions, queueDirection });
  const redraw = useRef<() => void>(() => {});

  // New positions (a re-laid-out diagram) take effect at once, without resubscribing.
  useEffect(() => {
    inputs.current = { positions, queueDirection };
    redraw.current();
  }, [positions, queueDirection]);

  useEffect(() => {
    const wrap = wrapRef.current;
    const canvas = canvasRef.current;
    if (!wrap || !canvas) return;
    // null where canvas is unsupported (jsdom, some locked-down browsers): the rest of the
    // page still works and the figure keeps its label; there is just nothing to draw.
    const ctx = canvas.getContext('2d');
    if (!ctx) {
      wrap.dataset.canvas = 'unavailable';
      return;
    }
    const painter = new DotPainter();
    const size = { width: FALLBACK_WIDTH, height };
    let dpr = 1;

    const draw = () => {
      const s = player.store.getState();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      if (!s.data) {
        ctx.clearRect(0, 0, size.width, size.height);
        return;
      }
      const { positions: pos, queueDirection: dirs } = inputs.current;
      const drawn = painter.draw(ctx, s.data, s.t, pos, size, {
        endWindowMs: endWindowFor(s.speed),
        queueDirection: dirs,
      });
      // How many dots are on screen: read by the web benchmark and tests, never by the app.
      canvas.dataset.dots = String(drawn);
    };

    const resize = () => {
      size.width = wrap.clientWidth || FALLBACK_WIDTH;
      size.height = wrap.clientHeight || height;
      dpr = window.devicePixelRatio || 1;
      // Backing store in device pixels so dots stay crisp on high-density screens.
      // Assigning width or height clears and reallocates the canvas, so only when it changed.
      const w = Math.max(1, Math.round(size.width * dpr));
      const h = Math.max(1, Math.round(size.height * dpr));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      canvas.style.width = `${size.width}px`;
      canvas.style.height = `${size.height}px`;
      draw();
    };

    const changed = (s: PlayerState, prev: PlayerState) =>
      s.t !== prev.t ||
      s.version !== prev.version ||
      s.data !== prev.data ||
      s.speed !== prev.speed;
    const unsubscribe = player.store.subscribe((s, prev) => {
      if (changed(s, prev)) draw();
    });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    ro?.observe(wrap);
    redraw.current = draw;
    resize();
    return () => {
      unsubscribe();
      ro?.disconnect();
      redraw.current = () => {};
    };
  }, [player, height]);

  return (
    // The height goes in a custom property so a container's own sizing (e.g. laid over a
    // diagram with height: 100%) wins over it; the canvas then takes the wrapper's box.
    <div
      ref={wrapRef}
      className="request-canvas"
      style={{ '--request-canvas-height': `${height}px` } as CSSProperties}
    >
      <canvas ref={canvasRef} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}
