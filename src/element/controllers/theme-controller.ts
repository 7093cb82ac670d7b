import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { applyTheme } from '../host-helpers.js';
import type { ResolvedConfig } from '../options.js';

const darkQuery =
  typeof matchMedia === 'undefined' ? null : matchMedia('(prefers-color-scheme: dark)');

/** What the theme is made from. */
export interface ThemeInputs {
  colorScheme: ResolvedConfig['colorScheme'];
  theme: ResolvedConfig['theme'];
}

/**
 * Applies the theme to the host: the `resolved-theme` attribute (`light` or `dark`, following the
 * system when the scheme is `auto`) that the tokens switch on, and the custom properties of
 * ChatKit's `theme` option.
 *
 * It writes only when an input changed: the scheme, the theme object (by identity) or, under
 * `auto`, the system preference, which it follows without re-rendering the host.
 */
export class ThemeController implements ReactiveController {
  private scheme: ResolvedConfig['colorScheme'] | null = null;
  // No theme object yet: nothing to write (and no inline custom property of the page to remove).
  private theme: ResolvedConfig['theme'] = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => ThemeInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    darkQuery?.addEventListener('change', this.handleSchemeChange);
  }

  hostDisconnected(): void {
    darkQuery?.removeEventListener('change', this.handleSchemeChange);
  }

  hostUpdate(): void {
    const { colorScheme, theme } = this.inputs();
    if (colorScheme !== this.scheme) {
      this.scheme = colorScheme;
      this.applyScheme();
    }
    if (theme !== this.theme) {
      this.theme = theme;
      applyTheme(this.host, theme);
    }
  }

  private applyScheme(): void {
    const scheme =
      this.scheme === 'auto' ? (darkQuery?.matches ? 'dark' : 'light') : (this.scheme ?? 'light');
    if (this.host.getAttribute('resolved-theme') !== scheme)
      this.host.setAttribute('resolved-theme', scheme);
  }

  private readonly handleSchemeChange = () => {
    if (this.scheme === 'auto') this.applyScheme();
  };
}
