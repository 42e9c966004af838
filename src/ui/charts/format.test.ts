import { describe, expect, it } from 'vitest';
import { formatLatency, formatNumber, formatPercent, formatRps, formatSeconds } from './format';

describe('formatLatency', () => {
  it('reads like a person would say it', () => {
    expect(formatLatency(0.42)).toBe('0.42 ms');
    expect(formatLatency(0.1)).toBe('0.1 ms');
    expect(formatLatency(4.25)).toBe('4.3 ms');
    expect(formatLatency(87.3)).toBe('87 ms');
    expect(formatLatency(1234)).toBe('1.2 s');
    expect(formatLatency(12_300)).toBe('12 s');
    expect(formatLatency(210_000)).toBe('3.5 min');
  });
  it('switches unit where rounding would reach the next one', () => {
    expect(formatLatency(999.7)).toBe('1 s');
    expect(formatLatency(9.97)).toBe('10 ms');
    expect(formatLatency(9_990)).toBe('10 s');
  });
  it('shows zero and missing values plainly', () => {
    expect(formatLatency(0)).toBe('0 ms');
    expect(formatLatency(NaN)).toBe('—');
    expect(formatLatency(Infinity)).toBe('—');
  });
});

describe('formatNumber and formatRps', () => {
  it('keeps three significant digits below a thousand', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatNumber(0.4213)).toBe('0.421');
    expect(formatNumber(250)).toBe('250');
  });
  it('abbreviates thousands and millions', () => {
    expect(formatNumber(1234)).toBe('1.2k');
    expect(formatNumber(12_345)).toBe('12k');
    expect(formatNumber(999.96)).toBe('1k');
    expect(formatNumber(3_400_000)).toBe('3.4M');
    expect(formatNumber(-1500)).toBe('-1.5k');
  });
  it('adds the rate unit', () => {
    expect(formatRps(1200)).toBe('1.2k rps');
    expect(formatRps(NaN)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('rounds large shares and keeps a decimal for small ones', () => {
    expect(formatPercent(0.873)).toBe('87%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(NaN)).toBe('—');
  });
});

describe('formatSeconds', () => {
  it('uses seconds for short spans and minutes for long ones', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(2.5)).toBe('2.5 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(150)).toBe('2:30');
    expect(formatSeconds(3600)).toBe('60 min');
  });
});
