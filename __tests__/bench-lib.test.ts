/** The pure logic of `npm run bench` (scripts/bench-lib.mjs): targets by machine, and medians. */
// @ts-expect-error: a plain .mjs script without types
import { CPU_RATIO_MAX, cpuRatio, linearity, median, scalingTarget, scalingVerdict } from '../scripts/bench-lib.mjs';

interface Target {
  workers: number;
  target: number | null;
  judged: boolean;
  reason: string;
}
const target = scalingTarget as (cores: number) => Target;

describe('the batch-scaling target follows the machine', () => {
  it('from 4 cores: cores − 1 workers must reach 0.8 × that many times one worker', () => {
    expect(target(4)).toMatchObject({ workers: 3, judged: true });
    expect(target(4).target).toBeCloseTo(2.4);
    expect(target(8)).toMatchObject({ workers: 7, judged: true });
    expect(target(8).target).toBeCloseTo(5.6);
    expect(scalingVerdict(2.5, 4)).toBe(true);
    expect(scalingVerdict(2.3, 4)).toBe(false);
  });

  it('below 4 cores: 2 workers against one, reported as information with the reason', () => {
    for (const cores of [1, 2, 3]) {
      const t = target(cores);
      expect(t).toMatchObject({ workers: 2, target: null, judged: false });
      expect(t.reason).toMatch(/main thread/);
      expect(t.reason).toMatch(/4 cores/);
      expect(scalingVerdict(1.2, cores)).toBeNull();
    }
  });

  it('refuses a core count that is not a positive integer', () => {
    expect(() => target(0)).toThrow(RangeError);
    expect(() => target(2.5)).toThrow(RangeError);
  });
});

describe('the CPU line: a worker of a 2-worker pool against this thread, per policy', () => {
  it('divides CPU time per policy and holds it to 1.25', () => {
    expect(CPU_RATIO_MAX).toBe(1.25);
    expect(cpuRatio(240e6, 20, 100e6, 10)).toEqual({ ratio: 1.2, pass: true });
    expect(cpuRatio(260e6, 20, 100e6, 10).pass).toBe(false);
    expect(cpuRatio(0, 0, 100e6, 10).pass).toBe(false);
  });
});

describe('linearity from several fresh processes', () => {
  it('takes the median of rounds in each process, then the median over processes', () => {
    const p = (...ratios: number[]) => ({ rounds: ratios.map((r) => ({ t1: 10, t10: 100 * r })) });
    // One process whose collector struck in every round does not move the figure.
    const { ratio, perProcess } = linearity([p(1.0, 1.1, 1.05), p(1.7, 1.74, 1.6), p(0.98, 1.02, 1.0)]);
    expect(perProcess.map((x: number) => +x.toFixed(2))).toEqual([1.05, 1.7, 1.0]);
    expect(ratio).toBeCloseTo(1.05);
  });

  it('median of an even count is the mean of the middle two; of nothing, NaN', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
