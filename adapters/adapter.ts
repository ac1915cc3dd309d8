/** Every messenger adapter has the same lifecycle, whatever its transport. */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
