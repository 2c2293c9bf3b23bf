import {describe, expect, it} from 'vitest';
import {OptionError, PAGES, parseOptions} from '../../../scripts/bench/options.mjs';

const parse = (argv: string[], env: Record<string, string> = {}) => parseOptions(argv, env, {home: '/home/me', cwd: '/repo'});

describe('bench options', () => {
  it('runs everything by default, on the issue’s settings', () => {
    const options = parse([]);
    expect(options.parts).toEqual(['server', 'lighthouse', 'clientjs']);
    expect(options.pages).toEqual(Object.keys(PAGES));
    expect(options.sites).toEqual(['ours', 'starter']);
    expect(options).toMatchObject({lighthouseRuns: 5, connections: 10, latencyMs: 50, build: true, outDir: '/repo/bench-results'});
    expect(options.cacheDir).toBe('/home/me/.cache/trailforge-bench');
    expect(options.ports).toEqual({ours: 3330, starter: 3331, limit: 3332, emulator: 4330, chromium: 4331});
  });

  it('runs a subset from flags, which win over the environment', () => {
    const options = parse(['--only=server', '--pages=search,article', '--runs=1', '--no-build'], {BENCH_ONLY: 'lighthouse', BENCH_LIGHTHOUSE_RUNS: '3'});
    expect(options.parts).toEqual(['server']);
    expect(options.pages).toEqual(['article', 'search']);
    expect(options.lighthouseRuns).toBe(1);
    expect(options.build).toBe(false);
  });

  it('reads the environment, the XDG cache folder and a cache override', () => {
    expect(parse([], {BENCH_LIGHTHOUSE_RUNS: '2', EMULATOR_LATENCY_MS: '0', BENCH_NO_BUILD: '1'})).toMatchObject({lighthouseRuns: 2, latencyMs: 0, build: false});
    expect(parse([], {XDG_CACHE_HOME: '/xdg'}).cacheDir).toBe('/xdg/trailforge-bench');
    expect(parse([], {XDG_CACHE_HOME: '/xdg', BENCH_CACHE_DIR: '/elsewhere'}).cacheDir).toBe('/elsewhere');
    expect(parse([], {BENCH_PORT: '5000'}).ports).toMatchObject({ours: 5000, starter: 5001, limit: 5002});
  });

  it('names what it cannot read', () => {
    expect(() => parse(['--pages=checkout'])).toThrow(OptionError);
    expect(() => parse(['--pages=checkout'])).toThrow(/--pages takes .*home.*"checkout"/);
    expect(() => parse(['--runs=0'])).toThrow(/--runs must be a whole number from 1/);
    expect(() => parse(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parse(['article'])).toThrow(/unknown argument "article"/);
  });
});
