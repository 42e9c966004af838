export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function findTestBrowser(env?: NodeJS.ProcessEnv): string | null;
export const HEADLESS_SHELL: string;
export const HOW_TO_GET_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
