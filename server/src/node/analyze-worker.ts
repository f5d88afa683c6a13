/**
 * Entry of an analysis worker thread (bundled as dist/analyze-worker.js): receives `{ id, text }`,
 * answers `{ id, json }` (the core's analysis with its entities' join keys added, as JSON text,
 * see analysis-json.ts) or `{ id, error }`; the main thread parses it and inserts it into its Corpus.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/index';
import { entityKeyStrings } from '../core/corpus/join-keys';
import type { WorkerReply, WorkerRequest } from './analyze-pool';
import { analysisToJson } from './analysis-json';

parentPort?.on('message', ({ id, text }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const analysis = analyzeText(text);
    // Resolution keys here rather than in the main thread, which inserts every analysis in turn.
    analysis.joinKeys = entityKeyStrings(analysis.entities);
    reply = { id, json: analysisToJson(analysis) };
  } catch (e) {
    reply = { id, error: `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
  }
  parentPort!.postMessage(reply);
});
