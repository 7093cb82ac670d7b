/** Types of test/coverage-merge.mjs (its tests are TypeScript). */
export function layersByUrl<T extends { url: string }>(entries: T[]): T[][];
export function convertMerged<T extends { url: string }>(
  convert: (layer: T[]) => Promise<Record<string, unknown>>,
  entries: T[],
): Promise<Record<string, unknown>>;
export function mergeFrameCoverage(): void;
