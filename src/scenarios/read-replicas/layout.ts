import type { DiagramNode } from '../../ui/diagram/types';
import { replicaName } from './model';

export const DIAGRAM_W = 800;
/** Vertical room per replica: its box (96) and the "behind by" line under it. */
const ROW = 125;
const BOX_HALF_W = 75;

export interface Place {
  x: number;
  y: number;
}

export interface ReplicaLayout {
  height: number;
  users: Place;
  router: Place;
  /** Database members in order: 0 is the first primary, then replica-1, replica-2, ... */
  members: Place[];
}

/**
 * Where everything goes, as fractions of an 800-wide diagram: users and router on the left,
 * the primary at the top, replicas in one column (up to four) or two (up to ten) on the right.
 */
export function replicaLayout(replicas: number): ReplicaLayout {
  const n = Math.max(0, Math.floor(replicas));
  const twoCols = n > 4;
  const perCol = twoCols ? Math.ceil(n / 2) : n;
  const height = Math.max(300, perCol * ROW + 40);
  const mid = height / 2;
  // The primary sits above the router's line, so reads on their way to a replica never seem
  // to pass through it; alone, it takes the middle.
  const members: Place[] = [n > 0 ? { x: 0.5, y: 70 / height } : { x: 0.55, y: 0.5 }];
  for (let i = 0; i < n; i++) {
    const col = twoCols ? Math.floor(i / perCol) : 0;
    const inCol = twoCols && col === 1 ? n - perCol : perCol;
    const row = i - col * perCol;
    // Centred in its column, nudged up to leave the label room below the box.
    const y = mid + (row - (inCol - 1) / 2) * ROW - (n > 1 ? 10 : 0);
    members.push({ x: twoCols ? [0.7, 0.9][col]! : 0.82, y: y / height });
  }
  return { height, users: { x: 0.07, y: 0.5 }, router: { x: 0.25, y: 0.5 }, members };
}

/** How a member is labelled given who is primary now. */
export function memberLabel(member: number, primary: number): string {
  if (member === primary) return member === 0 ? 'Primary' : `Primary (R${member})`;
  return member === 0 ? 'Ex-primary' : `Replica ${member}`;
}

/** The diagram's parts for a layout, labelled by the current roles. */
export function diagramNodes(layout: ReplicaLayout, primary: number): DiagramNode[] {
  return [
    { name: 'users', label: 'Users', shape: 'clients', ...layout.users },
    {
      name: 'router',
      label: 'Router',
      shape: 'balancer',
      note: 'writes → primary',
      ...layout.router,
    },
    ...layout.members.map((p, i) => ({
      name: replicaName(i),
      label: memberLabel(i, primary),
      shape: 'database' as const,
      ...p,
    })),
  ];
}

/**
 * An SVG path for the replication stream from one box to another, edge to edge: a gentle
 * curve between columns, or a loop out to the left between boxes in the same column.
 */
export function streamPath(from: Place, to: Place, height: number): string {
  const ax = from.x * DIAGRAM_W;
  const ay = from.y * height;
  const bx = to.x * DIAGRAM_W;
  const by = to.y * height;
  if (Math.abs(bx - ax) < 2 * BOX_HALF_W) {
    const sx = ax - BOX_HALF_W;
    const ex = bx - BOX_HALF_W - 4;
    const bulge = Math.min(sx, ex) - 45;
    return `M ${sx} ${ay} C ${bulge} ${ay}, ${bulge} ${by}, ${ex} ${by}`;
  }
  const dir = bx > ax ? 1 : -1;
  const sx = ax + dir * BOX_HALF_W;
  const ex = bx - dir * (BOX_HALF_W + 4);
  const cx = (sx + ex) / 2;
  return `M ${sx} ${ay} C ${cx} ${ay}, ${cx} ${by}, ${ex} ${by}`;
}
