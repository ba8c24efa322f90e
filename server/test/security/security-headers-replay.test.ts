import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Request, Response } from 'express';
import { helmetSecurityHeaders, securityHeaders } from '../../src/security/security-headers.js';

// securityHeaders() replays what helmet set on a stand-in request (issue #17, speed): the replay must
// be exactly helmet's own output, per request, for every Host a client may send.
function headersAfter(middleware: ReturnType<typeof securityHeaders>, req: { host?: string; secure: boolean }): Record<string, string> {
  const headers = new Map<string, string>([['x-powered-by', 'Express']]);
  const res = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let nextErr: unknown = 'not called';
  const request = { headers: req.host === undefined ? {} : { host: req.host }, secure: req.secure } as unknown as Request;
  middleware(request, res as unknown as Response, (err?: unknown) => (nextErr = err));
  assert.equal(nextErr, undefined, 'next() called without an error');
  return Object.fromEntries([...headers].sort());
}

test('the replayed security headers equal helmet per request (plain, HTTPS, odd and missing Host)', () => {
  const hosts = [undefined, '', 'localhost:3000', 'portal.example.com', '[::1]:8080', 'evil.com;script-src *', 'a b', 'x'.repeat(300)];
  for (const host of hosts) {
    for (const secure of [false, true]) {
      const replayed = headersAfter(securityHeaders(), { host, secure });
      assert.deepEqual(replayed, headersAfter(helmetSecurityHeaders(), { host, secure }), `Host ${JSON.stringify(host)}, secure ${secure}`);
      assert.equal(replayed['x-powered-by'], undefined);
      assert.equal(replayed['strict-transport-security'] !== undefined, secure, 'HSTS only over HTTPS');
    }
  }
  const csp = headersAfter(securityHeaders(), { host: 'portal.example.com', secure: true })['content-security-policy'];
  assert.match(csp, /connect-src 'self' wss:\/\/portal\.example\.com;/);
});
