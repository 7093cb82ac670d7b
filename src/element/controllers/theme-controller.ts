import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { requirePart } from '../../internal/lazy-parts.js';
import { applyTheme } from '../host-helpers.js';
import type { ResolvedConfig } from '../options.js';
import type * as ThemeExtras from '../theme-extras.js';

const darkQuery =
  typeof matchMedia === 'undefined' ? null : matchMedia('(prefers-color-scheme: dark)');

/** What the theme is made from. */
export interface ThemeInputs {
  colorScheme: ResolvedConfig['colorScheme'];
  theme: ResolvedConfig['theme'];
}

/** Whether a theme uses the computed parts (theme-extras.ts, a chunk of its own). */
const needsExtras = (theme: ResolvedConfig['theme']) =>
  Boolean(theme?.color?.grayscale || theme?.color?.accent || theme?.typography?.fontSources);

/**
 * Applies the theme to the host: the `resolved-theme` attribute (`light` or `dark`, following the
 * system when the scheme is `auto`) that the tokens switch on, and the custom properties of
 * ChatKit's `theme` option. Its computed parts (a gray scale from a hue, the accent's reach and
 * the text colour on it, web fonts) come from a chunk loaded only for a theme that has them.
 *
 * It writes only when an input changed: the scheme, the theme object (by identity) or, under
 * `auto`, the system preference, which it follows without re-rendering the host.
 */
export class ThemeController implements ReactiveController {
  private scheme: ResolvedConfig['colorScheme'] | null = null;
  // No theme object yet: nothing to write (and no inline custom property of the page to remove).
  private theme: ResolvedConfig['theme'] = null;
  /** The computed properties written last (removed when the theme or the scheme changes). */
  private computed: string[] = [];
  private extras: typeof ThemeExtras | null = null;
  /** The computed parts' chunk while it loads (the host's updateComplete waits for it). */
  loading: Promise<unknown> | null = null;
  private fonts: ThemeExtras.FontSources | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => ThemeInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    darkQuery?.addEventListener('change', this.handleSchemeChange);
    this.fonts?.set(this.theme?.typography?.fontSources);
  }

  hostDisconnected(): void {
    darkQuery?.removeEventListener('change', this.handleSchemeChange);
    this.fonts?.clear();
  }

  hostUpdate(): void {
    const { colorScheme, theme } = this.inputs();
    const schemeChanged = colorScheme !== this.scheme;
    if (schemeChanged) {
      this.scheme = colorScheme;
      this.applyScheme();
    }
    if (theme !== this.theme) {
      this.theme = theme;
      applyTheme(this.host, theme);
      this.fonts?.set(theme?.typography?.fontSources);
      this.applyComputed();
    } else if (schemeChanged) this.applyComputed();
  }

  /** The scheme shown: `auto` resolved against the system preference. */
  private get resolved(): 'light' | 'dark' {
    return this.scheme === 'auto'
      ? darkQuery?.matches
        ? 'dark'
        : 'light'
      : this.scheme === 'dark'
        ? 'dark'
        : 'light';
  }

  private applyScheme(): void {
    const scheme = this.resolved;
    if (this.host.getAttribute('resolved-theme') !== scheme)
      this.host.setAttribute('resolved-theme', scheme);
  }

  /** Writes the computed parts for the theme and scheme shown, loading their chunk once. */
  private applyComputed(): void {
    if (!this.extras) {
      if (!needsExtras(this.theme)) return this.writeComputed({});
      this.loading ??= requirePart('theme-extras', () => import('../theme-extras.js')).then(
        (chunk) => {
          this.loading = null;
          if (!chunk || this.extras) return;
          this.extras = chunk;
          this.fonts = new chunk.FontSources();
          if (this.host.isConnected) this.fonts.set(this.theme?.typography?.fontSources);
          this.applyComputed();
        },
      );
      return;
    }
    this.writeComputed(this.extras.computedThemeProperties(this.theme, this.resolved));
  }

  private writeComputed(props: Record<string, string>): void {
    const style = this.host.style;
    for (const name of this.computed) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.computed = Object.keys(props);
  }

  private readonly handleSchemeChange = () => {
    if (this.scheme !== 'auto') return;
    this.applyScheme();
    this.applyComputed();
  };
}
