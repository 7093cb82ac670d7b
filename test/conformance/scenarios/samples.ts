/** The official sample apps' flows: metro-map, cat-lounge, news-guide and customer-support. */
import type { Effects, Scenario, Step } from './types.js';

/** metro-map's line selection, with the client effects the server can send. */
function lineSelected(effects: Effects): Step[] {
  return [
    { do: 'send', text: 'lines: show' },
    {
      do: 'action',
      action: { type: 'line.select', payload: { id: 'blue' } },
      on: { last: 'widget' },
    },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'widget', 'client_tool_call', 'assistant_message'],
        lastWidgetTitle: 'Blue Line',
        effects,
        toolCall: { status: 'completed', output: { zoom: 12, stations: 14 } },
        lastAssistantText: 'Tool get_map_view returned {"stations": 14, "zoom": 12}',
      },
    },
    { do: 'compare' },
  ];
}

export const metroMap: Scenario = {
  name: 'metro-map: a line selection replaces the widget, fires a client effect and a client tool',
  clientTool: { result: { zoom: 12, stations: 14 } },
  steps: lineSelected([{ name: 'location_select_mode', data: { line: 'blue' } }]),
  needs: ['client_effect'],
  whenMissing: {
    degrades: 'the widget is replaced and the client tool runs, no effect arrives',
    steps: lineSelected([]),
  },
};

export const catLounge: Scenario = {
  name: 'cat-lounge: "more" sends a user message, a selection is forwarded to the server',
  steps: [
    { do: 'send', text: 'cats: names' },
    // The client handles "more" by sending a user message, as the sample's onAction does.
    { do: 'send', text: 'cats: more names' },
    {
      do: 'expect',
      that: {
        visibleTypes: [
          'user_message',
          'assistant_message',
          'widget',
          'user_message',
          'assistant_message',
          'widget',
        ],
      },
    },
    // The client handles the selection, then forwards it with sendCustomAction(action, itemId).
    {
      do: 'action',
      action: { type: 'cats.select_name', payload: { name: 'Pixel' } },
      on: { last: 'widget' },
    },
    {
      do: 'expect',
      that: { lastWidgetTitle: 'Say hello to Pixel!', lastAssistantText: 'Pixel it is.' },
    },
    { do: 'compare' },
  ],
};

export const newsGuide: Scenario = {
  name: 'news-guide: an article list whose actions stay in the page',
  steps: [
    { do: 'send', text: 'news: latest' },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'widget'],
        lastWidgetHasValue: 'New bench installed near Willow Path',
      },
    },
    { do: 'compare' },
  ],
};

export const customerSupport: Scenario = {
  name: 'customer-support: a flight selection adds a new widget',
  steps: [
    { do: 'send', text: 'flights: SFO to JFK' },
    {
      do: 'action',
      action: { type: 'flight.select', payload: { flight: 'OA 917' } },
      on: { last: 'widget' },
    },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'widget', 'widget', 'assistant_message'],
        lastWidgetTitle: 'OA 917 is booked',
        lastAssistantText: 'Booked OA 917.',
      },
    },
    { do: 'compare' },
  ],
};
