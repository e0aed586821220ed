// Overlay geometry: plain rectangles `{left, top, width, height}` in viewport (client) pixels.
// The overlay layer is position: fixed at the viewport's origin, so client rects are its own.

export const rect = (left, top, width, height) => ({ left, top, width, height });
const right = (r) => r.left + r.width;
const bottom = (r) => r.top + r.height;

/** The overlap of two rects, or null. */
export function intersect(a, b) {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const w = Math.min(right(a), right(b)) - left;
  const h = Math.min(bottom(a), bottom(b)) - top;
  return w >= 0 && h > 0 ? rect(left, top, w, h) : null;
}

/** The part of the viewport where the editor's content shows: the editor clipped by each scroller. */
export function visibleArea(rects) {
  return rects.reduce((acc, r) => (acc ? intersect(acc, r) : null));
}

/**
 * Boxes for one highlight: zero-width rects dropped (except for an insertion point, drawn as a
 * caret), rects on the same line that touch merged into one, then clipped to the visible area.
 */
export function highlightBoxes(clientRects, clip, { caret = false, caretWidth = 2 } = {}) {
  let rects = Array.from(clientRects, (r) => rect(r.left, r.top, r.width, r.height)).filter((r) => r.height > 0);
  if (caret) rects = rects.slice(0, 1).map((r) => rect(r.left - caretWidth / 2, r.top, caretWidth, r.height));
  else rects = rects.filter((r) => r.width > 0);
  const merged = [];
  for (const r of rects.sort((a, b) => a.top - b.top || a.left - b.left)) {
    const last = merged[merged.length - 1];
    if (last && sameLine(last, r) && r.left <= right(last) + 1) {
      const l = Math.min(last.left, r.left);
      const t = Math.min(last.top, r.top);
      merged[merged.length - 1] = rect(l, t, Math.max(right(last), right(r)) - l, Math.max(bottom(last), bottom(r)) - t);
    } else merged.push(r);
  }
  return clip ? merged.map((r) => intersect(r, clip)).filter(Boolean) : merged;
}

/** Two boxes share a line when their vertical overlap is at least half the shorter one. */
function sameLine(a, b) {
  const overlap = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return overlap >= Math.min(a.height, b.height) / 2;
}

/** The first item whose boxes contain the point (with `slop` pixels of tolerance), or null. */
export function hitTest(items, x, y, slop = 0) {
  for (const item of items) {
    for (const r of item.boxes) {
      const grow = item.caret ? Math.max(slop, 3) : slop;
      if (x >= r.left - grow && x <= right(r) + grow && y >= r.top - slop && y <= bottom(r) + slop) return item;
    }
  }
  return null;
}

/**
 * Where a card of `size` goes for a highlight box: below it, flipped above when it would leave
 * the viewport, and kept inside the viewport horizontally.
 */
export function placeCard(anchor, size, viewport, gap = 6) {
  let top = bottom(anchor) + gap;
  if (top + size.height > viewport.height && anchor.top - gap - size.height >= 0) top = anchor.top - gap - size.height;
  const left = Math.max(4, Math.min(anchor.left, viewport.width - size.width - 4));
  return { left, top: Math.max(4, top) };
}

/** The badge sits inside the editor's visible area, at its bottom-right corner. */
export function badgePlace(area, size, margin = 6) {
  return { left: right(area) - size.width - margin, top: bottom(area) - size.height - margin };
}

/** The panel opens above the badge, right-aligned with it, inside the viewport. */
export function panelPlace(badge, size, viewport, gap = 6) {
  const left = Math.max(4, Math.min(badge.left + badge.width - size.width, viewport.width - size.width - 4));
  let top = badge.top - gap - size.height;
  if (top < 4) top = Math.min(badge.top + badge.height + gap, viewport.height - size.height - 4);
  return { left, top: Math.max(4, top) };
}
