import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertOutboundUrl, isPrivateAddress, OutboundUrlRefused } from './outbound-url.js';

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

test('private, loopback, link-local, CGNAT, unique-local, unspecified and multicast addresses are refused', () => {
  for (const ip of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::a9fe:a9fe',
  ]) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
});

test('public addresses pass', () => {
  for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isPrivateAddress(ip), false, ip);
  }
});

test('only http(s) without credentials', async () => {
  for (const raw of ['ftp://example.com/x', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'https://user:pw@example.com/']) {
    await assert.rejects(assertOutboundUrl(raw, true, resolvesTo('8.8.8.8')), OutboundUrlRefused, raw);
  }
  assert.equal((await assertOutboundUrl('https://example.com/hook', false, resolvesTo('93.184.216.34'))).host, 'example.com');
});

test('in production a host resolving to any private address is refused; allowed when private targets are allowed', async () => {
  await assert.rejects(assertOutboundUrl('http://internal.example/hook', false, resolvesTo('93.184.216.34', '10.0.0.5')), /private/);
  await assert.rejects(assertOutboundUrl('http://127.0.0.1:8080/hook', false, resolvesTo()), /private/);
  await assert.rejects(assertOutboundUrl('http://[::1]:8080/hook', false, resolvesTo()), /private/);
  await assert.rejects(
    assertOutboundUrl('http://nowhere.invalid/', false, async () => {
      throw new Error('ENOTFOUND');
    }),
    /does not resolve/,
  );
  assert.equal((await assertOutboundUrl('http://127.0.0.1:8080/hook', true, resolvesTo())).port, '8080');
});
