/** A part drawn in a system diagram. Positions are fractions of the diagram box (0..1). */
export interface DiagramNode {
  /** The component's name in the simulation (matches hops and frames). */
  name: string;
  label: string;
  /** How it is drawn. */
  shape: 'clients' | 'server' | 'balancer' | 'database' | 'cache' | 'box';
  x: number;
  y: number;
  /** A line under the label, e.g. "100 users". */
  note?: string;
}

export interface DiagramWire {
  from: string;
  to: string;
}
