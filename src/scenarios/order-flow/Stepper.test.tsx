// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Stepper } from './Stepper';
import { walkSteps } from './walk';
import { walk } from './testRuns';

const steps = walkSteps(walk());
afterEach(cleanup);

describe('Stepper', () => {
  it('moves with Next and Back, and stops at the ends', () => {
    const onMove = vi.fn();
    const { rerender } = render(<Stepper steps={steps} index={0} onMove={onMove} />);
    expect(screen.getByText(`Step 1 of ${steps.length}`)).toBeTruthy();
    expect((screen.getByRole('button', { name: '← Back' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(onMove).toHaveBeenLastCalledWith(1);
    rerender(<Stepper steps={steps} index={steps.length - 1} onMove={onMove} />);
    expect((screen.getByRole('button', { name: 'Next →' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/Loyalty/);
  });

  it('takes the arrow keys (marking them handled, so the player does not step a second)', () => {
    const onMove = vi.fn();
    render(<Stepper steps={steps} index={3} onMove={onMove} />);
    const group = screen.getByRole('group', { name: /step by step/ });
    const right = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      bubbles: true,
      cancelable: true,
    });
    group.dispatchEvent(right);
    expect(right.defaultPrevented).toBe(true);
    expect(onMove).toHaveBeenLastCalledWith(4);
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(onMove).toHaveBeenLastCalledWith(2);
    fireEvent.keyDown(group, { key: 'End' });
    expect(onMove).toHaveBeenLastCalledWith(steps.length - 1);
    fireEvent.keyDown(group, { key: 'ArrowRight', ctrlKey: true });
    expect(onMove).toHaveBeenCalledTimes(3);
  });
});
