import { useId, useState } from 'react';
import { wireAllowed } from '../design/graph';
import { MAX_LABEL } from '../design/props';
import { PART_NAMES, type Design, type Part } from '../design/types';
import { useCanvas } from './context';
import { fieldsOf, optionLabel } from './fields';
import { NumberInput } from './NumberInput';

/**
 * The side panel: settings of the selected part, its wires, and a way to wire it to another
 * part without dragging (for keyboards and screen readers).
 */
export function PropertiesPanel() {
  const design = useCanvas((s) => s.history.present);
  const parts = useCanvas((s) => s.selectedParts);
  const wires = useCanvas((s) => s.selectedWires);
  const removeSelected = useCanvas((s) => s.removeSelected);
  const copy = useCanvas((s) => s.copy);

  const part =
    parts.length === 1 && wires.length === 0
      ? design.parts.find((p) => p.id === parts[0])
      : undefined;
  const wire =
    wires.length === 1 && parts.length === 0
      ? design.wires.find((w) => w.id === wires[0])
      : undefined;
  const count = parts.length + wires.length;

  return (
    <section className="design-panel properties" aria-labelledby="properties-title">
      <h2 id="properties-title">Properties</h2>
      {part ? (
        <PartProperties key={part.id} part={part} design={design} />
      ) : wire ? (
        <WireProperties design={design} wireId={wire.id} />
      ) : count > 1 ? (
        <div>
          <p>
            {parts.length} part{parts.length === 1 ? '' : 's'} and {wires.length} wire
            {wires.length === 1 ? '' : 's'} selected.
          </p>
          <div className="row">
            <button type="button" onClick={() => copy()} disabled={parts.length === 0}>
              Copy
            </button>
            <button type="button" className="danger" onClick={removeSelected}>
              Delete selected
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">
          Select a part or a wire to change it. With a keyboard: Tab into the canvas, then Enter on
          a part.
        </p>
      )}
    </section>
  );
}

const labelOf = (d: Design, id: string) => d.parts.find((p) => p.id === id)?.label ?? id;

function PartProperties({ part, design }: { part: Part; design: Design }) {
  const setProp = useCanvas((s) => s.setProp);
  const setLabel = useCanvas((s) => s.setLabel);
  const connect = useCanvas((s) => s.connect);
  const select = useCanvas((s) => s.select);
  const removeSelected = useCanvas((s) => s.removeSelected);
  const labelId = useId();
  const targetId = useId();
  const props = part.props as unknown as Record<string, number | string>;
  const others = design.parts.filter((p) => p.id !== part.id);
  // Sensible targets first; the rest are still offered, and validation says what is odd.
  const sorted = [...others].sort(
    (a, b) => Number(wireAllowed(part.kind, b.kind)) - Number(wireAllowed(part.kind, a.kind)),
  );
  const [target, setTarget] = useState('');
  const chosen = others.some((p) => p.id === target) ? target : (sorted[0]?.id ?? '');
  const out = design.wires.filter((w) => w.from === part.id);
  const into = design.wires.filter((w) => w.to === part.id);

  return (
    <div className="part-properties" data-part={part.id}>
      <p className="muted">{PART_NAMES[part.kind]}</p>
      <div className="field">
        <label htmlFor={labelId}>Name</label>
        <input
          id={labelId}
          value={part.label}
          maxLength={MAX_LABEL}
          onChange={(e) => setLabel(part.id, e.target.value)}
        />
      </div>
      {fieldsOf(part.kind).map(([key, spec]) =>
        spec.type === 'number' ? (
          <NumberInput
            key={key}
            name={key}
            spec={spec}
            value={Number(props[key])}
            onChange={(v) => setProp(part.id, key, v)}
          />
        ) : (
          <EnumField
            key={key}
            name={key}
            label={spec.label}
            help={spec.help}
            options={spec.options}
            value={String(props[key])}
            onChange={(v) => setProp(part.id, key, v)}
          />
        ),
      )}

      <h3>Wires</h3>
      <WireList design={design} ids={out.map((w) => w.id)} dir="out" />
      <WireList design={design} ids={into.map((w) => w.id)} dir="in" />
      {others.length > 0 ? (
        <div className="connect-row">
          <label htmlFor={targetId}>Send requests from {part.label} to</label>
          <div className="row">
            <select id={targetId} value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {sorted.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                  {wireAllowed(part.kind, p.kind) ? '' : ' (unusual)'}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => {
                if (chosen && connect(part.id, chosen)) select([part.id]);
              }}
            >
              Connect
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">Add another part to wire this one to it.</p>
      )}
      <div className="row panel-actions">
        <button type="button" className="danger" onClick={removeSelected}>
          Delete {part.label}
        </button>
      </div>
    </div>
  );
}

function EnumField(props: {
  name: string;
  label: string;
  help: string;
  options: readonly string[];
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-describedby={`${id}-help`}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(props.name, o)}
          </option>
        ))}
      </select>
      <span id={`${id}-help`} className="field-help">
        {props.help}
      </span>
    </div>
  );
}

/** A part's wires in one direction, each with a button to remove it. */
function WireList({ design, ids, dir }: { design: Design; ids: string[]; dir: 'in' | 'out' }) {
  const remove = useCanvas((s) => s.remove);
  if (ids.length === 0) return null;
  return (
    <ul
      className="wire-list"
      aria-label={dir === 'out' ? 'Sends requests to' : 'Gets requests from'}
    >
      {ids.map((id) => {
        const w = design.wires.find((x) => x.id === id)!;
        const other = labelOf(design, dir === 'out' ? w.to : w.from);
        return (
          <li key={id}>
            <span>{dir === 'out' ? `→ ${other}` : `← ${other}`}</span>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove wire ${labelOf(design, w.from)} to ${labelOf(design, w.to)}`}
              onClick={() => remove([], [id])}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function WireProperties({ design, wireId }: { design: Design; wireId: string }) {
  const removeSelected = useCanvas((s) => s.removeSelected);
  const w = design.wires.find((x) => x.id === wireId)!;
  return (
    <div>
      <p>
        Wire: requests go from <strong>{labelOf(design, w.from)}</strong> to{' '}
        <strong>{labelOf(design, w.to)}</strong>.
      </p>
      <button type="button" className="danger" onClick={removeSelected}>
        Delete this wire
      </button>
    </div>
  );
}
