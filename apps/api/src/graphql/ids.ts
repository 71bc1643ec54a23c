const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id could name a record. Ids that cannot are answered NOT_FOUND like any unknown
 * id, before they reach SQL (where PostgreSQL would reject them as malformed uuids).
 */
export function isRecordId(value: string): boolean {
  return UUID_PATTERN.test(value);
}
