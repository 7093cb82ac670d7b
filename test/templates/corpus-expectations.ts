/**
 * What the .widget corpus tests expect (shared by the Node and the browser tests).
 */
/** Corpus files whose preview the template does not reproduce, and why (checked below). */
export const PREVIEW_MISMATCHES: Record<string, string> = {
  'advanced-samples-pr40/cupid_progress.widget':
    'the template wraps the Chart series in a Text ({"type":"Text","value":{…series…}}); the preview has the bare series: the file was exported after the template changed (Python builds the same as we do)',
  'advanced-samples/news-guide/event_list.widget':
    'the preview shows the unselected event’s button colour "info"; the template says "warning": edited after the preview was made (Python builds the same as we do)',
  'advanced-samples/metro-map/line_select.widget':
    'the template reads item.name, the preview data has item.label (and the preview has a ListView "of" the template lacks): the build fails on the undefined item.name, as in Python (StrictUndefined)',
  'advanced-samples/customer-support/flight_options.widget':
    'no preview data: its encodedWidget holds the template text, not the Builder state',
  'advanced-samples/customer-support/meal_preferences.widget':
    'no preview data: its encodedWidget holds the template text, not the Builder state',
};

/** The data chatkit-python's tests/test_widgets.py builds each asset with (basic_root: its preview data). */
export const ASSET_DATA: Record<string, Record<string, unknown> | null> = {
  list_view_no_data: null,
  card_no_data: null,
  list_view_with_data: {
    items: [
      { id: 'blue', label: 'Blue line', color: 'blue-500' },
      { id: 'orange', label: 'Orange line', color: 'orange-500' },
      { id: 'purple', label: 'Purple line', color: 'purple-500' },
    ],
  },
  card_with_data: {
    channel: '#proj-chatkit',
    time: '4:48 PM',
    user: { image: '/pam.png', name: 'Pam Beesly' },
  },
};
