/** Every messenger adapter has the same lifecycle, whatever its transport. */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Settles when the adapter has stopped for good at run time (a revoked token): its retries are used up. */
  readonly failed?: Promise<Error>;
}
