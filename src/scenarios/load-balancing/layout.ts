import type { DiagramNode, DiagramWire } from '../../ui/diagram/types';
import { serverName } from './scenario';

/** Room per server row in diagram units (a server box is 96 tall). */
const ROW = 112;
/** Up to this many servers stand in one column; more go in two. */
const ONE_COLUMN = 5;

export interface FarmPicture {
  nodes: DiagramNode[];
  wires: DiagramWire[];
  /** Diagram height in viewBox units (the width is 800). */
  height: number;
}

/**
 * Users on the left, the balancer in the middle, the servers in a column on the right (two
 * columns, zig-zagged, past five servers so ten still fit a screen).
 */
export function farmPicture(
  servers: number,
  /** The notes under the users and the balancer, and each server's label. */
  labels: { users: string; balancer: string; server: (i: number) => string },
): FarmPicture {
  const n = Math.max(1, servers);
  const twoColumns = n > ONE_COLUMN;
  const rows = twoColumns ? Math.ceil(n / 2) : n;
  // Two columns are offset by half a row, so every server needs half a row of height.
  const height = Math.max(300, (twoColumns ? rows + 0.5 : rows) * ROW + 16);
  const step = twoColumns ? ROW / 2 : ROW;
  const top = (height - (n - 1) * step) / 2;
  const nodes: DiagramNode[] = [
    { name: 'users', label: 'Users', shape: 'clients', x: 0.1, y: 0.5, note: labels.users },
    {
      name: 'lb',
      label: 'Load balancer',
      shape: 'balancer',
      x: 0.4,
      y: 0.5,
      note: labels.balancer,
    },
  ];
  for (let i = 0; i < n; i++) {
    nodes.push({
      name: serverName(i),
      label: labels.server(i),
      shape: 'server',
      x: twoColumns ? (i % 2 === 0 ? 0.68 : 0.89) : 0.82,
      y: (top + i * step) / height,
    });
  }
  const wires: DiagramWire[] = [
    { from: 'users', to: 'lb' },
    ...Array.from({ length: n }, (_, i) => ({ from: 'lb', to: serverName(i) })),
  ];
  return { nodes, wires, height };
}
