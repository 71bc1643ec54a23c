import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

// TOTP secrets must be read back to check codes, so unlike passwords they cannot be hashed.
// They are sealed with AES-256-GCM under a key that never enters the database: a leaked dump
// or backup alone yields no second factors. The key is WAYPOINT_SECRET_KEY when set (required
// when several processes share one database: they must share the key), otherwise a file made
// once in the data folder, readable only by its owner, beside the embedded database's password.
// Each sealed value is bound to its clinician's id (GCM additional data), so a row copied onto
// another account does not open.

const KEY_FILE = 'secret-key';
const FORMAT = 'v1';
const IV_BYTES = 12;

const keys = new Map<string, Promise<Buffer>>();

/** The install's sealing key: from the configuration, or the data folder's key file. */
export function secretKey(config: Config): Promise<Buffer> {
  if (config.secretKey) return Promise.resolve(config.secretKey);
  let key = keys.get(config.dataDirectory);
  if (!key) {
    key = readOrCreateKeyFile(path.join(config.dataDirectory, KEY_FILE));
    keys.set(config.dataDirectory, key);
    // A failure (an unwritable folder) is not cached: the next request tries again.
    key.catch(() => keys.delete(config.dataDirectory));
  }
  return key;
}

async function readOrCreateKeyFile(file: string): Promise<Buffer> {
  const existing = await fs.readFile(file, 'utf8').catch(() => null);
  if (existing !== null) return decodeKey(existing, file);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const created = randomBytes(32).toString('hex');
  try {
    // 'wx': of two processes creating the key at once, one wins and the other reads its key.
    await fs.writeFile(file, `${created}\n`, { mode: 0o600, flag: 'wx' });
    return Buffer.from(created, 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return decodeKey(await fs.readFile(file, 'utf8'), file);
  }
}

function decodeKey(text: string, file: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} does not hold a 32-byte hex key`);
  return Buffer.from(hex, 'hex');
}

/** Seals a secret for one clinician: 'v1.<iv>.<ciphertext>.<tag>', all base64url. */
export function seal(key: Buffer, plaintext: Buffer, clinicianId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(clinicianId));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const parts = [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
  return [FORMAT, ...parts].join('.');
}

/** Opens a sealed secret of this clinician; throws when it was altered or sealed for another. */
export function unseal(key: Buffer, sealed: string, clinicianId: string): Buffer {
  const [format, iv, ciphertext, tag] = sealed.split('.');
  if (format !== FORMAT || !iv || !ciphertext || !tag) throw new Error('Unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(clinicianId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
}
