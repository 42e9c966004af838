import { PART_NAMES, type Design } from '../design/types';

/**
 * The diagram as a standalone SVG picture (for slides and notes), drawn from the design itself
 * rather than copied from the page, so it has no page styles, fonts or controls in it.
 */

/** Part boxes in the picture; the canvas draws its nodes at the same size. */
export const BOX_W = 180;
export const BOX_H = 72;
const PAD = 32;

export interface DiagramLoad {
  /** Utilisation by part id (1 = 100%), from a load test. */
  utilization: ReadonlyMap<string, number>;
  bottleneck: string | null;
  /** Demand over capacity per part, when a test asked more than a part can do. */
  asked?: ReadonlyMap<string, number>;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "100% busy, asked for 225%": the load, and the demand when it was past the capacity (a part
 * cannot be more than 100% busy, so this says how far past it the test went). */
export function loadText(util: number, asked: number | null | undefined): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return `${pct(util)} busy${asked != null && asked > 1 ? `, asked for ${pct(asked)}` : ''}`;
}

/** Band of a utilisation, shared with the canvas so both say the same. */
export function loadBand(u: number): 'calm' | 'busy' | 'over' {
  return u >= 1 ? 'over' : u >= 0.7 ? 'busy' : 'calm';
}
const FILL = { calm: '#d8f0dc', busy: '#fbe7b5', over: '#f8cfc7' } as const;

export function designToSvg(
  d: Design,
  load?: DiagramLoad,
): { svg: string; width: number; height: number } {
  const xs = d.parts.map((p) => p.x);
  const ys = d.parts.map((p) => p.y);
  const minX = (xs.length ? Math.min(...xs) : 0) - PAD;
  const minY = (ys.length ? Math.min(...ys) : 0) - PAD;
  const width = Math.max(240, (xs.length ? Math.max(...xs) : 0) + BOX_W + PAD - minX);
  const height = Math.max(120, (ys.length ? Math.max(...ys) : 0) + BOX_H + PAD - minY);
  const byId = new Map(d.parts.map((p) => [p.id, p]));

  const wires = d.wires.flatMap((w) => {
    const a = byId.get(w.from);
    const b = byId.get(w.to);
    if (!a || !b) return [];
    const x1 = a.x - minX + BOX_W;
    const y1 = a.y - minY + BOX_H / 2;
    const x2 = b.x - minX;
    const y2 = b.y - minY + BOX_H / 2;
    const mid = (x1 + x2) / 2;
    return [
      `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="#5b6470" stroke-width="2" marker-end="url(#arrow)"/>`,
    ];
  });

  const boxes = d.parts.map((p) => {
    const x = p.x - minX;
    const y = p.y - minY;
    const u = load?.utilization.get(p.id);
    const band = u === undefined ? null : loadBand(u);
    const fill = band ? FILL[band] : '#ffffff';
    const stroke = load?.bottleneck === p.id ? '#b3261e' : '#5b6470';
    const width = load?.bottleneck === p.id ? 4 : 1.5;
    const line2 =
      u === undefined
        ? PART_NAMES[p.kind]
        : `${PART_NAMES[p.kind]} · ${loadText(u, load?.asked?.get(p.id))}`;
    return [
      `<g>`,
      `<rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`,
      `<text x="${x + 12}" y="${y + 30}" font-size="15" font-weight="600" fill="#1b1d21">${esc(p.label.slice(0, 22))}</text>`,
      `<text x="${x + 12}" y="${y + 52}" font-size="12" fill="#50555e">${esc(line2)}</text>`,
      `</g>`,
    ].join('');
  });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${esc(d.name)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5b6470"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#f7f7f5"/>`,
    ...wires,
    ...boxes,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

/** Renders the SVG onto a canvas at `scale` and returns a PNG (browser only). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw pictures');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no picture made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
