import test from "node:test";
import assert from "node:assert/strict";
import { documentWith } from "./dom.mjs";
import { h, createOverlay, fillCard, fillPanel, fillBadge, fillGate, drawHighlights } from "../lib/render.js";

const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  "<script>window.__pwned=1</script>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "<a href=\"javascript:alert(1)\">click</a>",
];

const countElements = (root) => root.querySelectorAll("*").length;

test("h() builds elements with text children, never parsing markup", () => {
  const doc = documentWith();
  const el = h(doc, "p", { className: "x", dataset: { id: "1" } }, XSS[0], " and ", h(doc, "b", {}, "bold"));
  assert.equal(el.textContent, `${XSS[0]} and bold`);
  assert.equal(el.querySelectorAll("img").length, 0);
  assert.equal(el.querySelectorAll("b").length, 1);
});

test("a card shows message, flagged text and replacements as literal text (G14)", () => {
  const doc = documentWith();
  const overlay = createOverlay(doc);
  for (const payload of XSS) {
    const applied = [];
    fillCard(overlay.card, {
      id: "s1", rule: "x.y", category: "condescension", severity: "warning", start: 0, end: 3,
      text: payload, message: `Bad: ${payload}`, replacements: [payload, ""], source: "llm",
    }, { onApply: (s, r) => applied.push(r), onDismiss: () => applied.push("dismissed") });
    assert.equal(overlay.card.querySelectorAll("img, script, svg, a, iframe").length, 0);
    assert.ok(overlay.card.textContent.includes(`Bad: ${payload}`));
    const buttons = overlay.card.querySelectorAll("button.apply");
    assert.equal(buttons[0].textContent, payload);
    assert.equal(buttons[1].textContent, "Remove it");
    buttons[0].click();
    buttons[1].click();
    overlay.card.querySelector("button.dismiss").click();
    assert.deepEqual(applied, [payload, "", "dismissed"]);
  }
});

test("the overlay lives in one host outside the page's content, in a shadow root", () => {
  const doc = documentWith('<div id="e" contenteditable="true">x</div>');
  const before = countElements(doc);
  const overlay = createOverlay(doc);
  assert.equal(countElements(doc), before + 1, "one host element and nothing else in the light DOM");
  assert.equal(overlay.host.parentNode, doc.body);
  assert.ok(overlay.root.contains(overlay.card));
  overlay.remove();
  assert.equal(countElements(doc), before);
});

test("the panel lists questions answered or not, with a jump for unanswered ones", () => {
  const doc = documentWith();
  const overlay = createOverlay(doc);
  const jumps = [];
  fillPanel(overlay.panel, {
    suggestions: [{ id: "s1", category: "names", text: "John", message: "m" }],
    questions: [
      { text: "When will it arrive?", answered: true },
      { text: `Refund the shipping ${XSS[1]}`, answered: false },
      { text: "Can I pick it up?", answered: null },
    ],
  }, { onReview() {}, onShow() {}, onJump: (q) => jumps.push(q.text), onClose() {} });
  assert.ok(!overlay.panel.textContent.includes("null"), "absent parts leave no text behind");
  const rows = overlay.panel.querySelectorAll("li.question");
  assert.deepEqual(Array.from(rows, (r) => r.dataset.answered), ["true", "false", "null"]);
  assert.equal(overlay.panel.querySelectorAll("script").length, 0);
  assert.equal(overlay.panel.querySelectorAll("button.jump").length, 1);
  overlay.panel.querySelector("button.jump").click();
  assert.deepEqual(jumps, [`Refund the shipping ${XSS[1]}`]);
});

test("an insertion point is listed by the question it quotes, else by what its category asks for", () => {
  const doc = documentWith();
  const overlay = createOverlay(doc);
  fillPanel(overlay.panel, {
    suggestions: [
      { id: "s1", category: "questions", text: "", start: 9, end: 9, message: "The reply doesn't answer the customer's question: “Do I need to book?”" },
      { id: "s2", category: "questions", text: "", start: 30, end: 30, message: `The reply doesn't answer: “${XSS[0]}”` },
      { id: "s3", category: "apology", text: "", start: 0, end: 0, message: "The customer reports a problem." },
    ],
    questions: [],
  }, { onReview() {}, onShow() {}, onJump() {}, onClose() {} });
  const labels = Array.from(overlay.panel.querySelectorAll("li[data-id] .text"), (e) => e.textContent);
  assert.equal(labels[0], "Unanswered question: “Do I need to book?”");
  assert.ok(labels[1].includes(XSS[0]) && overlay.panel.querySelectorAll("script, img").length === 0, "quoted text stays text");
  assert.match(labels[2], /one belongs here$/);
});

test("the badge shows the count, errors, a clean draft and an unreachable server", () => {
  const doc = documentWith();
  const { badge } = createOverlay(doc);
  fillBadge(badge, { status: "ready", counts: { total: 3, errors: 1, unanswered: 0 } });
  assert.equal(badge.textContent, "3");
  assert.equal(badge.dataset.state, "errors");
  fillBadge(badge, { status: "ready", counts: { total: 0, errors: 0, unanswered: 0 } });
  assert.equal(badge.dataset.state, "clean");
  fillBadge(badge, { status: "offline", counts: null });
  assert.equal(badge.textContent, "!");
  assert.match(badge.title, /not reachable/);
});

test("highlights: one box element per rect, tagged with the category", () => {
  const doc = documentWith();
  const overlay = createOverlay(doc);
  drawHighlights(overlay, [{ id: "s1", category: "promises", boxes: [{ left: 1, top: 2, width: 3, height: 4 }, { left: 1, top: 8, width: 3, height: 4 }] }]);
  const boxes = overlay.layer.querySelectorAll(".hl");
  assert.equal(boxes.length, 2);
  assert.equal(boxes[0].dataset.category, "promises");
  assert.equal(boxes[1].style.top, "8px");
});

test("the gate dialog lists the errors as text and offers Review and Send anyway", () => {
  const doc = documentWith();
  const { dialog } = createOverlay(doc);
  const calls = [];
  fillGate(dialog, [{ category: "names", message: XSS[0] }], { onReview: () => calls.push("review"), onSend: () => calls.push("send") });
  assert.equal(dialog.querySelectorAll("img").length, 0);
  assert.ok(dialog.textContent.includes(XSS[0]));
  dialog.querySelector("button.review").click();
  dialog.querySelector("button.send-anyway").click();
  assert.deepEqual(calls, ["review", "send"]);
});
