// robots.txt, fetched as ourselves. Crawlee's own check fetches it with its
// HTTP client's generated browser headers; a site may answer a named bot
// differently, and it should see who is asking. One fetch per origin per
// run; a robots.txt that cannot be read allows everything, as Crawlee does.
import { RobotsTxtFile } from '@crawlee/utils';

export class RobotsGuard {
  private readonly files = new Map<string, Promise<RobotsTxtFile | null>>();

  constructor(
    private readonly userAgent: string,
    private readonly timeoutMs: number,
  ) {}

  async allows(url: string): Promise<boolean> {
    const { origin } = new URL(url);
    let file = this.files.get(origin);
    if (!file) {
      file = this.load(origin);
      this.files.set(origin, file);
    }
    return (await file)?.isAllowed(url, this.userAgent) ?? true;
  }

  private async load(origin: string): Promise<RobotsTxtFile | null> {
    const url = `${origin}/robots.txt`;
    try {
      const response = await fetch(url, {
        headers: { 'user-agent': this.userAgent },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return response.ok ? RobotsTxtFile.from(url, await response.text()) : null;
    } catch {
      return null;
    }
  }
}
