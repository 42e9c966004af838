export * from './places';
export * from './distance';
export * from './nearest';
export * from './links';
export * from './edgeServer';
export * from './nearestRouter';
