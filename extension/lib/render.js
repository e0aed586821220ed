// The overlay's DOM: highlights, the card, the questions panel, the badge. Every piece of text
// from the server or the email goes in through textContent, never as HTML (G11, G14).

import { CSS, categoryOf } from "./styles.js";

/** `h(doc, "button", {className: "apply", onclick}, "Apply")`: an element, its properties, its children as text or nodes. */
export function h(doc, tag, props = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "className") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "hidden") el.hidden = Boolean(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" || typeof child === "number" ? doc.createTextNode(String(child)) : child);
  }
  return el;
}

/** `el.replaceChildren` without the nulls: replaceChildren would turn them into "null" text. */
const fill = (el, ...children) => el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));

function adoptStyles(doc, root) {
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Constructed sheets can be unavailable (older engines, some isolated worlds): a <style> works too.
    root.append(h(doc, "style", {}, CSS));
  }
}

/**
 * One overlay per editor: a host element at the end of <body>, outside the editable element,
 * holding a shadow root with the highlight layer, the badge, the panel, the card and a dialog.
 */
export function createOverlay(doc, { label = "Tactful" } = {}) {
  const host = h(doc, "div", { "data-tactful": "overlay", "aria-label": label });
  // CSSOM assignments, not a style attribute: a page CSP without 'unsafe-inline' still allows them.
  Object.assign(host.style, { position: "fixed", left: "0", top: "0", width: "0", height: "0", zIndex: "2147483000" });
  const root = host.attachShadow({ mode: "open" });
  adoptStyles(doc, root);
  const layer = h(doc, "div", { className: "layer" });
  const badge = h(doc, "div", { className: "badge", role: "button", tabindex: "0", "aria-label": `${label}: suggestions` });
  const panel = h(doc, "div", { className: "panel", role: "region", "aria-label": `${label}: review`, hidden: true });
  const card = h(doc, "div", { className: "card", role: "dialog", "aria-label": `${label}: suggestion`, hidden: true });
  const dialog = h(doc, "div", { className: "dialog", role: "alertdialog", "aria-label": `${label}: before sending`, hidden: true });
  root.append(layer, badge, panel, card, dialog);
  (doc.body || doc.documentElement).append(host);
  return { host, root, layer, badge, panel, card, dialog, remove: () => host.remove() };
}

