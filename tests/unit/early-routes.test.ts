import { compilePath, earlyMatch } from '../../src/http/early-routes';

describe('early routes (served from restify first hook)', () => {
  const route = { method: 'POST', ...compilePath('/s/:code') };

  it('matches the path alone, with its parameters decoded', () => {
    expect(earlyMatch(route, 'POST', '/s/abcDEF0123456789')).toEqual({ code: 'abcDEF0123456789' });
    expect(earlyMatch(route, 'POST', '/s/abc%2Ddef?x=1')).toEqual({ code: 'abc-def' });
  });

  it('leaves every other request to restify', () => {
    expect(earlyMatch(route, 'GET', '/s/abcDEF0123456789')).toBeUndefined();
    expect(earlyMatch(route, 'POST', '/s/abc/form')).toBeUndefined();
    expect(earlyMatch(route, 'POST', '/s/')).toBeUndefined();
    expect(earlyMatch(route, 'POST', '/api/s/abc')).toBeUndefined();
    expect(earlyMatch(route, 'POST', '//s/abc')).toBeUndefined(); // restify's dedupeSlashes and router take it
    expect(earlyMatch(route, 'POST', '/s/%E0%A4%A')).toBeUndefined(); // a malformed escape
  });

  it('escapes the literal parts of a path', () => {
    const dotted = { method: 'GET', ...compilePath('/a.b/:id') };
    expect(earlyMatch(dotted, 'GET', '/a.b/1')).toEqual({ id: '1' });
    expect(earlyMatch(dotted, 'GET', '/aXb/1')).toBeUndefined();
  });
});
