// Rate limiting: per-client limiter algorithms, the limiter part, and client-side sources.
export * from './timeLog';
export * from './limiter';
export * from './fixedWindow';
export * from './slidingWindow';
export * from './tokenBucket';
export * from './leakyBucket';
export * from './rateLimiterNode';
export * from './clientSource';
export * from './poissonClients';
export * from './clockBursts';
