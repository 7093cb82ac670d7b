// chat-widgets in React as @openai/chatkit-react is used: `useChatKit` and `<ChatKit control>`
// from chat-widgets/react. An app written for ChatKit's React package changes its import only.
// Options and handlers in one object (the `on…` keys are handlers, given the event's detail);
// new inline functions on each render do not reconfigure the chat.
import { ChatKit, useChatKit } from 'chat-widgets/react';

import { DemoPage, mount, useChatOutputs } from './demo-page';

function App() {
  const outputs = useChatOutputs();
  const chatkit = useChatKit({
    api: { url: '/chatkit' },
    theme: { colorScheme: 'light', radius: 'soft' },
    composer: { placeholder: 'Ask useChatKit anything' },
    startScreen: { greeting: 'Hello from useChatKit' },
    widgets: {
      // `cats.select_name` is a client action (`handler: "client"`): the page handles it.
      onAction(action) {
        if (action.type === 'cats.select_name')
          outputs.setPicked((action.payload as { name: string }).name);
      },
    },
    onResponseEnd: outputs.responseEnded,
    onThreadChange: ({ threadId }) => outputs.threadChanged(threadId),
  });
  return (
    <DemoPage chat={{ current: chatkit }} outputs={outputs}>
      <ChatKit control={chatkit.control} style={{ height: 600, display: 'block' }} />
    </DemoPage>
  );
}

mount(App);
