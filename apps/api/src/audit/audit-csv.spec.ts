import { neutraliseFormula, toAuditCsv, toCsvField } from './audit-csv';
import type { AuditLogRow } from './audit-log.repository';

const row: AuditLogRow = {
  id: '7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b11',
  practiceId: '1c8e2f0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  sequence: 7,
  occurredAt: '2026-03-14T09:30:00.123456Z',
  actorId: '2d9f3a1b-4c5e-4f6a-9b0c-1d2e3f4a5b6c',
  actorDisplayName: 'Maya Lindqvist',
  action: 'CLIENT_VIEWED',
  entityType: 'CLIENT',
  entityId: '3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientId: '3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d',
  requestId: 'a1b2c3d4-0000-4000-8000-000000000001',
  outcome: 'SUCCESS',
  previousHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

describe('the audit log as CSV', () => {
  it('starts with a header row and ends every record with CRLF (RFC 4180)', () => {
    const csv = toAuditCsv([row]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Sequence,Event ID,Occurred at (UTC),Actor ID,Actor,Action,Entity type,Entity ID,' +
        'Client ID,Request ID,Outcome,Previous hash,Hash',
    );
    expect(lines[1]).toBe(
      '7,7b0c5a3e-1f1d-4c55-9a43-6f0e2d1c9b11,2026-03-14T09:30:00.123456Z,' +
        '2d9f3a1b-4c5e-4f6a-9b0c-1d2e3f4a5b6c,Maya Lindqvist,CLIENT_VIEWED,CLIENT,' +
        '3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d,3e0a4b2c-5d6f-4a7b-8c9d-0e1f2a3b4c5d,' +
        `a1b2c3d4-0000-4000-8000-000000000001,SUCCESS,${'a'.repeat(64)},${'b'.repeat(64)}`,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('is only the header row when nothing matches', () => {
    expect(toAuditCsv([]).split('\r\n')).toHaveLength(2);
  });

  it('leaves the actor columns empty for an anonymous attempt', () => {
    const anonymous = { ...row, actorId: null, actorDisplayName: null, clientId: null };
    expect(toAuditCsv([anonymous]).split('\r\n')[1]).toContain(
      '2026-03-14T09:30:00.123456Z,,,CLIENT_VIEWED',
    );
  });

  it.each([
    ['plain', 'plain'],
    ['Lindqvist, Maya', '"Lindqvist, Maya"'],
    ['Maya "May" Lindqvist', '"Maya ""May"" Lindqvist"'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('escapes %j as %j', (value, expected) => {
    expect(toCsvField(value)).toBe(expected);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tTAB', '=HYPERLINK("http://x","y")'])(
    'neutralises the formula-like cell %j with a leading apostrophe',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
      expect(toCsvField(value).replace(/^"/, '').startsWith(`'`)).toBe(true);
    },
  );

  it('neutralises and quotes together, so a formula cannot escape its cell', () => {
    expect(toCsvField('=cmd|"/c calc",A1')).toBe(`"'=cmd|""/c calc"",A1"`);
  });

  it('neutralises an actor display name that starts like a formula', () => {
    const hostile = { ...row, actorDisplayName: '=HYPERLINK("http://evil","click")' };
    expect(toAuditCsv([hostile])).toContain(`,"'=HYPERLINK(""http://evil"",""click"")",`);
  });

  it('leaves cells that only contain formula characters later unchanged', () => {
    expect(neutraliseFormula('Maya-Lindqvist')).toBe('Maya-Lindqvist');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });
});
