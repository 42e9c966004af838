// Predict-then-run questions and "try this" goals for the CAP chapter.
export { predictions } from './predictions';
export { exercises } from './exercises';
