/**
 * The ChatKit wire protocol as TypeScript types: every request, stream event, thread item, content
 * part and item update that a ChatKit server (for example one built on `openai-chatkit` 1.6.x) can
 * send or accept.
 *
 * Conventions, following the protocol:
 * - Optional keys are usually absent rather than `null`, but other servers may send `null`; the
 *   types allow both where that matters (`?: T | null`).
 * - Every discriminated union is open: servers add members in patch releases, so code that switches
 *   on `type` must keep a default branch. Unknown members are typed as {@link UnknownWireObject}.
 * - Field names are exactly as on the wire (snake_case, except widget props, which are camelCase).
 *
 * This module holds types only; it has no runtime code.
 */

/** Any JSON value. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object with arbitrary keys. */
export type JsonObject = { [key: string]: JsonValue };

/** A member of an open union that this client does not know. Kept, never thrown on. */
export interface UnknownWireObject {
  type: string;
  [key: string]: unknown;
}

/** An icon name: one of the fixed ChatKit names, or `vendor:<x>` / `lucide:<x>`. Unknown names render as no icon. */
export type IconName = string;

// ---------------------------------------------------------------------------------------------
// Threads and pages
// ---------------------------------------------------------------------------------------------

/** A page of results (`threads.list`, `items.list`, a thread's `items`). */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  /** Opaque cursor; absent when there is no next page. May name an item the client never sees. */
  after?: string | null;
}

/** Thread status. The server does not enforce it; it is a UI contract. */
export type ThreadStatus =
  | { type: 'active' }
  | { type: 'locked'; reason?: string | null }
  | { type: 'closed'; reason?: string | null };

/** Thread metadata plus (only from `threads.get_by_id`) its first page of items. */
export interface Thread {
  id: string;
  title?: string | null;
  created_at: string;
  status: ThreadStatus;
  /** Host names from which images may be loaded for this thread (SDK ≥ 1.6.3). */
  allowed_image_domains?: string[] | null;
  metadata?: JsonObject;
  items: Page<ThreadItem>;
}

/** A thread without its items, as kept by the client. */
export type ThreadMetadata = Omit<Thread, 'items'>;

// ---------------------------------------------------------------------------------------------
// User input
// ---------------------------------------------------------------------------------------------

/** Plain text segment of a user message. */
export interface InputTextContent {
  type: 'input_text';
  text: string;
}

/** An @-mention tag segment of a user message. `data` is required on input (send `{}`). */
export interface InputTagContent {
  type: 'input_tag';
  id: string;
  text: string;
  data: { [key: string]: unknown };
  group?: string | null;
  interactive: boolean;
}

/** One ordered segment of a user message. */
export type UserMessageContent = InputTextContent | InputTagContent;

/** Options the user picked in the composer for one message. Send `{}` when none. */
export interface InferenceOptions {
  tool_choice?: { id: string } | null;
  model?: string | null;
}

/** The `input` of `threads.create` and `threads.add_user_message`. */
export interface UserMessageInput {
  content: UserMessageContent[];
  /** Attachment ids. Required: send `[]` when none. */
  attachments: string[];
  quoted_text?: string | null;
  /** Required: send `{}` when none. */
  inference_options: InferenceOptions;
}

// ---------------------------------------------------------------------------------------------
// Attachments
// ---------------------------------------------------------------------------------------------

/** Where and how to send the bytes of a two-phase upload (SDK ≥ 1.5.0). */
export interface UploadDescriptor {
  url: string;
  method: 'POST' | 'PUT';
  headers: { [name: string]: string };
}

interface AttachmentBase {
  id: string;
  name: string;
  mime_type: string;
  upload_descriptor?: UploadDescriptor | null;
  /** Before SDK 1.5.0: an implied POST upload URL. */
  upload_url?: string | null;
  thread_id?: string | null;
}

/** A non-image attachment. */
export interface FileAttachment extends AttachmentBase {
  type: 'file';
}

