import { availabilityOf, round, type LatencyHistogram, type Ms } from '../../engine';
import { CITIES, DISHES, LATENCY_MS, PAIRS, distanceKm, quorumRoundTripMs } from './cities';
import type { CapModel } from './model';

const latency = (h: LatencyHistogram) =>
  h.count > 0
    ? { mean: round(h.mean()), p50: round(h.quantile(0.5)), p99: round(h.quantile(0.99)) }
    : null;
const share = (x: number): number | null => (Number.isFinite(x) ? round(x, 4) : null);
const cityName = (i: number): string => CITIES[i]?.name ?? 'the original menu';

/** Dishes on which the three copies do not all hold the same version (writes in flight count). */
export function dishesDiffering({ replicas, dishes }: CapModel): number {
  let n = 0;
  for (let d = 0; d < dishes; d++) {
    const [a, ...rest] = replicas.map((r) => r.store.get(d));
    if (rest.some((v) => v.value !== a!.value || v.stamp !== a!.stamp)) n++;
  }
  return n;
}

/** The chapter's figures for the CLI's --json and the page's download. */
export function capExtras(m: CapModel, until: Ms): Record<string, unknown> {
  const { tally, ledger, replicas, net } = m;
  const reads = replicas.reduce((s, r) => s + r.reads, 0);
  const differing = dishesDiffering(m);
  return {
    mode: m.mode,
    availability: share(availabilityOf(tally.all)),
    availabilityDuringPartition: share(availabilityOf(tally.split)),
    availabilityOutsidePartition: share(availabilityOf(tally.calm)),
    partitionedS: round(net.windows.totalMs(until) / 1000),
    partitions: net.windows
      .list(until)
      .map((w) => ({ fromS: round(w.from / 1000), toS: round(w.to / 1000) })),
    reads,
    writes: replicas.reduce((s, r) => s + r.writes, 0),
    refused: tally.all.refused,
    staleReads: ledger.staleReads,
    staleReadsDuringPartition: replicas.reduce((s, r) => s + r.splitStaleReads, 0),
    staleReadShare: round(ledger.staleReads / Math.max(1, reads), 4),
    writesDuringPartition: tally.splitWrites,
    conflicts: ledger.conflicts,
    lostWrites: ledger.lostWrites,
    conflictsFromPartition: ledger.splitConflicts,
    lostWritesFromPartition: ledger.splitLostWrites,
    lostWriteLog: ledger.lostLog.map((w) => ({
      atS: round(w.at / 1000),
      dish: DISHES[w.key]?.name ?? `dish ${w.key}`,
      price: w.value,
      by: cityName(w.node),
      keptPrice: w.winnerValue,
      keptBy: cityName(w.winnerNode),
      fromPartition: w.fromSplit,
    })),
    readLatencyMs: latency(tally.readLatency),
    writeLatencyMs: latency(tally.writeLatency),
    dishesDifferingAtEnd: differing,
    byCity: Object.fromEntries(
      CITIES.map((c, i) => [
        c.id,
        {
          orders: tally.byCity[i]!.ended,
          availability: share(availabilityOf(tally.byCity[i]!)),
          availabilityDuringPartition: share(availabilityOf(tally.byCitySplit[i]!)),
          staleReads: replicas[i]!.staleReads,
          p50Ms: latency(tally.cityLatency[i]!)?.p50 ?? null,
          quorumRoundTripMs: round(quorumRoundTripMs(i)),
        },
      ]),
    ),
    links: Object.fromEntries(
      PAIRS.map(([a, b]) => [
        `${CITIES[a]!.id}-${CITIES[b]!.id}`,
        { km: Math.round(distanceKm(a, b)), oneWayMs: round(LATENCY_MS[a]![b]!) },
      ]),
    ),
    messages: { sent: net.sent, refused: net.refused, lost: net.lost },
    syncs: replicas.reduce((s, r) => s + r.syncs, 0),
  };
}
