import {describe, expect, it} from 'vitest';
import {keepStreamedScriptsInBody} from '~/lib/shop/document-stream.server';

/** Streams `parts` through the transform, one chunk each, and returns the chunks that came out. */
async function run(parts: string[]): Promise<string[]> {
  const encoder = new TextEncoder();
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  const decoder = new TextDecoder();
  const out: string[] = [];
  const reader = keepStreamedScriptsInBody(source).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) out.push(decoder.decode(next.value));
  return out;
}

const SHELL = '<!DOCTYPE html><html><head><title>t</title></head><body><main>page</main><template id="B:0"></template>';
const LATE = ['<div hidden id="S:0">more</div>', '<script>$RC("B:0","S:0")</script>', '<script>done()</script>'];

describe('keepStreamedScriptsInBody', () => {
  it('moves the end of the document after everything streamed later', async () => {
    const out = await run([`${SHELL}</body></html>`, ...LATE]);
    expect(out.join('')).toBe(`${SHELL}${LATE.join('')}</body></html>`);
  });

  it('still sends the shell as soon as it arrives, before the late chunks', async () => {
    const out = await run([`${SHELL}</body></html>`, ...LATE]);
    expect(out[0]).toBe(SHELL);
  });

  it('finds the end of the document split across chunks, at any byte', async () => {
    const whole = `${SHELL}</body></html>${LATE.join('')}`;
    const end = SHELL.length;
    for (let cut = end - 2; cut <= end + '</body></html>'.length + 1; cut++) {
      const out = await run([whole.slice(0, cut), whole.slice(cut)]);
      expect(out.join(''), `cut at ${cut}`).toBe(`${SHELL}${LATE.join('')}</body></html>`);
    }
  });

  it('moves only the first end: a second one is left where it is', async () => {
    const out = await run([`${SHELL}</body></html>`, '<script>x="</body></html>"</script>']);
    expect(out.join('')).toBe(`${SHELL}<script>x="</body></html>"</script></body></html>`);
  });

  it('leaves a document without the end unchanged, including a partial end at the very end', async () => {
    expect((await run(['<p>a</p>', '</bo'])).join('')).toBe('<p>a</p></bo');
    expect((await run(['<p>a</p><', '/p>'])).join('')).toBe('<p>a</p></p>');
  });

  it('keeps multi-byte characters intact', async () => {
    const out = await run([`${SHELL}é – 🏔</body></html>`, '<script>"ü"</script>']);
    expect(out.join('')).toBe(`${SHELL}é – 🏔<script>"ü"</script></body></html>`);
  });
});