/** An image attachment; `preview_url` is its thumbnail (https:, data: or a redirecting URL). */
export interface ImageAttachment extends AttachmentBase {
  type: 'image';
  preview_url: string;
}

/** An attachment record. */
export type Attachment = FileAttachment | ImageAttachment;

// ---------------------------------------------------------------------------------------------
// Sources and annotations
// ---------------------------------------------------------------------------------------------

interface SourceBase {
  title: string;
  description?: string | null;
  timestamp?: string | null;
  group?: string | null;
}

/** A web page cited by an answer. */
export interface UrlSource extends SourceBase {
  type: 'url';
  url: string;
  attribution?: string | null;
}

/** A file cited by an answer. */
export interface FileSource extends SourceBase {
  type: 'file';
  filename: string;
}

/** An application entity cited by an answer. */
export interface EntitySource extends SourceBase {
  type: 'entity';
  id: string;
  icon?: IconName | null;
  label?: string | null;
  inline_label?: string | null;
  interactive?: boolean;
  data?: { [key: string]: unknown };
  /** Deprecated since SDK 1.3.1; ignored. */
  preview?: string | null;
}

/** A cited source. */
export type Source = UrlSource | FileSource | EntitySource;

/** A citation. `index` is a character offset into the text, not a position in the list. */
export interface Annotation {
  type: 'annotation';
  source: Source;
  index?: number | null;
}

/** One part of an assistant message. `text` is Markdown. */
export interface AssistantMessageContent {
  type: 'output_text';
  text: string;
  annotations: Annotation[];
}

// ---------------------------------------------------------------------------------------------
// Workflows and tasks
// ---------------------------------------------------------------------------------------------

/** Shown inside workflows: `none`, `loading` or `complete`. */
export type TaskStatusIndicator = 'none' | 'loading' | 'complete';

interface TaskBase {
  status_indicator?: TaskStatusIndicator;
  title?: string | null;
}

/** A custom step. */
export interface CustomTask extends TaskBase {
  type: 'custom';
  icon?: IconName | null;
  content?: string | null;
}

/** A web search step. */
export interface WebSearchTask extends TaskBase {
  type: 'web_search';
  title_query?: string | null;
  queries: string[];
  sources: UrlSource[];
}

/** A reasoning step; `content` is cumulative while streaming. */
export interface ThoughtTask extends TaskBase {
  type: 'thought';
  content: string;
}

/** A file search step. */
export interface FileTask extends TaskBase {
  type: 'file';
  sources: FileSource[];
}

/** An image generation step. */
export interface ImageTask extends TaskBase {
  type: 'image';
}

/** One step of a workflow, or a standalone task item. */
export type Task = CustomTask | WebSearchTask | ThoughtTask | FileTask | ImageTask;

/** The workflow summary: a custom title, or the elapsed time in seconds. */
export type WorkflowSummary = { title: string; icon?: IconName | null } | { duration: number };

/** A collapsible group of steps. */
export interface Workflow {
  type: 'custom' | 'reasoning';
  tasks: Task[];
  expanded: boolean;
  summary?: WorkflowSummary | null;
}

// ---------------------------------------------------------------------------------------------
// Structured input (SDK ≥ 1.6.4)
// ---------------------------------------------------------------------------------------------

/** The answer recorded for one structured input. */
export interface StructuredInputAnswer {
  values: string[];
  skipped: boolean;
}

/** A multiple-choice question. */
export interface MultipleChoiceInput {
  type: 'multiple_choice';
  id: string;
  question: string;
  options: { value: string }[];
  multiple: boolean;
  answer?: StructuredInputAnswer | null;
}

/** A free-form question. */
export interface FreeformInput {
  type: 'freeform';
  id: string;
  question: string;
  description?: string | null;
  answer?: StructuredInputAnswer | null;
}

/** One question of a structured input item. */
export type StructuredInput = MultipleChoiceInput | FreeformInput;

// ---------------------------------------------------------------------------------------------
// Widgets (the tree itself is open-ended; the widget issue types it in detail)
// ---------------------------------------------------------------------------------------------

