import { useId } from 'react';
import type { Params, ParamSpec, ParamValue } from '../../scenarios/params';
import { ParamField } from '../controls/ParamField';

interface Props {
  specs: readonly ParamSpec[];
  /** Variant A's parameters (the page's). */
  base: Params;
  overrides: Params;
  onChange(overrides: Params): void;
  onStop(): void;
}

/** A sensible first value for B: something different from A. */
export function contrasting(spec: ParamSpec, a: ParamValue): ParamValue {
  switch (spec.kind) {
    case 'enum':
      return spec.options.find((o) => o !== a) ?? a;
    case 'boolean':
      return !a;
    case 'number': {
      const v = (a as number) * 2 || spec.max;
      const w = v > spec.max ? (a as number) / 2 : v;
      return spec.integer ? Math.max(spec.min, Math.round(w)) : Math.max(spec.min, w);
    }
    case 'list':
      return a;
    case 'set': {
      // Toggle the first option: B differs from A by one choice.
      const cur = a as readonly string[];
      const first = spec.options[0]!;
      return cur.includes(first)
        ? cur.filter((o) => o !== first)
        : spec.options.filter((o) => o === first || cur.includes(o));
    }
  }
}

/** Choose what variant B changes: one parameter and its value. */
export function CompareSetup({ specs, base, overrides, onChange, onStop }: Props) {
  const id = useId();
  const name = Object.keys(overrides)[0] ?? specs[0]!.name;
  const spec = specs.find((s) => s.name === name) ?? specs[0]!;
  return (
    <div className="compare-setup" role="group" aria-label="What variant B changes">
      <label htmlFor={id}>B changes</label>
      <select
        id={id}
        value={spec.name}
        onChange={(e) => {
          const next = specs.find((s) => s.name === e.currentTarget.value)!;
          onChange({ [next.name]: contrasting(next, base[next.name] ?? next.default) });
        }}
      >
        {specs.map((s) => (
          <option key={s.name} value={s.name}>
            {s.label ?? s.name}
          </option>
        ))}
      </select>
      <ParamField
        spec={spec}
        value={overrides[spec.name] ?? base[spec.name] ?? spec.default}
        onChange={(v) => onChange({ [spec.name]: v })}
      />
      <button type="button" onClick={onStop}>
        Stop comparing
      </button>
    </div>
  );
}
