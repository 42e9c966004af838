export * from './versionVector';
export * from './register';
export * from './menuStore';
export * from './ledger';
export * from './partitionWindows';
export * from './network';
export * from './replica';
export * from './orderTally';
