// @vitest-environment jsdom
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyboardHelp, SHORTCUTS } from './KeyboardHelp';

afterEach(cleanup);

/** A page with a button that opens the card, as the app has. */
function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Keys
      </button>
      {open && <KeyboardHelp onClose={() => setOpen(false)} />}
    </>
  );
}

describe('KeyboardHelp', () => {
  it('lists every shortcut with its key', () => {
    render(<KeyboardHelp onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const rows = [...dialog.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('kbd')!.textContent,
      tr.querySelector('td')!.textContent,
    ]);
    expect(rows).toEqual(SHORTCUTS);
    expect(rows.map(([k]) => k)).toEqual(expect.arrayContaining(['Space', 'R', '?']));
  });

  it('focuses Close when it opens', () => {
    render(<KeyboardHelp onClose={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('closes on Escape, ?, the Close button and the backdrop, not on a click inside', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const { container } = render(<KeyboardHelp onClose={onClose} />);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: '?' });
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('heading', { name: 'Keyboard shortcuts' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(3);
    await user.click(container.querySelector('.modal-backdrop')!);
    expect(onClose).toHaveBeenCalledTimes(4);
  });

  it('keeps Escape from reaching the page behind it', () => {
    const behind = vi.fn();
    window.addEventListener('keydown', behind);
    try {
      render(<KeyboardHelp onClose={() => {}} />);
      fireEvent.keyDown(document.body, { key: 'Escape' });
      expect(behind).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', behind);
    }
  });

  it('gives focus back to where it was when it closes', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Keys' });
    await user.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    // And it stops listening once closed.
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(opener);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('restores focus on unmount', () => {
    render(<input aria-label="field" />);
    const input = screen.getByLabelText('field');
    input.focus();
    const { unmount } = render(<KeyboardHelp onClose={() => {}} />);
    expect(document.activeElement).not.toBe(input);
    unmount();
    expect(document.activeElement).toBe(input);
  });
});
