// A server started in the background by a measuring script (`npm run bench`; the load test can use it too):
// its own process group, so stopping it stops everything it started (the CLI, MiniOxygen, workerd),
// and its output in a log file, so the measuring script's own output stays readable.
import {spawn} from 'node:child_process';
import {mkdirSync, openSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from './stack.mjs';

/**
 * @param {object} options
 * @param {string} options.command
 * @param {string[]} options.args
 * @param {string} options.logFile   where its stdout and stderr go (truncated)
 * @param {string} [options.cwd]      default: the repository
 * @param {Record<string, string>} [options.env]   added to this process's environment
 */
export function startBackground({command, args, logFile, cwd = ROOT, env = {}}) {
  mkdirSync(path.dirname(logFile), {recursive: true});
  const log = openSync(logFile, 'w');
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', log, log],
    env: {...process.env, SHOPIFY_CLI_NO_ANALYTICS: '1', ...env},
  });
  const isAlive = () => child.exitCode === null && child.signalCode === null;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const stop = () =>
    new Promise((resolve) => {
      if (!isAlive()) return resolve();
      child.once('exit', () => resolve());
      signal('SIGTERM');
      setTimeout(() => signal('SIGKILL'), 10_000).unref();
    });
  return {child, logFile, isAlive, stop};
}
