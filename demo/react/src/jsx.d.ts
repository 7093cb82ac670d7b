// <chat-widgets> and the cw-* tags in React's JSX, typed by the package's generated JSX types.
import type { CustomElements } from 'chat-widgets/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
