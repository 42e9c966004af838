// The growth journey: small parts that join the other chapters' building blocks into one system.
export * from './fork';
export * from './refuser';
export * from './mark';
export * from './loadWindow';
