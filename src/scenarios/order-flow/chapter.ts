// Loaded on demand by the lab page: the view and the words of this chapter.
export { OrderFlowView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
// Compare the system with and without its event log: same traffic, one part taken out.
export const compare = { param: 'disable', value: 'queue' };
export { orderFlow as scenario } from './scenario';
