import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now, for a server that cannot listen on
 * port 0 itself (nginx, `astro dev`) or whose address must be known before it starts.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
