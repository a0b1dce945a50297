/** Token expiry maths with fixed clocks. */
import { describe, expect, it } from 'vitest';
import { DAY_MS, daysLeft, expiryFrom, expiryLevel } from '../../src/operations/token-dates.js';

const NOW = Date.parse('2025-06-01T12:34:56.789Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();

describe('expiryFrom', () => {
  it('is now + days in whole seconds, or null for never', () => {
    expect(expiryFrom(90, NOW)).toBe('2025-08-30T12:34:56.000Z');
    expect(expiryFrom(1, NOW)).toBe('2025-06-02T12:34:56.000Z');
    expect(expiryFrom('never', NOW)).toBeNull();
  });
});

describe('daysLeft', () => {
  it.each([
    [10 * DAY_MS, 10],
    [7 * DAY_MS - 1, 6],
    [DAY_MS - 1, 0],
    [-5 * DAY_MS, 0],
  ])('%i ms before expiry is %i whole days', (ms, days) => {
    expect(daysLeft(at(ms), NOW)).toBe(days);
  });

  it('is undefined for never and for an unreadable date', () => {
    expect(daysLeft(null, NOW)).toBeUndefined();
    expect(daysLeft('soon', NOW)).toBeUndefined();
  });
});

describe('expiryLevel', () => {
  const level = (ms: number, warnDays = 7, expired = false) =>
    expiryLevel({ expiresAt: at(ms), expired }, NOW, warnDays);

  it('warns within warn-days and errors within a day (the portal warns at 7 and 1 days)', () => {
    expect(level(30 * DAY_MS)).toBe('ok');
    expect(level(7 * DAY_MS + 1)).toBe('ok');
    expect(level(7 * DAY_MS)).toBe('warning');
    expect(level(2 * DAY_MS)).toBe('warning');
    expect(level(DAY_MS + 1)).toBe('warning');
    expect(level(DAY_MS)).toBe('error');
    expect(level(60_000)).toBe('error');
    expect(level(0)).toBe('expired');
    expect(level(-DAY_MS)).toBe('expired');
  });

  it('follows warn-days, and keeps the one-day error when warnings are off', () => {
    expect(level(20 * DAY_MS, 30)).toBe('warning');
    expect(level(3 * DAY_MS, 0)).toBe('ok');
    expect(level(DAY_MS / 2, 0)).toBe('error');
  });

  it("believes the provider's expired flag, and knows never and unreadable dates", () => {
    expect(level(30 * DAY_MS, 7, true)).toBe('expired');
    expect(expiryLevel({ expiresAt: null, expired: false }, NOW, 7)).toBe('never');
    expect(expiryLevel({ expiresAt: 'soon', expired: false }, NOW, 7)).toBe('unknown');
  });
});
