import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { DesignIssue } from '../design/contract';
import { PART_NAMES, type Design, type Part } from '../design/types';
import { loadBand, loadText } from '../persist/diagramSvg';
import { summary } from './fields';

/**
 * The design as React Flow nodes and edges. The design stays the one source of truth: these
 * are rebuilt from it (plus selection, issues and load-test lighting) whenever any of it changes.
 */

export interface PartNodeData extends Record<string, unknown> {
  part: Part;
  /** Messages of the issues that name this part; `error` when any is an error. */
  issues: string[];
  error: boolean;
  /** Utilisation from the last load test (1 = 100%), or null before one. */
  util: number | null;
  /** What the test asked of the part against its capacity, when more than it can do (2.25 =
   * 225%): a part cannot be more than 100% busy, so this says how far past it the load was. */
  asked: number | null;
  bottleneck: boolean;
  /** This part is where a wire being made starts. */
  wireStart: boolean;
}
export type PartFlowNode = Node<PartNodeData, 'part'>;

export interface WireEdgeData extends Record<string, unknown> {
  issues: string[];
}
export type WireFlowEdge = Edge<WireEdgeData>;

export interface Lighting {
  utilization: ReadonlyMap<string, number>;
  /** Demand over capacity per part, from the tested design's capacity plan. */
  asked: ReadonlyMap<string, number>;
  bottleneck: string | null;
}

function issuesBy(issues: readonly DesignIssue[], key: 'partIds' | 'wireIds') {
  const map = new Map<string, DesignIssue[]>();
  for (const i of issues)
    for (const id of i[key]) {
      const list = map.get(id) ?? [];
      list.push(i);
      map.set(id, list);
    }
  return map;
}

/** The node's accessible name: what it is, its settings, its load and its problems. */
export function describePart(
  part: Part,
  util: number | null,
  issues: readonly string[],
  asked: number | null = null,
): string {
  const bits = [
    `${part.label} (${PART_NAMES[part.kind]})`,
    summary(part.kind, part.props as never),
  ];
  if (util !== null)
    bits.push(`${loadText(util, asked)}${loadBand(util) === 'over' ? ', overloaded' : ''}`);
  if (issues.length)
    bits.push(`${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues.join(' ')}`);
  return bits.join('. ');
}

export function toNodes(
  d: Design,
  selected: ReadonlySet<string>,
  issues: readonly DesignIssue[],
  lighting: Lighting | null,
  measured: ReadonlyMap<string, { width: number; height: number }>,
  wireStart: string | null,
): PartFlowNode[] {
  const byPart = issuesBy(issues, 'partIds');
  return d.parts.map((part) => {
    const mine = byPart.get(part.id) ?? [];
    const util = lighting?.utilization.get(part.id) ?? null;
    const asked = lighting?.asked.get(part.id) ?? null;
    const messages = mine.map((i) => i.message);
    const size = measured.get(part.id);
    return {
      id: part.id,
      type: 'part',
      position: { x: part.x, y: part.y },
      selected: selected.has(part.id),
      ariaLabel: describePart(part, util, messages, asked),
      ...(size ? { measured: size } : {}),
      data: {
        part,
        issues: messages,
        error: mine.some((i) => i.severity === 'error'),
        util,
        asked,
        bottleneck: lighting?.bottleneck === part.id,
        wireStart: wireStart === part.id,
      },
    };
  });
}

export function toEdges(
  d: Design,
  selected: ReadonlySet<string>,
  issues: readonly DesignIssue[],
): WireFlowEdge[] {
  const byWire = issuesBy(issues, 'wireIds');
  const label = new Map(d.parts.map((p) => [p.id, p.label]));
  return d.wires.map((w) => {
    const mine = (byWire.get(w.id) ?? []).map((i) => i.message);
    const name = `Wire from ${label.get(w.from) ?? w.from} to ${label.get(w.to) ?? w.to}`;
    return {
      id: w.id,
      source: w.from,
      target: w.to,
      selected: selected.has(w.id),
      className: mine.length ? 'wire-problem' : undefined,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      ariaLabel: mine.length ? `${name}. Problem: ${mine.join(' ')}` : name,
      ...(mine.length ? { label: '⚠ check this wire' } : {}),
      data: { issues: mine },
    };
  });
}
