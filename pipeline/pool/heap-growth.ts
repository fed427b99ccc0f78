// How far V8 lets a heap grow between full garbage collections. By default a heap may grow to
// several times its live data: measured on 40 MB of synthetic news with --jobs 2, each of the
// three threads' heaps reached ~230 MB committed while ~45 MB was live after a full collection.
// With a growing factor of 2 (--heap-growing-percent=100) peak RSS fell from 839 to 586 MB for
// the same CPU time (docs/performance.md). The flag is process-wide: it applies to the threads
// started after it is set (the workers) and to this one's next collections, and it changes
// nothing a run computes.
import { setFlagsFromString } from 'node:v8';

let limited = false;

/** Sets V8's heap growing factor for this process, once. */
export function limitHeapGrowth(): void {
  if (limited) return;
  limited = true;
  setFlagsFromString('--heap-growing-percent=100');
}
