// The draft as plain text, and the way back from UTF-16 offsets to DOM positions.
//
// The API counts UTF-16 code units (JavaScript string indices), and so do DOM text-node offsets,
// so a span maps onto text nodes one unit to one unit. What needs care is the structure Gmail
// builds: one <div> per line, <div><br></div> for an empty line, and the quoted message in a
// .gmail_quote / <blockquote> that is not part of the reply (browser-testing notes, pitfall 6).

/** Elements whose text is not the reply: quoted history, and our own nodes if any end up inside. */
export const EXCLUDE = ".gmail_quote, blockquote, [data-tactful], script, style, template";

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);

const isBlock = (node) => node.nodeType === 1 && BLOCK.has(node.nodeName);

/** A <br> that ends a block with content before it draws no extra line (browsers collapse it). */
function isCollapsedBr(br) {
  let next = br.nextSibling;
  while (next && next.nodeType === 3 && next.data === "") next = next.nextSibling;
  if (next) return false;
  const parent = br.parentNode;
  if (!parent || !isBlock(parent)) return false;
  let prev = br.previousSibling;
  while (prev && prev.nodeType === 3 && prev.data === "") prev = prev.previousSibling;
  return Boolean(prev);
}

/** Whitespace between tags that comes from HTML source formatting, not from typing. */
const isFormattingWhitespace = (node) => /^[ \t\r\n]*$/.test(node.data) && /[\r\n]/.test(node.data);

/**
 * Walks `root` and returns `{text, segments}`. Each segment covers `[start, end)` of `text`:
 * `{kind: "text", node}` maps unit for unit onto a Text node; `{kind: "newline", before, after}`
 * is a line break (from a <br> or a block boundary) with the DOM points on either side of it.
 * U+00A0 (Gmail types it for repeated spaces) reads as a space; the length is unchanged.
 */
export function extractText(root, { exclude = EXCLUDE } = {}) {
  const segments = [];
  let text = "";
  let pending = false; // a block ended: a newline is owed before any further content
  let lastPoint = { node: root, offset: 0 };

  const newline = (before, after) => {
    segments.push({ kind: "newline", start: text.length, end: text.length + 1, before, after });
    text += "\n";
  };
  const flush = (after) => {
    if (pending) newline(lastPoint, after);
    pending = false;
  };

  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (child.data === "" || isFormattingWhitespace(child)) continue;
        flush({ node: child, offset: 0 });
        segments.push({ kind: "text", start: text.length, end: text.length + child.data.length, node: child });
        text += child.data.replace(/\u00a0/g, " ");
        lastPoint = { node: child, offset: child.data.length };
      } else if (child.nodeType === 1) {
        if (exclude && child.matches(exclude)) continue;
        if (child.nodeName === "BR") {
          const index = Array.prototype.indexOf.call(node.childNodes, child);
          const before = { node, offset: index };
          const after = { node, offset: index + 1 };
          flush(before);
          if (!isCollapsedBr(child)) newline(before, after);
          lastPoint = after;
        } else if (isBlock(child)) {
          if (text.length && !text.endsWith("\n")) pending = true;
          walk(child);
          if (text.length && !text.endsWith("\n")) pending = true;
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  return { text, segments };
}

/**
 * The DOM point for text offset `k`. `affinity` "backward" prefers the end of the content before
 * `k` (a range's end), "forward" the start of the content after it (a range's start).
 */
export function pointAt({ text, segments }, k, affinity = "forward") {
  if (!segments.length) return null;
  if (affinity === "backward") {
    for (let i = segments.length - 1; i >= 0; i--) {
      const seg = segments[i];
      if (seg.start < k && k <= seg.end) return segPoint(seg, k, "backward");
    }
  }
  for (const seg of segments) {
    if (seg.start <= k && k < seg.end) return segPoint(seg, k, "forward");
  }
  return segPoint(segments[segments.length - 1], Math.min(k, text.length), "backward");
}

function segPoint(seg, k, affinity) {
  if (seg.kind === "text") return { node: seg.node, offset: k - seg.start };
  return affinity === "backward" || k >= seg.end ? seg.after : seg.before;
}

/**
 * A collapsed point for an insertion at `k`: at the end of the text before it when a line's text
 * ends there ("…tonight.|"), otherwise at the start of what follows ("|As I…").
 */
export function caretPoint(map, k) {
  const texts = map.segments.filter((s) => s.kind === "text");
  const endsText = texts.some((s) => s.start < k && k <= s.end);
  // Past the last text (only trailing line breaks follow): after that text, not on the line below,
  // which in Gmail is where the quoted message starts.
  const last = texts[texts.length - 1];
  if (!endsText && last && k > last.end && !texts.some((s) => s.start >= k)) return { node: last.node, offset: last.node.data.length };
  return pointAt(map, k, endsText ? "backward" : "forward");
}

/** A DOM Range for `[start, end)`, or null when the map has no content (an empty editor). */
export function rangeFor(map, start, end, doc) {
  const a = start === end ? caretPoint(map, start) : pointAt(map, start, "forward");
  const b = start === end ? a : pointAt(map, end, "backward");
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * One Range per text node that `[start, end)` touches. Their client rects are the words' own
 * boxes: a Range across blocks would also report whole <div> boxes, which are not the words.
 */
export function textRangesFor(map, start, end, doc) {
  if (start === end) {
    const range = rangeFor(map, start, end, doc);
    return range ? [range] : [];
  }
  const ranges = [];
  for (const seg of map.segments) {
    if (seg.kind !== "text" || seg.end <= start || seg.start >= end) continue;
    const range = doc.createRange();
    range.setStart(seg.node, Math.max(start, seg.start) - seg.start);
    range.setEnd(seg.node, Math.min(end, seg.end) - seg.start);
    ranges.push(range);
  }
  return ranges;
}
