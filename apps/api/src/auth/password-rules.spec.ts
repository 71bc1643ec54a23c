import {
  commonPasswordCount,
  isCommonPassword,
  MAX_PASSWORD_LENGTH,
  passwordLength,
  passwordProblem,
} from './password-rules';

const email = 'robin.hale@riverside.example';

describe('password rules', () => {
  it('accepts a long passphrase of unrelated words', () => {
    expect(passwordProblem('kettle orbit lantern moss', email)).toBeNull();
  });

  it('asks for at least 12 characters, counted as people count them', () => {
    expect(passwordProblem('short words', email)).toMatch(/at least 12 characters/);
    // Twelve accented letters are twelve characters, whichever way the keyboard composed them.
    expect(passwordLength('é'.normalize('NFD').repeat(12))).toBe(12);
    expect(passwordProblem('éèêëéèêëéèêë'.normalize('NFD'), email)).toBeNull();
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblem('lantern '.repeat(16), email)).toBeNull();
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH - 1) + 'yz', email)).toMatch(
      /at most 128 characters/,
    );
  });

  it('refuses common passwords whatever their case', () => {
    for (const common of ['password1234', 'PASSWORD1234', 'Qwerty123456', '1q2w3e4r5t6y']) {
      expect(isCommonPassword(common)).toBe(true);
      expect(passwordProblem(common, email)).toMatch(/too common/);
    }
  });

  it('refuses repeated characters and plain runs of any length', () => {
    for (const pattern of [
      'zzzzzzzzzzzzzzzzzzz',
      'abababababababab',
      'abcdefghijklmnopq',
      '98765432109876543',
    ]) {
      expect(passwordProblem(pattern, email)).toMatch(/too common/);
    }
  });

  it("refuses a password containing the email's first part, in any case", () => {
    expect(passwordProblem('my name is Robin.Hale, hi', email)).toMatch(/email address/);
    // Two letters are too common a string to forbid.
    expect(passwordProblem('jo jo lantern moss', 'jo@riverside.example')).toBeNull();
  });

  it('ships a list of a few thousand common passwords, all of 12 characters or more', () => {
    expect(commonPasswordCount()).toBeGreaterThan(1000);
  });
});
