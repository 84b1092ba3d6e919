import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './client-address';

describe('clientAddress', () => {
  it('trusts no forwarded header when TRUST_PROXY is 0: the peer address, whatever the client sends', () => {
    for (const forwardedFor of ['6.6.6.6', '6.6.6.6, 7.7.7.7', '', null]) {
      expect(clientAddress({ trustProxy: 0, peer: '203.0.113.9', forwardedFor })).toBe('203.0.113.9');
    }
    expect(clientAddress({ trustProxy: 0, peer: undefined, forwardedFor: '6.6.6.6' })).toBe('unknown');
  });

  it('takes the Nth entry from the right with N trusted proxies', () => {
    // The client wrote 6.6.6.6; the one proxy appended the address it saw.
    expect(clientAddress({ trustProxy: 1, peer: '10.0.0.2', forwardedFor: '6.6.6.6, 198.51.100.4' })).toBe('198.51.100.4');
    expect(clientAddress({ trustProxy: 2, peer: '10.0.0.2', forwardedFor: '6.6.6.6, 198.51.100.4, 10.0.0.7' })).toBe('198.51.100.4');
    expect(clientAddress({ trustProxy: 1, peer: '10.0.0.2', forwardedFor: '198.51.100.4' })).toBe('198.51.100.4');
  });

  it('falls back to the furthest entry for a short chain, and to the peer with no header', () => {
    expect(clientAddress({ trustProxy: 3, peer: '10.0.0.2', forwardedFor: '198.51.100.4, 10.0.0.7' })).toBe('198.51.100.4');
    expect(clientAddress({ trustProxy: 1, peer: '10.0.0.2', forwardedFor: ' , ' })).toBe('10.0.0.2');
    expect(clientAddress({ trustProxy: 1, peer: '10.0.0.2', forwardedFor: null })).toBe('10.0.0.2');
  });
});

describe('addressKey', () => {
  it('normalises IPv4 forms', () => {
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('198.51.100.4:5123')).toBe('198.51.100.4');
    expect(addressKey(' 198.51.100.4 ')).toBe('198.51.100.4');
  });

  it('groups IPv6 addresses by /64, so rotating within a subscriber prefix does not help', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('keeps unknown text, bounded, and names a missing address', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('')).toBe('unknown');
    expect(addressKey('not-an-ip')).toBe('not-an-ip');
    expect(addressKey('x'.repeat(500))).toHaveLength(100);
    expect(addressKey('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9');
  });
});
