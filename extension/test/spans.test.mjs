import test from "node:test";
import assert from "node:assert/strict";
import {
  diffEdit, shiftSuggestions, openSuggestions, suggestionKey, applyToText, answerPoint, summarize, isoWithOffset,
} from "../lib/spans.js";

const sug = (start, end, text, extra = {}) => ({ id: `s${start}`, rule: "r.x", category: "spelling", severity: "warning", start, end, text, message: "m", replacements: [], ...extra });

test("diffEdit finds the one changed region", () => {
  assert.equal(diffEdit("abc", "abc"), null);
  assert.deepEqual(diffEdit("Hello world", "Hello, world"), { start: 5, end: 5, inserted: 1 });
  assert.deepEqual(diffEdit("Hello world", "Hello"), { start: 5, end: 11, inserted: 0 });
  assert.deepEqual(diffEdit("I recieve it", "I receive it"), { start: 5, end: 7, inserted: 2 });
  assert.deepEqual(diffEdit("aaa", "aaaa"), { start: 3, end: 3, inserted: 1 });
});

test("suggestions after an edit move, the touched one goes, earlier ones stay", () => {
  const draft = "We recieve it tommorow.";
  const list = [sug(3, 10, "recieve"), sug(14, 22, "tommorow")];
  const typedBefore = shiftSuggestions(list, diffEdit(draft, "So we recieve it tommorow."));
  assert.deepEqual(typedBefore.map((s) => [s.start, s.end]), [[6, 13], [17, 25]]);
  const fixedFirst = shiftSuggestions(list, diffEdit(draft, "We receive it tommorow."));
  assert.deepEqual(fixedFirst.map((s) => s.text), ["tommorow"]);
  const typedAtEnd = shiftSuggestions(list, diffEdit(draft, `${draft} Bye`));
  assert.deepEqual(typedAtEnd, list);
});

test("an insertion point is dropped when the user types right there (that is the answer)", () => {
  const list = [sug(5, 5, "")];
  assert.deepEqual(shiftSuggestions(list, { start: 5, end: 5, inserted: 3 }), []);
  assert.deepEqual(shiftSuggestions(list, { start: 1, end: 1, inserted: 3 })[0].start, 8);
  assert.deepEqual(shiftSuggestions(list, { start: 7, end: 7, inserted: 3 }), list);
});

test("open suggestions: only those whose text still matches, minus dismissed, in order", () => {
  const draft = "Hi John, we guarantee it.";
  const a = sug(12, 21, "guarantee");
  const b = sug(3, 7, "John", { rule: "names.wrong-name" });
  const stale = sug(0, 2, "Yo");
  assert.deepEqual(openSuggestions([a, b, stale], draft).map((s) => s.text), ["John", "guarantee"]);
  assert.deepEqual(openSuggestions([a, b], draft, new Set([suggestionKey(b)])).map((s) => s.text), ["guarantee"]);
});

test("applying a replacement replaces exactly the span", () => {
  const draft = "Hi John, we guarantee it.";
  assert.equal(applyToText(draft, sug(3, 7, "John"), "Maria"), "Hi Maria, we guarantee it.");
  assert.equal(applyToText(draft, sug(9, 9, ""), "Sorry! "), "Hi John, Sorry! we guarantee it.");
});

test("answers belong at the server's insertion point, else after the first paragraph", () => {
  const draft = "Hi Maria,\n\nThe parcel left today.\n\nBest,\nTom";
  assert.equal(answerPoint([sug(33, 33, "", { category: "questions" })], draft), 33);
  assert.equal(answerPoint([], draft), draft.indexOf("\n\nBest"));
  assert.equal(answerPoint([], "Hi  "), 2);
  // One insertion point per place: each question jumps to the one that quotes it.
  const points = [
    sug(20, 20, "", { category: "questions", message: "The reply doesn't answer the customer's question: “Do I need to book?”" }),
    sug(33, 33, "", { category: "questions", message: "The reply doesn't answer the customer's question: “Please send the timetable.”" }),
  ];
  assert.equal(answerPoint(points, draft, { text: "Please send the timetable. " }), 33);
  assert.equal(answerPoint(points, draft, { text: "Do I need to book?" }), 20);
  assert.equal(answerPoint(points, draft, { text: "Something else?" }), 20);
  assert.equal(answerPoint(points, draft), 20);
});

test("summarize counts open suggestions, errors and unanswered questions", () => {
  const list = [sug(0, 1, "a", { severity: "error" }), sug(2, 3, "b")];
  assert.deepEqual(summarize(list, [{ answered: false }, { answered: true }, { answered: null }]), { total: 2, errors: 1, unanswered: 1 });
});

test("context.now carries the local offset", () => {
  const iso = isoWithOffset(new Date(2026, 11, 3, 16, 5, 9));
  assert.match(iso, /^2026-12-03T16:05:09[+-]\d\d:\d\d$/);
  const offset = -new Date(2026, 11, 3).getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  assert.ok(iso.endsWith(`${sign}${String(Math.trunc(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`));
});
