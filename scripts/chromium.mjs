// Finds a Chromium or Chrome to run the browser tests with. Never downloads one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** CHROMIUM_PATH first, then /usr/bin/chromium, then common Chrome paths; null if none. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Debian's build of Chromium's old headless mode: the same engine without a browser's UI. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser for the Playwright tests: CHROMIUM_PATH if set, else the headless shell when
 * installed (a third faster on a small machine: no browser UI processes beside each page),
 * else findChromium(). Benchmarks that need a whole browser (Lighthouse) use findChromium().
 */
export function findTestBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) return findChromium(env);
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : findChromium(env);
}

export const HOW_TO_GET_CHROMIUM =
  'no Chromium found for the browser tests: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome/Chromium binary';

/** Flags that let Chromium run headless as root in a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
