import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, localAddressOf, siteUrlFrom } from './site-url.ts';

describe('the site address', () => {
  it('defaults to the address npm start serves on', () => {
    expect(siteUrlFrom({})).toBe(DEFAULT_SITE_URL);
    const { host, port, base } = localAddressOf(DEFAULT_SITE_URL);
    expect(`http://${host}:${port}${base}`).toBe(new URL(DEFAULT_SITE_URL).href);
  });

  it('serves a loopback SITE_URL where it says, under its path', () => {
    expect(localAddressOf('http://127.0.0.1:5000/wire')).toEqual({ host: '127.0.0.1', port: 5000, base: '/wire/' });
    expect(localAddressOf('http://localhost:8080/')).toEqual({ host: 'localhost', port: 8080, base: '/' });
  });

  it('serves a public SITE_URL on the default local address, keeping its path', () => {
    expect(localAddressOf('https://example.org/news/wire/')).toEqual({
      host: '127.0.0.1',
      port: 4321,
      base: '/news/wire/',
    });
  });
});
