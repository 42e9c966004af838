// Chaos engineering: the monkey, regions that fail whole, DNS failover, retrying clients,
// an application cache, and the arithmetic of availability and error budgets.
export * from './availability';
export * from './availabilityMeter';
export * from './chaosMonkey';
export * from './retryingClient';
export * from './region';
export * from './regionHealth';
export * from './failoverRouter';
export * from './cacheShare';
