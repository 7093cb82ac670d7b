/** A running scripted server. */
export interface RunningServer {
  /** The ChatKit endpoint. */
  url: string;
  /** The server's origin, for its debug routes. */
  origin: string;
  stop(): Promise<void>;
}

/** The Python environments: the pinned newest `openai-chatkit`, and the oldest supported one. */
export const VENVS: { latest: '.venv'; oldest: '.venv-oldest' };

/** Starts the scripted Python ChatKit server and resolves once it answers. */
export function startPythonServer(options?: {
  timeoutMs?: number;
  port?: number;
  /** Which environment runs it (default `latest`), or the path of another one. */
  venv?: keyof typeof VENVS | (string & {});
}): Promise<RunningServer>;
