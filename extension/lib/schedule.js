// When to review: the fast path (deterministic checks, `llm: false`) after a short typing pause,
// the full review after a longer one, and never an answer to a question nobody asks any more.

export const FAST_PAUSE_MS = 100;
export const FULL_PAUSE_MS = 2000;

/**
 * `run(kind, seq)` starts a review ("fast" or "full"); `seq` numbers every request, and only the
 * newest may be shown (`isCurrent(seq)`). Input restarts both timers and makes any answer still
 * on its way stale, so its caller can abort it.
 */
export function createScheduler({
  run,
  fastPause = FAST_PAUSE_MS,
  fullPause = FULL_PAUSE_MS,
  autoFull = true,
  timers = globalThis,
}) {
  let seq = 0;
  let fastTimer = null;
  let fullTimer = null;

  const clear = () => {
    if (fastTimer !== null) timers.clearTimeout(fastTimer);
    if (fullTimer !== null) timers.clearTimeout(fullTimer);
    fastTimer = fullTimer = null;
  };
  const start = (kind) => {
    seq += 1;
    run(kind, seq);
    return seq;
  };

  return {
    /** The draft changed: what was asked before is stale; review again after the pauses. */
    input() {
      clear();
      seq += 1;
      fastTimer = timers.setTimeout(() => {
        fastTimer = null;
        start("fast");
      }, fastPause);
      if (autoFull) {
        fullTimer = timers.setTimeout(() => {
          fullTimer = null;
          start("full");
        }, fullPause);
      }
    },
    /** Review now (the Review button, a first look at a compose box). */
    now(kind = "full") {
      clear();
      return start(kind);
    },
    isCurrent: (n) => n === seq,
    get seq() {
      return seq;
    },
    get pending() {
      return fastTimer !== null || fullTimer !== null;
    },
    cancel: clear,
  };
}
