import {
  DEFAULT_AUDIT_SORT,
  MAX_PAGE_SIZE,
  parseAuditLogFilter,
  parseAuditLogPage,
  parseAuditLogSort,
} from './audit-log-query';
import type { AuditEventSortField } from '../__generated__/resolvers-types';

const badInput = (field: string) =>
  expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } });

describe('checking the audit log query', () => {
  describe('paging', () => {
    it('accepts limits from 1 to 200 and offsets from 0', () => {
      expect(parseAuditLogPage(0, 1)).toEqual({ offset: 0, limit: 1 });
      expect(parseAuditLogPage(400, MAX_PAGE_SIZE)).toEqual({ offset: 400, limit: 200 });
      expect(MAX_PAGE_SIZE).toBe(200);
    });

    it('defaults to the first 50 events', () => {
      expect(parseAuditLogPage(undefined, undefined)).toEqual({ offset: 0, limit: 50 });
    });

    it.each([0, -1, 201, 1.5])('refuses the limit %p naming the field', (limit) => {
      expect(() => parseAuditLogPage(0, limit)).toThrow(badInput('limit'));
    });

    it.each([-1, 0.5])('refuses the offset %p naming the field', (offset) => {
      expect(() => parseAuditLogPage(offset, 10)).toThrow(badInput('offset'));
    });
  });

  describe('filters', () => {
    it('matches everything when there is no filter', () => {
      expect(parseAuditLogFilter(undefined)).toEqual({
        actorId: null,
        clientId: null,
        action: null,
        occurredFrom: null,
        occurredBefore: null,
      });
    });

    it('reads from and to as inclusive UTC days: from midnight to the next midnight', () => {
      const filter = parseAuditLogFilter({ from: '2026-03-01', to: '2026-03-14' });
      expect(filter.occurredFrom?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
      expect(filter.occurredBefore?.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    });

    it('accepts a single day', () => {
      const filter = parseAuditLogFilter({ from: '2026-12-31', to: '2026-12-31' });
      expect(filter.occurredBefore?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    });

    it('refuses a range that ends before it starts', () => {
      expect(() => parseAuditLogFilter({ from: '2026-03-14', to: '2026-03-13' })).toThrow(
        badInput('filter.to'),
      );
    });

    it('accepts ids in any case and compares them lowercased, as PostgreSQL stores them', () => {
      const filter = parseAuditLogFilter({
        actorId: '2D9F3A1B-4C5E-4F6A-9B0C-1D2E3F4A5B6C',
        clientId: '3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
      });
      expect(filter.actorId).toBe('2d9f3a1b-4c5e-4f6a-9b0c-1d2e3f4a5b6c');
      expect(filter.clientId).toBe('3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d');
    });

    it.each([
      ['actorId', 'filter.actorId'],
      ['clientId', 'filter.clientId'],
    ])('refuses a %s that cannot be an id', (key, field) => {
      expect(() => parseAuditLogFilter({ [key]: "1' OR '1'='1" })).toThrow(badInput(field));
    });

    it('accepts a known action and refuses anything else', () => {
      expect(parseAuditLogFilter({ action: 'PERMISSION_DENIED' }).action).toBe('PERMISSION_DENIED');
      expect(() => parseAuditLogFilter({ action: 'DROP TABLE' })).toThrow(
        badInput('filter.action'),
      );
    });
  });

  describe('sorting', () => {
    it('defaults to newest first', () => {
      expect(parseAuditLogSort(null)).toEqual(DEFAULT_AUDIT_SORT);
      expect(DEFAULT_AUDIT_SORT).toEqual({ field: 'SEQUENCE', direction: 'DESC' });
    });

    it.each<AuditEventSortField>([
      'SEQUENCE',
      'OCCURRED_AT',
      'ACTOR',
      'ACTION',
      'ENTITY_TYPE',
      'ENTITY_ID',
      'CLIENT_ID',
      'OUTCOME',
    ])('sorts on %s in either direction', (field) => {
      expect(parseAuditLogSort({ field, direction: 'ASC' })).toEqual({ field, direction: 'ASC' });
      expect(parseAuditLogSort({ field, direction: 'DESC' })).toEqual({ field, direction: 'DESC' });
    });

    it('refuses a column outside the whitelist, even one slipped past the schema', () => {
      const sort = {
        field: 'hash; DROP TABLE audit_event' as AuditEventSortField,
        direction: 'ASC' as const,
      };
      expect(() => parseAuditLogSort(sort)).toThrow(badInput('sort.field'));
    });

    it('refuses a direction other than ASC or DESC', () => {
      const sort = { field: 'SEQUENCE' as const, direction: 'SIDEWAYS' as 'ASC' };
      expect(() => parseAuditLogSort(sort)).toThrow(badInput('sort.direction'));
    });
  });
});
