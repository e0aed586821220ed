import test from "node:test";
import assert from "node:assert/strict";
import { rect, intersect, visibleArea, highlightBoxes, hitTest, placeCard, badgePlace, panelPlace } from "../lib/geometry.js";

test("intersect and visible area", () => {
  assert.deepEqual(intersect(rect(0, 0, 10, 10), rect(5, 5, 10, 10)), rect(5, 5, 5, 5));
  assert.equal(intersect(rect(0, 0, 10, 10), rect(20, 20, 5, 5)), null);
  assert.deepEqual(visibleArea([rect(0, 0, 100, 500), rect(0, 100, 100, 200), rect(0, 0, 800, 250)]), rect(0, 100, 100, 150));
  assert.equal(visibleArea([rect(0, 0, 10, 10), rect(0, 50, 10, 10)]), null);
});

test("highlight boxes: touching rects on one line merge, lines stay apart, empty ones go", () => {
  const boxes = highlightBoxes([rect(10, 100, 30, 18), rect(40, 101, 20, 16), rect(10, 120, 50, 18), rect(70, 100, 0, 18)], null);
  assert.deepEqual(boxes, [rect(10, 100, 50, 18), rect(10, 120, 50, 18)]);
});

test("highlight boxes are clipped to the visible area (a scrolled editor hides what is out of view)", () => {
  const clip = rect(0, 110, 500, 100);
  assert.deepEqual(highlightBoxes([rect(10, 100, 30, 18), rect(10, 300, 30, 18)], clip), [rect(10, 110, 30, 8)]);
});

test("an insertion point is a thin caret at the position", () => {
  assert.deepEqual(highlightBoxes([rect(50, 100, 0, 18)], null, { caret: true }), [rect(49, 100, 2, 18)]);
});

test("hit testing finds the highlight under the pointer, with a wider target for carets", () => {
  const items = [{ id: "a", boxes: [rect(10, 10, 20, 10)] }, { id: "b", caret: true, boxes: [rect(49, 30, 2, 18)] }];
  assert.equal(hitTest(items, 15, 15).id, "a");
  assert.equal(hitTest(items, 53, 35).id, "b");
  assert.equal(hitTest(items, 100, 100), null);
});

test("the card goes below the word, or above it near the bottom, and stays in the viewport", () => {
  const viewport = { width: 800, height: 600 };
  assert.deepEqual(placeCard(rect(100, 100, 40, 18), { width: 300, height: 120 }, viewport), { left: 100, top: 124 });
  assert.deepEqual(placeCard(rect(100, 550, 40, 18), { width: 300, height: 120 }, viewport), { left: 100, top: 424 });
  assert.equal(placeCard(rect(700, 100, 40, 18), { width: 300, height: 120 }, viewport).left, 496);
});

test("the badge sits in the editor's bottom-right corner; the panel opens above it", () => {
  const badge = badgePlace(rect(0, 0, 400, 300), { width: 28, height: 24 });
  assert.deepEqual(badge, { left: 366, top: 270 });
  const panel = panelPlace({ ...badge, width: 28, height: 24 }, { width: 340, height: 200 }, { width: 1000, height: 800 });
  assert.deepEqual(panel, { left: 54, top: 64 });
});
