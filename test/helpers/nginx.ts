import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/** The shipped production server blocks. */
export const SHIPPED_CONFIG = join(ROOT, 'deploy/nginx/wire-archive.conf');
const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static; `.ci/run` installs it. */
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface Nginx {
  /** `http://127.0.0.1:<port>`, the HTTPS server block served as plain HTTP; no trailing slash. */
  url: string;
  /** `http://127.0.0.1:<port>` of the shipped port-80 block (it only redirects to HTTPS). */
  httpUrl: string;
  close(): Promise<void>;
}

/**
 * The shipped config made local: both server blocks on loopback ports (the
 * TLS one without TLS, as the tests have no certificate), the site root a
 * folder holding `siteDir` at `base`. Every other line stays as shipped; a
 * line this expects and does not find is an error, so the test cannot drift
 * from the file.
 */
export function renderLocalConfig(shipped: string, options: { ports: [number, number]; root: string; base: string }) {
  const [httpPort, port] = options.ports;
  const replace = (text: string, pattern: RegExp, replacement: string) => {
    if (!pattern.test(text)) throw new Error(`${SHIPPED_CONFIG}: no line matching ${pattern}`);
    return text.replace(pattern, replacement);
  };
  let config = shipped;
  config = replace(config, /^\s*listen \[::\]:80;\n/m, '');
  config = replace(config, /^\s*listen \[::\]:443 ssl http2;\n/m, '');
  config = replace(config, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${httpPort};`);
  config = replace(config, /^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${port};`);
  config = replace(config, /^\s*ssl_certificate .*\n/m, '');
  config = replace(config, /^\s*ssl_certificate_key .*\n/m, '');
  config = replace(config, /^(\s*)root \/var\/www\/wire-archive;$/m, `$1root ${options.root};`);
  config = replace(
    config,
    /^(\s*)include \/var\/www\/wire-archive\/_nginx\.conf;$/m,
    `$1include ${join(options.root, options.base, '_nginx.conf')};`,
  );
  return config;
}

/**
 * Starts Debian's nginx in the foreground on two free loopback ports with the
 * shipped config serving `siteDir` at `base` (`/` or `/wire/`): pid, logs and
 * temp files in a fresh prefix folder, removed by `close()`.
 */
export async function startNginx(siteDir: string, base = '/'): Promise<Nginx> {
  const prefix = mkdtempSync(join(ROOT, 'test/.tmp', 'nginx-'));
  const root = join(prefix, 'www');
  mkdirSync(root);
  const sitePath = join(root, base);
  mkdirSync(join(sitePath, '..'), { recursive: true });
  if (base === '/') rmSync(root, { recursive: true });
  symlinkSync(siteDir, base === '/' ? root : sitePath.replace(/\/$/, ''));
  const ports: [number, number] = [await freePort(), await freePort()];
  const server = renderLocalConfig(readFileSync(SHIPPED_CONFIG, 'utf8'), { ports, root, base });
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // One process in the foreground, owned by the test (no daemon, no workers under another user).
      'daemon off;',
      'master_process off;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
      'events {}',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      `    access_log ${join(prefix, 'access.log')};`,
      server,
      '}',
      '',
    ].join('\n'),
  );
  const pidFile = join(prefix, 'nginx.pid');
  // nginx writes its pid file once its sockets listen.
  const listening = new Promise<void>((resolve) => {
    const watcher = watch(prefix, () => {
      if (existsSync(pidFile)) {
        watcher.close();
        resolve();
      }
    });
  });
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = exited.then(() => {
    const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
    throw new Error(`nginx exited before listening:\n${output}${log}`);
  });
  await Promise.race([listening, failed]);
  failed.catch(() => {});
  return {
    url: `http://127.0.0.1:${ports[1]}`,
    httpUrl: `http://127.0.0.1:${ports[0]}`,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
