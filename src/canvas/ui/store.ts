import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_PARTS } from '../design/props';
import type { Design, PartKind, Workload } from '../design/types';
import * as edit from './edits';
import * as hist from './history';

/**
 * The canvas page's state: the design with its undo history, the selection and the clipboard.
 * The selection is not part of the history: undo brings back designs, not clicks.
 */
export interface CanvasState {
  history: hist.History<Design>;
  selectedParts: string[];
  selectedWires: string[];
  clipboard: edit.Clipboard | null;
  /** The last thing worth saying about an edit ("Cache is already wired to…"). */
  notice: { text: string; tone: 'info' | 'error' } | null;
}

export interface CanvasActions {
  /** The new part's id, or null when the design is full. */
  addPart(kind: PartKind, at: edit.Point): string | null;
  removeSelected(): void;
  /** Removes some parts and wires (and wires touching those parts) as one step. */
  remove(partIds: readonly string[], wireIds: readonly string[]): void;
  connect(from: string, to: string): boolean;
  /** A drag in progress: shown, not yet a step. */
  previewMove(positions: ReadonlyMap<string, edit.Point>): void;
  /** The drag ended: one step for all of it. */
  settleMove(): void;
  /** A keyboard nudge; repeated nudges of the same parts fold into one step. */
  nudge(positions: ReadonlyMap<string, edit.Point>): void;
  /** Positions with no drag going on: the end of a drag (settle) or an arrow key (nudge). */
  endMove(positions: ReadonlyMap<string, edit.Point>): void;
  setProp(id: string, key: string, value: number | string): void;
  setLabel(id: string, label: string): void;
  setWorkload(patch: Partial<Workload>): void;
  setReadNewLinksFromPrimary(on: boolean): void;
  select(parts: string[], wires?: string[]): void;
  copy(): number;
  paste(): number;
  undo(): void;
  redo(): void;
  /** A whole new design (sample, import, share link, reference): one step, so Undo returns. */
  replace(design: Design, why: string): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export type CanvasStore = StoreApi<CanvasState & CanvasActions>;

export const design = (s: CanvasState): Design => s.history.present;

const PASTE_OFFSET = 40;

export function createCanvasStore(initial: Design): CanvasStore {
  return createStore<CanvasState & CanvasActions>()((set, get) => {
    /** Applies a new design as one step (or folded into the last, with the same key). */
    const apply = (next: Design, key: string | null = null) => {
      const h = get().history;
      if (next !== h.present) set({ history: hist.commit(h, next, key) });
    };
    const present = () => get().history.present;
    /** Drops selected ids that no longer exist (after undo, redo or a replace). */
    const prune = () => {
      const d = present();
      const parts = new Set(d.parts.map((p) => p.id));
      const wires = new Set(d.wires.map((w) => w.id));
      const s = get();
      set({
        selectedParts: s.selectedParts.filter((id) => parts.has(id)),
        selectedWires: s.selectedWires.filter((id) => wires.has(id)),
      });
    };
    return {
      history: hist.createHistory(initial),
      selectedParts: [],
      selectedWires: [],
      clipboard: null,
      notice: null,

      addPart(kind, at) {
        if (present().parts.length >= MAX_PARTS) {
          get().say(`A design holds at most ${MAX_PARTS} parts.`, 'error');
          return null;
        }
        const r = edit.addPart(present(), kind, at);
        apply(r.design);
        set({ selectedParts: [r.id], selectedWires: [] });
        return r.id;
      },
      removeSelected() {
        const { selectedParts, selectedWires } = get();
        get().remove(selectedParts, selectedWires);
      },
      remove(partIds, wireIds) {
        const n = partIds.length + wireIds.length;
        apply(edit.removeElements(present(), partIds, wireIds));
        prune();
        if (n > 0) get().say(`Deleted ${n} item${n === 1 ? '' : 's'}. Undo brings them back.`);
      },
      connect(from, to) {
        const r = edit.connect(present(), from, to);
        if (!r.ok) {
          get().say(r.why, 'error');
          return false;
        }
        apply(r.design);
        set({ selectedWires: [r.id], selectedParts: [] });
        const label = (id: string) => present().parts.find((p) => p.id === id)?.label ?? id;
        get().say(`Wired ${label(from)} to ${label(to)}.`);
        return true;
      },
      previewMove(positions) {
        const next = edit.moveParts(present(), positions);
        set({ history: hist.preview(get().history, next) });
      },
      settleMove() {
        set({ history: hist.settle(get().history) });
      },
      nudge(positions) {
        const key = `move:${[...positions.keys()].sort().join(',')}`;
        apply(edit.moveParts(present(), positions), key);
      },
      endMove(positions) {
        const s = get();
        if (s.history.base === null) return s.nudge(positions);
        s.previewMove(positions);
        s.settleMove();
      },
      setProp(id, key, value) {
        apply(edit.setProp(present(), id, key, value), `prop:${id}:${key}`);
      },
      setLabel(id, label) {
        apply(edit.setLabel(present(), id, label), `label:${id}`);
      },
      setWorkload(patch) {
        apply(edit.setWorkload(present(), patch), `workload:${Object.keys(patch).join(',')}`);
      },
      setReadNewLinksFromPrimary(on) {
        const d = present();
        if (d.readNewLinksFromPrimary !== on) apply({ ...d, readNewLinksFromPrimary: on });
      },
      select(parts, wires = []) {
        const s = get();
        const same = (a: string[], b: string[]) =>
          a.length === b.length && a.every((x, i) => x === b[i]);
        if (same(s.selectedParts, parts) && same(s.selectedWires, wires)) return;
        // A new selection ends folding: nudging other parts later is a new step.
        set({
          selectedParts: parts,
          selectedWires: wires,
          history: hist.breakFold(s.history),
        });
      },
      copy() {
        const clip = edit.copyParts(present(), get().selectedParts);
        if (clip.parts.length === 0) return 0;
        set({ clipboard: clip });
        get().say(`Copied ${clip.parts.length} part${clip.parts.length === 1 ? '' : 's'}.`);
        return clip.parts.length;
      },
      paste() {
        const clip = get().clipboard;
        if (!clip || clip.parts.length === 0) return 0;
        if (present().parts.length + clip.parts.length > MAX_PARTS) {
          get().say(`A design holds at most ${MAX_PARTS} parts.`, 'error');
          return 0;
        }
        const r = edit.pasteParts(present(), clip, { x: PASTE_OFFSET, y: PASTE_OFFSET });
        apply(r.design);
        // Pasting again offsets again, from the copies.
        set({
          selectedParts: r.ids,
          selectedWires: [],
          clipboard: edit.copyParts(r.design, r.ids),
        });
        get().say(`Pasted ${r.ids.length} part${r.ids.length === 1 ? '' : 's'}.`);
        return r.ids.length;
      },
      undo() {
        const h = get().history;
        if (!hist.canUndo(h)) return get().say('Nothing to undo.');
        set({ history: hist.undo(h) });
        prune();
        get().say('Undone.');
      },
      redo() {
        const h = get().history;
        if (!hist.canRedo(h)) return get().say('Nothing to redo.');
        set({ history: hist.redo(h) });
        prune();
        get().say('Redone.');
      },
      replace(next, why) {
        apply(next);
        set({ selectedParts: [], selectedWires: [], history: hist.breakFold(get().history) });
        get().say(why);
      },
      say(text, tone = 'info') {
        set({ notice: { text, tone } });
      },
    };
  });
}
