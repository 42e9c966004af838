// Predict-then-run questions and "Try this" goals for the load-balancing page.
export { predictions } from './predictions';
export { exercises } from './exercises';