/** Position an element at viewport coordinates (the overlay is position: fixed at the origin). */
export function place(el, { left, top, width, height }) {
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(top)}px`;
  if (width !== undefined) el.style.width = `${Math.round(width)}px`;
  if (height !== undefined) el.style.height = `${Math.round(height)}px`;
}

/** items: `[{id, category, boxes, caret, active}]` → one .hl element per box. */
export function drawHighlights(overlay, items) {
  const doc = overlay.layer.ownerDocument;
  const nodes = [];
  for (const item of items) {
    for (const box of item.boxes) {
      const el = h(doc, "div", {
        className: `hl${item.caret ? " caret" : ""}${item.active ? " active" : ""}`,
        dataset: { category: item.category, id: item.id },
      });
      place(el, box);
      nodes.push(el);
    }
  }
  overlay.layer.replaceChildren(...nodes);
}

/** A readable name for a replacement: empty means deleting the flagged words. */
const replacementLabel = (r) => (r === "" ? "Remove it" : r);

/** The card for one suggestion: category, message, the flagged words, one button per replacement, Dismiss. */
export function fillCard(card, s, { onApply, onDismiss }) {
  const doc = card.ownerDocument;
  const cat = categoryOf(s.category);
  card.dataset.category = s.category;
  card.dataset.id = s.id;
  const flagged = s.text ? h(doc, "p", { className: "flagged" }, "Flagged: ", h(doc, "q", {}, s.text)) : null;
  const buttons = (s.replacements || []).map((r, i) =>
    h(doc, "button", { className: "apply", type: "button", dataset: { index: i }, onclick: () => onApply(s, r) }, replacementLabel(r)),
  );
  fill(card,
    h(doc, "div", { className: "kind" }, cat.label, s.source === "llm" ? " · model" : ""),
    h(doc, "p", { className: "message" }, s.message),
    flagged,
    h(doc, "div", { className: "actions" }, ...buttons,
      h(doc, "button", { className: "quiet dismiss", type: "button", onclick: () => onDismiss(s) }, "Dismiss")),
  );
}

/** Badge text and state for the counts (`summarize`) or a status. */
export function fillBadge(badge, { status, counts }) {
  let text;
  let state;
  let title;
  if (status === "offline" || status === "unauthorized" || status === "error") {
    text = "!";
    state = "offline";
    title = status === "unauthorized" ? "Tactful: the server refused the API key" : "Tactful: the review server is not reachable";
  } else if (status === "busy" && !counts) {
    text = "…";
    state = "busy";
    title = "Tactful: reviewing";
  } else if (!counts || counts.total === 0) {
    text = "✓";
    state = "clean";
    title = "Tactful: no suggestions";
  } else {
    text = String(counts.total);
    state = counts.errors ? "errors" : "warnings";
    title = `Tactful: ${counts.total} suggestion${counts.total === 1 ? "" : "s"}${counts.errors ? `, ${counts.errors} to fix before sending` : ""}`;
  }
  badge.textContent = text;
  badge.dataset.state = state;
  badge.title = title;
  badge.setAttribute("aria-label", title);
}

/** What an insertion point (an empty span) asks for, by category. */
const INSERT_HERE = { questions: "the answer goes here", apology: "one belongs here" };

/** An insertion point's label: the first thing its message quotes (the question whose answer goes
 * there), else what its category asks for. */
function insertionLabel(s) {
  const quoted = /“([^”]{1,80})”/.exec(s.message || "");
  return quoted ? `“${quoted[1]}”` : INSERT_HERE[s.category] || "add text here";
}

const ANSWERED = { true: ["✓", "answered"], false: ["!", "unanswered"], null: ["?", "unsure"] };

/**
 * The panel: the suggestions, the customer's questions (answered or not, with a button that jumps
 * to where the answer belongs), a Review button for the full review, and any status note.
 */
export function fillPanel(panel, state, { onReview, onShow, onJump, onClose }) {
  const doc = panel.ownerDocument;
  const { suggestions = [], questions = [], note = null, noteIsError = false, busy = false, reviewed = true } = state;
  const items = suggestions.map((s) => {
    const cat = categoryOf(s.category);
    const what = s.text ? `“${s.text}”` : insertionLabel(s);
    return h(doc, "li", { dataset: { category: s.category, id: s.id } },
      h(doc, "span", { className: "dot" }),
      h(doc, "span", { className: "text" }, `${cat.label}: ${what}`),
      h(doc, "button", { type: "button", onclick: () => onShow(s) }, "Show"));
  });
  const qs = questions.map((q) => {
    const key = String(q.answered === undefined ? null : q.answered);
    const [icon, word] = ANSWERED[key] || ANSWERED.null;
    return h(doc, "li", { className: "question", dataset: { answered: key } },
      h(doc, "span", { className: "status", dataset: { answered: key }, title: word, "aria-label": word }, icon),
      h(doc, "span", { className: "text" }, q.text),
      q.answered === false ? h(doc, "button", { type: "button", className: "jump", onclick: () => onJump(q) }, "Answer") : null);
  });
  fill(panel,
    h(doc, "h2", {}, "Tactful review",
      h(doc, "button", { type: "button", className: "quiet close", "aria-label": "Close", onclick: onClose }, "✕")),
    reviewed ? h(doc, "h3", {}, `Suggestions (${suggestions.length})`) : null,
    suggestions.length ? h(doc, "ul", { className: "suggestions" }, ...items) : null,
    reviewed && !suggestions.length ? h(doc, "p", { className: "note" }, "Nothing to change.") : null,
    questions.length ? h(doc, "h3", {}, "Customer's questions") : null,
    questions.length ? h(doc, "ul", { className: "questions" }, ...qs) : null,
    note ? h(doc, "p", { className: `note${noteIsError ? " error" : ""}`, role: "status" }, note) : null,
    h(doc, "div", { className: "actions footer" },
      h(doc, "button", { type: "button", className: "primary review", onclick: onReview, disabled: busy }, busy ? "Reviewing…" : "Review with the model")),
  );
}

/** The pre-send question: what is still wrong, and the two ways out. */
export function fillGate(dialog, errors, { onReview, onSend }) {
  const doc = dialog.ownerDocument;
  const n = errors.length;
  fill(dialog,
    h(doc, "div", { className: "kind", dataset: { category: errors[0] ? errors[0].category : "custom" } }, "Before you send"),
    h(doc, "p", {}, `This reply still has ${n} issue${n === 1 ? "" : "s"} to fix:`),
    h(doc, "ul", { className: "errors" }, ...errors.slice(0, 5).map((s) =>
      h(doc, "li", { dataset: { category: s.category } }, h(doc, "span", { className: "dot" }), h(doc, "span", { className: "text" }, s.message)))),
    h(doc, "div", { className: "actions" },
      h(doc, "button", { type: "button", className: "primary review", onclick: onReview }, "Review"),
      h(doc, "button", { type: "button", className: "quiet send-anyway", onclick: onSend }, "Send anyway")),
  );
}
