// Loaded on demand by the lab page: the view and the words of this chapter.
export { ConnectionPoolingView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'pool', value: 'off' };
export { connectionPooling as scenario } from './scenario';
