/**
 * Entry of an analysis worker thread (bundled as dist/analyze-worker.js): receives `{ id, text }`,
 * answers `{ id, analysis }` or `{ id, error }`. The analysis is the core's, with its entities' join
 * keys added; the main thread inserts it into its Corpus (structured clone carries it across).
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/index';
import { entityKeyStrings } from '../core/corpus/join-keys';
import type { WorkerReply, WorkerRequest } from './analyze-pool';

parentPort?.on('message', ({ id, text }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const analysis = analyzeText(text);
    // Resolution keys here rather than in the main thread, which inserts every analysis in turn.
    analysis.joinKeys = entityKeyStrings(analysis.entities);
    reply = { id, analysis };
  } catch (e) {
    reply = { id, error: `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
  }
  parentPort!.postMessage(reply);
});
