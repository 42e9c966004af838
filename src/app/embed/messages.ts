import * as v from 'valibot';

/**
 * The postMessage API between an embedded simulation and the course page around it.
 * Every message is an object whose `type` starts with "scale-lab:". Inbound messages are
 * checked against these schemas; anything else is ignored or answered with an error.
 */
const id = v.optional(v.union([v.string(), v.number()]));
const paramValue = v.union([v.string(), v.number(), v.boolean()]);

export const InboundMessage = v.variant('type', [
  v.object({ type: v.literal('scale-lab:play'), id }),
  v.object({ type: v.literal('scale-lab:pause'), id }),
  v.object({ type: v.literal('scale-lab:restart'), id }),
  v.object({
    type: v.literal('scale-lab:seek'),
    id,
    t: v.pipe(v.number(), v.finite(), v.minValue(0)),
  }),
  v.object({
    type: v.literal('scale-lab:speed'),
    id,
    speed: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  }),
  v.object({
    type: v.literal('scale-lab:set'),
    id,
    params: v.record(v.pipe(v.string(), v.maxLength(64)), paramValue),
  }),
  v.object({ type: v.literal('scale-lab:get'), id }),
]);
export type InboundMessage = v.InferOutput<typeof InboundMessage>;

/** What the embed tells its parent. */
export type OutboundMessage =
  | { type: 'scale-lab:ready'; scenario: string }
  | { type: 'scale-lab:height'; height: number }
  | { type: 'scale-lab:state'; playing: boolean; status: string; t: number }
  | { type: 'scale-lab:metrics'; id?: string | number; metrics: EmbedMetrics }
  | { type: 'scale-lab:ok'; id?: string | number }
  | { type: 'scale-lab:error'; id?: string | number; message: string };

export interface EmbedMetrics {
  scenario: string;
  seed: number;
  params: Record<string, unknown>;
  /** The playhead, in simulated seconds. */
  t: number;
  playing: boolean;
  status: string;
  /** What happened up to the playhead. */
  soFar: {
    requests: number;
    answered: number;
    errors: number;
    errorRate: number;
    p50Ms: number;
    p99Ms: number;
  } | null;
  /** The whole run's results (the CLI's --json shape), once computed. */
  result: unknown;
}

/** Parses an inbound message; null when it is not for us at all, an error text when malformed. */
export function parseInbound(data: unknown): InboundMessage | string | null {
  if (typeof data !== 'object' || data === null) return null;
  const type = (data as { type?: unknown }).type;
  if (typeof type !== 'string' || !type.startsWith('scale-lab:')) return null;
  const r = v.safeParse(InboundMessage, data);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return `bad ${type} message${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unexpected shape'}`;
}
