/**
 * React streams the document shell first, and the shell ends with `</body></html>`. Everything it
 * streams afterwards (the scripts that fill in Suspense boundaries and carry Remix's deferred data)
 * then lands after `</html>`, which is invalid HTML: browsers quietly move it back into the body,
 * validators and some crawlers do not. Crawlers get the same order, only all at once.
 *
 * This holds back the first `</body></html>` and sends it after the last chunk, so the late scripts
 * stay inside <body>. The DOM a browser builds is the same either way, so hydration and deferred
 * data are untouched. It works on bytes: no decoding and re-encoding of the page. (A plain
 * ReadableStream, not a TransformStream: workerd ignores a TransformStream's transformer unless a
 * compatibility flag is on, and would pass the page through unchanged.)
 */
const DOCUMENT_END = new TextEncoder().encode('</body></html>');

export function keepStreamedScriptsInBody(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const mover = documentEndMover();
  return new ReadableStream<Uint8Array>({
    // Each pull must enqueue something or close: the stream does not pull again on its own.
    async pull(controller) {
      for (;;) {
        const next = await reader.read();
        const chunks = next.done ? mover.end() : mover.push(next.value);
        for (const chunk of chunks) controller.enqueue(chunk);
        if (next.done) controller.close();
        if (next.done || chunks.length) return;
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The byte-level state: what to send for each chunk that comes in, and at the end. */
function documentEndMover() {
  let ended = false;
  // The end of the last chunk when it could be the start of DOCUMENT_END split across chunks.
  let carried = new Uint8Array(0);

  return {
    push(chunk: Uint8Array): Uint8Array[] {
      if (ended) return [chunk];
      const bytes = carried.length ? concat(carried, chunk) : chunk;
      const at = indexOf(bytes, DOCUMENT_END);
      if (at >= 0) {
        ended = true;
        carried = new Uint8Array(0);
        return nonEmpty([bytes.subarray(0, at), bytes.subarray(at + DOCUMENT_END.length)]);
      }
      const keep = partialEndLength(bytes);
      carried = bytes.slice(bytes.length - keep);
      return nonEmpty([bytes.subarray(0, bytes.length - keep)]);
    },
    end(): Uint8Array[] {
      return nonEmpty([carried, ended ? DOCUMENT_END : new Uint8Array(0)]);
    },
  };
}

function nonEmpty(chunks: Uint8Array[]): Uint8Array[] {
  return chunks.filter((chunk) => chunk.length > 0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let start = haystack.indexOf(first); start !== -1 && start <= last; start = haystack.indexOf(first, start + 1)) {
    let index = 1;
    while (index < needle.length && haystack[start + index] === needle[index]) index++;
    if (index === needle.length) return start;
  }
  return -1;
}

/** How many bytes at the end of `bytes` are the beginning of DOCUMENT_END (0 when none). */
function partialEndLength(bytes: Uint8Array): number {
  for (let length = Math.min(DOCUMENT_END.length - 1, bytes.length); length > 0; length--) {
    let index = 0;
    while (index < length && bytes[bytes.length - length + index] === DOCUMENT_END[index]) index++;
    if (index === length) return length;
  }
  return 0;
}
