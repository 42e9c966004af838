import { CARD_H, CARD_W, px, SPOTS } from './mapLayout';
import { dishName, rupees, writerName, type DishCopy } from './live';
import { CITIES } from './cities';

interface Props {
  city: number;
  dish: number;
  copy: DishCopy;
  /** False when the city refuses orders (CP, cut off from everyone). */
  open: boolean;
  /** How many dishes this copy is behind on. */
  behindOn: number;
  mode: string;
}

/** What the card says about the city's state, in words (colour only repeats it). */
export function cityStatus({
  open,
  behindOn,
  mode,
}: Pick<Props, 'open' | 'behindOn' | 'mode'>): string {
  if (!open) return 'cut off: refusing orders';
  const copy = behindOn > 0 ? `${behindOn} dish${behindOn === 1 ? '' : 'es'} behind` : 'up to date';
  return `${mode === 'cp' ? 'open, in a majority' : 'open'} · ${copy}`;
}

/** One city's replica on the map: its price for the chosen dish, whose it is, and its state. */
export function ReplicaCard({ city, dish, copy, open, behindOn, mode }: Props) {
  const { x, y } = px(SPOTS[city]!.replica);
  const known = Number.isFinite(copy.price);
  return (
    <g
      className={`cap-card${open ? '' : ' is-refusing'}${copy.behind ? ' is-behind' : ''}`}
      transform={`translate(${x - CARD_W / 2} ${y - CARD_H / 2})`}
    >
      <rect width={CARD_W} height={CARD_H} rx={12} className="cap-card-box" />
      <text x={CARD_W / 2} y={22} className="cap-card-city">
        {CITIES[city]!.name}
      </text>
      <text x={CARD_W / 2} y={44} className="cap-card-price">
        {dishName(dish)} {rupees(copy.price)}
      </text>
      <text x={CARD_W / 2} y={64} className="cap-card-version">
        {known ? `v${copy.version} · by ${writerName(copy.writer)}` : ''}
        {copy.behind ? ' · behind' : ''}
      </text>
      <text x={CARD_W / 2} y={88} className="cap-card-status">
        {open ? '' : '✕ '}
        {cityStatus({ open, behindOn, mode })}
      </text>
    </g>
  );
}
