import {describe, expect, it} from 'vitest';
import {CLIENT_LEFT_NOTICE, relayedLine} from '../../scripts/lib/server-log.mjs';

describe('relayedLine', () => {
  it('turns MiniOxygen’s "client left" report into a plain notice', () => {
    expect(relayedLine('[Error: Uncaught Error: Network connection lost.]')).toBe(CLIENT_LEFT_NOTICE);
    expect(relayedLine('\u001b[31m[Error: Uncaught Error: Network connection lost.]\u001b[39m')).toBe(CLIENT_LEFT_NOTICE);
    expect(CLIENT_LEFT_NOTICE).not.toMatch(/uncaught/i);
  });

  it('passes every real error through untouched', () => {
    for (const line of [
      '[Error: Uncaught (in promise) Error: Network connection lost.]',
      '[Error: Uncaught (in response) TypeError: x is not a function]',
      '[Error: Uncaught Error: Something else broke]',
      'Error: Network connection lost. at fetch (worker.js:1:1)',
      '   GET  200  render  /  12ms',
    ]) {
      expect(relayedLine(line)).toBe(line);
    }
  });
});
