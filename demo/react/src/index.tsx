// chat-widgets in React 19, with the element itself: React 19 sets properties on custom elements
// (`options`) and binds their events by name (`oncw-response-end`). Methods through a ref.
import { useRef, useState } from 'react';
import 'chat-widgets/define';
import type { ChatKitOptions, ChatWidgets } from 'chat-widgets';

import { DemoPage, mount, useChatOutputs } from './demo-page';

function App() {
  const chat = useRef<ChatWidgets>(null);
  const outputs = useChatOutputs();
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
          outputs.setPicked((action.payload as { name: string }).name);
      },
    },
  }));
  return (
    <DemoPage chat={chat} outputs={outputs}>
      <chat-widgets
        ref={chat}
        options={options}
        style={{ height: 600, display: 'block' }}
        oncw-response-end={outputs.responseEnded}
        oncw-thread-change={(e) => outputs.threadChanged(e.detail.threadId)}
      />
    </DemoPage>
  );
}

mount(App);
