/**
 * The worker-thread side of `extractMany`: one extractor per thread, built from the
 * settings the pool was created with, then one policy per task.
 */
import { Tinypool } from 'tinypool';
import type { WorkerConfig, WorkerTask } from './batch.js';
import { createExtractor } from './extractor.js';

const config = Tinypool.workerData as WorkerConfig;
const extractor = createExtractor({ lexicons: config.lexicons, segmenter: config.segmenter });

/** The result as JSON text: see `ThreadPool` for why text rather than the object. */
export default function extractTask(task: WorkerTask): string {
  return JSON.stringify(extractor.extract(task.text, task.options));
}
