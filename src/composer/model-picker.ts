import type { Strings } from '../i18n/index.js';
import { html, nothing } from 'lit';

import type { ModelOption } from './types.js';

/** The model a composer uses: the chosen one if usable, else the default, else the first usable. */
export function selectedModel(
  models: readonly ModelOption[],
  chosen: string | null,
): ModelOption | null {
  const usable = (m: ModelOption) => !m.disabled;
  return (
    models.find((m) => m.id === chosen && usable(m)) ??
    models.find((m) => m.default && usable(m)) ??
    models.find(usable) ??
    null
  );
}

/** The composer's model picker: a native select (nothing without models). */
export function renderModelPicker(
  models: readonly ModelOption[],
  selectedId: string | null,
  onSelect: (modelId: string) => void,
  strings: Strings,
) {
  if (!models.length) return nothing;
  return html`<select
    class="model"
    aria-label=${strings.t('composer.model')}
    @change=${(e: Event) => onSelect((e.target as HTMLSelectElement).value)}
  >
    ${models.map(
      (m) =>
        html`<option
          value=${m.id}
          ?disabled=${m.disabled === true}
          ?selected=${m.id === selectedId}
          title=${m.description ?? ''}
        >
          ${m.label}
        </option>`,
    )}
  </select>`;
}
