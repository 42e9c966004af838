// Loaded on demand by the lab page: the view and the words of this chapter.
export { CachingView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'policy', value: 'none' };
export { caching as scenario } from './scenario';
