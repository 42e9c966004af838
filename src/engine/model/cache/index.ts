export * from './lru';
export * from './versionLedger';
export * from './database';
export * from './cacheServer';
export * from './cacheAsideStats';
export * from './cacheAsideApp';
