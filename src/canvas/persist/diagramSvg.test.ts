import { describe, expect, it } from 'vitest';
import { addPart, connect, emptyDesign } from '../ui/edits';
import { designToSvg, loadBand, loadText } from './diagramSvg';

describe('diagram as SVG', () => {
  it('draws a box per part and a curve per wire, with the load when there is one', () => {
    let d = addPart(emptyDesign('A & B'), 'app', { x: 0, y: 0 }).design;
    d = addPart(d, 'primary', { x: 300, y: 100 }).design;
    const r = connect(d, 'app-1', 'primary-1');
    if (!r.ok) throw new Error(r.why);
    const { svg, width, height } = designToSvg(r.design, {
      utilization: new Map([['primary-1', 1]]),
      bottleneck: 'primary-1',
      asked: new Map([
        ['primary-1', 2.25],
        ['app-1', 0.5],
      ]),
    });
    expect(svg.match(/<rect x=/g)).toHaveLength(2);
    expect(svg.match(/<path d="M[^"]* C/g)).toHaveLength(1);
    expect(svg).toContain('<title>A &#38; B</title>');
    expect(svg).toContain('100% busy, asked for 225%');
    expect(width).toBeGreaterThan(300 + 180);
    expect(height).toBeGreaterThan(100 + 72);
  });

  it('an empty design is still a picture', () => {
    expect(designToSvg(emptyDesign()).svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('says how far past its capacity a part was asked to go, only when it was', () => {
    expect(loadText(1, 2.25)).toBe('100% busy, asked for 225%');
    expect(loadText(0.4, 0.4)).toBe('40% busy');
    expect(loadText(1, 1)).toBe('100% busy');
    expect(loadText(0.5, null)).toBe('50% busy');
  });

  it('bands utilisation as calm, busy, over', () => {
    expect([0.2, 0.7, 0.99, 1, 3].map(loadBand)).toEqual(['calm', 'busy', 'busy', 'over', 'over']);
  });
});
