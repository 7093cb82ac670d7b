import type { Strings } from '../../i18n/index.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';

import { ComposerState } from '../../composer/composer-state.js';
import type { ComposerValue } from '../../composer/composer-state.js';
import type { ComposerChoice, CwComposer } from '../../composer/composer.js';
import { CwLogEvent, CwToolChangeEvent, emitChatEvent } from '../../events/index.js';
import { icon } from '../../icons/chrome-icons.js';
import { ChatKitError } from '../../protocol/errors.js';
import type { UserMessageContent } from '../../protocol/wire-types.js';
import { canStop, pendingStructuredInput } from '../../state/selectors.js';
import type { ThreadState } from '../../state/thread-state.js';
import type { ResolvedConfig } from '../options.js';
import { reportError } from '../public-events.js';
import { sendParams } from '../send-params.js';
import type { SetComposerValueParams } from '../send-params.js';
import type { StructuredInputSubmission } from '../structured-input.js';
import { markdownOptionsFor } from '../items.js';
import type { ConfigController } from './config-controller.js';
import { Memo } from './memo.js';
import type { SessionController } from './session-controller.js';
import { lazyElement } from '../../internal/lazy-elements.js';

/**
 * The footer of `<chat-widgets>`: the composer, or the server's structured questions in its
 * place, or the banner of a closed thread; and the disclaimer.
 *
 * Everything the composer is given is stable across store ticks: its handlers are bound once,
 * `tools`, `models`, the entity search and the uploader come memoized from the configuration, and
 * its other inputs are primitives. So a streamed delta does not re-render the composer.
 *
 * It needs no lifecycle hook, so it is not added to its host.
 */
