import type { ReactNode } from 'react';

/** A labelled part in the picture; dashed and marked DOWN when it is dead (not colour alone). */
export function Box({
  x,
  y,
  w,
  h,
  label,
  note,
  down = false,
  busy = false,
  children,
}: {
  /** Centre. */
  x: number;
  y: number;
  w: number;
  h: number;
  label?: string;
  note?: string;
  down?: boolean;
  busy?: boolean;
  children?: ReactNode;
}) {
  return (
    <g
      className={`mq-box${down ? ' is-down' : ''}${busy ? ' is-busy' : ''}`}
      transform={`translate(${x - w / 2} ${y - h / 2})`}
    >
      <rect width={w} height={h} rx={6} className="mq-box-rect" />
      {label && (
        <text x={w / 2} y={note || down ? h / 2 - 3 : h / 2 + 4} className="mq-label">
          {label}
        </text>
      )}
      {(note || down) && (
        <text x={w / 2} y={h / 2 + 13} className="mq-note">
          {down ? 'DOWN' : note}
        </text>
      )}
      {children}
    </g>
  );
}

/** Three little people: the customers placing orders. */
export function Customers({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <g className="mq-customers" transform={`translate(${x} ${y})`}>
      {[-16, 0, 16].map((dx, i) => (
        <g key={i} transform={`translate(${dx} ${i === 1 ? -6 : 3})`} aria-hidden="true">
          <circle r="7" cy="-11" />
          <path d="M -11 9 Q 0 -6 11 9 Z" />
        </g>
      ))}
      <text y="32" className="mq-label">
        {label}
      </text>
    </g>
  );
}
