import type {Router} from '../http/router';

/**
 * A stand-in for Cloudflare Turnstile's siteverify endpoint, for tests and local runs with
 * TURNSTILE_VERIFY_URL pointed here. It passes exactly one answer — Cloudflare's own dummy token,
 * which its test site keys produce — and refuses every other, with Cloudflare's error codes.
 */
export const TURNSTILE_STAND_IN_PATH = '/__emulator/turnstile/siteverify';
export const TURNSTILE_TEST_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX';

async function readFields(request: Request): Promise<{secret: string; response: string}> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const body = (await request.json()) as Record<string, unknown>;
      return {secret: String(body.secret ?? ''), response: String(body.response ?? '')};
    }
    const form = new URLSearchParams(await request.text());
    return {secret: form.get('secret') ?? '', response: form.get('response') ?? ''};
  } catch {
    return {secret: '', response: ''};
  }
}

export function registerTurnstileStandIn(router: Router): void {
  router.post(TURNSTILE_STAND_IN_PATH, async (request) => {
    const {secret, response} = await readFields(request);
    const errors = [
      ...(secret ? [] : ['missing-input-secret']),
      ...(response ? (response === TURNSTILE_TEST_TOKEN ? [] : ['invalid-input-response']) : ['missing-input-response']),
    ];
    return Response.json(
      {success: errors.length === 0, 'error-codes': errors, ...(errors.length ? {} : {hostname: 'localhost', action: '', cdata: ''})},
      {headers: {'cache-control': 'no-store'}},
    );
  });
}