export class FooterController {
  private readonly structuredSubmit = new Memo<(input: StructuredInputSubmission) => void>();
  /** The composer's draft and choices, held here so they survive the composer being swapped out. */
  readonly composerState = new ComposerState();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sessions: SessionController,
    private readonly configuration: ConfigController,
    /** Follows the thread's bottom again (a message is being sent). */
    private readonly pin: () => void,
  ) {}

  /** The composer, once rendered. */
  get composer(): CwComposer | null {
    return this.host.shadowRoot?.querySelector('cw-composer') ?? null;
  }

  /**
   * Fills the composer without sending: text or content (tags stay chips), the quote of `reply`,
   * uploaded `attachments`, files, and the selected tool and model. Resolves once the composer
   * shows all of it. While structured input takes the composer's place, everything but files
   * waits in the composer state (files need a composer to upload them).
   */
  async setComposerValue(params: SetComposerValueParams): Promise<void> {
    await this.host.updateComplete;
    const composer = this.composer;
    if (composer) await composer.setValue(params);
    else this.composerState.setValue(params);
  }

  /**
   * Puts a sent message into the composer to be changed and sent again (the edit action under
   * the user's messages), setting the draft aside until then, and focuses it.
   */
  async edit(value: ComposerValue): Promise<void> {
    this.composerState.edit(value);
    await this.host.updateComplete;
    const composer = this.composer;
    if (!composer) return;
    await composer.updateComplete;
    composer.focusEnd();
  }

  render(config: ResolvedConfig, state: ThreadState | null, s: Strings) {
    const status = state?.thread?.status;
    if (status?.type === 'closed') {
      return html`<footer part="composer" role="none">
        <div class="banner">${icon('lock', 16)}${status.reason || s.t('thread.closed')}</div>
      </footer>`;
    }
    const question = state ? pendingStructuredInput(state) : null;
    if (question) {
      // The server waits for answers: the questions take the composer's place.
      const onSubmit = this.structuredSubmit.get(
        [question.id],
        () => (input: StructuredInputSubmission) => this.answer(question.id, input),
      );
      return html`<footer part="composer" role="none">
        ${lazyElement(
          'cw-structured-input',
          html`<cw-structured-input
            .item=${question}
            ?disabled=${state?.stream !== null}
            .onSubmit=${onSubmit}
            .strings=${s}
          ></cw-structured-input>`,
          html`<p class="lazy-fallback" role="note">${s.t('fallback.question')}</p>`,
        )}
      </footer>`;
    }
    const locked = status?.type === 'locked';
    const disclaimer = config.disclaimer;
    return html`<footer part="composer" role="none">
      <cw-composer
        exportparts="input: composer-input, send-button"
        .state=${this.composerState}
        .placeholder=${config.placeholder ?? s.t('composer.placeholder')}
        .strings=${s}
        ?disabled=${!state || locked || state.runningTool !== null}
        .disabledReason=${locked ? (status.reason ?? s.t('thread.locked')) : state?.runningTool ? s.t('thread.waitingTool') : null}
        ?streaming=${(state?.stream ?? null) !== null}
        ?allowCancel=${state ? canStop(state) : false}
        .onSubmit=${this.submit}
        .tools=${config.tools}
        .models=${config.models}
        .onToolChange=${this.handleToolChange}
        .searchEntities=${this.configuration.entitySearch}
        .commands=${this.configuration.commands}
        .uploader=${this.configuration.uploader(this.sessions.session?.client ?? null)}
        .transcribe=${config.dictation ? this.transcribe : null}
        ?mentionButton=${config.entities.showComposerMenu === true}
        .onStop=${this.stop}
      ></cw-composer>
      ${
        disclaimer
          ? html`<div class="disclaimer ${disclaimer.highContrast ? 'high-contrast' : ''}">
              <cw-markdown
                .text=${disclaimer.text}
                .options=${markdownOptionsFor(state?.thread?.allowed_image_domains ?? null)}
              ></cw-markdown>
            </div>`
          : nothing
      }
    </footer>`;
  }

  /** Sends the composer's message; `false` gives the text back to the composer. */
  private readonly submit = async (
    content: UserMessageContent[],
    choice: ComposerChoice,
  ): Promise<boolean> => {
    // Sent before the session's chunk arrived: it waits for it.
    const session = this.sessions.session ?? (await this.sessions.ready());
    if (!session) return false;
    this.pin();
    try {
      await session.sendMessage(
        sendParams({
          content,
          ...(choice.attachments.length ? { attachments: choice.attachments } : {}),
          ...(choice.quote ? { reply: choice.quote } : {}),
          ...(choice.toolId ? { toolChoice: { id: choice.toolId } } : {}),
          ...(choice.model ? { model: choice.model } : {}),
        }),
      );
    } catch (error) {
      // The session reported its own failures.
      if (!(error instanceof ChatKitError)) reportError(this.host, error);
      return false;
    }
    // The server never stored it: take the bubble back, the text returns to the composer.
    const failed = [...session.state.items].reverse().find((e) => e.phase === 'failed');
    if (failed) {
      session.discardFailed(failed.item.id);
      return false;
    }
    return true;
  };

  private readonly stop = () => this.sessions.session?.cancel();

  private readonly handleToolChange = (toolId: string | null) =>
    emitChatEvent(this.host, CwToolChangeEvent, { toolId });

  private readonly transcribe = async (audio: Blob, mimeType: string): Promise<string> => {
    // The dictation chunk recorded the audio, so it is loaded by now.
    const { toBase64 } = await import('../../composer/dictation-controller.js');
    const result = await this.sessions.require().client.request('input.transcribe', {
      audio_base64: await toBase64(audio),
      mime_type: mimeType,
    });
    emitChatEvent(this.host, CwLogEvent, {
      name: 'dictation.transcribed',
      data: { bytes: audio.size },
    });
    return typeof result.text === 'string' ? result.text : '';
  };

  private async answer(itemId: string, input: StructuredInputSubmission): Promise<void> {
    try {
      await this.sessions.require().submitStructuredInput(itemId, input);
    } catch (error) {
      reportError(this.host, error);
    }
  }
}
