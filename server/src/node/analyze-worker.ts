/**
 * Entry of an analysis worker thread (bundled as dist/analyze-worker.js): receives `{ id, text }`,
 * answers `{ id, json }` (the core's analysis as JSON text, see analysis-json.ts) or `{ id, error }`;
 * the main thread parses it and inserts it into its Corpus.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/index';
import type { WorkerReply, WorkerRequest } from './analyze-pool';
import { analysisToJson } from './analysis-json';

parentPort?.on('message', ({ id, text }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, json: analysisToJson(analyzeText(text)) };
  } catch (e) {
    reply = { id, error: `analysis failed: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
  }
  parentPort!.postMessage(reply);
});
