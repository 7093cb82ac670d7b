// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import type { Strings } from '../i18n/index.js';
import { html, nothing, svg } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { startRecording } from './dictation.js';
import type { Recording } from './dictation.js';
import { icon, iconOf } from '../icons/chrome-icons.js';
import { ChatKitError } from '../protocol/errors.js';
import { releaseIfRemoved } from '../internal/removal.js';

// For `<chat-widgets>`' transcriber: one chunk with the recording.
export { toBase64 } from './dictation.js';
export { noticeStyles, renderNotices } from './notices.js';

/** The microphone (24×24 outline; chrome-icons.ts draws it). */
const MIC = svg`<rect x="9" y="3" width="6" height="11" rx="3"/><path d="M5 11a7 7 0 0 0 14 0"/><path d="M12 18v3"/>`;

/** Turns recorded audio into text (`input.transcribe`). */
export type Transcribe = (audio: Blob, mimeType: string) => Promise<string>;

/** What the dictation controller reads from its host. */
export interface DictationHost extends ReactiveControllerHost {
  readonly transcribe: Transcribe | null;
  readonly disabled: boolean;
  readonly strings: Strings;
}

/**
 * Dictation for the composer: the microphone button, the recording, and the transcription. The
 * microphone is released as soon as the composer disconnects (a recording is cancelled, one still
 * starting is cancelled when it starts), so a swapped-out composer never keeps it open.
 */
export class DictationController implements ReactiveController {
  status: 'idle' | 'recording' | 'transcribing' = 'idle';
  private recording: Recording | null = null;
  private connected = false;

  constructor(
    private readonly host: DictationHost,
    private readonly on: {
      /** Called with the transcribed text. */
      text: (text: string) => void;
      /** Called with a message for the user. */
      error: (message: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    // A move (disconnect and reconnect in one task) keeps recording; a removal stops it.
    releaseIfRemoved(
      () => !this.connected,
      () => this.release(),
    );
  }

  /** Cancels the recording and releases the microphone: the composer was removed. */
  private release(): void {
    this.recording?.cancel();
    this.recording = null;
    if (this.status === 'recording') this.setStatus('idle');
  }

  /** Starts recording, or stops and transcribes. */
  async toggle(): Promise<void> {
    const transcribe = this.host.transcribe;
    if (this.status === 'transcribing' || !transcribe) return;
    if (this.status === 'idle') {
      try {
        const recording = await startRecording();
        if (!this.connected) {
          recording.cancel(); // The composer went while the browser asked for the microphone.
          return;
        }
        this.recording = recording;
        this.setStatus('recording');
      } catch (error) {
        this.on.error(startFailure(error, this.host.strings));
      }
      return;
    }
    const recording = this.recording;
    this.recording = null;
    if (!recording) return;
    this.setStatus('transcribing');
    try {
      const { audio, mimeType } = await recording.stop();
      const text = (await transcribe(audio, mimeType)).trim();
      if (text) this.on.text(text);
    } catch (error) {
      this.on.error(transcriptionFailure(error, this.host.strings));
    } finally {
      this.setStatus('idle');
    }
  }

  private setStatus(status: DictationController['status']): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** The microphone button (nothing without a transcriber). */
  render() {
    if (!this.host.transcribe) return nothing;
    const status = this.status;
    return html`<button
      class="chip dictate ${status}"
      type="button"
      aria-label=${this.host.strings.t(status === 'recording' ? 'composer.stopDictation' : 'composer.dictate')}
      aria-pressed=${status === 'recording' ? 'true' : 'false'}
      ?disabled=${this.host.disabled || status === 'transcribing'}
      @click=${() => void this.toggle()}
    >
      ${status === 'recording' ? icon('stop', 14) : iconOf(MIC, 14)}
      ${status === 'recording' ? this.host.strings.t('composer.listening') : status === 'transcribing' ? this.host.strings.t('composer.transcribing') : nothing}
    </button>`;
  }
}

/** Why dictation could not start, in the chat's language (from the browser's DOMException). */
export function startFailure(error: unknown, strings: Strings): string {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return strings.t('composer.dictationDenied');
    case 'NotFoundError':
    case 'OverconstrainedError':
      return strings.t('composer.dictationNoMicrophone');
    case 'NotReadableError':
      return strings.t('composer.dictationMicBusy');
    case 'NotSupportedError':
      return strings.t('composer.dictationUnsupported');
    default:
      return strings.t('composer.dictationFailed');
  }
}

/** Why the recording was not transcribed: the server's own words when it gave some, else ours. */
export function transcriptionFailure(error: unknown, strings: Strings): string {
  return error instanceof ChatKitError && error.serverMessage
    ? strings.t('composer.noTranscript', { reason: error.message })
    : strings.t('composer.transcriptionFailed');
}
