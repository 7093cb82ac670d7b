/**
 * Attachment uploads for the composer (protocol §9): checking files against `accept`, `maxSize`
 * and `maxCount`, and uploading them directly or in two phases, with progress where the browser
 * can report it.
 */
// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import type { ChatKitClient } from '../protocol/client.js';
import { ChatKitError } from '../protocol/errors.js';
import type { Attachment } from '../protocol/wire-types.js';
import { safeSet } from '../util/safe-object.js';

/** `composer.attachments` of the ChatKit options. */
export interface AttachmentOptions {
  enabled: boolean;
  /** Bytes: one limit, or per MIME pattern (`image/*`) with `*` or `''` as the fallback. */
  maxSize?: number | Record<string, number>;
  maxCount?: number;
  /** MIME type (or `type/*`) → file extensions, as `showOpenFilePicker` takes it. */
  accept?: Record<string, string[]>;
}

/** `api.uploadStrategy`. */
export type UploadStrategy = { type: 'two_phase' } | { type: 'direct'; uploadUrl: string };

/** What the composer needs to upload and remove attachments. */
export interface Uploader {
  options: AttachmentOptions;
  upload(
    file: File,
    onProgress: (fraction: number | null) => void,
    signal: AbortSignal,
  ): Promise<Attachment>;
  /** Forgets an uploaded attachment the user removed before sending. */
  remove(attachment: Attachment): Promise<void>;
}

/** Default limits, as ChatKit's. */
export const DEFAULT_MAX_SIZE = 100 * 1024 * 1024;
export const DEFAULT_MAX_COUNT = 10;

function mimeMatches(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === '' || pattern === '*/*') return true;
  if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
  return pattern.toLowerCase() === type.toLowerCase();
}

/** The `accept` attribute of the file input. */
export function acceptAttribute(options: AttachmentOptions): string | undefined {
  if (!options.accept) return undefined;
  return Object.entries(options.accept)
    .flatMap(([mime, exts]) => [mime, ...(Array.isArray(exts) ? exts : [])])
    .join(',');
}

function sizeLimit(options: AttachmentOptions, type: string): number {
  const max = options.maxSize;
  if (typeof max === 'number') return max;
  if (max && typeof max === 'object') {
    const specific = Object.entries(max).find(
      ([pattern]) => pattern !== '*' && pattern !== '' && mimeMatches(pattern, type),
    );
    if (specific) return specific[1];
    return max['*'] ?? max[''] ?? DEFAULT_MAX_SIZE;
  }
  return DEFAULT_MAX_SIZE;
}

/** A size in the locale's digits and unit words ("1.5 MB"). */
function formatBytes(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1024 * 1024
      ? ['megabyte', Math.round((bytes / 1024 / 1024) * 10) / 10]
      : bytes >= 1024
        ? ['kilobyte', Math.round(bytes / 1024)]
        : ['byte', bytes];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
  }).format(value);
}

/** Why a file cannot be attached, or `null` when it can. */
export function rejectReason(
  file: File,
  options: AttachmentOptions,
  alreadyAttached: number,
  strings: Strings = ENGLISH,
): string | null {
  const maxCount = options.maxCount ?? DEFAULT_MAX_COUNT;
  if (alreadyAttached >= maxCount) return strings.t('composer.maxFiles', { n: maxCount });
  if (options.accept) {
    const ext = file.name.includes('.') ? `.${file.name.split('.').pop()!.toLowerCase()}` : '';
    const ok = Object.entries(options.accept).some(
      ([mime, exts]) =>
        (file.type && mimeMatches(mime, file.type)) ||
        (ext !== '' && (exts ?? []).map((e) => e.toLowerCase()).includes(ext)),
    );
    if (!ok) return strings.t('composer.fileType', { name: file.name });
  }
  const limit = sizeLimit(options, file.type);
  if (file.size > limit)
    return strings.t('composer.fileSize', {
      name: file.name,
      size: formatBytes(limit, strings.locale),
    });
  return null;
}

/** Keeps only a usable Attachment from a server's JSON (explicit nulls and `metadata` dropped). */
export function readAttachment(value: unknown): Attachment | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw['id'] !== 'string' || (raw['type'] !== 'file' && raw['type'] !== 'image'))
    return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw))
    if (v !== null && v !== undefined && k !== 'metadata') safeSet(out, k, v);
  return out as unknown as Attachment;
}

/** The error of an upload the server refused, with its JSON `detail` when it gave one. */
function refused(status: number, text: string): ChatKitError {
  let detail: string | null = null;
  try {
    const parsed = JSON.parse(text) as { detail?: unknown };
    if (typeof parsed.detail === 'string') detail = parsed.detail;
  } catch {
    // No JSON detail.
  }
  return new ChatKitError({
    kind: 'http',
    status,
    message: detail ?? `The upload failed (${status}).`,
    serverMessage: detail !== null,
    retryable: status >= 500,
  });
}

/** The `code` of the error an upload without `api.uploadStrategy` fails with. */
const NO_STRATEGY = 'no_upload_strategy';

/**
 * What the user reads when an upload failed, in the chat's language: the server's own words when
 * it gave some (never translated), else ours for what went wrong (unreachable, too large, a type
 * it refuses, another status, an answer that is not an attachment).
 */
