// Loaded on demand by the lab page: the view and the words of this chapter.
export { LoadBalancingView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'strategy', value: 'least-connections' };
export { loadBalancing as scenario } from './scenario';
