import { TEXT_LIMITS, type TextField } from '@waypoint/shared';
import { apiError } from './errors';
import { isRecordId } from './ids';

// The checks every mutation's input goes through before anything is written. Each throws
// BAD_USER_INPUT naming the field (as the contract spells it), so a form can point at it.

/** Trims text; throws when it is empty or longer than the field allows. */
export function requiredText(
  value: string,
  field: string,
  limit: TextField,
  label: string,
): string {
  const text = value.trim();
  if (text.length === 0) throw apiError('BAD_USER_INPUT', `${label} cannot be empty`, field);
  return withinLimit(text, field, limit, label);
}

/** Trims text; blank or missing is null; throws when it is longer than the field allows. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  limit: TextField,
  label: string,
): string | null {
  const text = value?.trim() ?? '';
  return text.length === 0 ? null : withinLimit(text, field, limit, label);
}

function withinLimit(text: string, field: string, limit: TextField, label: string): string {
  const maximum = TEXT_LIMITS[limit];
  if (text.length > maximum) {
    throw apiError('BAD_USER_INPUT', `${label} can be at most ${maximum} characters`, field);
  }
  return text;
}

/**
 * The latest calendar day anywhere right now: UTC+14 (Kiribati). A day after it is in the
 * future for everyone, whatever time zone the clinician's browser is in.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Today as the server's UTC clock tells it, for dates left out of an input. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Throws when a day (already a valid Date scalar) lies in the future everywhere. */
export function notInFuture(day: string, field: string, label: string): string {
  if (day > latestToday())
    throw apiError('BAD_USER_INPUT', `${label} cannot be in the future`, field);
  return day;
}

/** An integer within bounds, or BAD_USER_INPUT naming the field. */
export function integerBetween(
  value: number,
  minimum: number,
  maximum: number,
  field: string,
  label: string,
): number {
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw apiError(
      'BAD_USER_INPUT',
      `${label} must be a whole number from ${minimum} to ${maximum}`,
      field,
    );
  }
  return value;
}

/** An id in an input that names no record the viewer can see: NOT_FOUND naming the field. */
export function unknownRecord(what: string, field: string): Error {
  return apiError('NOT_FOUND', `${what} not found`, field);
}

/** Throws NOT_FOUND for an id that cannot name a record at all. */
export function recordId(value: string, what: string, field: string): string {
  if (!isRecordId(value)) throw unknownRecord(what, field);
  return value;
}

/** The answer when a save was made on a version someone else has since replaced. */
export function staleVersion(what: string): Error {
  return apiError(
    'CONFLICT',
    `This ${what} was changed by someone else since you opened it. Review both versions and choose`,
    'version',
  );
}
