import test from "node:test";
import assert from "node:assert/strict";
import { documentWith } from "./dom.mjs";
import { extractText, rangeFor, caretPoint, textRangesFor } from "../lib/text.js";

// The compose body Gmail builds: a <div> per line, <div><br></div> per empty line, and the
// message being answered in .gmail_quote > blockquote.
const GMAIL =
  '<div id="e" contenteditable="true"><div>Hi John,</div><div><br></div>' +
  "<div>As I have <b>already</b> told you twice, your parcel will be delivered tonight.</div>" +
  '<div><br></div><div>Thanks,<br>Tom</div><br><div class="gmail_quote"><div dir="ltr">On Mon, Maria wrote:</div>' +
  "<blockquote>You are useless. [Customer Name]</blockquote></div></div>";

const editor = (html) => documentWith(html).getElementById("e");

test("reads Gmail's lines: one div per line, div>br for an empty line, br inside a line", () => {
  const { text } = extractText(editor(GMAIL));
  assert.equal(
    text,
    // The <br> between the signature and the quote is an empty line of the reply.
    "Hi John,\n\nAs I have already told you twice, your parcel will be delivered tonight.\n\nThanks,\nTom\n\n",
  );
});

test("never reads the quoted message (.gmail_quote, blockquote)", () => {
  const { text } = extractText(editor(GMAIL));
  assert.ok(!text.includes("useless"));
  assert.ok(!text.includes("Customer Name"));
  assert.ok(!text.includes("wrote"));
});

test("plain text with <br> and no blocks, and a trailing <br> in a line draws no extra line", () => {
  assert.equal(extractText(editor('<div id="e">Hi<br>there<br><br>Tom</div>')).text, "Hi\nthere\n\nTom");
  assert.equal(extractText(editor('<div id="e"><div>Hi<br></div><div>there</div></div>')).text, "Hi\nthere");
  assert.equal(extractText(editor('<div id="e"></div>')).text, "");
  assert.equal(extractText(editor('<div id="e"><div><br></div></div>')).text, "\n");
});

test("no-break spaces read as spaces, with the same length", () => {
  const { text } = extractText(editor('<div id="e"><div>a\u00a0\u00a0b</div></div>'));
  assert.equal(text, "a  b");
});

test("source-formatting whitespace between tags is not text", () => {
  const { text } = extractText(editor('<div id="e">\n  <div>one</div>\n  <div>two</div>\n</div>'));
  assert.equal(text, "one\ntwo");
});

test("every span maps back onto the same text in the DOM (UTF-16, across divs and inline tags)", () => {
  const root = editor(
    '<div id="e"><div>Hi 😀 <i>Zoë</i>,</div><div><br></div><div>We’ll call at 8:15 <b>tomorrow</b>.</div><div>Bye 👋🏽</div></div>',
  );
  const map = extractText(root);
  const doc = root.ownerDocument;
  const words = [...map.text.matchAll(/\S+/g)];
  assert.ok(words.length >= 8);
  for (const m of words) {
    const range = rangeFor(map, m.index, m.index + m[0].length, doc);
    assert.equal(range.toString(), m[0], `span ${m.index}`);
  }
  // Spans that cross line breaks give the words on both sides.
  const start = map.text.indexOf("Zoë");
  const end = map.text.indexOf("call") + 4;
  assert.equal(rangeFor(map, start, end, doc).toString().replace(/\s+/g, " "), "Zoë,We’ll call");
  // Emoji are two UTF-16 units, as in the API's offsets.
  const wave = map.text.indexOf("👋🏽");
  assert.equal(rangeFor(map, wave, wave + 4, doc).toString(), "👋🏽");
});

test("one text range per text node, so rects are the words' own boxes", () => {
  const root = editor('<div id="e"><div>As I have <b>already</b> told you</div></div>');
  const map = extractText(root);
  const start = map.text.indexOf("have");
  const ranges = textRangesFor(map, start, map.text.indexOf("told") + 4, root.ownerDocument);
  assert.deepEqual(ranges.map((r) => r.toString()), ["have ", "already", " told"]);
});

test("an insertion point sits after a line's text, or at the start of the next line", () => {
  const root = editor(GMAIL);
  const map = extractText(root);
  const endOfLine = map.text.indexOf("tonight.") + "tonight.".length;
  const p = caretPoint(map, endOfLine);
  assert.equal(p.node.data.slice(0, p.offset).endsWith("tonight."), true);
  const startOfLine = map.text.indexOf("As I");
  const q = caretPoint(map, startOfLine);
  assert.equal(q.offset, 0);
  assert.ok(q.node.data.startsWith("As I"));
  const r = rangeFor(map, startOfLine, startOfLine, root.ownerDocument);
  assert.ok(r.collapsed);
});

test("an insertion point past the last text stays on the last line, not on the quote's", () => {
  const root = editor(GMAIL);
  const map = extractText(root);
  assert.ok(map.text.endsWith("Tom\n\n"));
  const p = caretPoint(map, map.text.length);
  assert.equal(p.node.data, "Tom");
  assert.equal(p.offset, 3);
});

test("an empty editor maps nowhere rather than throwing", () => {
  const root = editor('<div id="e"></div>');
  const map = extractText(root);
  assert.equal(rangeFor(map, 0, 0, root.ownerDocument), null);
});
