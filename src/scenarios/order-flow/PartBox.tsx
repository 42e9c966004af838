import type { DrawnBox } from './boxes';

/**
 * One part of the picture. A part switched off is drawn dashed and says OFF; one that is down
 * is dashed in a warning colour and says DOWN; the part the walkthrough is on gets a thick
 * outline and a marker, so no state is told by colour alone.
 */
export function PartBox({ box, current }: { box: DrawnBox; current: boolean }) {
  const { x, y, w, h } = box;
  const small = w < 70;
  const cls = `of-box is-${box.state}${small ? ' is-small' : ''}${current ? ' is-current' : ''}`;
  const note = box.state === 'down' ? 'DOWN' : box.note;
  return (
    <g className={cls} transform={`translate(${x - w / 2} ${y - h / 2})`}>
      <rect width={w} height={h} rx={box.part === 'primary' || box.part === 'replica' ? 10 : 6} />
      {current && (
        <text x={-4} y={h / 2 + 5} className="of-marker" textAnchor="end" aria-hidden="true">
          ▶
        </text>
      )}
      <text x={w / 2} y={small ? 15 : 19} className="of-label">
        {box.label}
      </text>
      {note && (
        <text x={w / 2} y={small ? 29 : 36} className="of-note">
          {note}
        </text>
      )}
      {box.load !== null && (
        <g transform={`translate(6 ${h - 7})`} aria-hidden="true">
          <rect width={w - 12} height={4} className="of-load" />
          <rect width={(w - 12) * Math.min(1, box.load)} height={4} className="of-load-fill" />
        </g>
      )}
    </g>
  );
}

/** A person (you, the crowd, the abuser): a head and shoulders with a label under it. */
export function Person({
  x,
  y,
  label,
  current = false,
  crowd = false,
  abuser = false,
}: {
  x: number;
  y: number;
  label: string;
  current?: boolean;
  crowd?: boolean;
  abuser?: boolean;
}) {
  const offsets = crowd ? [-14, 0, 14] : [0];
  const cls = `of-person${current ? ' is-current' : ''}${abuser ? ' is-abuser' : ''}`;
  return (
    <g className={cls} transform={`translate(${x} ${y})`}>
      {offsets.map((dx, i) => (
        <g key={i} transform={`translate(${dx} ${crowd && i === 1 ? -6 : 0})`} aria-hidden="true">
          <circle r={8} cy={-14} />
          <path d="M -13 10 Q 0 -8 13 10 Z" />
        </g>
      ))}
      <text y={28} className="of-label">
        {label}
      </text>
      {abuser && (
        <text y={42} className="of-note">
          (one client)
        </text>
      )}
    </g>
  );
}
