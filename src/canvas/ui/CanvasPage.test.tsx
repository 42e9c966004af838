// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CanvasPage from './CanvasPage';

/**
 * The page in jsdom: panels, keyboard wiring, undo and redo, and a short load test on the
 * main thread (jsdom has no Worker). React Flow draws no wires here (nothing is measured),
 * so wiring is checked through the Checks panel and the properties panel's wire list.
 */

beforeEach(() => localStorage.clear());
afterEach(cleanup);

async function openPage() {
  render(<CanvasPage query={new URLSearchParams()} />);
  await screen.findByRole('heading', { name: 'Design a URL shortener' });
}

const badge = () => document.querySelector('#issues-title .badge')?.textContent ?? '';
const add = (name: string) => fireEvent.click(screen.getByRole('button', { name: `Add ${name}` }));
/** A part's node; React Flow hides unmeasured nodes from the accessibility tree in jsdom. */
const nodeOf = (id: string) =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
const key = (k: string, mods: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(document.body, { key: k, ...mods });

/** Wires the selected part to `to` through the properties panel, as a keyboard user would. */
function connectTo(to: string) {
  const panel = document.querySelector<HTMLElement>('.part-properties')!;
  const select = within(panel).getByLabelText(/^Send requests from/);
  const option = within(select).getByRole('option', { name: new RegExp(`^${to}`) });
  fireEvent.change(select, { target: { value: (option as HTMLOptionElement).value } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Connect' }));
}

describe('the design canvas page', () => {
  it('builds clients -> app -> database from the palette and the panel, with undo and redo', async () => {
    await openPage();
    expect(screen.getByText(/An empty canvas\./)).toBeTruthy();
    expect(badge()).toMatch(/^3 errors/);

    add('Clients');
    add('App servers');
    add('Database primary');
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(3));
    // Each new part is selected, so the panel shows the last one; pick Clients on the canvas.
    fireEvent.click(nodeOf('clients-1'));
    connectTo('App servers');
    fireEvent.click(nodeOf('app-1'));
    connectTo('Database primary');
    expect(badge()).toBe('all clear');
    expect(screen.getByRole('list', { name: 'Sends requests to' }).textContent).toContain(
      'Database primary',
    );

    key('z', { ctrlKey: true });
    expect(badge()).not.toBe('all clear');
    key('z', { ctrlKey: true, shiftKey: true });
    expect(badge()).toBe('all clear');

    // Select all, delete: one step; one Undo brings everything back.
    key('a', { ctrlKey: true });
    key('Delete');
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(0));
    key('z', { metaKey: true });
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(3));
    expect(badge()).toBe('all clear');
  });

  it('refuses a number out of range in the panel and keeps the design as it was', async () => {
    await openPage();
    const redirects = screen.getByLabelText(/^Redirects/);
    fireEvent.change(redirects, { target: { value: '999999999' } });
    expect(redirects.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Enter a number from 0 to 50,000/)).toBeTruthy();
    fireEvent.change(redirects, { target: { value: '2000' } });
    expect(redirects.getAttribute('aria-invalid')).toBe('false');
  });

  it('runs a short load test of the one-server sample and names its bottleneck', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'One server' }));
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node').length).toBe(3));
    fireEvent.change(screen.getByLabelText(/^Duration/), { target: { value: '1' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Run load test' }));
    });
    const results = await screen.findByRole(
      'region',
      { name: 'Load test results' },
      {
        timeout: 20_000,
      },
    );
    expect(within(results).getByRole('note', { name: 'Bottleneck' }).textContent).toMatch(
      /Bottleneck: .*Try:/,
    );
    expect(results.querySelector('[data-stat="redirects-p99"]')?.textContent).toMatch(/\d/);
    // After a first run the reference designs are offered, and loading one asks first.
    fireEvent.click(screen.getAllByRole('button', { name: 'Load the reference design' })[0]!);
    expect(
      screen.getByRole('heading', { name: 'Replace your design?', hidden: true }),
    ).toBeTruthy();
  });
});
