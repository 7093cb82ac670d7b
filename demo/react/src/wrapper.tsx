// chat-widgets in React with the chat-widgets/react wrapper (@lit/react), the way for React 18:
// props are set as properties, `onCw…` props listen to the `cw-…` events, the ref is the element.
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ChatWidgets } from 'chat-widgets/react';
import type { ChatWidgetsElement } from 'chat-widgets/react';

function App() {
  const chat = useRef<ChatWidgetsElement>(null);
  const [responses, setResponses] = useState(0);
  const [threadId, setThreadId] = useState('');
  const [picked, setPicked] = useState('');
  return (
    <main>
      <ChatWidgets
        ref={chat}
        apiUrl="/chatkit"
        placeholder="Ask the wrapper anything"
        theme="light"
        style={{ height: 600, display: 'block' }}
        onCwResponseEnd={() => setResponses((n) => n + 1)}
        onCwThreadChange={(e) => setThreadId(e.detail.threadId ?? '')}
        // The `cw-widget-action` event: every widget action, the client ones to handle here.
        onCwWidgetAction={(e) => {
          const { action } = e.detail;
          if (action.type === 'cats.select_name')
            setPicked((action.payload as { name: string }).name);
        }}
      />
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
          Responses: <output data-test="responses">{responses}</output>
        </p>
        <p>
          Thread: <output data-test="thread">{threadId}</output>
        </p>
        <p>
          Picked: <output data-test="picked">{picked}</output>
        </p>
      </aside>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
