import { describe, expect, it } from 'vitest';
import { defaults, type Params } from '../params';
import { getScenario } from '../registry';
import { runToEnd, type RunInput } from '../run';
import { runPrediction } from '../testing/runPrediction';
import { exercises, predictions } from './teaching';

const scenario = getScenario('message-queues')!;
const input = (over: Params = {}, commands: RunInput['commands'] = [], seed = 1): RunInput => ({
  scenario: 'message-queues',
  params: { ...defaults(scenario.params), ...over },
  seed,
  durationS: 60,
  commands,
});
const byId = (id: string) => predictions.find((p) => p.id === id)!;

describe('message-queues predictions are decided by the runs', () => {
  it('email down: sync fails every order, the queue confirms them', () => {
    const { results, answer } = runPrediction(byId('email-down'), input());
    expect(answer).toBe('sync-fails');
    expect(byId('email-down').explain(results)).toMatch(/100% of finished orders failed/);
  });

  it('Kafka with five groups: each order is read five times', () => {
    const { results, answer } = runPrediction(byId('kafka-reads'), input());
    expect(answer).toBe('five');
    expect(byId('kafka-reads').explain(results)).toMatch(/read 5\.0 times/);
  });

  it('a slow gateway: the queue saves the later steps but not the payment', () => {
    expect(runPrediction(byId('slow-payment'), input()).answer).toBe('payment');
    expect(runPrediction(byId('slow-payment'), input({}, [], 7)).answer).toBe('payment');
  });
});

describe('message-queues exercises detect their goals from results', () => {
  const check = (id: string, over: Params, commands: RunInput['commands'] = []) => {
    const inp = input(over, commands);
    return exercises.find((e) => e.id === id)!.check(runToEnd(inp), inp.params);
  };

  it('slow-gateway: ticks once a queue run shows the 10 s wait', () => {
    expect(check('slow-gateway', { mode: 'rabbitmq', paymentMs: 2000 })).toBe(false);
    expect(check('slow-gateway', { mode: 'rabbitmq', paymentMs: 10_000 })).toBe(true);
  });

  it('kill-no-loss: needs a killed worker that held messages, in rabbitmq mode', () => {
    const kill = [{ at: 20_600, node: 'rider-1', action: 'kill' as const }];
    expect(check('kill-no-loss', { mode: 'rabbitmq', spike: true })).toBe(false);
    expect(check('kill-no-loss', { mode: 'sync', spike: true }, kill)).toBe(false);
    expect(check('kill-no-loss', { mode: 'rabbitmq', spike: true }, kill)).toBe(true);
  });

  it('catch-up: the default kafka setup is too slow, more partitions and workers do it', () => {
    expect(check('catch-up', { mode: 'kafka', spike: true })).toBe(false);
    expect(check('catch-up', { mode: 'kafka', spike: true, consumers: 6, partitions: 6 })).toBe(
      true,
    );
  });

  it('email-outage: restart the provider and the backlog drains', () => {
    const restart = [{ at: 30_000, node: 'email-provider', action: 'restart' as const }];
    expect(check('email-outage', { mode: 'rabbitmq', emailDown: true })).toBe(false);
    expect(check('email-outage', { mode: 'rabbitmq', emailDown: true }, restart)).toBe(true);
  });

  it('replay: only in kafka, only analytics reads twice', () => {
    expect(check('replay', { mode: 'kafka' })).toBe(false);
    expect(check('replay', { mode: 'kafka', replayAtS: 40 })).toBe(true);
  });
});
