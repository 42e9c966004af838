// Loaded on demand by the lab page: the map, the words and the exercises of this chapter.
export { CdnView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'cdn', value: 'false' };
export { cdn as scenario } from './scenario';
