/**
 * What the thread's buttons do in `<chat-widgets>`: start-screen prompts, Retry from the error
 * banner, older items, notices, tags and the actions under answers. Every failure is reported as
 * `cw-error`, never thrown into a click handler.
 */
import type { CwComposer } from '../composer/composer.js';
import type { ChatSession } from '../state/chat-session.js';
import { lastUserMessage } from '../state/selectors.js';
import type { MessageActionsController } from './controllers/message-actions-controller.js';
import type { TagPreviewController } from './controllers/tag-preview-controller.js';
import { reportError } from './public-events.js';
import type { SendUserMessageParams } from './send-params.js';
import type { ThreadActions } from './thread.js';

/** What the actions need from the element. */
export interface ThreadActionsHost {
  host: EventTarget;
  /** The session, or a thrown error that says how to get one. */
  session(): ChatSession;
  sendUserMessage(params: SendUserMessageParams): Promise<void>;
  composer(): CwComposer | null;
  tags: TagPreviewController;
  messageActions: MessageActionsController;
}

/** Builds the thread's actions once; each reads what it needs when it runs. */
export function threadActionsFor(deps: ThreadActionsHost): ThreadActions {
  const run = (task: () => Promise<unknown>): void => {
    void (async () => {
      try {
        await task();
      } catch (error) {
        reportError(deps.host, error);
      }
    })();
  };
  return {
    sendPrompt: (prompt) =>
      run(() =>
        deps.sendUserMessage(
          typeof prompt.prompt === 'string' ? { text: prompt.prompt } : { content: prompt.prompt },
        ),
      ),
    retry: () =>
      run(() => {
        const session = deps.session();
        const failed = [...session.state.items].reverse().find((e) => e.phase === 'failed');
        if (failed) return session.resend(failed.item.id);
        // A thread that failed to load is loaded again.
        if (session.state.error?.during === 'load') return session.retryFailed();
        // A message that never reached the server went back to the composer: send it again.
        if (!lastUserMessage(session.state)) return deps.composer()?.send() ?? Promise.resolve();
        return session.retry();
      }),
    loadOlder: () => run(() => deps.session().loadOlder()),
    dismissNotice: (id) => {
      try {
        deps.session().thread.dispatch({ type: 'notice.dismiss', id });
      } catch {
        // No session: no notice to dismiss.
      }
    },
    tagClick: (tag) => deps.tags.click(tag),
    tagPreview: (tag, anchor) => void deps.tags.show(tag, anchor),
    copy: (entry) => void deps.messageActions.run('copy', entry),
    feedback: (entry, kind) => void deps.messageActions.run('feedback', entry, kind),
    retryItem: (entry) => void deps.messageActions.run('retry', entry),
    share: (entry) => void deps.messageActions.run('share', entry),
    edit: (entry) => void deps.messageActions.run('edit', entry),
  };
}
