// Loaded on demand by the lab page: the view and the words of this chapter.
export { ChaosView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'failover', value: 'false' };
export { chaos as scenario } from './scenario';
