// The storefront's log as the runner relays it (see runStorefront in stack.mjs).
//
// MiniOxygen (workerd) reports one thing as an uncaught error that is not one: when a client leaves
// before its response has been delivered (a closed tab, a cancelled navigation, a test that stops
// reading), workerd fails to hand the response over and logs `Uncaught Error: Network connection
// lost.` from inside the runtime. It happens for any response, even a worker that answers a fixed
// string after a timer, so no application code can catch it (docs/decisions/044-upstream-failures-and-settings.md).
// That exact line is rewritten into a plain notice; everything else, including every JavaScript
// "Uncaught (in promise)" or "Uncaught (in response)" error, passes through untouched.

import {appendFileSync} from 'node:fs';
import readline from 'node:readline';

const CLIENT_LEFT = /^\s*\[Error: Uncaught Error: Network connection lost\.\]\s*$/;

export const CLIENT_LEFT_NOTICE =
  '[trailforge] a client left before its response was delivered (MiniOxygen runtime notice, not an application error)';

// Terminal colour codes, which the CLI adds when it thinks it writes to a terminal.
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is matched
const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;

/** The line to print for one line of the storefront's output. */
export function relayedLine(line) {
  return CLIENT_LEFT.test(line.replace(ANSI_COLOUR, '')) ? CLIENT_LEFT_NOTICE : line;
}

/**
 * Copies a child's output line by line to `out`, rewritten by relayedLine, and also appends it to
 * `logFile` when one is given (TRAILFORGE_SERVER_LOG: the browser tests read the server log there).
 */
export function relayOutput(stream, out, logFile) {
  const lines = readline.createInterface({input: stream, crlfDelay: Infinity});
  lines.on('line', (line) => {
    const relayed = relayedLine(line);
    out.write(`${relayed}\n`);
    if (logFile) {
      try {
        appendFileSync(logFile, `${relayed}\n`);
      } catch {
        // A log copy that cannot be written must not stop the server.
      }
    }
  });
}
