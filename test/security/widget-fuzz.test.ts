/**
 * A property-based fuzzer for widget trees (fast-check, in the browser): valid, invalid and hostile
 * shapes and values. Whatever the tree, `<cw-widget>` renders or falls back, never throws, never
 * pollutes `Object.prototype`, fires no `securitypolicyviolation`, writes only allowed inline
 * declarations, creates no `<img>` outside the URL policy and no unsafe link. The seed is printed
 * (and can be fixed with `?seed=` … or by editing SEED) so a failure reproduces.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';

// Every element at once (as the classic build): these tests render standalone <cw-widget>s.
import '../../src/define-all.js';
import type { WidgetHost } from '../../src/widgets/widget-host.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { auditWidget } from '../helpers/widget-audit.js';
import { settle } from '../helpers/widgets.js';
import { HOSTILE_CSS } from './css-values.test.js';

const SEED = 20260110;
const RUNS = 200;

const TYPES = [
  'Card',
  'ListView',
  'ListViewItem',
  'Basic',
  'Box',
  'Row',
  'Col',
  'Form',
  'Spacer',
  'Divider',
  'Text',
  'Title',
  'Caption',
  'Label',
  'Markdown',
  'Badge',
  'Icon',
  'Image',
  'Button',
  'Chart',
  'Input',
  'Textarea',
  'Select',
  'Checkbox',
  'RadioGroup',
  'DatePicker',
  'Transition',
  'Table',
  'Table.Row',
  'Table.Cell',
  'Hologram',
  '__proto__',
  'constructor',
  '',
];
const PROPS = [
  'value',
  'label',
  'color',
  'background',
  'gap',
  'padding',
  'margin',
  'border',
  'radius',
  'width',
  'height',
  'size',
  'minSize',
  'maxSize',
  'minWidth',
  'maxHeight',
  'aspectRatio',
  'flex',
  'align',
  'justify',
  'wrap',
  'direction',
  'src',
  'alt',
  'fit',
  'position',
  'status',
  'theme',
  'name',
  'options',
  'data',
  'series',
  'xAxis',
  'spacing',
  'maxLines',
  'minLines',
  'textAlign',
  'weight',
  'italic',
  'truncate',
  'limit',
  'variant',
  'placeholder',
  'defaultValue',
  'key',
  'id',
  'colSpan',
  'onClickAction',
  'confirm',
  'cancel',
  'header',
  'frame',
  'flush',
  'collapsed',
  'iconStart',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
];
const HOSTILE_STRINGS = [
  ...HOSTILE_CSS,
  '</style><style>*{display:none}</style>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'https://evil.example/pixel.png',
  '//evil.example/x.png',
  ';background:url(//evil)',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202e\u0000\uffff',
  '[x](javascript:alert(1)) ![y](https://evil.example/y.png)',
];

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const tokenString = fc.constantFrom(
  'primary',
  'secondary',
  'surface',
  'blue-500',
  'alpha-70',
  '#06b6d4',
  'rgb(1, 2, 3)',
  'md',
  'full',
  '100%',
  'auto',
  '8px',
  'start',
  'center',
  'between',
  'row',
  'col',
  'solid',
  'dark',
  'light',
  'sm',
  'lg',
  'star',
  'lucide:zap',
  'https://cdn.allowed.example/a.png',
  'linear-gradient(90deg, #fdba74, #f472b6)',
);
const hugeNumber = fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 2 ** 53, -0, 1e-300);
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  hostileString,
  tokenString,
  fc.double(),
  hugeNumber,
  fc.integer({ min: -5, max: 20 }),
  fc.boolean(),
  fc.constant(null),
);

const { tree } = fc.letrec<{ tree: unknown; node: unknown; value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(...PROPS, 'top', 'x', 'light', 'dark', 'type', 'dataKey'),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
    tie('node'),
  ),
  node: fc
    .record({
      type: fc.oneof(fc.constantFrom(...TYPES), fc.string({ maxLength: 6 })),
      props: fc.dictionary(fc.constantFrom(...PROPS), tie('value'), { maxKeys: 6 }),
      children: fc.oneof(
        fc.constant(undefined),
        fc.array(tie('node'), { maxLength: 4 }),
        tie('node'),
        scalar,
      ),
    })
    .map(({ type, props, children }) => {
      // JSON.parse gives `__proto__` as an own key, as a server's JSON would.
      const node = JSON.parse(JSON.stringify({ ...props, type })) as Record<string, unknown>;
      for (const [k, v] of Object.entries(props))
        Object.defineProperty(node, k, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      if (children !== undefined) node['children'] = children;
      return node;
    }),
  tree: fc.oneof(
    { depthSize: 'small' },
    tie('node'),
    scalar,
    fc.array(tie('node'), { maxLength: 2 }),
  ),
}));

/** A chain of `depth` nested boxes: deep nesting beyond what the arbitrary builds. */
const deep = fc.integer({ min: 60, max: 400 }).map((depth) => {
  let node: Record<string, unknown> = { type: 'Text', value: 'bottom', color: ';x:y' };
  for (let i = 0; i < depth; i++) node = { type: 'Box', padding: i, children: [node] };
  return { type: 'Card', children: [node] };
});

const hosts = fc.constantFrom<readonly string[] | null>(null, [], ['allowed.example']);

describe('widget tree fuzzer', function () {
  this.timeout(120000);

  it(`renders ${RUNS} random, invalid and hostile trees safely (seed ${SEED})`, async () => {
    console.log(`[fuzz] seed ${SEED}, ${RUNS} runs`);
    const violations: string[] = [];
    const onViolation = (e: SecurityPolicyViolationEvent) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    document.addEventListener('securitypolicyviolation', onViolation);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const originalError = console.error;
    let runs = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 9, arbitrary: tree }, { weight: 1, arbitrary: deep }),
          hosts,
          async (widget, allowed) => {
            runs++;
            const host: WidgetHost = {
              dispatchAction: () => Promise.resolve(),
              allowedImageHosts: allowed,
            };
            const el = await fixture<CwWidget>(
              html`<cw-widget .widget=${widget} .host=${host}></cw-widget>`,
            );
            await settle(el);
            const polluted = Object.keys(Object.prototype).concat(
              Object.getOwnPropertyNames(Object.prototype).filter(
                (k) =>
                  ![
                    'constructor',
                    '__defineGetter__',
                    '__defineSetter__',
                    'hasOwnProperty',
                    '__lookupGetter__',
                    '__lookupSetter__',
                    'isPrototypeOf',
                    'propertyIsEnumerable',
                    'toString',
                    'valueOf',
                    '__proto__',
                    'toLocaleString',
                  ].includes(k),
              ),
            );
            expect(polluted, 'Object.prototype untouched').to.deep.equal([]);
            expect(el.shadowRoot!.querySelector('.root'), 'rendered').to.exist;
            expect(auditWidget(el, allowed)).to.deep.equal([]);
            expect(errors, 'no uncaught errors').to.deep.equal([]);
            expect(violations, 'no CSP violations').to.deep.equal([]);
            el.remove();
          },
        ),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    } finally {
      console.error = originalError;
      document.removeEventListener('securitypolicyviolation', onViolation);
      window.removeEventListener('error', onError);
    }
    console.log(`[fuzz] ${runs} runs passed`);
  });
});
