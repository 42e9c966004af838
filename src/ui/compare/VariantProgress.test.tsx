// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Runner } from '../../player/runner';
import { createPlayer } from '../../player/store';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { VariantProgress } from './VariantProgress';

const scenario = getScenario('single-server')!;
const init = { scenario, params: defaults(scenario.params), seed: 1, durationS: 10 };
/** A runner that never answers: the run stays "computing". */
const silent: Runner = { start: () => () => {}, dispose: () => {} };

afterEach(cleanup);

describe('VariantProgress', () => {
  it('says how far a variant has computed while it is behind the playhead', () => {
    render(<VariantProgress player={createPlayer(init, silent)} />);
    expect(screen.getByRole('status').textContent).toBe('Computing… 0.0 s of 10.0 s');
  });

  it('says nothing once the run is there', () => {
    render(<VariantProgress player={createPlayer(init)} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
