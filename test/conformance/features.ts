/**
 * What a ChatKit server release can do, for choosing the scenarios that apply to it. The scripted
 * Python server detects its features from the installed `openai-chatkit` package
 * (`server/compat.py`) and reports them with its release on `/health`; a server that reports no
 * release (the demo backend) speaks the newest vocabulary and has them all.
 */
import assert from 'node:assert/strict';

/** The first `openai-chatkit` release with each feature (protocol notes §10). */
export const FEATURE_SINCE = {
  /** `input_tag.group` is kept; before, the server drops it. */
  tag_group: '1.3.1',
  /** `stream_options` opens every stream (`allow_cancel`): Stop after the first event. */
  stream_options: '1.4.0',
  /** A stopped answer is stored as far as it streamed. */
  cancel_persistence: '1.4.0',
  client_effect: '1.4.0',
  /** `generated_image` items and `generated_image.updated`. */
  generated_image: '1.4.1',
  /** `upload_descriptor {url, method, headers}` instead of `upload_url`. */
  upload_descriptor: '1.5.0',
  /** `input.transcribe` (dictation). */
  transcribe: '1.6.0',
  attachment_thread_id: '1.6.0',
  /** `threads.sync_custom_action` (actions with `streaming: false`). */
  sync_action: '1.6.2',
  allowed_image_domains: '1.6.3',
  /** `structured_input` items and `threads.add_structured_input`. */
  structured_input: '1.6.4',
} as const;

export type Feature = keyof typeof FEATURE_SINCE;

export const ALL_FEATURES = Object.keys(FEATURE_SINCE) as Feature[];

/** What a running server said about itself. */
export interface ServerInfo {
  /** Its `openai-chatkit` release, or `null` for a server that reports none. */
  sdk: string | null;
  features: ReadonlySet<Feature>;
}

/** Compares dotted release numbers (`1.6.10` > `1.6.9`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The features a release has according to {@link FEATURE_SINCE}. */
export function featuresOf(sdk: string): Feature[] {
  return ALL_FEATURES.filter((f) => compareVersions(sdk, FEATURE_SINCE[f]) >= 0);
}

/** Reads `/health` of a running server. */
export async function serverInfo(origin: string): Promise<ServerInfo> {
  const response = await fetch(`${origin}/health`);
  assert.ok(response.ok, `/health answered ${response.status}`);
  const body = (await response.json()) as { sdk?: unknown; features?: unknown };
  if (typeof body.sdk !== 'string') return { sdk: null, features: new Set(ALL_FEATURES) };
  assert.ok(Array.isArray(body.features), '/health lists the features');
  const unknown = body.features.filter((f) => !(f in FEATURE_SINCE));
  assert.deepEqual(unknown, [], 'features missing from FEATURE_SINCE');
  return { sdk: body.sdk, features: new Set(body.features as Feature[]) };
}

/** Names a server in test titles and messages. */
export function describeServer(info: ServerInfo): string {
  return info.sdk ? `openai-chatkit ${info.sdk}` : 'a server with every feature';
}
