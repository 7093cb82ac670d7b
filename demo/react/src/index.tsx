// chat-widgets in React 19, with the element itself: React 19 sets properties on custom elements
// (`options`) and binds their events by name (`oncw-response-end`). Methods through a ref.
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'chat-widgets/define';
import type { ChatKitOptions, ChatWidgets } from 'chat-widgets';

function App() {
  const chat = useRef<ChatWidgets>(null);
  const [responses, setResponses] = useState(0);
  const [threadId, setThreadId] = useState('');
  const [picked, setPicked] = useState('');
  // One object for the element's life: a new one on each render would reconfigure it each time.
  const [options] = useState<ChatKitOptions>(() => ({
    api: { url: '/chatkit' },
    theme: { colorScheme: 'light', radius: 'soft' },
    composer: { placeholder: 'Ask React anything' },
    startScreen: { greeting: 'Hello from React' },
    widgets: {
      // `cats.select_name` is a client action (`handler: "client"`): the page handles it.
      onAction(action) {
        if (action.type === 'cats.select_name')
          setPicked((action.payload as { name: string }).name);
      },
    },
  }));
  return (
    <main>
      <chat-widgets
        ref={chat}
        options={options}
        style={{ height: 600, display: 'block' }}
        oncw-response-end={() => setResponses((n) => n + 1)}
        oncw-thread-change={(e) => setThreadId(e.detail.threadId ?? '')}
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
