// chat-widgets in React with the chat-widgets/react wrapper (@lit/react), the way for React 18:
// props are set as properties, `onCw…` props listen to the `cw-…` events, the ref is the element.
import { useRef } from 'react';
import { ChatWidgets } from 'chat-widgets/react';
import type { ChatWidgetsElement } from 'chat-widgets/react';

import { DemoPage, mount, useChatOutputs } from './demo-page';

function App() {
  const chat = useRef<ChatWidgetsElement>(null);
  const outputs = useChatOutputs();
  return (
    <DemoPage chat={chat} outputs={outputs}>
      <ChatWidgets
        ref={chat}
        apiUrl="/chatkit"
        placeholder="Ask the wrapper anything"
        theme="light"
        style={{ height: 600, display: 'block' }}
        onCwResponseEnd={outputs.responseEnded}
        onCwThreadChange={(e) => outputs.threadChanged(e.detail.threadId)}
        // The `cw-widget-action` event: every widget action, the client ones to handle here.
        onCwWidgetAction={(e) => {
          const { action } = e.detail;
          if (action.type === 'cats.select_name')
            outputs.setPicked((action.payload as { name: string }).name);
        }}
      />
    </DemoPage>
  );
}

mount(App);
