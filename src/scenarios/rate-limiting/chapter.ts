// Loaded on demand by the lab page: the view and the words of this chapter.
export { RateLimitingView as View } from './View';
export { lesson } from './lesson';
export { predictions, exercises } from './teaching';
export const compare = { param: 'algorithm', value: 'sliding-window' };
export { rateLimiting as scenario } from './scenario';
