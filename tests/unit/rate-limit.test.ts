import { RateLimiter, SurveyRateLimits } from '../../src/http/rate-limit';

describe('the survey rate limits', () => {
  it('counts a device per link, in its own window', () => {
    let now = 0;
    const limits = new SurveyRateLimits(600, () => now);
    const ask = (code: string, deviceToken: string, client = '10.0.0.1') => limits.check({ code, client, deviceToken });
    for (let i = 0; i < 20; i++) expect(ask('a', 'phone')).toBeUndefined();
    expect(ask('a', 'phone')).toBe('device');
    // The same token on another link, and another token on the same link, have their own counts.
    expect(ask('b', 'phone')).toBeUndefined();
    expect(ask('a', 'tablet')).toBeUndefined();
    now += 60_000;
    expect(ask('a', 'phone')).toBeUndefined();
  });

  it('gives a client a third of the link, and a refused client does not count against the link', () => {
    const limits = new SurveyRateLimits(30, () => 0);
    for (let i = 0; i < 10; i++) expect(limits.check({ code: 'a', client: 'script', deviceToken: `t${i}` })).toBeUndefined();
    for (let i = 10; i < 40; i++) expect(limits.check({ code: 'a', client: 'script', deviceToken: `t${i}` })).toBe('client');
    for (let i = 0; i < 20; i++) expect(limits.check({ code: 'a', client: `phone${i % 2}`, deviceToken: `p${i}` })).toBeUndefined();
    expect(limits.check({ code: 'a', client: 'phone3', deviceToken: 'late' })).toBe('link');
  });

  it('keeps its pairs bounded: past 10,000 it starts over', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    expect(limiter.allowPair('a', 'first')).toBe(true);
    expect(limiter.allowPair('a', 'first')).toBe(false);
    for (let i = 0; i < 10_000; i++) limiter.allowPair(`code${i % 7}`, `token${i}`);
    expect(limiter.allowPair('a', 'first')).toBe(true);
    // allow(key) and allowPair(key, …) count apart.
    expect(limiter.allow('a')).toBe(true);
    expect(limiter.allow('a')).toBe(false);
  });
});
