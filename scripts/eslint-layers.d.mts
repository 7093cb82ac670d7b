/** One layer's allow-list. */
export interface LayerRule {
  /** The src/ folders it may import (its own is always allowed). */
  readonly layers: readonly string[];
  /** The packages it may import. */
  readonly packages: readonly string[];
  /** Whether it holds no DOM code. */
  readonly pure?: boolean;
}

/** Each src/ folder with its allow-list. */
export const LAYERS: Readonly<Record<string, LayerRule>>;
/** What demo/backend/ may import from src/. */
export const DEMO_BACKEND: { readonly layers: readonly string[] };
/** DOM globals the pure layers may not use. */
export const DOM_GLOBALS: readonly string[];
/** Why an import breaks the layering, or null. */
export function layerViolation(file: string, source: string): string | null;
/** The ESLint plugin with the `allowed-imports` rule. */
export const layersPlugin: { rules: Record<string, unknown> };
