// The food order end to end: parts that put the other chapters' building blocks together.
export * from './pathSwitch';
export * from './handOff';
export * from './crowd';
export * from './journey';
export * from './waterfall';
export * from './windowQuantile';
