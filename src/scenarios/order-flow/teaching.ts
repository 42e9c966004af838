// Predict-then-run questions and "try this" goals for the food-order page.
export { predictions } from './predictions';
export { exercises } from './exercises';
