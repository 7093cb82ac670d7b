/**
 * Strict CSP: every widget fixture (and the corpus, when ../shared is present) renders in
 * `<cw-widget>` on a page served with `default-src 'self'; script-src 'self'; style-src 'self'`
 * (no 'unsafe-inline'), with zero `securitypolicyviolation` events and its inline styles applied
 * through the CSSOM; again with `require-trusted-types-for 'script'` and the Trusted Types policy
 * names limited to `lit-html`. The whole chat and its composer likewise (below).
 */
import { expect } from '@open-wc/testing';

interface CspResult {
  error?: string;
  fixtures: number;
  corpus: boolean;
  rendered: number;
  styled: number;
  probe: { background: string; padding: string };
  problems: string[];
  violations: string[];
  trustedTypes: boolean;
  styleAttributeBlocked: boolean;
  innerHtmlBlocked: boolean;
}

function loadPage(query: string): Promise<CspResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const timer = setTimeout(() => reject(new Error('the CSP page did not report')), 100000);
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      const data = e.data as { cspResult?: CspResult } | null;
      if (e.source !== frame.contentWindow || !data?.cspResult) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(data.cspResult);
    });
    frame.src = `/__cw__/csp.html${query}`;
    document.body.append(frame);
  });
}

describe('widgets under a strict CSP', function () {
  this.timeout(120000);

  for (const [label, query] of [
    ["style-src 'self'", ''],
    // `trusted-types lit-html` with `require-trusted-types-for` is the stricter of the two Trusted
    // Types variants: it passing implies the variant without the name list passes.
    ["+ require-trusted-types-for 'script' and trusted-types lit-html", '?tt=names'],
  ] as const) {
    it(`every fixture renders with zero violations (${label})`, async () => {
      const result = await loadPage(query);
      expect(result.error).to.equal(undefined);
      console.log(
        `[csp] ${label}: ${result.rendered} renders of ${result.fixtures} fixtures (corpus: ${result.corpus}), ` +
          `${result.styled} styled elements, ${result.violations.length} violations, Trusted Types API: ${result.trustedTypes}, ` +
          `control style attribute blocked: ${result.styleAttributeBlocked}, control innerHTML blocked: ${result.innerHtmlBlocked}`,
      );
      expect(result.violations).to.deep.equal([]);
      expect(result.styleAttributeBlocked, 'the CSP is enforced on this page').to.equal(true);
      if (query && result.trustedTypes)
        expect(result.innerHtmlBlocked, 'Trusted Types are enforced on this page').to.equal(true);
      expect(result.rendered).to.equal(result.fixtures * 2);
      expect(result.problems).to.deep.equal([]);
      expect(result.styled).to.be.above(50);
      expect(result.probe).to.deep.equal({ background: 'rgb(18, 52, 86)', padding: '12px' });
    });
  }
});

interface CspChatResult {
  error?: string;
  steps: number;
  items: number;
  widgets: number;
  previewShown: boolean;
  historyShown: boolean;
  highlighted: boolean;
  mathShown: boolean;
  violations: string[];
}

function loadChat(query: string): Promise<CspChatResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    const timer = setTimeout(() => reject(new Error('the CSP chat page did not report')), 100000);
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      const data = e.data as { cspChat?: CspChatResult } | null;
      if (e.source !== frame.contentWindow || !data?.cspChat) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(data.cspChat);
    });
    frame.src = `/__cw__/csp-chat.html${query}`;
    document.body.append(frame);
  });
}

describe('the whole chat under a strict CSP', function () {
  this.timeout(120000);

  for (const [label, query] of [
    ["style-src 'self'", ''],
    ["+ require-trusted-types-for 'script' and trusted-types lit-html", '?tt=names'],
    [
      "+ trusted-types lit-html, img-src 'self' blob: data: (images and an attachment)",
      '?tt=names&img=1',
    ],
  ] as const) {
    it(`chat, widgets, history and composer run with zero violations (${label})`, async () => {
      const result = await loadChat(query);
      console.log(
        `[csp-chat] ${label}: ${result.steps} prompts answered, ${result.items} items, ${result.widgets} widgets, ` +
          `tag preview ${result.previewShown}, history ${result.historyShown}, ${result.violations.length} violations`,
      );
      expect(result.violations).to.deep.equal([]);
      expect(result.error).to.equal(undefined);
      expect(result.widgets).to.be.greaterThan(2);
      expect(result.historyShown).to.equal(true);
      expect(result.previewShown, 'the tag preview (placed through the CSSOM)').to.equal(true);
      expect(result.highlighted, 'highlighted code').to.equal(true);
      expect(result.mathShown, 'math typeset by KaTeX').to.equal(true);
    });
  }
});
