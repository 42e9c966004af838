import { useEffect, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Params } from '../../scenarios/params';
import { startDriver } from '../../player/driver';
import { createPlayer, type Player } from '../../player/store';
import { readLabState, writeLabQuery, type LabUrlState } from '../../player/urlState';
import type { Scenario } from '../../scenarios/scenario';
import { replaceQuery } from '../route';

/** How long the URL waits after the last change before it is rewritten (sliders fire often). */
const URL_WRITE_DELAY_MS = 250;

export interface CompareState {
  overrides: Params | null;
}

/**
 * The lab page's player, built from the link and kept in sync with it: every change of
 * parameters, seed, speed or interventions is written back, so a copied link reproduces the
 * run. (A navigation to another link remounts the page; see `useRoute`.)
 */
export function useLabPlayer(scenario: Scenario, path: string, query: URLSearchParams) {
  const [init] = useState<LabUrlState>(() => readLabState(scenario, query));
  // Created during render without side effects; computing starts in the effect below.
  const [player] = useState<Player>(() =>
    createPlayer(
      {
        scenario,
        params: init.params,
        seed: init.seed,
        durationS: init.durationS,
        commands: init.commands,
        speed: init.speed,
        playing: init.autoplay,
      },
      undefined,
      false,
    ),
  );

  // Compare mode's overrides for variant B (null when not comparing); part of the link too.
  const [compare] = useState<StoreApi<CompareState>>(() =>
    createStore<CompareState>(() => ({ overrides: init.compare })),
  );

  useEffect(() => {
    const p = player;
    p.start();
    const stopDriver = startDriver(p);
    const keep = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
    const write = () =>
      replaceQuery(
        path,
        writeLabQuery(
          scenario,
          { ...p.store.getState(), compare: compare.getState().overrides },
          keep,
        ),
      );
    write();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(write, URL_WRITE_DELAY_MS);
    };
    const unsubscribe = p.store.subscribe((now, prev) => {
      if (
        now.params !== prev.params ||
        now.seed !== prev.seed ||
        now.commands !== prev.commands ||
        now.speed !== prev.speed ||
        now.durationS !== prev.durationS
      )
        later();
    });
    const unsubscribeCompare = compare.subscribe(later);
    return () => {
      unsubscribe();
      unsubscribeCompare();
      clearTimeout(timer);
      stopDriver();
      p.dispose();
    };
  }, [scenario, path, player, compare]);

  return { player, urlState: init, compare };
}
