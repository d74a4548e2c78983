/**
 * Shares one pending lookup between concurrent callers asking for the same
 * key, and forgets it once settled: nothing is cached, so no caller sees a
 * result older than its own request. At a window's opening minute thousands
 * of submissions ask for the same cohort at once; one query answers them.
 */
export class InFlight<V> {
  private readonly pending = new Map<string, Promise<V>>();

  get(key: string, load: () => Promise<V>): Promise<V> {
    const existing = this.pending.get(key);
    if (existing) return existing;
    const started = load().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }
}
