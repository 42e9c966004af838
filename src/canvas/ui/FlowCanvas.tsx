import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import type { DesignIssue } from '../design/contract';
import type { PartKind } from '../design/types';
import { PALETTE_ORDER } from './glyphs';
import { toEdges, toNodes, type Lighting, type PartFlowNode, type WireFlowEdge } from './flowModel';
import { PART_DRAG_TYPE } from './Palette';
import { PartNode } from './PartNode';
import { useCanvas, useCanvasStore } from './context';

const NODE_TYPES: NodeTypes = { part: PartNode };

/** React Flow's words for screen readers, in this page's terms. */
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'A part. Press Enter or Space to select it, then arrow keys to move it, Delete to remove it.',
  'node.a11yDescription.keyboardDisabled':
    'A part. Press Enter or Space to select it, Delete to remove it.',
  'node.a11yDescription.ariaLiveMessage': ({
    direction,
    x,
    y,
  }: {
    direction: string;
    x: number;
    y: number;
  }) => `Moved the part ${direction}, to ${Math.round(x)}, ${Math.round(y)}.`,
  'edge.a11yDescription.default':
    'A wire. Press Enter or Space to select it, then Delete to remove it.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the design in view',
  'controls.interactive.ariaLabel': 'Lock or unlock editing',
  'minimap.ariaLabel': 'Overview of the whole design',
  'handle.ariaLabel': 'Wire handle',
};

interface Props {
  issues: readonly DesignIssue[];
  lighting: Lighting | null;
  /** Wire mode: the part a wire starts from, once one is tapped. */
  wireStart: string | null;
  onNodeTap: (id: string) => void;
  onDropPart: (kind: PartKind, at: { x: number; y: number }) => void;
}

export function FlowCanvas({ issues, lighting, wireStart, onNodeTap, onDropPart }: Props) {
  const store = useCanvasStore();
  const design = useCanvas((s) => s.history.present);
  const selectedParts = useCanvas((s) => s.selectedParts);
  const selectedWires = useCanvas((s) => s.selectedWires);
  const { screenToFlowPosition } = useReactFlow();
  // React Flow measures nodes and needs the sizes back on every node it is given.
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(
    () => new Map(),
  );
  // Fit the view to a design the page opens with; on an empty canvas React Flow would fit
  // (and so jump) at the first part dropped instead, away from where it was put.
  const [fitAtStart] = useState(() => design.parts.length > 0);

  const nodes = useMemo(
    () => toNodes(design, new Set(selectedParts), issues, lighting, measured, wireStart),
    [design, selectedParts, issues, lighting, measured, wireStart],
  );
  const edges = useMemo(
    () => toEdges(design, new Set(selectedWires), issues),
    [design, selectedWires, issues],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<PartFlowNode>[]) => {
      const s = store.getState();
      const dragging = new Map<string, { x: number; y: number }>();
      const placed = new Map<string, { x: number; y: number }>();
      let selection: Set<string> | null = null;
      const sizes: Array<[string, { width: number; height: number }]> = [];
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) {
          sizes.push([c.id, c.dimensions]);
        } else if (c.type === 'position' && c.position) {
          (c.dragging ? dragging : placed).set(c.id, c.position);
        } else if (c.type === 'select') {
          selection ??= new Set(s.selectedParts);
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        }
        // 'remove' is ignored: deleting goes through the store, as one step.
      }
      if (sizes.length)
        setMeasured((old) => {
          const same = sizes.every(([id, d]) => {
            const o = old.get(id);
            return o?.width === d.width && o.height === d.height;
          });
          return same ? old : new Map([...old, ...sizes]);
        });
      if (dragging.size) s.previewMove(dragging);
      if (placed.size) s.endMove(placed);
      if (selection) s.select([...selection], store.getState().selectedWires);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<WireFlowEdge>[]) => {
      const s = store.getState();
      let selection: Set<string> | null = null;
      for (const c of changes)
        if (c.type === 'select') {
          selection ??= new Set(s.selectedWires);
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        }
      if (selection) s.select(store.getState().selectedParts, [...selection]);
    },
    [store],
  );

  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(PART_DRAG_TYPE)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(PART_DRAG_TYPE) as PartKind;
    if (!PALETTE_ORDER.includes(kind)) return;
    e.preventDefault();
    e.stopPropagation();
    const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    // The pointer holds the middle of the new part, roughly.
    onDropPart(kind, { x: at.x - 90, y: at.y - 36 });
  };

  return (
    <div className="flow-wrap" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<PartFlowNode, WireFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={(c) => store.getState().connect(c.source, c.target)}
        onNodeClick={(_, node) => onNodeTap(node.id)}
        deleteKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        nodesFocusable
        edgesFocusable
        connectOnClick
        fitView={fitAtStart}
        fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
        minZoom={0.2}
        maxZoom={2}
        ariaLabelConfig={ARIA_LABELS}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeStrokeWidth={3} />
      </ReactFlow>
    </div>
  );
}
