// The design compiler: a URL-shortener design as a model on the shared engine.
export * from './compile';
export { urlOf } from './codeMakers';
