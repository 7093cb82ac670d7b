/** Registers the built-in renderers of the 30 ChatKit widget components. */
import { renderChart } from './components/chart.js';
import {
  renderBadge,
  renderCaption,
  renderIconNode,
  renderImage,
  renderLabel,
  renderMarkdown,
  renderText,
  renderTitle,
} from './components/content.js';
import {
  renderButton,
  renderCheckbox,
  renderDatePicker,
  renderInput,
  renderRadioGroup,
  renderSelect,
  renderTextarea,
} from './components/controls.js';
import {
  renderBox,
  renderCol,
  renderDivider,
  renderForm,
  renderRow,
  renderSpacer,
  renderTransition,
} from './components/layout.js';
import { renderBasic, renderCard, renderListView, renderListViewItem } from './components/roots.js';
import { renderTable, renderTableCell, renderTableRow } from './components/table.js';
import { hasWidget, registerWidget } from './registry.js';
import type { WidgetRenderer } from './registry.js';

/** Every component of the catalogue, by its `type`. */
export const BUILT_IN_WIDGETS: Readonly<Record<string, WidgetRenderer>> = {
  Card: renderCard,
  ListView: renderListView,
  ListViewItem: renderListViewItem,
  Basic: renderBasic,
  Box: renderBox,
  Row: renderRow,
  Col: renderCol,
  Form: renderForm,
  Spacer: renderSpacer,
  Divider: renderDivider,
  Transition: renderTransition,
  Text: renderText,
  Title: renderTitle,
  Caption: renderCaption,
  Markdown: renderMarkdown,
  Badge: renderBadge,
  Icon: renderIconNode,
  Image: renderImage,
  Label: renderLabel,
  Chart: renderChart,
  Button: renderButton,
  Input: renderInput,
  Textarea: renderTextarea,
  Select: renderSelect,
  DatePicker: renderDatePicker,
  Checkbox: renderCheckbox,
  RadioGroup: renderRadioGroup,
  Table: renderTable,
  'Table.Row': renderTableRow,
  'Table.Cell': (node, ctx) => renderTableCell(node, ctx),
};

let registered = false;

/** Registers the built-in components once; host registrations made before are kept. */
export function registerBuiltInWidgets(): void {
  if (registered) return;
  registered = true;
  for (const [type, renderer] of Object.entries(BUILT_IN_WIDGETS)) {
    if (!hasWidget(type)) registerWidget(type, renderer);
  }
}
