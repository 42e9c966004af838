// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runner } from '../../player/runner';
import { createPlayer, type Player } from '../../player/store';
import { defaults, type ListSpec, type NumberSpec } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { ParamField } from './ParamField';
import { ParamPanel } from './ParamPanel';

const scenario = getScenario('single-server')!;
const spec = (name: string) => scenario.params.find((p) => p.name === name)! as NumberSpec;
// The panel only changes params; nothing here needs the run itself.
const idle: Runner = { start: () => () => {}, dispose() {} };
let player: Player;

beforeEach(() => {
  player = createPlayer({ scenario, params: defaults(scenario.params), seed: 1 }, idle);
});
afterEach(cleanup);

const params = () => player.store.getState().params;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const slider = (label: string) =>
  screen.getByRole('slider', { name: `${label} slider` }) as HTMLInputElement;

describe('ParamPanel number fields', () => {
  it('applies typed text on Enter and on blur', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    await user.clear(field('Users'));
    await user.type(field('Users'), '250');
    expect(params().users).toBe(100);
    await user.keyboard('{Enter}');
    expect(params().users).toBe(250);
    expect(Number(slider('Users').value)).toBeCloseTo(Math.log10(250), 9);

    await user.clear(field('Workers'));
    await user.type(field('Workers'), '16');
    await user.tab();
    expect(params().workers).toBe(16);
    expect(slider('Workers').value).toBe('16');
  });

  it('shows why an out-of-range value is refused, and keeps the store', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    const before = params();
    await user.clear(field('Users'));
    await user.type(field('Users'), '200000{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^users: 200000 is out of range/);
    expect(alert.textContent).toContain('0 to 100000');
    expect(params()).toBe(before);
    expect(field('Users').getAttribute('aria-invalid')).toBe('true');
    expect(field('Users').getAttribute('aria-describedby')).toContain(alert.id);
    // Blurring does not apply it either.
    await user.tab();
    expect(params()).toBe(before);
    expect(field('Users').value).toBe('200000');
  });

  it('refuses a fraction for a whole-number parameter', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    await user.clear(field('Workers'));
    await user.type(field('Workers'), '2.5{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/^workers: 2\.5 is not a whole number/);
    expect(params().workers).toBe(8);
  });

  it('reverts the text and clears the error on Escape', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    await user.clear(field('Service time'));
    await user.type(field('Service time'), 'fast{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('serviceMs: "fast" is not a number');
    await user.keyboard('{Escape}');
    expect(field('Service time').value).toBe('200');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field('Service time').getAttribute('aria-invalid')).toBe('false');
    expect(params().serviceMs).toBe(200);
  });

  it('shows a value set elsewhere, dropping unfinished text and its error', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    await user.clear(field('Users'));
    await user.type(field('Users'), 'lots{Enter}');
    expect(screen.queryByRole('alert')).not.toBeNull();
    act(() => player.setParam('users', 3000));
    expect(field('Users').value).toBe('3000');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('changes an option with the select', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    const select = screen.getByLabelText('Service time shape') as HTMLSelectElement;
    expect(select.value).toBe('exponential');
    await user.selectOptions(select, 'lognormal');
    expect(params().serviceDist).toBe('lognormal');
    expect(select.value).toBe('lognormal');
    await user.selectOptions(screen.getByLabelText('Traffic shape'), 'spike');
    expect(params().profile).toBe('spike');
  });

  it('maps the log slider for users to values with 2 significant figures', () => {
    render(<ParamPanel player={player} />);
    const s = slider('Users');
    expect(Number(s.min)).toBe(0);
    expect(Number(s.max)).toBeCloseTo(5, 12);
    const at = (x: string) => {
      fireEvent.change(slider('Users'), { target: { value: x } });
      return params().users as number;
    };
    expect(at('2')).toBe(100);
    expect(at('2.4')).toBe(250); // 10^2.4 = 251.2
    expect(at('3.3')).toBe(2000); // 1995.3
    expect(at('4.5')).toBe(32_000); // 31622.8
    expect(at('5')).toBe(100_000);
  });

  it('lands every notch of a log slider on a readable value, in order, within range', () => {
    const users = spec('users');
    const onChange = vi.fn();
    render(<ParamField spec={users} value={users.default} onChange={onChange} />);
    const s = slider('Users');
    const step = Number(s.step);
    expect(step).toBeGreaterThan(0);
    let last = -Infinity;
    for (let k = 0; k * step <= Number(s.max) + 1e-9; k++) {
      fireEvent.change(s, { target: { value: String(k * step) } });
      const v = onChange.mock.lastCall?.[0] as number;
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(users.min);
      expect(v).toBeLessThanOrEqual(users.max);
      const p = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
      expect(v % p).toBe(0);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(last).toBe(users.max);
  });

  it('maps a linear slider one to one', () => {
    render(<ParamPanel player={player} />);
    fireEvent.change(slider('Workers'), { target: { value: '40' } });
    expect(params().workers).toBe(40);
    expect(field('Workers').value).toBe('40');
  });

  it('enables Reset only away from the defaults, and Reset restores them', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} />);
    const reset = screen.getByRole('button', { name: 'Reset' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    act(() => player.setParams({ users: 5000, profile: 'wave' }));
    expect(reset.disabled).toBe(false);
    expect(field('Users').value).toBe('5000');
    await user.click(reset);
    expect(params()).toEqual(defaults(scenario.params));
    expect(field('Users').value).toBe('100');
    expect((screen.getByLabelText('Traffic shape') as HTMLSelectElement).value).toBe('constant');
    expect(reset.disabled).toBe(true);
  });

  it('disables locked parameters only', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ParamPanel player={player} locked={['workers', 'profile']} />);
    expect(field('Workers').disabled).toBe(true);
    expect(slider('Workers').disabled).toBe(true);
    expect((screen.getByLabelText('Traffic shape') as HTMLSelectElement).disabled).toBe(true);
    expect(field('Users').disabled).toBe(false);
    await user.type(field('Workers'), '9{Enter}');
    expect(params().workers).toBe(8);
  });

  it('gives the store only valid in-range values, whatever is typed', () => {
    const numeric = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer({ min: -10, max: 2_000_000 }).map(String),
      fc.constantFrom('1e3', ' 12 ', '1_000', '-0', '.5', '5.', 'NaN', 'Infinity', '0x10', '1e400'),
    );
    const names = ['workers', 'serviceMs', 'queueLimit'] as const;
    render(<ParamPanel player={player} />);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...names), numeric, (name, text) => {
        const s = spec(name);
        const before = params();
        const input = field(s.label!);
        fireEvent.change(input, { target: { value: text } });
        fireEvent.keyDown(input, { key: 'Enter' });
        fireEvent.blur(input);
        if (screen.queryByRole('alert') !== null) {
          refused++;
          expect(params()).toBe(before);
        } else {
          accepted++;
          const after = params()[name] as number;
          expect(Number.isFinite(after)).toBe(true);
          expect(after).toBeGreaterThanOrEqual(s.min);
          expect(after).toBeLessThanOrEqual(s.max);
          if (s.integer) expect(Number.isInteger(after)).toBe(true);
          expect(after).toBe(Number(text.trim().replace(/_/g, '')));
        }
        // Leave the field clean for the next case.
        fireEvent.keyDown(input, { key: 'Escape' });
      }),
      { numRuns: 100 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('ParamField list', () => {
  const weights: ListSpec = {
    name: 'weights',
    kind: 'list',
    label: 'Weights',
    default: [1, 1],
    min: 0,
    max: 10,
    minLength: 2,
    maxLength: 2,
    description: 'How much traffic each server gets.',
  };

  it('applies a valid list and refuses a bad one', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    render(<ParamField spec={weights} value={[1, 1]} onChange={onChange} />);
    const box = screen.getByLabelText('Weights') as HTMLInputElement;
    expect(box.value).toBe('1,1');
    await user.clear(box);
    await user.type(box, '4,x{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/^weights: /);
    await user.clear(box);
    await user.type(box, '4, 1{Enter}');
    expect(onChange).toHaveBeenCalledWith([4, 1]);
  });
});
