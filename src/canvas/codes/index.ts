// Short-code strategies for the URL shortener: base62, hash, counter and key ranges, and the
// unique index that keeps codes unique whatever a strategy does.
export * from './base62';
export * from './hash';
export * from './counter';
export * from './keyRange';
export * from './registry';
