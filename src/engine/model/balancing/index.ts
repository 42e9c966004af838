export * from './tagService';
export * from './farm';
export * from './shares';
export * from './tagLatency';
