// Loaded on demand by the lab page: the view and the words of this chapter.
export { SingleServerView as View } from './View';
export { lesson } from './lesson';
