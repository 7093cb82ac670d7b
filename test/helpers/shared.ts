/**
 * Access to `../shared` (reference material beside the project). Tests that read it are an extra
 * conformance layer: when it is absent they say so plainly and skip, never fail.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder, or `null` when this clone has none beside it. */
export const sharedDir: string | null = (() => {
  const dir = process.env['CW_SHARED_DIR'] ?? join(root, '..', 'shared');
  return existsSync(join(dir, 'spec')) ? dir : null;
})();

/** Why shared-based tests are skipped, or `false` when they run. */
export const sharedSkip: string | false = sharedDir
  ? false
  : '../shared is not beside this clone: the transcript and corpus layer is skipped';

/** Reads a file of the shared folder. */
export function readShared(path: string): string {
  if (!sharedDir) throw new Error(sharedSkip as string);
  return readFileSync(join(sharedDir, path), 'utf8');
}

/** Lists files of a shared folder. */
export function listShared(path: string): string[] {
  if (!sharedDir) return [];
  const dir = join(sharedDir, path);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** One request/response exchange of protocol-transcripts.md. */
export interface Exchange {
  section: string;
  request: { type: string; params: Record<string, unknown> };
  /** SSE data payloads, parsed; `null` when the response is JSON. */
  events: Record<string, unknown>[] | null;
  /** A JSON response body, or `null`. */
  json: unknown;
  /** The stream was cut after the bytes shown (transcript 5c) or aborted by the client (12). */
  interrupted: boolean;
}

/** Parses every exchange of protocol-transcripts.md, in order. */
export function transcriptExchanges(): Exchange[] {
  const text = readShared('spec/protocol-transcripts.md');
  const lines = text.split('\n');
  const exchanges: Exchange[] = [];
  let section = '';
  let i = 0;
  const readBlock = (
    start: number,
  ): { lang: string; body: string; end: number; before: string } | null => {
    let j = start;
    while (j < lines.length && !lines[j]!.startsWith('```')) {
      if (lines[j]!.startsWith('Request body') || lines[j]!.startsWith('## ')) return null;
      j++;
    }
    if (j >= lines.length) return null;
    const before = lines.slice(start, j).join(' ');
    const lang = lines[j]!.slice(3).trim();
    const body: string[] = [];
    j++;
    while (j < lines.length && !lines[j]!.startsWith('```')) body.push(lines[j++]!);
    return { lang, body: body.join('\n'), end: j + 1, before };
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('## ') || line.startsWith('### ')) section = line.replace(/^#+\s*/, '');
    if (!line.startsWith('Request body')) {
      i++;
      continue;
    }
    const request = readBlock(i + 1);
    if (!request) {
      i++;
      continue;
    }
    const response = readBlock(request.end);
    const req = JSON.parse(request.body) as Exchange['request'];
    let events: Exchange['events'] = null;
    let json: unknown = null;
    let interrupted = false;
    if (response?.lang === 'text') {
      events = response.body
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => JSON.parse(l.slice(6)) as Record<string, unknown>);
      const after = lines.slice(response.end, response.end + 3).join(' ');
      interrupted =
        /response is aborted/i.test(after) ||
        /Bytes received before the abort/.test(response.before);
    } else if (response?.lang === 'json') {
      json = JSON.parse(response.body);
    }
    exchanges.push({ section, request: req, events, json, interrupted });
    i = response ? response.end : request.end;
  }
  return exchanges;
}
