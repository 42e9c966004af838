// Loaded on demand by the lab page: the view and the words of this chapter.
export { ReadReplicasView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'replication', value: 'sync' };
export { readReplicas as scenario } from './scenario';
