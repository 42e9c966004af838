// @vitest-environment jsdom
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { KeyboardHelp } from '../controls/KeyboardHelp';
import { isTypingTarget, useShortcuts } from './useShortcuts';

const scenario = getScenario('single-server')!;
let player: Player;

beforeEach(() => {
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1, durationS: 10 });
  player.seek(5000);
});
afterEach(() => {
  cleanup();
  player.dispose();
});

function Harness({ onHelp, enabled = true }: { onHelp: () => void; enabled?: boolean }) {
  useShortcuts(player, onHelp, enabled);
  return (
    <div>
      <input aria-label="text" />
      <input aria-label="range" type="range" />
      <textarea aria-label="area" />
      <select aria-label="choice">
        <option>a</option>
      </select>
      <div data-testid="editable" contentEditable suppressContentEditableWarning>
        notes
      </div>
      <button type="button">a button</button>
      <details>
        <summary>a menu</summary>
        <a href="#/x">a link</a>
      </details>
    </div>
  );
}

const state = () => player.store.getState();
/** Presses a key on `target` (the page body by default); returns whether it was handled. */
const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
  !fireEvent.keyDown(target, { key, ...init });

describe('useShortcuts', () => {
  it('Space toggles playback', () => {
    render(<Harness onHelp={() => {}} />);
    expect(press(' ')).toBe(true);
    expect(state().playing).toBe(true);
    press(' ');
    expect(state().playing).toBe(false);
  });

  it('arrows step a second, with Shift a tenth, and pause', () => {
    render(<Harness onHelp={() => {}} />);
    player.play();
    press('ArrowRight');
    expect(state().t).toBe(6000);
    expect(state().playing).toBe(false);
    press('ArrowLeft');
    press('ArrowLeft');
    expect(state().t).toBe(4000);
    press('ArrowRight', { shiftKey: true });
    expect(state().t).toBe(4100);
    press('ArrowLeft', { shiftKey: true });
    press('ArrowLeft', { shiftKey: true });
    expect(state().t).toBe(3900);
  });

  it('+ and - double and halve the speed, within limits', () => {
    render(<Harness onHelp={() => {}} />);
    press('+');
    expect(state().speed).toBe(2);
    press('=');
    expect(state().speed).toBe(4);
    press('-');
    press('-');
    press('_');
    expect(state().speed).toBe(0.5);
    for (let i = 0; i < 20; i++) press('+');
    expect(state().speed).toBe(1000);
    for (let i = 0; i < 20; i++) press('-');
    expect(state().speed).toBe(0.1);
  });

  it('r restarts, ? asks for help', () => {
    const onHelp = vi.fn();
    render(<Harness onHelp={onHelp} />);
    press('r');
    expect(state().t).toBe(0);
    expect(state().playing).toBe(true);
    player.pause();
    player.seek(3000);
    press('R', { shiftKey: true });
    expect(state().t).toBe(0);
    expect(state().playing).toBe(true);
    press('?', { shiftKey: true });
    expect(onHelp).toHaveBeenCalledTimes(1);
  });

  it('leaves other keys alone', () => {
    render(<Harness onHelp={() => {}} />);
    const before = state();
    expect(press('a')).toBe(false);
    expect(press('Enter')).toBe(false);
    expect(state()).toBe(before);
  });

  it('ignores keys typed into fields', () => {
    const onHelp = vi.fn();
    render(<Harness onHelp={onHelp} />);
    const editable = screen.getByTestId('editable');
    // jsdom does not implement isContentEditable; a browser reports true here.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    const fields = [
      screen.getByLabelText('text'),
      screen.getByLabelText('range'),
      screen.getByLabelText('area'),
      screen.getByLabelText('choice'),
      editable,
    ];
    for (const el of fields) {
      expect(isTypingTarget(el)).toBe(true);
      for (const key of [' ', 'ArrowRight', 'ArrowLeft', '+', '-', 'r', '?'])
        expect(press(key, {}, el)).toBe(false);
    }
    expect(state().t).toBe(5000);
    expect(state().playing).toBe(false);
    expect(state().speed).toBe(1);
    expect(onHelp).not.toHaveBeenCalled();
    expect(isTypingTarget(screen.getByRole('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('ignores keys with Ctrl, Meta or Alt held', () => {
    const onHelp = vi.fn();
    render(<Harness onHelp={onHelp} />);
    for (const mod of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }])
      for (const key of [' ', 'ArrowRight', 'ArrowLeft', '+', '-', 'r', '?'])
        expect(press(key, mod)).toBe(false);
    expect(state().t).toBe(5000);
    expect(state().playing).toBe(false);
    expect(state().speed).toBe(1);
    expect(onHelp).not.toHaveBeenCalled();
  });

  it('lets a focused button take Space, but still steps on arrows', () => {
    render(<Harness onHelp={() => {}} />);
    const button = screen.getByRole('button', { name: 'a button' });
    expect(press(' ', {}, button)).toBe(false);
    expect(state().playing).toBe(false);
    expect(press('ArrowRight', {}, button)).toBe(true);
    expect(state().t).toBe(6000);
  });

  it('lets a focused menu summary or link take Space too', () => {
    render(<Harness onHelp={() => {}} />);
    expect(press(' ', {}, screen.getByText('a menu'))).toBe(false);
    expect(press(' ', {}, screen.getByText('a link'))).toBe(false);
    expect(state().playing).toBe(false);
    expect(press(' ')).toBe(true);
    expect(state().playing).toBe(true);
  });

  it('ignores a key another handler already took', () => {
    render(<Harness onHelp={() => {}} />);
    const stop = (e: Event) => e.preventDefault();
    document.body.addEventListener('keydown', stop);
    try {
      press(' ');
      expect(state().playing).toBe(false);
    } finally {
      document.body.removeEventListener('keydown', stop);
    }
  });

  it('does nothing while disabled, and stops listening on unmount', () => {
    const onHelp = vi.fn();
    const { rerender, unmount } = render(<Harness onHelp={onHelp} enabled={false} />);
    expect(press(' ')).toBe(false);
    expect(press('?')).toBe(false);
    expect(state().playing).toBe(false);
    expect(onHelp).not.toHaveBeenCalled();
    rerender(<Harness onHelp={onHelp} enabled />);
    press(' ');
    expect(state().playing).toBe(true);
    unmount();
    press(' ');
    expect(state().playing).toBe(true);
  });

  it('with the keys card: ? opens it and ? or Escape closes it', () => {
    function Page() {
      const [open, setOpen] = useState(false);
      useShortcuts(player, () => setOpen((o) => !o));
      return open ? <KeyboardHelp onClose={() => setOpen(false)} /> : null;
    }
    render(<Page />);
    press('?');
    expect(screen.queryByRole('dialog')).not.toBeNull();
    // The card takes ? itself: it closes rather than toggling twice.
    press('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    press('?');
    expect(screen.queryByRole('dialog')).not.toBeNull();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