/** A widget component node: `{type, id?, key?, ...props, children?}`. `children` may be a single object. */
export interface WidgetComponent {
  type: string;
  id?: string | null;
  key?: string | null;
  children?: WidgetComponent | WidgetComponent[] | null;
  [prop: string]: unknown;
}

/** The root of a widget: a `Card`, `ListView` or `Basic` node. */
export type WidgetRoot = WidgetComponent;

/** An action config embedded in a widget (`onClickAction`, Card `confirm.action`, …). */
export interface ActionConfig {
  type: string;
  payload?: unknown;
  handler?: 'server' | 'client';
  loadingBehavior?: 'auto' | 'none' | 'self' | 'container';
  /** Default true. The docs once wrote the string "false"; accept it. */
  streaming?: boolean | 'true' | 'false';
}

/** The action that goes on the wire: `{type, payload}`. */
export interface Action {
  type: string;
  payload?: unknown;
}

// ---------------------------------------------------------------------------------------------
// Thread items
// ---------------------------------------------------------------------------------------------

/** Fields every item carries. `created_at` is ISO-8601, often without a time zone. */
export interface ThreadItemBase {
  id: string;
  thread_id: string;
  created_at: string;
}

/** A message from the user: text and tag segments, attachments, quoted text. */
export interface UserMessageItem extends ThreadItemBase {
  type: 'user_message';
  content: UserMessageContent[];
  attachments: Attachment[];
  quoted_text?: string | null;
  inference_options: InferenceOptions;
}

/** A message from the assistant, as Markdown parts with annotations. */
export interface AssistantMessageItem extends ThreadItemBase {
  type: 'assistant_message';
  content: AssistantMessageContent[];
}

/** A tool the server asks the browser to run. */
export interface ClientToolCallItem extends ThreadItemBase {
  type: 'client_tool_call';
  status: 'pending' | 'completed';
  call_id: string;
  name: string;
  arguments: { [key: string]: unknown };
  output?: unknown;
}

/** A widget. `copy_text` is what "copy" puts on the clipboard. */
export interface WidgetItem extends ThreadItemBase {
  type: 'widget';
  widget: WidgetRoot;
  copy_text?: string | null;
}

/** A generated image; `image` is absent until something was produced. */
export interface GeneratedImageItem extends ThreadItemBase {
  type: 'generated_image';
  image?: { id: string; url: string } | null;
}

/** Questions the user answers in place of the composer. */
export interface StructuredInputItem extends ThreadItemBase {
  type: 'structured_input';
  status: 'pending' | 'answered' | 'skipped';
  inputs: StructuredInput[];
}

/** A collapsible group of steps. */
export interface WorkflowItem extends ThreadItemBase {
  type: 'workflow';
  workflow: Workflow;
}

/** A single task shown as its own row. */
export interface TaskItem extends ThreadItemBase {
  type: 'task';
  task: Task;
}

/** Marker for the model. Never rendered. */
export interface EndOfTurnItem extends ThreadItemBase {
  type: 'end_of_turn';
}

/** Context for the model only. Never rendered. */
export interface HiddenContextItem extends ThreadItemBase {
  type: 'hidden_context_item';
  content: unknown;
}

/** Context the SDK stores for the model (for example "the user cancelled"). Never rendered. */
export interface SdkHiddenContextItem extends ThreadItemBase {
  type: 'sdk_hidden_context';
  content: string;
}

/** Every item type this client knows. */
export type KnownThreadItem =
  | UserMessageItem
  | AssistantMessageItem
  | ClientToolCallItem
  | WidgetItem
  | GeneratedImageItem
  | StructuredInputItem
  | WorkflowItem
  | TaskItem
  | EndOfTurnItem
  | HiddenContextItem
  | SdkHiddenContextItem;

/** An item of a type this client does not know: kept for bookkeeping, never rendered. */
export interface UnknownThreadItem extends ThreadItemBase {
  type: string;
  [key: string]: unknown;
}

/** Any thread item. Switch on `type` with a default branch. */
export type ThreadItem = KnownThreadItem | UnknownThreadItem;

