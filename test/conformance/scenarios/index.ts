/**
 * The conformance scenarios, as data. Each is a list of steps run through our protocol client and
 * thread store against a scripted ChatKit server, ending with our state compared to what the server
 * itself returns (`threads.get_by_id`, `items.list`).
 *
 * Any server that speaks the scripted vocabulary of `../README.md` (the Python SDK
 * server here, the demo backend) can be run through the same list.
 */
import type { Scenario } from './types.js';
import {
  newThreadStreamed,
  messageAdded,
  progressUpdate,
  notice,
  stopMidStream,
  workflowItems,
} from './messages.js';
import {
  widgetStreamed,
  actionReplacesWidget,
  actionPatchesWidget,
  syncCustomAction,
  clientEffect,
  clientToolRoundTrip,
  clientToolThrows,
} from './actions.js';
import { errorThenRetry, errorFreezesItem, streamCut } from './errors.js';
import { pagination, renameAndDelete, retryAfterItem, feedback, threadUpdated } from './threads.js';
import { metroMap, catLounge, newsGuide, customerSupport } from './samples.js';
import {
  mentionAndToolChoice,
  structuredInputAnswered,
  structuredInputSkipped,
  transcribe,
} from './inputs.js';

export type { Expectation, ItemRef, Scenario, Step } from './types.js';

/** Every scenario of the conformance suite, in the order they run. */
export const scenarios: Scenario[] = [
  newThreadStreamed,
  messageAdded,
  widgetStreamed,
  actionReplacesWidget,
  actionPatchesWidget,
  syncCustomAction,
  clientEffect,
  progressUpdate,
  notice,
  errorThenRetry,
  errorFreezesItem,
  streamCut,
  pagination,
  renameAndDelete,
  retryAfterItem,
  feedback,
  clientToolRoundTrip,
  clientToolThrows,
  mentionAndToolChoice,
  stopMidStream,
  workflowItems,
  threadUpdated,
  metroMap,
  catLounge,
  newsGuide,
  customerSupport,
  structuredInputAnswered,
  structuredInputSkipped,
  transcribe,
];
