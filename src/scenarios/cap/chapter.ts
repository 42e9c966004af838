// Loaded on demand by the lab page: the view and the words of this chapter.
export { CapView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'mode', value: 'ap' };
export { cap as scenario } from './scenario';
