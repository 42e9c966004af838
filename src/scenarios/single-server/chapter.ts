// Loaded on demand by the lab page: the view and the words of this chapter.
export { SingleServerView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'workers', value: '16' };
export { singleServer as scenario } from './scenario';
