import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Every JavaScript chunk of a build with its gzip size (level 9, as a static host would serve it). */
export function chunkSizes(dist: string): ChunkSize[] {
  const dir = join(dist, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: f, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** The gzip total of the chunks a page actually loaded, by file name. */
export function loadedGzip(
  all: readonly ChunkSize[],
  loadedUrls: readonly string[],
): { total: number; files: ChunkSize[] } {
  const names = new Set(loadedUrls.map((u) => u.split('/').pop()!.split('?')[0]!));
  const files = all.filter((c) => names.has(c.file));
  return { total: files.reduce((s, c) => s + c.gzip, 0), files };
}
