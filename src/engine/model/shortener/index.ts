// The URL shortener's building blocks: its users, app logic, link databases, key service
// and warm cache. The design compiler (src/canvas/compile) wires them from a design.
export * from './linkBook';
export * from './linkTally';
export * from './linkClients';
export * from './linkApp';
export * from './linkGroup';
export * from './keyService';
export * from './linkShards';
export * from './spread';
export * from './warmCache';
