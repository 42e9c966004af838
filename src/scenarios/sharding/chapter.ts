// Loaded on demand by the lab page: the view and the words of this chapter.
export { ShardingView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'placement', value: 'consistent-hash' };
export { sharding as scenario } from './scenario';
