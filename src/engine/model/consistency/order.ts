import type { Call, RequestKind } from '../../kernel/request';
import type { VersionedValue, WriteStamp } from './register';

/** A customer's order in progress at a replica. */
export interface Order {
  call: Call;
  key: number;
  kind: RequestKind;
  /** The newest confirmed write of the key when the order arrived: a read must reach it. */
  before: WriteStamp;
  /** Whether any link was cut when it arrived. */
  split: boolean;
  /** CP: which round is under way, how many peers were asked, how many failed. */
  round: 'query' | 'store';
  asked: number;
  failed: number;
  /** CP: a peer has answered this round (a majority with this replica). */
  quorum: boolean;
  /** CP: the version a write is storing in its second round. */
  stored: VersionedValue | null;
}

export const newOrder = (call: Call, key: number, before: WriteStamp, split: boolean): Order => ({
  call,
  key,
  kind: call.req.kind,
  before,
  split,
  round: 'query',
  asked: 0,
  failed: 0,
  quorum: false,
  stored: null,
});

/** A replica's whole copy, sent to a peer when the link between them heals. */
export interface SyncMessage {
  from: number;
  entries: VersionedValue[];
}
