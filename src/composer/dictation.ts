/**
 * Dictation (`composer.dictation`): records the microphone with MediaRecorder, in the first format
 * the browser supports of those ChatKit servers accept (webm/opus, mp4, ogg), and hands the audio
 * to a transcriber (`input.transcribe`).
 */

/** The formats ChatKit servers accept, preferred first. */
const FORMATS = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4',
  'audio/ogg;codecs=opus',
  'audio/ogg',
];

/** The recording format to use, or null when the browser cannot record. */
export function recordingFormat(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return FORMATS.find((f) => MediaRecorder.isTypeSupported(f)) ?? null;
}

/** A recording in progress. */
export interface Recording {
  /** Stops and resolves to the audio. */
  stop(): Promise<{ audio: Blob; mimeType: string }>;
  /** Stops and drops the audio; the microphone is released before it returns. */
  cancel(): void;
}

/**
 * Starts recording the microphone (asks for permission first). Rejects with the browser's
 * `DOMException` (`NotAllowedError`, `NotFoundError`, `NotReadableError`, …), or a
 * `NotSupportedError` when the browser cannot record.
 */
export async function startRecording(): Promise<Recording> {
  const format = recordingFormat();
  if (!format || !navigator.mediaDevices?.getUserMedia)
    throw new DOMException('This browser cannot record audio.', 'NotSupportedError');
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream, { mimeType: format });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size) chunks.push(e.data);
  };
  const release = () => stream.getTracks().forEach((t) => t.stop());
  recorder.start(250);
  return {
    stop: () =>
      new Promise((resolve) => {
        recorder.onstop = () => {
          release();
          const mimeType = recorder.mimeType || format;
          resolve({ audio: new Blob(chunks, { type: mimeType }), mimeType });
        };
        recorder.stop();
      }),
    cancel: () => {
      // The microphone goes at once (its indicator too), not when the recorder gets round to it.
      recorder.ondataavailable = null;
      recorder.onstop = null;
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

/** Standard base64 of a Blob, as `input.transcribe` takes it. */
export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
