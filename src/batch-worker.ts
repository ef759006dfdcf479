/**
 * The worker-thread side of `extractMany`: one extractor per thread, built from the
 * settings the pool was created with, then one policy per task.
 */
import { Tinypool } from 'tinypool';
import type { WorkerConfig, WorkerTask } from './batch.js';
import { createExtractor } from './index.js';
import type { PolicyExtraction } from './types.js';

const config = Tinypool.workerData as WorkerConfig;
const extractor = createExtractor({ lexicons: config.lexicons, segmenter: config.segmenter });

export default function extractTask(task: WorkerTask): PolicyExtraction {
  return extractor.extract(task.text, task.options);
}
