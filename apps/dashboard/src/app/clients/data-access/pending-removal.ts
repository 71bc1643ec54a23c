/**
 * A removal the clinician can still undo: the record is already out of sight, and goes from
 * the server only when `commit` is called.
 */
export interface PendingRemoval {
  /** Puts the record back where it was, as if nothing had happened. */
  restore(): void;
  /**
   * Removes the record on the server, over the version named; on failure the record is put
   * back and the error rethrown.
   */
  commit(version: number): Promise<void>;
}
