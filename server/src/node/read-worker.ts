/**
 * Entry of the read-ahead thread (bundled as dist/read-worker.js; see read-ahead.ts): receives
 * `{ paths, maxBytes }`, reads each file exactly as the folder scan would in the main thread
 * (readArticleSync: the same limits, refusals and reasons), hashes each text read, and answers
 * the whole request in one message, in the order of `paths`, its texts joined (text-pack.ts).
 */
import { parentPort } from 'node:worker_threads';
import { contentHash } from './content-hash';
import type { ReadAheadReply, ReadAheadRequest } from './read-ahead';
import { readArticleSync } from './read-article';
import { packReads, type AheadRead } from './text-pack';

parentPort?.on('message', ({ paths, maxBytes }: ReadAheadRequest) => {
  const reads = paths.map((path): AheadRead => {
    const r = readArticleSync(path, maxBytes, false);
    return r.ok ? { r, hash: contentHash(r.text) } : { r };
  });
  parentPort!.postMessage(packReads(reads) satisfies ReadAheadReply);
});
