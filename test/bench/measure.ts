/** Small timing helpers for `npm run bench`: medians over repeated runs after a warm-up. */
import { performance } from 'node:perf_hooks';

export type Timing = { name: string; median: number; min: number; runs: number };

export function measure(name: string, run: () => unknown, runs = 30, warmUp = 5): Timing {
  for (let i = 0; i < warmUp; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median =
    times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return { name, median, min: times[0] ?? 0, runs };
}

export function formatTiming(t: Timing): string {
  return `${t.name.padEnd(48)} median ${t.median.toFixed(2).padStart(8)} ms   min ${t.min.toFixed(2).padStart(8)} ms   (${t.runs} runs)`;
}
