/**
 * Entry of the read-ahead thread (bundled as dist/read-worker.js; see read-ahead.ts): receives
 * `{ paths, maxBytes }`, reads each file exactly as the folder scan would in the main thread
 * (readArticleSync: the same limits, refusals and reasons), hashes each text read, and answers
 * the whole request in one message, in the order of `paths`.
 */
import { parentPort } from 'node:worker_threads';
import { contentHash } from './content-hash';
import type { ReadAheadReply, ReadAheadRequest } from './read-ahead';
import { readArticleSync } from './read-article';

parentPort?.on('message', ({ paths, maxBytes }: ReadAheadRequest) => {
  const reads: ReadAheadReply['reads'] = paths.map((path) => {
    const r = readArticleSync(path, maxBytes, false);
    return r.ok ? { r, hash: contentHash(r.text) } : { r };
  });
  parentPort!.postMessage({ reads } satisfies ReadAheadReply);
});
