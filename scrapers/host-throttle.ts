// The pause between two requests to one host. Crawlee's sameDomainDelaySecs
// keys on the registrable domain and skips hosts that have none (an IP
// address, localhost); this keys on the host itself, so the delay holds for
// every host, and the tests can see it on 127.0.0.1.

export class HostThrottle {
  /** When the next request to each host may start (epoch ms). */
  private readonly nextStart = new Map<string, number>();

  constructor(
    private readonly delayMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Waits for this host's turn. Each caller reserves the next slot at once, so concurrent callers queue up. */
  async wait(url: string): Promise<void> {
    if (this.delayMs <= 0) return;
    const host = new URL(url).host;
    const now = this.clock();
    const start = Math.max(now, this.nextStart.get(host) ?? 0);
    this.nextStart.set(host, start + this.delayMs);
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
  }
}
