export * from './log';
export * from './freshness';
export * from './lag';
export { REPLICATION_MODES } from './types';
export type { FailoverRecord, ReplicaSetOptions, ReplicationMode } from './types';
export * from './replicaSet';
export * from './dbNode';
export * from './router';
export * from './accountHolders';
