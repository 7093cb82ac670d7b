/**
 * `<cw-widget template=… data=…>`: a widget built in the page from a Widget Builder `.widget`
 * file, no server needed. `chat-widgets/templates` (the Jinja engine and the schema checks) is
 * loaded with a dynamic import the first time a template is set, so it is never part of the first
 * load. A template or data error shows a labelled note in place of the widget (nothing half
 * rendered) and is reported as `cw-error`.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

import type * as Templates from '../templates/index.js';

type TemplatesModule = typeof Templates;
let loading: Promise<TemplatesModule> | null = null;
const loadTemplates = () => (loading ??= import('../templates/index.js'));

/** What the controller needs of `<cw-widget>`. */
export interface TemplateSourceHost extends ReactiveControllerHost {
  template: string | object | null;
  data: Record<string, unknown> | string | null;
  widget: unknown;
}

/** Builds `host.widget` from `host.template` and `host.data` whenever either changes. */
export class WidgetTemplateSource implements ReactiveController {
  /** The last build's error (shown in place of the widget), or null. */
  error: Error | null = null;
  private run = 0;
  private cached: { source: unknown; template: unknown } | null = null;

  constructor(
    private readonly host: TemplateSourceHost,
    private readonly waitFor: (loading: Promise<unknown>) => void,
    private readonly report: (error: Error) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Call when `template` or `data` changed. */
  update(): void {
    const { template, data } = this.host;
    if (template === null || template === undefined || template === '') {
      this.error = null;
      return;
    }
    const run = ++this.run;
    const building = loadTemplates().then((module) => {
      if (run !== this.run) return;
      try {
        const loaded =
          this.cached?.source === template
            ? (this.cached.template as InstanceType<TemplatesModule['WidgetTemplate']>)
            : module.loadWidgetFile(template as string);
        this.cached = { source: template, template: loaded };
        const values: unknown = typeof data === 'string' ? JSON.parse(data || '{}') : data;
        this.host.widget = loaded.build(values as Record<string, unknown> | null);
        this.error = null;
      } catch (error) {
        this.error = error instanceof Error ? error : new Error(String(error));
        this.host.widget = null;
        this.report(this.error);
      }
      this.host.requestUpdate();
    });
    this.waitFor(building);
  }

  /** The note shown instead of the widget when the last build failed. */
  renderError(): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return html`<div class="widget-fallback widget-template-error" role="alert">
      ${this.error.message}
    </div>`;
  }
}