// ---------------------------------------------------------------------------------------------
// Item updates (`thread.item.updated`)
// ---------------------------------------------------------------------------------------------

/** A new content part of an assistant message. */
export interface ContentPartAdded {
  type: 'assistant_message.content_part.added';
  content_index: number;
  content: AssistantMessageContent;
}

/** Text appended to a content part. */
export interface ContentPartTextDelta {
  type: 'assistant_message.content_part.text_delta';
  content_index: number;
  delta: string;
}

/** A citation added to a content part. */
export interface ContentPartAnnotationAdded {
  type: 'assistant_message.content_part.annotation_added';
  content_index: number;
  annotation_index: number;
  annotation: Annotation;
}

/** A content part is final. Its `annotations` may be empty even when some were streamed. */
export interface ContentPartDone {
  type: 'assistant_message.content_part.done';
  content_index: number;
  content: AssistantMessageContent;
}

/** Text appended to the `value` of the widget component with this id. `done` is only a hint. */
export interface WidgetStreamingTextValueDelta {
  type: 'widget.streaming_text.value_delta';
  component_id: string;
  delta: string;
  done: boolean;
}

/** The whole widget replaced. */
export interface WidgetRootUpdated {
  type: 'widget.root.updated';
  widget: WidgetRoot;
}

/** One widget component replaced, by id. */
export interface WidgetComponentUpdated {
  type: 'widget.component.updated';
  component_id: string;
  component: WidgetComponent;
}

/** A task inserted into a workflow. */
export interface WorkflowTaskAdded {
  type: 'workflow.task.added';
  task_index: number;
  task: Task;
}

/** A workflow task replaced. */
export interface WorkflowTaskUpdated {
  type: 'workflow.task.updated';
  task_index: number;
  task: Task;
}

/** A partial (or final) image preview of a generated image. */
export interface GeneratedImageUpdated {
  type: 'generated_image.updated';
  image: { id: string; url: string };
  progress?: number | null;
}

/** Every item update type this client knows. */
export type KnownThreadItemUpdate =
  | ContentPartAdded
  | ContentPartTextDelta
  | ContentPartAnnotationAdded
  | ContentPartDone
  | WidgetStreamingTextValueDelta
  | WidgetRootUpdated
  | WidgetComponentUpdated
  | WorkflowTaskAdded
  | WorkflowTaskUpdated
  | GeneratedImageUpdated;

/** Any item update. */
export type ThreadItemUpdate = KnownThreadItemUpdate | UnknownWireObject;

// ---------------------------------------------------------------------------------------------
// Stream events
// ---------------------------------------------------------------------------------------------

/** First event of `threads.create`: the new thread (no title yet, no items). */
export interface ThreadCreatedEvent {
  type: 'thread.created';
  thread: Thread;
}

/** The thread's metadata changed. Its `items` page is always empty: never use it. */
export interface ThreadUpdatedEvent {
  type: 'thread.updated';
  thread: Thread;
}

/** An item starts streaming. */
export interface ThreadItemAddedEvent {
  type: 'thread.item.added';
  item: ThreadItem;
}

/** A patch to a known item. */
export interface ThreadItemUpdatedEvent {
  type: 'thread.item.updated';
  item_id: string;
  update: ThreadItemUpdate;
}

/** An item is final: replace it wholesale if known, append it otherwise. */
export interface ThreadItemDoneEvent {
  type: 'thread.item.done';
  item: ThreadItem;
}

/** Remove an item by id. */
export interface ThreadItemRemovedEvent {
  type: 'thread.item.removed';
  item_id: string;
}

/** Replace the item with the same id in place. */
export interface ThreadItemReplacedEvent {
  type: 'thread.item.replaced';
  item: ThreadItem;
}

/** Whether the stop button may be shown for the rest of this stream (SDK ≥ 1.4.0). */
export interface StreamOptionsEvent {
  type: 'stream_options';
  stream_options: { allow_cancel: boolean };
}

