import { Kind } from 'graphql';
import { DateScalar } from './scalars';

describe('the Date scalar', () => {
  it('passes a calendar day through unchanged, in variables and in literals', () => {
    expect(DateScalar.parseValue('2026-03-14')).toBe('2026-03-14');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-03-14' })).toBe('2026-03-14');
    expect(DateScalar.serialize('2026-03-14')).toBe('2026-03-14');
  });

  it.each(['2026-02-30', '14/03/2026', '2026-03-14T10:00:00Z', 20260314])(
    'rejects %p with BAD_USER_INPUT',
    (value) => {
      expect(() => DateScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    },
  );

  it('rejects a literal that is not a string', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20260314' })).toThrow(
      'Date must be a calendar day written as YYYY-MM-DD',
    );
  });
});
