/** Where the process is in its life, as the readiness probe reports it. */
export type Lifecycle = {
  readonly draining: boolean;
  /** From now on /api/ready answers 503, so load balancers stop sending new requests. */
  drain: () => void;
};

export const createLifecycle = (): Lifecycle => {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    drain: () => {
      draining = true;
    },
  };
};
