import {
  decodeBase32,
  encodeBase32,
  hotp,
  matchTotpStep,
  otpauthUri,
  totp,
  totpStep,
} from './totp';

// The shared secret of both RFCs' test vectors: the ASCII string "12345678901234567890".
const rfcSecret = Buffer.from('12345678901234567890', 'ascii');

describe('HOTP', () => {
  // RFC 4226 Appendix D: counters 0..9, 6 digits.
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('gives the RFC 4226 value for counter %i', (counter, expected) => {
    expect(hotp(rfcSecret, counter)).toBe(expected);
  });
});

describe('TOTP', () => {
  // RFC 6238 Appendix B, the SHA1 rows, 8 digits.
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC 6238 value at %i seconds', (seconds, expected) => {
    expect(totp(rfcSecret, new Date(seconds * 1000), 8)).toBe(expected);
  });

  it('accepts the code of the step before and after, for clocks a little off', () => {
    const now = new Date(1_700_000_000_000);
    const step = totpStep(now);
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step - 1), now, null)).toBe(step - 1);
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step), now, null)).toBe(step);
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step + 1), now, null)).toBe(step + 1);
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step - 2), now, null)).toBeNull();
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step + 2), now, null)).toBeNull();
  });

  it('never accepts a code twice, nor one older than the last accepted', () => {
    const now = new Date(1_700_000_000_000);
    const step = totpStep(now);
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step), now, step)).toBeNull();
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step - 1), now, step)).toBeNull();
    expect(matchTotpStep(rfcSecret, hotp(rfcSecret, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses anything but six digits', () => {
    const now = new Date(1_700_000_000_000);
    const code = totp(rfcSecret, now);
    expect(matchTotpStep(rfcSecret, ` ${code}`, now, null)).toBeNull();
    expect(matchTotpStep(rfcSecret, code.slice(1), now, null)).toBeNull();
    expect(matchTotpStep(rfcSecret, 'abcdef', now, null)).toBeNull();
  });
});

describe('base32', () => {
  // RFC 4648 section 10, padding left off as authenticator apps expect.
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('encodes %p as the RFC 4648 value and back', (text, encoded) => {
    expect(encodeBase32(Buffer.from(text))).toBe(encoded);
    expect(decodeBase32(encoded).toString()).toBe(text);
  });

  it('reads secrets typed by hand: lower case, spaces and padding', () => {
    expect(decodeBase32('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(rfcSecret);
    expect(decodeBase32('MZXW6YQ=')).toEqual(Buffer.from('foob'));
    expect(() => decodeBase32('MZXW1')).toThrow();
  });
});

describe('the otpauth address', () => {
  it('names the issuer and the account, and carries the secret in base32', () => {
    const uri = otpauthUri(rfcSecret, {
      issuer: 'Waypoint',
      labelPrefix: 'Riverside Counselling',
      accountName: 'sam@example.org',
    });
    expect(uri).toBe(
      'otpauth://totp/Riverside%20Counselling:sam%40example.org' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Waypoint&algorithm=SHA1&digits=6&period=30',
    );
  });
});
