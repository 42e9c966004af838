// The chapter's questions and goals, in their own files.
export { predictions } from './predictions';
export { exercises } from './exercises';
