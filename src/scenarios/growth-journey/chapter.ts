// Loaded on demand by the lab page: the view and the words of this chapter.
export { GrowthJourneyView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'fixes', value: 'lb,pool,limiter,cache' };
export { growthJourney as scenario } from './scenario';
