/**
 * Paints what a diagram shows (its SVG parts and wires, and the request-dot canvas over them)
 * into one canvas, for a PNG picture or a GIF frame. SVG is drawn through an <img>, so the
 * styles it gets from CSS are copied inline first.
 */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

function inlinedSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = dst[i] as SVGElement | undefined;
    if (!target) return;
    target.setAttribute(
      'style',
      STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'),
    );
  });
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the figures side by side (compare mode has two) at `scale` x their on-screen size. */
export async function composeView(
  figures: readonly HTMLElement[],
  scale = 1,
): Promise<HTMLCanvasElement> {
  const boxes = figures.map((f) => f.getBoundingClientRect());
  const gap = 16;
  const width = boxes.reduce((w, b) => w + b.width, 0) + gap * Math.max(0, figures.length - 1);
  const height = Math.max(...boxes.map((b) => b.height), 1);
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(width * scale));
  out.height = Math.max(1, Math.round(height * scale));
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw pictures');
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
  ctx.fillRect(0, 0, width, height);
  let x = 0;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const b = boxes[i]!;
    ctx.fillStyle = getComputedStyle(f).backgroundColor;
    ctx.fillRect(x, 0, b.width, b.height);
    const svg = f.querySelector('svg');
    if (svg)
      ctx.drawImage(await svgImage(inlinedSvg(svg, b.width, b.height)), x, 0, b.width, b.height);
    const dots = f.querySelector('canvas');
    if (dots && dots.width > 0) ctx.drawImage(dots, x, 0, b.width, b.height);
    x += b.width + gap;
  }
  return out;
}

/** The diagrams of the simulation currently on the page. */
export function viewFigures(root: ParentNode = document): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      '.lab-sim figure.diagram, .lab-embed figure.diagram, .presenter figure.diagram',
    ),
  ];
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
