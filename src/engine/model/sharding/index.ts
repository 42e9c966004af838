export * from './shardKeys';
export * from './hashRing';
export * from './placement';
export * from './keySpace';
export * from './fanOut';
export * from './router';
export * from './shardMove';
