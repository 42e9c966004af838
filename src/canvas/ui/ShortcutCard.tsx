/** The keys this page answers to, always on screen (folded away on request). */
const SHORTCUTS: ReadonlyArray<[keys: string, what: string]> = [
  ['Tab', 'Move between the palette, the parts, the wires and the panels'],
  ['Enter or Space', 'On a palette item: add it. On a part or wire: select it'],
  ['Arrow keys', 'Move the selected parts'],
  ['Shift + click', 'Add to the selection; Shift + drag on the canvas: select an area'],
  ['Delete or Backspace', 'Delete what is selected (one Undo brings it all back)'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z or Ctrl + Y', 'Redo'],
  ['Ctrl/⌘ + C, Ctrl/⌘ + V', 'Copy and paste the selected parts'],
  ['Ctrl/⌘ + A', 'Select every part'],
  ['Escape', 'Clear the selection, or stop wiring'],
];

export function ShortcutCard() {
  return (
    <details className="design-panel shortcut-card" open>
      <summary>
        <h2>Shortcuts</h2>
      </summary>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        To wire without dragging: select a part and use <em>Connect</em> in Properties, or press{' '}
        <em>Wire mode</em> and tap two parts. A tap on one handle, then another, wires them too.
      </p>
    </details>
  );
}
