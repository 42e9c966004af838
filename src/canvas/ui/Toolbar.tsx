import { useId, useRef, useState } from 'react';
import { canRedo, canUndo } from './history';
import { useCanvas } from './context';
import { SAMPLE_CHOICES, type SampleId } from './samples';

/**
 * The bar above the canvas: undo and redo, wire mode, samples, files, sharing and pictures.
 * Every action is a plain button, so it works the same by mouse, touch and keyboard.
 */
export function Toolbar(props: {
  wireMode: boolean;
  onWireMode: (on: boolean) => void;
  onSample: (id: SampleId | 'empty') => void;
  onImport: (file: File) => void;
  onExportJson: () => void;
  onShare: () => void;
  onPicture: (format: 'png' | 'svg') => void;
}) {
  const undoable = useCanvas((s) => canUndo(s.history));
  const redoable = useCanvas((s) => canRedo(s.history));
  const undo = useCanvas((s) => s.undo);
  const redo = useCanvas((s) => s.redo);
  const fileInput = useRef<HTMLInputElement>(null);
  const sampleId = useId();
  const [sample, setSample] = useState<SampleId | 'empty'>('naive');
  return (
    <div className="design-toolbar" role="toolbar" aria-label="Design tools">
      <div className="row" role="group" aria-label="History">
        <button type="button" onClick={undo} disabled={!undoable} aria-keyshortcuts="Control+Z">
          ↶ Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!redoable}
          aria-keyshortcuts="Control+Shift+Z"
        >
          ↷ Redo
        </button>
        <button
          type="button"
          aria-pressed={props.wireMode}
          onClick={() => props.onWireMode(!props.wireMode)}
        >
          {props.wireMode ? 'Stop wiring' : 'Wire mode'}
        </button>
      </div>
      <div className="row" role="group" aria-label="Start from">
        <label htmlFor={sampleId}>Start from</label>
        <select
          id={sampleId}
          value={sample}
          onChange={(e) => setSample(e.target.value as SampleId | 'empty')}
        >
          {SAMPLE_CHOICES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => props.onSample(sample)}>
          Load
        </button>
      </div>
      <div className="row" role="group" aria-label="Files and sharing">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Import a design file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) props.onImport(f);
            e.target.value = '';
          }}
        />
        <button type="button" onClick={props.onExportJson}>
          Export .json
        </button>
        <button type="button" onClick={props.onShare}>
          Share link
        </button>
        <button type="button" onClick={() => props.onPicture('png')}>
          PNG
        </button>
        <button type="button" onClick={() => props.onPicture('svg')}>
          SVG
        </button>
      </div>
    </div>
  );
}
