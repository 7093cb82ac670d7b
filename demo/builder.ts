/**
 * The offline Widget Builder (demo/builder.html): open or paste a `.widget` file, edit its
 * template, schema and data side by side, see the widget in light and dark with its actions
 * logged, errors shown at the editor they come from, and save the file back (unknown fields kept).
 * Everything runs in the page through `chat-widgets/templates`: no server.
 */
import '../src/define.js';
import { loadWidgetFile, WidgetTemplateError } from '../src/templates/index.js';
import type { WidgetTemplate } from '../src/templates/index.js';
import type { CwWidget } from '../src/widgets/widget-view.js';

export const EXAMPLES = ['order-status', 'team-list'] as const;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const editors = {
  template: $<HTMLTextAreaElement>('#template'),
  schema: $<HTMLTextAreaElement>('#schema'),
  data: $<HTMLTextAreaElement>('#data'),
};
const previews = [$<CwWidget>('#preview-light'), $<CwWidget>('#preview-dark')];
const status = $<HTMLElement>('#status');
const log = $<HTMLOListElement>('#actions');

let file: WidgetTemplate | null = null;
let lastGood: unknown = null;

/** Shows an error under the editor it belongs to (the others are cleared). */
function showError(where: keyof typeof editors | null, text: string): void {
  for (const [name, editor] of Object.entries(editors)) {
    const mine = name === where;
    editor.toggleAttribute('aria-invalid', mine);
    $<HTMLElement>(`#${name}-error`).textContent = mine ? text : '';
  }
  status.textContent = where ? 'Error: the preview shows the last good build.' : 'Up to date.';
  status.dataset['state'] = where ? 'error' : 'ok';
}

const kindToEditor = (e: WidgetTemplateError): keyof typeof editors =>
  e.kind === 'data' ? 'data' : e.kind === 'schema' ? 'schema' : 'template';

/** Rebuilds from the three editors; on any error the last good preview stays. */
export function rebuild(): void {
  let schema: unknown;
  let data: Record<string, unknown>;
  try {
    schema = JSON.parse(editors.schema.value || '{}');
  } catch (e) {
    return showError('schema', `The schema is not JSON: ${(e as Error).message}`);
  }
  try {
    data = JSON.parse(editors.data.value || '{}') as Record<string, unknown>;
  } catch (e) {
    return showError('data', `The data is not JSON: ${(e as Error).message}`);
  }
  try {
    const base = file?.definition ?? { version: '1.0', name: 'Untitled' };
    const next = loadWidgetFile({ ...base, template: editors.template.value, jsonSchema: schema });
    lastGood = next.build(data);
    file = next;
    for (const preview of previews) preview.widget = lastGood;
    showError(null, '');
  } catch (e) {
    if (!(e instanceof WidgetTemplateError)) throw e;
    const place = e.line ? ` (line ${e.line})` : e.path ? ` (${e.path})` : '';
    showError(
      kindToEditor(e),
      `${e.message}${place && !e.message.includes(place.slice(2, -1)) ? place : ''}`,
    );
  }
}

/** Loads a `.widget` file's text into the editors. */
export function openFile(text: string): void {
  try {
    file = loadWidgetFile(text);
  } catch (e) {
    // A file whose template does not parse still opens, to be fixed here.
    const raw = JSON.parse(text) as WidgetTemplate['definition'];
    file = null;
    editors.template.value = String(raw.template ?? '');
    editors.schema.value = JSON.stringify(raw.jsonSchema ?? {}, null, 2);
    editors.data.value = '{}';
    showError('template', (e as Error).message);
    return;
  }
  $<HTMLElement>('#name').textContent = file.name;
  editors.template.value = file.source;
  editors.schema.value = JSON.stringify(file.jsonSchema, null, 2);
  editors.data.value = JSON.stringify(file.previewData ?? {}, null, 2);
  rebuild();
}

/** The `.widget` file as edited: template, schema, data (as the Builder state) and the preview. */
export function savedFile(): string {
  if (!file) throw new Error('Nothing to save yet: fix the errors first.');
  const data = JSON.parse(editors.data.value || '{}') as Record<string, unknown>;
  return (
    JSON.stringify(
      file.toFile({
        template: editors.template.value,
        jsonSchema: JSON.parse(editors.schema.value || '{}'),
        outputJsonPreview: lastGood,
        previewData: data,
      }),
      null,
      2,
    ) + '\n'
  );
}

for (const editor of Object.values(editors)) editor.addEventListener('input', rebuild);

for (const preview of previews)
  preview.addEventListener('cw-widget-action', (event) => {
    event.preventDefault();
    const item = document.createElement('li');
    item.textContent = `${preview.theme}: ${JSON.stringify(event.detail.action)}`;
    log.prepend(item);
  });

const openExample = async (name: string) => {
  const response = await fetch(new URL(`./widgets/${name}.widget`, import.meta.url));
  openFile(await response.text());
};

$<HTMLSelectElement>('#example').addEventListener('change', (event) => {
  const name = (event.target as HTMLSelectElement).value;
  if (name) void openExample(name);
});

$<HTMLInputElement>('#open').addEventListener('change', (event) => {
  const picked = (event.target as HTMLInputElement).files?.[0];
  if (picked) void picked.text().then(openFile);
});

$<HTMLButtonElement>('#load-pasted').addEventListener('click', () => {
  try {
    openFile($<HTMLTextAreaElement>('#pasted').value);
  } catch (e) {
    showError('template', `Not a .widget file: ${(e as Error).message}`);
  }
});

$<HTMLButtonElement>('#save').addEventListener('click', () => {
  let text: string;
  try {
    text = savedFile();
  } catch (e) {
    status.textContent = (e as Error).message;
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = `${(file?.name || 'widget').replace(/[^\w.-]+/g, '_')}.widget`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});

/** Resolves when the page has loaded its first example. */
export const ready: Promise<void> = (async () => {
  await openExample(EXAMPLES[0]);
  await Promise.all(previews.map((p) => p.updateComplete));
})();
