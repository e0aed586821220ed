import test from "node:test";
import assert from "node:assert/strict";
import { createScheduler } from "../lib/schedule.js";

function setup(t, options = {}) {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const runs = [];
  const s = createScheduler({ run: (kind, seq) => runs.push([kind, seq]), fastPause: 100, fullPause: 2000, timers: globalThis, ...options });
  return { s, runs };
}

test("fast review after the short pause, full review after the long one", (t) => {
  const { s, runs } = setup(t);
  s.input();
  t.mock.timers.tick(99);
  assert.deepEqual(runs, []);
  t.mock.timers.tick(1);
  assert.deepEqual(runs.map((r) => r[0]), ["fast"]);
  t.mock.timers.tick(1900);
  assert.deepEqual(runs.map((r) => r[0]), ["fast", "full"]);
});

test("typing restarts the pauses: a burst of keys is one review", (t) => {
  const { s, runs } = setup(t);
  for (let i = 0; i < 10; i++) {
    s.input();
    t.mock.timers.tick(50);
  }
  assert.deepEqual(runs, []);
  t.mock.timers.tick(50);
  assert.equal(runs.length, 1);
});

test("an answer is current only until the next input or request", (t) => {
  const { s, runs } = setup(t);
  s.input();
  t.mock.timers.tick(100);
  const [, fastSeq] = runs[0];
  assert.ok(s.isCurrent(fastSeq));
  s.input(); // the user typed again while the fast review was in flight
  assert.ok(!s.isCurrent(fastSeq));
  const seq = s.now("full");
  assert.ok(s.isCurrent(seq));
  assert.ok(!s.pending, "Review now cancels the pending timers");
});

test("autoFull off: only the fast path runs on its own", (t) => {
  const { s, runs } = setup(t, { autoFull: false });
  s.input();
  t.mock.timers.tick(5000);
  assert.deepEqual(runs.map((r) => r[0]), ["fast"]);
});
