// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from './Notices';

afterEach(cleanup);

const items = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

describe('Notices', () => {
  it('renders nothing to read when there is nothing to say', () => {
    const { container } = render(<Notices warnings={[]} error={null} />);
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lists the warnings and shows the error as an alert', () => {
    render(<Notices warnings={['seed was ignored', 'unknown parameter "x"']} error="boom" />);
    expect(items()).toEqual(['seed was ignored', 'unknown parameter "x"']);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This run could not start:');
    expect(alert.textContent).toContain('boom');
  });

  it('hides dismissed warnings until they change, but never the error', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = render(<Notices warnings={['a', 'b']} error="broken" />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(items()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('broken');
    // The same warnings in a new array stay dismissed.
    rerender(<Notices warnings={['a', 'b']} error="broken" />);
    expect(items()).toEqual([]);
    // New ones come back.
    rerender(<Notices warnings={['a', 'c']} error={null} />);
    expect(items()).toEqual(['a', 'c']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
