import { useId, useState } from 'react';
import {
  describeAccepts,
  formatParam,
  parseParam,
  type ListSpec,
  type NumberSpec,
  type ParamSpec,
  type ParamValue,
} from '../../scenarios/params';

interface Props {
  spec: ParamSpec;
  value: ParamValue;
  onChange: (value: ParamValue) => void;
  /** Locked parameters are shown but cannot be changed (embeds). */
  disabled?: boolean;
}

/** One parameter: a slider with a typed box for numbers, a choice for options, a box for lists. */
export function ParamField({ spec, value, onChange, disabled = false }: Props) {
  const id = useId();
  const label = spec.label ?? spec.name;
  const hint = (
    <span className="param-hint" id={`${id}-hint`}>
      {spec.description}
    </span>
  );
  switch (spec.kind) {
    case 'number':
      return (
        <div className="param">
          <label htmlFor={id}>{label}</label>
          <NumberInput
            id={id}
            spec={spec}
            value={value as number}
            onChange={onChange}
            disabled={disabled}
          />
          {hint}
        </div>
      );
    case 'enum':
      return (
        <div className="param">
          <label htmlFor={id}>{label}</label>
          <select
            id={id}
            value={value as string}
            disabled={disabled}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onChange(e.currentTarget.value)}
          >
            {spec.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          {hint}
        </div>
      );
    case 'boolean':
      return (
        <div className="param param-check">
          <input
            id={id}
            type="checkbox"
            checked={value as boolean}
            disabled={disabled}
            aria-describedby={`${id}-hint`}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
          <label htmlFor={id}>{label}</label>
          {hint}
        </div>
      );
    case 'list':
      return (
        <div className="param">
          <label htmlFor={id}>{label}</label>
          <TextInput id={id} spec={spec} value={value} onChange={onChange} disabled={disabled} />
          {hint}
        </div>
      );
    case 'set': {
      const chosen = value as readonly string[];
      return (
        <fieldset className="param param-set" aria-describedby={`${id}-hint`} disabled={disabled}>
          <legend>{label}</legend>
          {spec.options.map((o) => (
            <label key={o} className="param-option">
              <input
                type="checkbox"
                checked={chosen.includes(o)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  onChange(spec.options.filter((x) => (x === o ? on : chosen.includes(x))));
                }}
              />
              {o}
            </label>
          ))}
          {hint}
        </fieldset>
      );
    }
  }
}

/** Slider position <-> value, linear or logarithmic. Log sliders include 0 as their far left. */
function toSlider(spec: NumberSpec, v: number): number {
  if (spec.scale !== 'log') return v;
  const lo = Math.max(spec.min, 1);
  return v <= lo ? 0 : Math.log10(v / lo);
}

function fromSlider(spec: NumberSpec, x: number): number {
  if (spec.scale !== 'log') return x;
  if (x <= 0) return spec.min; // the far left is the minimum, 0 included
  const lo = Math.max(spec.min, 1);
  const v = lo * 10 ** x;
  // Round to 2 significant figures so the slider lands on readable values (100, 250, 1000).
  const p = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  return Math.min(spec.max, Math.round(v / p) * p);
}

function NumberInput({
  id,
  spec,
  value,
  onChange,
  disabled,
}: {
  id: string;
  spec: NumberSpec;
  value: number;
  onChange: (v: ParamValue) => void;
  disabled: boolean;
}) {
  const max = toSlider(spec, spec.max);
  const step =
    spec.scale === 'log'
      ? max / 200
      : (spec.step ?? (spec.integer ? 1 : (spec.max - spec.min) / 200));
  return (
    <div className="param-number">
      <input
        type="range"
        aria-label={`${spec.label ?? spec.name} slider`}
        min={toSlider(spec, spec.min)}
        max={max}
        step={step}
        value={toSlider(spec, value)}
        disabled={disabled}
        aria-valuetext={`${value} ${spec.unit ?? ''}`.trim()}
        onChange={(e) => {
          const v = fromSlider(spec, Number(e.currentTarget.value));
          onChange(spec.integer ? Math.round(v) : v);
        }}
      />
      <TextInput id={id} spec={spec} value={value} onChange={onChange} disabled={disabled} />
      {spec.unit && <span className="unit">{spec.unit}</span>}
    </div>
  );
}

/** A typed value, applied on Enter or leaving the field; a bad value shows why and is not applied. */
function TextInput({
  id,
  spec,
  value,
  onChange,
  disabled,
}: {
  id: string;
  spec: NumberSpec | ListSpec;
  value: ParamValue;
  onChange: (v: ParamValue) => void;
  disabled: boolean;
}) {
  const shown = formatParam(spec, value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // A value set elsewhere (the slider, Reset, a link) replaces the text being edited.
  const [lastShown, setLastShown] = useState(shown);
  if (lastShown !== shown) {
    setLastShown(shown);
    setText(shown);
    setError(null);
  }
  const commit = () => {
    if (text === shown) return;
    const r = parseParam(spec, text);
    if (r.ok) {
      setError(null);
      onChange(r.value);
    } else setError(r.message);
  };
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={spec.kind === 'number' ? 'decimal' : 'text'}
        className="param-text"
        value={text}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        title={describeAccepts(spec)}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(shown);
            setError(null);
          }
        }}
      />
      {error && (
        <span className="param-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </>
  );
}
