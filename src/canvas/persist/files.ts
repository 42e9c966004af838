import type { Design } from '../design/types';

/** Design files: what Export writes and what Import reads before the schema checks it. */

/** "My URL shortener" -> "my-url-shortener.json". */
export function designFileName(d: Design): string {
  const slug = d.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'design'}.json`;
}

/** Bigger than any design the canvas can make; refuses a wrong file before reading it all. */
export const MAX_FILE_BYTES = 2_000_000;

export type ReadJson = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses a file's text, with a message a learner can act on when it is not JSON. */
export function readJsonText(name: string, text: string): ReadJson {
  if (text.trim() === '') return { ok: false, error: `${name} is empty.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      ok: false,
      error: `${name} is not a design file: it is not valid JSON (${detail}).`,
    };
  }
}

/** Reads a picked or dropped file as JSON (size-checked first). */
export async function readJsonFile(file: File): Promise<ReadJson> {
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      error: `${file.name} is ${Math.round(file.size / 1000)} kB, far more than a design; is it the right file?`,
    };
  try {
    return readJsonText(file.name, await file.text());
  } catch {
    return { ok: false, error: `${file.name} could not be read.` };
  }
}

/** Saves a blob under a file name through a temporary link (works in every browser). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
