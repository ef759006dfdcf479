/**
 * The pure parts of `npm run bench` (scripts/bench.mjs): how figures are aggregated and
 * which target a line is held to on this machine. Kept apart so a test can check them.
 */

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Cores from which the batch-scaling target is held: one for the main thread, the rest for workers. */
export const SCALING_MIN_CORES = 4;
/** N workers must do at least this share of N times what one worker does. */
export const SCALING_EFFICIENCY = 0.8;
/** CPU time per policy on a worker of a 2-worker pool at most this many times the main thread's. */
export const CPU_RATIO_MAX = 1.25;

/**
 * The batch-scaling line for a machine with `cores` cores: how many workers are compared with
 * one, the speed-up they must reach, and whether that is a target (PASS/MISS) or information.
 * With fewer than SCALING_MIN_CORES cores the main thread (handing out policies, parsing
 * results, collecting garbage) and V8's helper threads have no core of their own, so N
 * workers compete with them and the figure measures the machine; it is reported, not judged.
 */
export function scalingTarget(cores) {
  if (!Number.isInteger(cores) || cores < 1) throw new RangeError(`cores must be a positive integer, got ${cores}`);
  if (cores >= SCALING_MIN_CORES) {
    const workers = cores - 1;
    return { workers, target: SCALING_EFFICIENCY * workers, judged: true, reason: `${workers} workers (cores − 1) ≥ ${SCALING_EFFICIENCY}·${workers} × one` };
  }
  return {
    workers: 2,
    target: null,
    judged: false,
    reason: `${cores} core${cores === 1 ? '' : 's'}: the main thread and V8's helper threads share the workers' cores, so the figure measures the machine; the target (cores − 1 workers ≥ ${SCALING_EFFICIENCY}·(cores − 1) × one) is held from ${SCALING_MIN_CORES} cores`,
  };
}

/** PASS (true), MISS (false) or information (null) for a speed-up against `scalingTarget(cores)`. */
export function scalingVerdict(speedup, cores) {
  const t = scalingTarget(cores);
  return t.judged ? speedup >= t.target : null;
}

/** The CPU line: worker CPU time per policy / main-thread CPU time per policy, and its verdict. */
export function cpuRatio(workerNs, workerPolicies, mainNs, mainPolicies) {
  const ratio = workerNs / workerPolicies / (mainNs / mainPolicies);
  return { ratio, pass: Number.isFinite(ratio) ? ratio <= CPU_RATIO_MAX : false };
}

/**
 * A linearity figure from several fresh processes, each of which timed some rounds of
 * one 1x batch and one 10x call: t10 / (10 · t1) per round, the median per process, then the
 * median over processes. One process can be unlucky with its heap (when the collector runs
 * during the 10x call); the median of several is what the code does.
 */
export function linearity(processes) {
  const perProcess = processes.map((p) => median(p.rounds.map((r) => r.t10 / (10 * r.t1))));
  return { ratio: median(perProcess), perProcess };
}

/**
 * CPU time of the calling thread in nanoseconds (Linux: /proc/thread-self/schedstat, read
 * by the thread itself), or null where it cannot be read. Not pure; here so the bench and
 * its worker wrapper read it the same way.
 */
export function threadCpuNs(readFileSync) {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}