export function uploadErrorMessage(error: unknown, strings: Strings): string {
  if (!(error instanceof ChatKitError)) return strings.t('composer.uploadFailed');
  if (error.serverMessage) return error.message;
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'stream_cut':
      return strings.t('composer.uploadUnreachable');
    case 'http':
      if (error.code === NO_STRATEGY) return strings.t('composer.uploadUnavailable');
      if (error.status === 413) return strings.t('composer.uploadTooLarge');
      if (error.status === 415) return strings.t('composer.uploadType');
      return strings.t('composer.uploadHttp', { status: String(error.status ?? '?') });
    case 'malformed_response':
    case 'content_type':
    case 'too_large':
      return strings.t('composer.uploadUnanswered');
    default:
      return strings.t('composer.uploadFailed');
  }
}

const unreachable = () =>
  new ChatKitError({
    kind: 'network',
    message: 'The upload could not reach the server.',
    retryable: true,
  });

const cancelled = () =>
  new ChatKitError({ kind: 'aborted', message: 'The upload was cancelled.', retryable: false });

/** How an upload request is sent: its method, URL, body and headers. */
interface UploadRequest {
  method: string;
  url: string;
  body: Blob | FormData;
  headers: Record<string, string>;
}

/**
 * Sends bytes with progress (XMLHttpRequest reports upload progress; fetch cannot). Resolves to
 * the response text; rejects with a ChatKitError.
 */
function sendWithXhr(
  request: UploadRequest,
  onProgress: (fraction: number | null) => void,
  signal: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelled());
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve(xhr.responseText)
        : reject(refused(xhr.status, xhr.responseText));
    xhr.onerror = () => reject(unreachable());
    xhr.onabort = () => reject(cancelled());
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.body);
  });
}

/**
 * Sends bytes through the host's `api.fetch` (its auth headers, its proxy). Fetch reports no
 * upload progress (a streamed request body would, but only over HTTP/2 in Chromium), so the
 * progress is indeterminate until the answer arrives.
 */
async function sendWithFetch(
  fetchImpl: typeof fetch,
  request: UploadRequest,
  onProgress: (fraction: number | null) => void,
  signal: AbortSignal,
): Promise<string> {
  onProgress(null);
  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
    });
    const text = await response.text();
    if (!response.ok) throw refused(response.status, text);
    return text;
  } catch (error) {
    if (signal.aborted) throw cancelled();
    throw error instanceof ChatKitError ? error : unreachable();
  }
}

/**
 * Sends an upload: through the host's `api.fetch` when it gave one and the URL is its to reach
 * (the direct upload endpoint it configured, or a two-phase URL on the ChatKit endpoint's own
 * origin); otherwise with XMLHttpRequest, for real progress. A two-phase URL elsewhere (a
 * pre-signed storage URL) carries its own authorisation: the host's auth headers would leak to
 * it and break its signature.
 */
function send(
  client: ChatKitClient,
  request: UploadRequest,
  viaHost: boolean,
  onProgress: (fraction: number | null) => void,
  signal: AbortSignal,
): Promise<string> {
  const hostFetch = client.options.fetch;
  return hostFetch && viaHost
    ? sendWithFetch(hostFetch, request, onProgress, signal)
    : sendWithXhr(request, onProgress, signal);
}

/** Whether `url` has the origin of the ChatKit endpoint. */
function sameOrigin(url: string, endpoint: string): boolean {
  try {
    const base = globalThis.location?.href;
    return new URL(url, base).origin === new URL(endpoint, base).origin;
  } catch {
    return false;
  }
}

function multipart(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** An uploader for a strategy, speaking to the ChatKit endpoint through `client`. */
export function createUploader(
  options: AttachmentOptions,
  strategy: UploadStrategy | null,
  client: ChatKitClient,
): Uploader {
  return {
    options,
    async upload(file, onProgress, signal) {
      if (!strategy)
        throw new ChatKitError({
          kind: 'http',
          code: NO_STRATEGY,
          message: 'Uploads need api.uploadStrategy.',
          retryable: false,
        });
      const mime = file.type || 'application/octet-stream';
      if (strategy.type === 'direct') {
        const text = await send(
          client,
          { method: 'POST', url: strategy.uploadUrl, body: multipart(file), headers: {} },
          true,
          onProgress,
          signal,
        );
        const attachment = readAttachment(JSON.parse(text));
        if (!attachment)
          throw new ChatKitError({
            kind: 'malformed_response',
            message: 'The upload endpoint did not answer with an attachment.',
            retryable: false,
          });
        return attachment;
      }
      const created = readAttachment(
        await client.request(
          'attachments.create',
          { name: file.name, size: file.size, mime_type: mime },
          { signal },
        ),
      );
      if (!created)
        throw new ChatKitError({
          kind: 'malformed_response',
          message: 'attachments.create did not answer with an attachment.',
          retryable: false,
        });
      const descriptor =
        created.upload_descriptor ??
        (created.upload_url
          ? { url: created.upload_url, method: 'POST' as const, headers: {} }
          : null);
      if (descriptor) {
        const body = descriptor.method === 'PUT' ? file : multipart(file);
        const headers =
          descriptor.method === 'PUT'
            ? { 'Content-Type': mime, ...descriptor.headers }
            : { ...descriptor.headers };
        const text = await send(
          client,
          { method: descriptor.method, url: descriptor.url, body, headers },
          sameOrigin(descriptor.url, client.options.url),
          onProgress,
          signal,
        );
        try {
          const answered = readAttachment(JSON.parse(text));
          if (answered?.id === created.id) return answered; // May carry a fresh preview_url.
        } catch {
          // Not JSON: keep the phase-1 record.
        }
      }
      const { upload_descriptor: _done, upload_url: _old, ...rest } = created;
      return rest;
    },
    async remove(attachment) {
      if (strategy?.type !== 'two_phase') return;
      await client.request('attachments.delete', { attachment_id: attachment.id });
    },
  };
}