/** Transient status text, never stored. */
export interface ProgressUpdateEvent {
  type: 'progress_update';
  icon?: IconName | null;
  text: string;
}

/** A fire-and-forget call into the host page (SDK ≥ 1.4.0). */
export interface ClientEffectEvent {
  type: 'client_effect';
  name: string;
  data: { [key: string]: unknown };
}

/** The server reports a failure; the stream then ends normally. */
export interface ErrorEvent {
  type: 'error';
  /** `stream.error`, `custom`, or anything else (treat as `stream.error`). */
  code: string;
  message?: string | null;
  allow_retry: boolean;
}

/** A banner or toast. `message` is Markdown. */
export interface NoticeEvent {
  type: 'notice';
  level: 'info' | 'warning' | 'danger';
  message: string;
  title?: string | null;
}

/** Every stream event type this client knows. */
export type KnownThreadStreamEvent =
  | ThreadCreatedEvent
  | ThreadUpdatedEvent
  | ThreadItemAddedEvent
  | ThreadItemUpdatedEvent
  | ThreadItemDoneEvent
  | ThreadItemRemovedEvent
  | ThreadItemReplacedEvent
  | StreamOptionsEvent
  | ProgressUpdateEvent
  | ClientEffectEvent
  | ErrorEvent
  | NoticeEvent;

/** Any stream event. Unknown types are passed on and treated as no-ops. */
export type ThreadStreamEvent = KnownThreadStreamEvent | UnknownWireObject;

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** Params of each request type, and the JSON each non-streaming type returns. */
export interface StreamingRequests {
  'threads.create': { input: UserMessageInput };
  'threads.add_user_message': { thread_id: string; input: UserMessageInput };
  'threads.add_client_tool_output': { thread_id: string; result: unknown };
  'threads.retry_after_item': { thread_id: string; item_id: string };
  'threads.custom_action': { thread_id: string; item_id?: string | null; action: Action };
  'threads.add_structured_input': {
    thread_id: string;
    item_id: string;
    input: {
      status?: 'answered' | 'skipped';
      answers?: { [inputId: string]: { values?: string[]; skipped?: boolean } };
    };
  };
}

/** Params and response of each non-streaming request type. */
export interface JsonRequests {
  'threads.get_by_id': { params: { thread_id: string }; response: Thread };
  'threads.list': {
    params: { limit?: number | null; order?: 'asc' | 'desc'; after?: string | null };
    response: Page<Thread>;
  };
  'threads.update': { params: { thread_id: string; title: string }; response: Thread };
  'threads.delete': { params: { thread_id: string }; response: Record<string, never> };
  'items.list': {
    params: {
      thread_id: string;
      limit?: number | null;
      order?: 'asc' | 'desc';
      after?: string | null;
    };
    response: Page<ThreadItem>;
  };
  'items.feedback': {
    params: { thread_id: string; item_ids: string[]; kind: 'positive' | 'negative' };
    response: Record<string, never>;
  };
  'attachments.create': {
    params: { name: string; size: number; mime_type: string };
    response: Attachment;
  };
  'attachments.delete': { params: { attachment_id: string }; response: Record<string, never> };
  'input.transcribe': {
    params: { audio_base64: string; mime_type: string };
    response: { text: string };
  };
  'threads.sync_custom_action': {
    params: { thread_id: string; item_id?: string | null; action: Action };
    response: { updated_item?: ThreadItem | null };
  };
}

/** A request type answered with a Server-Sent Events stream. */
export type StreamingRequestType = keyof StreamingRequests;

/** A request type answered with one JSON document. */
export type JsonRequestType = keyof JsonRequests;

/** Every request type. */
export type RequestType = StreamingRequestType | JsonRequestType;

/** The body of every request: `{type, params, metadata}`. `params` is always sent. */
export interface ChatKitRequestBody<T extends RequestType = RequestType> {
  type: T;
  params: T extends StreamingRequestType
    ? StreamingRequests[T]
    : T extends JsonRequestType
      ? JsonRequests[T]['params']
      : never;
  metadata?: { [key: string]: unknown };
}
