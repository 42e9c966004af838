import {
  CityNetwork,
  ConsistencyLedger,
  MenuReplica,
  OpenLoopSource,
  OrderTally,
  Sim,
  makeProfile,
  type ConsistencyMode,
  type TimedCommand,
} from '../../engine';
import type { Params } from '../params';
import { num, str } from '../scenario';
import {
  CITIES,
  CITY_IDS,
  CUSTOMER_MS,
  DISHES,
  LATENCY_MS,
  PARTITIONS,
  WORK_MS,
  drawPrice,
  linkName,
  type PartitionName,
} from './cities';

/** Popular dishes get more orders and more price changes (Zipf exponent). */
const POPULARITY = 1;

export interface CapModel {
  sim: Sim;
  mode: ConsistencyMode;
  dishes: number;
  net: CityNetwork;
  ledger: ConsistencyLedger;
  replicas: MenuReplica[];
  tally: OrderTally;
}

/** The storm as timed interventions on the lines: cut at partitionAtS, healed at healAtS. */
export function stormCommands(p: Params): TimedCommand[] {
  const cut = PARTITIONS[str<PartitionName>(p, 'partition')];
  const at = num(p, 'partitionAtS') * 1000;
  const heal = num(p, 'healAtS') * 1000;
  return cut.flatMap((pair) => {
    const node = linkName(pair);
    const out: TimedCommand[] = [{ at, node, action: 'kill' }];
    if (heal > at) out.push({ at: heal, node, action: 'restart' });
    return out;
  });
}

/** Customers in each city -> their restaurant's replica, the replicas joined by three lines. */
export function buildCapModel(p: Params, seed: number, traceCapacity: number): CapModel {
  const sim = new Sim({ seed, traceCapacity });
  const mode = str<ConsistencyMode>(p, 'mode');
  const dishes = num(p, 'dishes');
  const ledger = new ConsistencyLedger(dishes);
  const net = new CityNetwork(sim, { names: CITY_IDS, latencyMs: LATENCY_MS });
  const initial = DISHES.slice(0, dishes).map((d) => d.price);
  const replicas = CITIES.map((c, index) => {
    const prices = sim.rng.stream(`${c.id}/prices`);
    return new MenuReplica(sim, {
      name: c.id,
      index,
      mode,
      net,
      ledger,
      initial,
      workMs: WORK_MS,
      newValue: () => drawPrice(prices),
      // The workload numbers keys by popularity rank from 1 (key 0 when there is just one).
      keyOf: (rank) => Math.max(0, rank - 1),
    });
  });
  const tally = new OrderTally(CITIES.length, net.windows);
  const profile = makeProfile('constant', 1);
  CITIES.forEach((c, i) => {
    const target = replicas[i]!;
    const source = new OpenLoopSource(sim, {
      name: `customers-${c.id}`,
      rps: num(p, 'rps'),
      profile,
      target,
      timeoutMs: Infinity,
      client: i,
      writeRatio: num(p, 'writeRatio'),
      keys: dishes,
      zipf: POPULARITY,
      onEnd: tally.record,
    });
    sim.link(source, target, () => CUSTOMER_MS);
  });
  sim.applyCommands(stormCommands(p));
  return { sim, mode, dishes, net, ledger, replicas, tally };
}

export const expectedRps = (p: Params): number => CITIES.length * num(p, 'rps');
