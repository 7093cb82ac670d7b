// chat-widgets in Angular: a standalone component with CUSTOM_ELEMENTS_SCHEMA, events bound with
// `(cw-…)`, the options object and the methods through a view child. The page is prerendered on
// the server (this module, and chat-widgets with it, is imported in Node): the element is
// configured after the first render in the browser only.
import {
  afterNextRender,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  signal,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import 'chat-widgets/define';
import type { ChatWidgets, CwThreadChangeEvent } from 'chat-widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <chat-widgets
        #chat
        style="display: block; height: 600px"
        (cw-response-end)="responses.set(responses() + 1)"
        (cw-thread-change)="onThreadChange($event)"
      ></chat-widgets>
      <aside>
        <button data-test="send" (click)="askForNames()">Ask for cat names</button>
        <button data-test="draft" (click)="draft()">Draft</button>
        <p>
          Responses: <output data-test="responses">{{ responses() }}</output>
        </p>
        <p>
          Thread: <output data-test="thread">{{ threadId() }}</output>
        </p>
        <p>
          Picked: <output data-test="picked">{{ picked() }}</output>
        </p>
        <p data-test="rendered">Rendered by Angular</p>
      </aside>
    </main>
  `,
})
export class App {
  readonly chat = viewChild.required<ElementRef<ChatWidgets>>('chat');
  readonly responses = signal(0);
  readonly threadId = signal('');
  readonly picked = signal('');

  constructor() {
    afterNextRender(() => {
      this.chat().nativeElement.setOptions({
        api: { url: '/chatkit' },
        theme: { colorScheme: 'light', radius: 'soft' },
        composer: { placeholder: 'Ask Angular anything' },
        startScreen: { greeting: 'Hello from Angular' },
        widgets: {
          // `cats.select_name` is a client action (`handler: "client"`): the page handles it.
          onAction: (action) => {
            if (action.type === 'cats.select_name') {
              this.picked.set((action.payload as { name: string }).name);
            }
          },
        },
      });
    });
  }

  onThreadChange(event: Event) {
    this.threadId.set((event as CwThreadChangeEvent).detail.threadId ?? '');
  }

  askForNames() {
    void this.chat().nativeElement.sendUserMessage({ text: 'cats: names please' });
  }

  draft() {
    void this.chat().nativeElement.setComposerValue({ text: 'Drafted by Angular' });
  }
}
