/** A running scripted server. */
export interface RunningServer {
  /** The ChatKit endpoint. */
  url: string;
  /** The server's origin, for its debug routes. */
  origin: string;
  stop(): Promise<void>;
}

/** Starts the scripted Python ChatKit server and resolves once it answers. */
export function startPythonServer(options?: {
  timeoutMs?: number;
  port?: number;
}): Promise<RunningServer>;
