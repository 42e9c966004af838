import { useId, useState } from 'react';
import type { PropSpec } from '../design/props';
import { checkNumber } from './fields';

type NumberSpec = Extract<PropSpec, { type: 'number' }>;

/**
 * A number field that keeps what is typed, stores it only when it is in range, and says
 * why when it is not. Undo changes the value from outside; the text follows it then.
 */
export function NumberInput({
  spec,
  value,
  onChange,
  name,
}: {
  spec: NumberSpec;
  value: number;
  onChange: (v: number) => void;
  name: string;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (Number(text.replace(/[,_\s]/g, '')) !== value) setText(String(value));
  }
  const check = checkNumber(spec, text);
  return (
    <div className="field">
      <label htmlFor={id}>
        {spec.label}
        {spec.unit ? <span className="unit"> ({spec.unit})</span> : null}
      </label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        value={text}
        aria-invalid={!check.ok}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setText(e.target.value);
          const c = checkNumber(spec, e.target.value);
          if (c.ok) onChange(c.value);
        }}
        onBlur={() => {
          if (!checkNumber(spec, text).ok) setText(String(value));
        }}
      />
      <span id={`${id}-help`} className={check.ok ? 'field-help' : 'field-help field-error'}>
        {check.ok ? spec.help : check.why}
      </span>
    </div>
  );
}
