/**
 * The script of /__cw__/csp-templates.html (served with `script-src 'self'`, no 'unsafe-eval',
 * by web-test-runner.config.mjs): builds the demo's .widget files with `chat-widgets/templates`
 * directly and through `<cw-widget template data>`, and reports what rendered and every CSP
 * violation to the parent test page.
 */
// Every element at once (as the classic build): these tests create standalone <cw-widget>s.
import '../../src/define-all.js';
import { loadWidgetFile } from '../../src/templates/index.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';

async function run(): Promise<void> {
  const built: string[] = [];
  const rendered: string[] = [];
  for (const name of ['order-status', 'team-list']) {
    const source = await (await fetch(`/demo/widgets/${name}.widget`)).text();
    const template = loadWidgetFile(source);
    built.push(template.build(template.previewData).type);
    const el = document.createElement('cw-widget') as CwWidget;
    el.template = source;
    el.data = template.previewData;
    document.body.append(el);
    await el.updateComplete;
    if (el.shadowRoot!.querySelector('.root > *:not(.widget-template-error)')) rendered.push(name);
  }
  // Counted before the control below, which must itself be refused.
  const violations = [...(window as unknown as { __cspViolations: string[] }).__cspViolations];
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  parent.postMessage(
    { cspTemplates: { built, rendered, violations, evalBlocked } },
    location.origin,
  );
}

run().catch((error: unknown) =>
  parent.postMessage({ cspTemplates: { error: String(error) } }, location.origin),
);
