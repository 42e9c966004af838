import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { capacityPlan } from '../design/capacity';
import type { CapacityPlan, DesignIssue } from '../design/contract';
import { validateDesign } from '../design/validate';
import { PART_NAMES, type Design, type PartKind } from '../design/types';
import { ChallengesPanel } from './ChallengesPanel';
import { CapacityPanel } from './CapacityPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { useCanvas, useCanvasStore } from './context';
import { FlowCanvas } from './FlowCanvas';
import { IssuesPanel } from './IssuesPanel';
import { Palette } from './Palette';
import { PropertiesPanel } from './PropertiesPanel';
import { ResultsPanel } from './ResultsPanel';
import { RunBar } from './RunBar';
import { ShortcutCard } from './ShortcutCard';
import { Toolbar } from './Toolbar';
import { sampleDesign, sampleName } from './samples';
import { useCanvasKeys } from './useCanvasKeys';
import { freeSpot } from './placement';
import { useDesignFiles } from './useDesignFiles';
import { behaviourKey, useLoadTest } from './useLoadTest';
import { WorkloadPanel } from './WorkloadPanel';

/** Checks and sums that must never take the page down, whatever the design holds. */
function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** The whole exercise: tools, palette, canvas, panels, load test and challenges. */
export function DesignWorkspace() {
  const store = useCanvasStore();
  const design = useCanvas((s) => s.history.present);
  const notice = useCanvas((s) => s.notice);
  const { fitView, screenToFlowPosition } = useReactFlow();
  const canvasBox = useRef<HTMLDivElement>(null);
  const [wireMode, setWireMode] = useState(false);
  const [wireStart, setWireStart] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ design: Design; what: string } | null>(null);

  const issues = useMemo<DesignIssue[]>(() => safely(() => validateDesign(design), []), [design]);
  const plan = useMemo<CapacityPlan | null>(
    () => (design.parts.length ? safely(() => capacityPlan(design), null) : null),
    [design],
  );
  const { state, last, run } = useLoadTest();
  const stale = last !== null && last.key !== behaviourKey(design);
  const lighting = useMemo(
    () =>
      last && {
        utilization: new Map(last.result.parts.map((p) => [p.partId, p.utilization])),
        asked: askedOf(last.design),
        bottleneck: last.result.bottleneck?.partId ?? null,
      },
    [last],
  );

  const showParts = useCallback(
    (ids: string[]) => {
      if (ids.length)
        void fitView({ nodes: ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2 });
    },
    [fitView],
  );

  /**
   * Replaces the design with `what` (a noun phrase: "The naive sample"), asking first when the
   * learner has parts of their own on the canvas; theirs stays one Undo away either way.
   */
  const put = useCallback(
    (next: Design, what: string, hadParts: boolean) => {
      store
        .getState()
        .replace(next, `${what} is on the canvas.${hadParts ? ' Undo brings back yours.' : ''}`);
      setTimeout(() => void fitView({ maxZoom: 1, padding: 0.2 }), 50);
    },
    [store, fitView],
  );
  const replaceDesign = useCallback(
    (next: Design, what: string) => {
      if (store.getState().history.present.parts.length === 0) put(next, what, false);
      else setConfirm({ design: next, what });
    },
    [store, put],
  );
  const files = useDesignFiles(replaceDesign, lighting);

  const addAtCentre = (kind: PartKind) => {
    const box = canvasBox.current?.getBoundingClientRect();
    const centre = box
      ? screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
      : { x: 0, y: 0 };
    const at = freeSpot(store.getState().history.present, { x: centre.x - 90, y: centre.y - 36 });
    if (store.getState().addPart(kind, at))
      store.getState().say(`Added ${PART_NAMES[kind]} in the middle of the canvas.`);
  };

  const onNodeTap = (id: string) => {
    if (!wireMode) return;
    const label = (x: string) => design.parts.find((p) => p.id === x)?.label ?? x;
    if (wireStart === null || wireStart === id) {
      setWireStart(id);
      store.getState().say(`Wiring from ${label(id)}: now tap the part it sends requests to.`);
    } else {
      store.getState().connect(wireStart, id);
      setWireStart(null);
    }
  };
  const stopWiring = useCallback(() => {
    setWireMode(false);
    setWireStart(null);
    store.getState().select([], []);
  }, [store]);
  useCanvasKeys(store, stopWiring);

  const onFileDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files?.[0];
    if (!file) return;
    e.preventDefault();
    files.importFile(file);
  };

  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <div
      className="design-page"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={onFileDrop}
    >
      <header className="design-head">
        <h1>Design a URL shortener</h1>
        <p className="lead">
          100 million links, 10,000 redirects a second. Build the system from parts, wire them, then
          load-test it: the test runs your design on the same engine as every chapter and shows
          where it breaks.
        </p>
      </header>
      <Toolbar
        wireMode={wireMode}
        onWireMode={(on) => {
          setWireMode(on);
          setWireStart(null);
          store
            .getState()
            .say(on ? 'Wire mode: tap the part requests come from.' : 'Wire mode off.');
        }}
        onSample={(id) => replaceDesign(sampleDesign(id), sampleName(id))}
        onImport={files.importFile}
        onExportJson={files.exportJson}
        onShare={files.share}
        onPicture={files.picture}
      />
      <div
        className={`notice design-notice ${notice?.tone === 'error' ? 'notice-error' : ''}`}
        role={notice?.tone === 'error' ? 'alert' : 'status'}
        hidden={!notice?.text}
      >
        {notice?.text}
        {files.link && (
          <span className="share-link">
            {' '}
            <input
              readOnly
              value={files.link}
              aria-label="Share link"
              onFocus={(e) => e.target.select()}
            />
          </span>
        )}
      </div>

      <div className="design-main">
        <Palette onAdd={addAtCentre} />
        <div className="design-canvas" ref={canvasBox} data-wire-mode={wireMode}>
          {design.parts.length === 0 && (
            <EmptyHint onSample={(id) => replaceDesign(sampleDesign(id), sampleName(id))} />
          )}
          <FlowCanvas
            issues={issues}
            lighting={lighting}
            wireStart={wireStart}
            onNodeTap={onNodeTap}
            onDropPart={(kind, at) => store.getState().addPart(kind, at)}
          />
        </div>
        <div className="design-side">
          <PropertiesPanel />
          <WorkloadPanel />
        </div>
      </div>

      <RunBar
        state={state}
        blocked={
          design.parts.length === 0
            ? 'Add parts first.'
            : errors > 0
              ? `Fix the ${errors} error${errors === 1 ? '' : 's'} under Checks first.`
              : null
        }
        onRun={() => void run(design)}
      />
      <div className="design-panels">
        {last && (
          <ResultsPanel
            result={last.result}
            design={last.design}
            stale={stale}
            onShowPart={(id) => showParts([id])}
          />
        )}
        <IssuesPanel issues={issues} onShow={showParts} />
        <CapacityPanel plan={plan} design={design} />
        <ChallengesPanel last={last} stale={stale} onLoad={replaceDesign} />
        <ShortcutCard />
      </div>
      {confirm && (
        <ConfirmDialog
          title="Replace your design?"
          body={`${confirm.what} will take the place of your design on the canvas. Yours stays one Undo away, and a copy is kept in this browser.`}
          confirm="Replace"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            files.backup(store.getState().history.present);
            put(confirm.design, confirm.what, true);
            setConfirm(null);
          }}
        />
      )}
    </div>
  );
}

function EmptyHint({ onSample }: { onSample: (id: 'naive' | 'cached' | 'scaled') => void }) {
  return (
    <div className="empty-hint">
      <p>
        <strong>An empty canvas.</strong> Add parts from the palette and wire them from Clients to a
        database, or start from a sample:
      </p>
      <div className="row">
        <button type="button" onClick={() => onSample('naive')}>
          One server
        </button>
        <button type="button" onClick={() => onSample('cached')}>
          With a cache
        </button>
        <button type="button" onClick={() => onSample('scaled')}>
          Fully scaled
        </button>
      </div>
    </div>
  );
}

/** Demand over capacity for every part of a tested design (see Lighting.asked). */
function askedOf(d: Design): Map<string, number> {
  const plan = safely(() => capacityPlan(d), null);
  const out = new Map<string, number>();
  for (const r of plan?.parts ?? [])
    if (r.capacityPerSec > 0)
      out.set(r.partId, (r.readsPerSec + r.writesPerSec) / r.capacityPerSec);
  return out;
}
