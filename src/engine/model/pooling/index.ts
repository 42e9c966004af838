// Connection pooling: the pool's bookkeeping, a database with a connection limit and shared
// CPU, and the pooler part that lends connections between them.
export * from './keyedMinHeap';
export * from './connectionPool';
export * from './sharedCpu';
export * from './contendedDatabase';
export * from './connectionPooler';
