import { describe, expect, it } from 'vitest';
import { emptyDesign } from './edits';
import { createCanvasStore } from './store';

/** A store with clients -> balancer -> app -> primary, wired. */
function built() {
  const store = createCanvasStore(emptyDesign());
  const s = () => store.getState();
  const ids = (['clients', 'balancer', 'app', 'primary'] as const).map((k, i) =>
    s().addPart(k, { x: i * 220, y: 0 })!,
  );
  for (let i = 0; i < 3; i++) s().connect(ids[i]!, ids[i + 1]!);
  return { store, s, ids };
}

describe('canvas store: undo and redo rules', () => {
  it('each add and each wire is one step', () => {
    const { s } = built();
    expect(s().history.past).toHaveLength(7);
    s().undo();
    expect(s().history.present.wires).toHaveLength(2);
    s().redo();
    expect(s().history.present.wires).toHaveLength(3);
  });

  it('a multi-delete is one step, and undo brings back parts and their wires', () => {
    const { s, ids } = built();
    s().select([ids[1]!, ids[2]!]);
    s().removeSelected();
    expect(s().history.present.parts).toHaveLength(2);
    expect(s().history.present.wires).toHaveLength(0);
    s().undo();
    expect(s().history.present.parts).toHaveLength(4);
    expect(s().history.present.wires).toHaveLength(3);
    s().redo();
    expect(s().history.present.parts).toHaveLength(2);
  });

  it('a drag is one step however many moves it took', () => {
    const { s, ids } = built();
    const before = s().history.past.length;
    for (let x = 0; x < 40; x++) s().previewMove(new Map([[ids[0]!, { x, y: x }]]));
    s().endMove(new Map([[ids[0]!, { x: 40, y: 40 }]]));
    expect(s().history.past.length).toBe(before + 1);
    s().undo();
    expect(s().history.present.parts[0]).toMatchObject({ x: 0, y: 0 });
  });

  it('arrow-key nudges of the same parts fold into one step; a new selection starts another', () => {
    const { s, ids } = built();
    const before = s().history.past.length;
    for (let i = 1; i <= 5; i++) s().endMove(new Map([[ids[2]!, { x: 440 + 5 * i, y: 0 }]]));
    expect(s().history.past.length).toBe(before + 1);
    s().select([ids[3]!]);
    s().endMove(new Map([[ids[3]!, { x: 700, y: 0 }]]));
    expect(s().history.past.length).toBe(before + 2);
  });

  it('typing into one field is one step; property edits are undoable', () => {
    const { s, ids } = built();
    const before = s().history.past.length;
    for (const v of [1, 12, 120]) s().setProp(ids[2]!, 'instances', v);
    expect(s().history.past.length).toBe(before + 1);
    s().undo();
    expect(s().history.present.parts[2]!.props).toMatchObject({ instances: 2 });
  });

  it('copy and paste make fresh parts with their inner wires, selected, as one step', () => {
    const { s, ids } = built();
    s().select([ids[2]!, ids[3]!]);
    expect(s().copy()).toBe(2);
    const before = s().history.past.length;
    expect(s().paste()).toBe(2);
    expect(s().history.past.length).toBe(before + 1);
    const d = s().history.present;
    expect(d.parts.map((p) => p.id)).toEqual([...ids, 'app-2', 'primary-2']);
    expect(d.wires.at(-1)).toMatchObject({ from: 'app-2', to: 'primary-2' });
    expect(s().selectedParts).toEqual(['app-2', 'primary-2']);
  });

  it('replacing the whole design is one step, and undo returns the learner’s own', () => {
    const { s } = built();
    const mine = s().history.present;
    s().replace(emptyDesign('Other'), 'Loaded something.');
    expect(s().history.present.name).toBe('Other');
    s().undo();
    expect(s().history.present).toBe(mine);
  });

  it('undo drops selected ids that no longer exist', () => {
    const { s } = built();
    expect(s().selectedWires).toEqual(['wire-3']);
    s().undo();
    expect(s().selectedWires).toEqual([]);
  });

  it('refused wires say why and change nothing', () => {
    const { s, ids } = built();
    const d = s().history.present;
    expect(s().connect(ids[0]!, ids[1]!)).toBe(false);
    expect(s().notice).toMatchObject({ tone: 'error' });
    expect(s().history.present).toBe(d);
  });
});
