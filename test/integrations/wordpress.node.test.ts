/**
 * The WordPress plugin (integrations/wordpress/chat-widgets): its shortcode and settings run in
 * PHP with the few WordPress functions they call stubbed (integrations/wordpress/tests/render.php),
 * and the printed HTML is checked: attributes from the settings and the shortcode, every value
 * escaped, only known attributes, URLs limited to http(s) and site paths, the script enqueued
 * as an ES module. Needs `php` (Debian: apt-get install php-cli): without it the tests are
 * skipped and say so, except where CW_REQUIRE_PHP=1 (CI) makes a missing php a failure.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
const hasPhp = php.status === 0;
const skip =
  hasPhp || process.env.CW_REQUIRE_PHP === '1'
    ? false
    : 'SKIPPED: php is not installed (apt-get install php-cli); CI installs it';
if (skip) console.log(`# WordPress plugin tests ${skip}`);

interface Result {
  html: string[];
  enqueued: { kind: string; handle: string; src: string }[];
  hooks: string[];
  sanitized: Record<string, string> | null;
  moduleTag: string;
  otherTag: string;
}

function run(input: {
  settings?: Record<string, string>;
  shortcodes?: (Record<string, string> | string[])[];
  sanitize?: Record<string, unknown>;
  scriptModules?: boolean;
}): Result {
  const out = spawnSync('php', [join(root, 'integrations/wordpress/tests/render.php')], {
    input: JSON.stringify({ scriptModules: true, ...input }),
    encoding: 'utf8',
  });
  assert.equal(out.status, 0, `php failed: ${out.stderr}${out.stdout}`);
  assert.equal(out.stderr, '', 'php printed warnings');
  return JSON.parse(out.stdout) as Result;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The attributes of the one <chat-widgets> element in `html`, decoded; asserts its shape. */
function attributesOf(html: string): Record<string, string> {
  const match = /^<chat-widgets((?:\s[a-z-]+(?:="[^"<>]*")?)*)><\/chat-widgets>$/.exec(html);
  assert.ok(match, `not one plain <chat-widgets> element: ${html}`);
  return Object.fromEntries(
    [...match[1]!.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? '')]),
  );
}

describe('WordPress plugin', { skip }, () => {
  it('prints the element with the settings as defaults and the shortcode attributes over them', () => {
    const r = run({
      settings: { api_url: '/chatkit', greeting: 'Welcome', theme: 'light', history_delete: '1' },
      shortcodes: [{ greeting: 'Hello there', history_rename: 'yes', theme: 'dark' }],
    });
    assert.deepEqual(attributesOf(r.html[0]!), {
      'api-url': '/chatkit',
      theme: 'dark',
      greeting: 'Hello there',
      'history-rename': '',
      'history-delete': '',
    });
  });

  it('escapes every value and drops unknown attributes', () => {
    const hostile = `"><script>alert(1)</script><x a='`;
    const tools = JSON.stringify([{ id: 'search', label: `Search "the" web's <pages>` }]);
    const r = run({
      shortcodes: [
        { greeting: hostile, placeholder: 'a & b', tools, onload: 'alert(1)', style: 'x' },
      ],
    });
    const html = r.html[0]!;
    assert.ok(!html.includes('<script'), html);
    assert.ok(!html.includes('onload') && !html.includes('style'), html);
    const attrs = attributesOf(html);
    assert.equal(attrs.greeting, hostile);
    assert.equal(attrs.placeholder, 'a & b');
    assert.deepEqual(JSON.parse(attrs.tools!), JSON.parse(tools));
  });

  it('keeps only http(s) and site-path URLs', () => {
    const r = run({
      shortcodes: [
        { api_url: 'javascript:alert(1)', entity_search_url: '//evil.test/x' },
        { api_url: 'https://chat.example.com/chatkit', entity_search_url: '/search?q={query}' },
      ],
    });
    assert.deepEqual(attributesOf(r.html[0]!), { theme: 'auto' });
    assert.deepEqual(attributesOf(r.html[1]!), {
      'api-url': 'https://chat.example.com/chatkit',
      theme: 'auto',
      'entity-search-url': '/search?q={query}',
    });
  });

  it("enqueues the script as a module: the plugin's own copy, or the configured URL", () => {
    const own = run({ shortcodes: [{}] });
    assert.deepEqual(own.enqueued, [
      {
        kind: 'module',
        handle: 'chat-widgets',
        src: 'https://example.test/wp-content/plugins/chat-widgets/assets/chat-widgets.js',
      },
    ]);
    const configured = run({
      settings: { script_url: 'https://cdn.example.com/chat-widgets.js' },
      shortcodes: [{}],
    });
    assert.equal(configured.enqueued[0]!.src, 'https://cdn.example.com/chat-widgets.js');
  });

  it('before WordPress 6.5, enqueues a classic script printed with type="module"', () => {
    const r = run({ scriptModules: false, shortcodes: [{}] });
    assert.equal(r.enqueued[0]!.kind, 'script');
    assert.ok(r.hooks.includes('filter:script_loader_tag'));
    assert.equal(
      r.moduleTag,
      '<script type="module" src="https://cdn.test/cw.js?a=1&amp;b=2"></script>\n',
    );
    assert.equal(r.otherTag, '<script src="y"></script>', 'other scripts are left alone');
  });

  it('registers the settings page and sanitizes what it saves', () => {
    const r = run({
      sanitize: {
        api_url: 'data:text/html,x',
        script_url: 'https://cdn.example.com/cw.js',
        theme: 'neon',
        greeting: '<b>Hi</b>\nthere',
        history_rename: 'on',
        extra: 'dropped',
      },
    });
    assert.ok(r.hooks.includes('action:admin_menu') && r.hooks.includes('action:admin_init'));
    assert.deepEqual(r.sanitized, {
      api_url: '',
      script_url: 'https://cdn.example.com/cw.js',
      theme: 'auto',
      greeting: 'Hi there',
      placeholder: '',
      history_rename: '1',
      history_delete: '',
    });
  });
});
