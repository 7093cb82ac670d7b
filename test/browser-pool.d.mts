/** Types of test/browser-pool.mjs (its tests are TypeScript). */
export interface PoolMember {
  type: string;
  name: string;
  initialize?(config: unknown, testFiles: string[]): Promise<void> | void;
  startSession(id: string, url: string): Promise<void>;
  stopSession(id: string): Promise<unknown>;
  isActive(id: string): boolean;
  getBrowserUrl?(id: string): string;
  startDebugSession?(id: string, url: string): Promise<void>;
  stop?(): Promise<void>;
  [method: string]: unknown;
}

export interface BrowserPool extends PoolMember {
  concurrency: number;
  wallTime(testFile: string): number | undefined;
  reporter: {
    start(args: { sessions: { get(id: string): { testFile: string } | undefined } }): void;
  };
}

export function browserPool(
  create: () => PoolMember,
  size: number,
  options?: { laneOf?: (file: string) => string | undefined; alone?: (file: string) => boolean },
): BrowserPool;
