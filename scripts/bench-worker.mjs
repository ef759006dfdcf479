/**
 * The bench's worker module: the library's own worker (dist/batch-worker.js) with the CPU
 * time of each task, as this thread measures it, posted on a BroadcastChannel. Both pools
 * of the batch lines run it, so its small cost (two reads of a /proc file and one message
 * per policy) falls on both alike.
 */
import { readFileSync } from 'node:fs';
import { BroadcastChannel } from 'node:worker_threads';
import extractTask from '../dist/batch-worker.js';
import { threadCpuNs } from './bench-lib.mjs';

const channel = new BroadcastChannel('policylens-bench-cpu');
channel.unref();

export default function benchTask(task) {
  const before = threadCpuNs(readFileSync);
  const out = extractTask(task);
  if (before !== null) channel.postMessage(threadCpuNs(readFileSync) - before);
  return out;
}
