import { PART_NAMES, type PartKind } from '../design/types';
import { KIND_BLURBS, KIND_GLYPHS, PALETTE_ORDER } from './glyphs';

/** The drag type for palette items, so a dropped file is never taken for a part. */
export const PART_DRAG_TYPE = 'application/x-scale-lab-part';

/**
 * The parts to build with. Drag one onto the canvas with a mouse; or press it (click, tap,
 * Enter, Space) to add it in the middle of the view, which is how touch screens and keyboards
 * add parts, since HTML drag and drop does not work on touch.
 */
export function Palette({ onAdd }: { onAdd: (kind: PartKind) => void }) {
  return (
    <nav className="palette" aria-label="Parts">
      <h2>Parts</h2>
      <p className="muted palette-hint">Drag onto the canvas, or press to add in the middle.</p>
      <ul>
        {PALETTE_ORDER.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette-item"
              draggable
              data-kind={kind}
              aria-label={`Add ${PART_NAMES[kind]}`}
              aria-describedby={`palette-blurb-${kind}`}
              onDragStart={(e) => {
                e.dataTransfer.setData(PART_DRAG_TYPE, kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onAdd(kind)}
            >
              <span className="part-glyph" aria-hidden="true">
                {KIND_GLYPHS[kind]}
              </span>
              <span className="palette-name">{PART_NAMES[kind]}</span>
              <span className="palette-blurb" id={`palette-blurb-${kind}`}>
                {KIND_BLURBS[kind]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
