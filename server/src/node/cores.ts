import { availableParallelism, cpus } from 'node:os';

/** How many threads can run at once on this machine (`availableParallelism`, or the CPU count on older Node). */
export function coreCount(): number {
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
}
