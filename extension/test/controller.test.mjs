import test from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

// jsdom has no layout: no ResizeObserver, no Range rects. The controller's wiring does not need them.
function setup(html) {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { pretendToBeVisual: true });
  const { window } = dom;
  window.ResizeObserver = class { observe() {} disconnect() {} };
  window.Range.prototype.getClientRects = () => [];
  window.Range.prototype.getBoundingClientRect = () => ({ left: 0, top: 0, width: 0, height: 0 });
  return window;
}

function transport() {
  const calls = [];
  let cancels = 0;
  return {
    calls,
    get cancels() {
      return cancels;
    },
    review: (body) => new Promise((resolve, reject) => calls.push({ body, resolve, reject })),
    cancel: () => {
      cancels += 1;
    },
  };
}

const result = (draft, words) => ({
  suggestions: words.map((w, i) => ({ id: `s${i}`, rule: "r.x", category: "spelling", severity: "warning", start: draft.indexOf(w), end: draft.indexOf(w) + w.length, text: w, message: w, replacements: [] })),
  questions: [],
  llm: { used: false },
  degraded: false,
});

const tick = (ms) => new Promise((r) => setTimeout(r, ms));

test("an answer to an older draft is dropped, the in-flight request cancelled, the newest one drawn", async () => {
  const window = setup('<div id="e" contenteditable="true"><div>Hi John</div></div>');
  const { mountReview } = await import("../lib/controller.js");
  const editor = window.document.getElementById("e");
  const t = transport();
  const session = mountReview(editor, { review: t.review, cancel: t.cancel, incoming: () => "Thanks, Maria", fastPause: 10, autoFull: false });
  const badge = session.overlay.badge;
  assert.equal(t.calls.length, 1, "a first look at a box that already has text");
  assert.equal(t.calls[0].body.draft, "Hi John");
  assert.equal(t.calls[0].body.llm, false);
  assert.equal(t.calls[0].body.incoming, "Thanks, Maria");

  editor.firstChild.textContent = "Hi Johnny";
  editor.dispatchEvent(new window.Event("input", { bubbles: true }));
  assert.equal(t.cancels, 1, "the old request is cancelled on input");
  t.calls[0].resolve(result("Hi John", ["Hi", "John", "Hi John"]));
  await tick(0);
  assert.notEqual(badge.textContent, "3", "the stale answer is not shown");

  await tick(30);
  assert.equal(t.calls.length, 2);
  assert.equal(t.calls[1].body.draft, "Hi Johnny");
  t.calls[1].resolve(result("Hi Johnny", ["Johnny"]));
  await tick(0);
  assert.equal(badge.textContent, "1");
  assert.equal(session.openErrors().length, 0);

  // Typing with nothing in flight sends no cancel.
  editor.firstChild.textContent = "Hi Johnny!";
  editor.dispatchEvent(new window.Event("input", { bubbles: true }));
  assert.equal(t.cancels, 1);
  session.destroy();
  assert.equal(window.document.querySelectorAll("[data-tactful]").length, 0);
});

test("a failed review shows the server as unreachable, and a later success clears it", async () => {
  const window = setup('<div id="e" contenteditable="true"><div>Hi</div></div>');
  const { mountReview, ReviewError } = await import("../lib/controller.js");
  const editor = window.document.getElementById("e");
  const t = transport();
  const session = mountReview(editor, { review: t.review, fastPause: 10, autoFull: false });
  t.calls[0].reject(new ReviewError("unreachable", "The review server is not reachable."));
  await tick(0);
  assert.equal(session.overlay.badge.textContent, "!");
  session.refresh("fast");
  t.calls[1].resolve(result("Hi", []));
  await tick(0);
  assert.equal(session.overlay.badge.textContent, "✓");
  session.destroy();
});

test("a check that failed on the server is named in the panel's note, as an error", async () => {
  const window = setup('<div id="e" contenteditable="true"><div>Hi John</div></div>');
  const { mountReview } = await import("../lib/controller.js");
  const editor = window.document.getElementById("e");
  const t = transport();
  const session = mountReview(editor, { review: t.review, fastPause: 10, autoFull: false, openPanel: true });
  t.calls[0].resolve({ ...result("Hi John", ["John"]), failed_checks: ["promises.absolute-guarantee"] });
  await tick(0);
  const note = session.overlay.panel.querySelector(".note.error");
  assert.ok(note, "an error note is shown");
  assert.match(note.textContent, /One check could not run this time \(promises\.absolute-guarantee\)/);
  assert.equal(session.overlay.badge.textContent, "1", "the other suggestions still count");
  session.refresh("fast");
  t.calls[1].resolve(result("Hi John", ["John"]));
  await tick(0);
  assert.equal(session.overlay.panel.querySelector(".note.error"), null, "a clean review clears it");
  session.destroy();
});
