// What both React pages share: the counters the test reads, the page's own buttons and outputs
// beside the chat, and the mount. Each page (index.tsx, wrapper.tsx) keeps only its own way of
// putting the chat on the page.
import { StrictMode, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { createRoot } from 'react-dom/client';
import type { ChatWidgets } from 'chat-widgets';

/** What the page shows of the chat: answers, the thread, and the cat name a widget picked. */
export function useChatOutputs() {
  const [responses, setResponses] = useState(0);
  const [threadId, setThreadId] = useState('');
  const [picked, setPicked] = useState('');
  return {
    responses,
    threadId,
    picked,
    responseEnded: () => setResponses((n) => n + 1),
    threadChanged: (id: string | null | undefined) => setThreadId(id ?? ''),
    setPicked,
  };
}

/** The page's side: buttons calling the chat's methods through `chat`, and the outputs. */
export function DemoPage(props: {
  // The element, or useChatKit's methods (which return undefined when nothing is mounted).
  chat: RefObject<
    | {
        [K in 'sendUserMessage' | 'setComposerValue']: (
          ...args: Parameters<ChatWidgets[K]>
        ) => unknown;
      }
    | null
  >;
  outputs: ReturnType<typeof useChatOutputs>;
  children: ReactNode;
}) {
  const { chat, outputs } = props;
  return (
    <main>
      {props.children}
      <aside>
        <button
          data-test="send"
          onClick={() => void chat.current!.sendUserMessage({ text: 'cats: names please' })}
        >
          Ask for cat names
        </button>
        <button
          data-test="draft"
          onClick={() => void chat.current!.setComposerValue({ text: 'Drafted by React' })}
        >
          Draft
        </button>
        <p>
          Responses: <output data-test="responses">{outputs.responses}</output>
        </p>
        <p>
          Thread: <output data-test="thread">{outputs.threadId}</output>
        </p>
        <p>
          Picked: <output data-test="picked">{outputs.picked}</output>
        </p>
      </aside>
    </main>
  );
}

/** Renders `App` into the page's #root. */
export function mount(App: () => ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
