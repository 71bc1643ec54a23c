import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { seal, secretKey, unseal } from './secret-box';

describe('sealed TOTP secrets', () => {
  const key = randomBytes(32);
  const secret = randomBytes(20);
  const clinicianId = '6f1c1c1e-8a7b-4f0e-9d35-1f2a3b4c5d6e';

  it('open with the same key for the same clinician', () => {
    const sealed = seal(key, secret, clinicianId);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(unseal(key, sealed, clinicianId)).toEqual(secret);
  });

  it('never open for another clinician, with another key, or once altered', () => {
    const sealed = seal(key, secret, clinicianId);
    expect(() => unseal(key, sealed, '00000000-0000-4000-8000-000000000000')).toThrow();
    expect(() => unseal(randomBytes(32), sealed, clinicianId)).toThrow();
    const [format, iv, ciphertext, tag] = sealed.split('.');
    const altered = Buffer.from(ciphertext, 'base64url');
    altered[0] ^= 1;
    expect(() =>
      unseal(key, [format, iv, altered.toString('base64url'), tag].join('.'), clinicianId),
    ).toThrow();
  });

  it('use a key file made once in the data folder, readable only by its owner', async () => {
    const dataDirectory = mkdtempSync(path.join(os.tmpdir(), 'waypoint-key-'));
    const config = loadConfig({ WAYPOINT_DATA_DIR: dataDirectory });
    const first = await secretKey(config);
    const file = path.join(dataDirectory, 'secret-key');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('hex'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await secretKey(config)).toEqual(first);
  });

  it('use WAYPOINT_SECRET_KEY when set', async () => {
    const configured = randomBytes(32);
    const config = loadConfig({ WAYPOINT_SECRET_KEY: configured.toString('hex') });
    expect(await secretKey(config)).toEqual(configured);
  });
});
