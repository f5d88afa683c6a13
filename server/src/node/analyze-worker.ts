/**
 * Entry of an analysis worker thread (bundled as dist/analyze-worker.js): receives a batch of
 * `{ id, text }` and answers them all in one message, each with `{ id, json }` (the core's analysis
 * with its entities' join keys added, as JSON text, see analysis-json.ts and worker-json.ts) or
 * `{ id, error }`; the main thread parses it and inserts it into its Corpus.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/index';
import { entityKeyStrings } from '../core/corpus/join-keys';
import type { WorkerBatch, WorkerBatchReply, WorkerReply } from './analyze-pool';
import { consumeToJson } from './worker-json';

function analyze(id: number, text: string): WorkerReply {
  try {
    const analysis = analyzeText(text);
    // Resolution keys here rather than in the main thread, which inserts every analysis in turn.
    analysis.joinKeys = entityKeyStrings(analysis.entities);
    return { id, json: consumeToJson(analysis) };
  } catch (e) {
    return { id, error: `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
  }
}

parentPort?.on('message', ({ jobs }: WorkerBatch) => {
  const reply: WorkerBatchReply = { replies: jobs.map(({ id, text }) => analyze(id, text)) };
  parentPort!.postMessage(reply);
});
