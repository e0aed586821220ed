// One review session on one editable element: read the draft, ask for a review after typing
// pauses, draw the answer over the editor, and apply, dismiss or explain each suggestion.
// The extension's content script and the playground page both mount it; they differ only in how
// a review travels (`review`), where the customer's message comes from (`incoming`) and what
// happens on Send.

import { extractText, textRangesFor, rangeFor, caretPoint } from "./text.js";
import {
  diffEdit, shiftSuggestions, openSuggestions, suggestionKey, summarize, answerPoint, answerMarker, isoWithOffset, spanMatches,
} from "./spans.js";
import { highlightBoxes, visibleArea, hitTest, placeCard, badgePlace, panelPlace, rect } from "./geometry.js";
import { createScheduler } from "./schedule.js";
import { createOverlay, drawHighlights, fillCard, fillBadge, fillPanel, place } from "./render.js";

/** A review that failed: `kind` is "aborted", "unreachable", "unauthorized", "timeout" or "http". */
export class ReviewError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/** `context` for the request: the writer's clock, zone and language. */
export function browserContext(win = globalThis) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const context = { now: isoWithOffset(new Date()) };
  if (zone) context.timezone = zone;
  if (win.navigator && win.navigator.language) context.locale = win.navigator.language;
  return context;
}

const HOVER_MS = 150;
const LEAVE_MS = 350;

/**
 * Mounts a review on `editor`. Options: `review(body, {kind, seq})` → Promise of the API response
 * (throws ReviewError); `cancel()` aborts whatever is in flight; `incoming()` → the customer's
 * message; `context()` → the request context; `fastPause`, `fullPause`, `autoFull`, `openPanel`, and
 * `panelSlot`, an element whose box the panel fills instead of floating above the badge.
 */
export function mountReview(editor, opts) {
  const doc = editor.ownerDocument;
  const win = doc.defaultView;
  const lifetime = new win.AbortController(); // the document's own: listeners check its type
  const on = (target, type, fn, options = {}) => target.addEventListener(type, fn, { ...options, signal: lifetime.signal });
  const overlay = createOverlay(doc);
  const state = {
    map: { text: "", segments: [] },
    suggestions: [],
    questions: [],
    dismissed: new Set(),
    status: "idle",
    reviewed: false,
    note: null,
    noteIsError: false,
    busy: false,
    activeId: null,
    pinned: false,
    panelOpen: Boolean(opts.openPanel),
    items: [],
    inflight: 0,
  };
  const text = () => state.map.text;
  const read = () => {
    state.map = extractText(editor);
    return state.map.text;
  };
  const visible = () => openSuggestions(state.suggestions, text(), state.dismissed);

  const scheduler = createScheduler({
    run: (kind, seq) => request(kind, seq),
    fastPause: opts.fastPause,
    fullPause: opts.fullPause,
    autoFull: opts.autoFull !== false,
  });

  async function request(kind, seq) {
    const draft = read();
    if (!draft.trim()) {
      Object.assign(state, { suggestions: [], questions: [], status: "ready", reviewed: false, note: null, busy: false });
      render();
      return;
    }
    const body = {
      draft,
      incoming: opts.incoming ? opts.incoming() : "",
      context: opts.context ? opts.context() : browserContext(win),
      llm: kind === "full",
    };
    state.status = "busy";
    state.busy = kind === "full";
    state.inflight += 1;
    render();
    try {
      const result = await opts.review(body, { kind, seq }).finally(() => {
        state.inflight -= 1;
      });
      // An answer to an older draft is dropped: the next review is already on its way.
      if (!scheduler.isCurrent(seq) || read() !== draft) return;
      state.suggestions = result.suggestions || [];
      state.questions = result.questions || [];
      state.status = "ready";
      state.reviewed = true;
      state.busy = false;
      state.note = noteFor(kind, result);
      state.noteIsError = Boolean(result.degraded || (result.failed_checks || []).length);
      if (state.activeId && !state.suggestions.some((s) => s.id === state.activeId)) hideCard();
      render();
    } catch (error) {
      if (!scheduler.isCurrent(seq) || (error && error.kind === "aborted")) return;
      state.status = error && error.kind === "unauthorized" ? "unauthorized" : "offline";
      state.busy = false;
      state.note = (error && error.message) || "The review failed.";
      state.noteIsError = true;
      render();
    }
  }

  function noteFor(kind, result) {
    const failed = result.failed_checks || [];
    if (failed.length) return `${failed.length === 1 ? "One check" : `${failed.length} checks`} could not run this time (${failed.join(", ")}); the rest are shown.`;
    if (result.degraded) return "The model could not answer; these are the built-in checks.";
    if (kind !== "full") return null;
    if (result.llm && result.llm.used) return `Reviewed with the model${result.llm.model ? ` (${result.llm.model})` : ""}.`;
    return "Full review done: the server has no model configured, so these are the built-in checks.";
  }

  // --- drawing ---

  function clipArea() {
    const rects = [editor.getBoundingClientRect()];
    for (let el = editor.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
      const style = win.getComputedStyle(el);
      if (style.overflowX !== "visible" || style.overflowY !== "visible") rects.push(el.getBoundingClientRect());
    }
    rects.push(rect(0, 0, win.innerWidth, win.innerHeight));
    return visibleArea(rects);
  }

  function rangeRects(range, caret) {
    const rects = Array.from(range.getClientRects());
    if (!caret || rects.some((r) => r.height > 0)) return rects;
    const box = range.getBoundingClientRect();
    if (box.height > 0) return [box];
    // A caret in an empty line: the line's box.
    const node = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    const line = (node && node.childNodes[range.startOffset]) || node;
    const el = line && line.nodeType === 1 ? line : node;
    const r = el.getBoundingClientRect();
    const height = parseFloat(win.getComputedStyle(el).lineHeight) || r.height;
    return [rect(r.left, r.top, 0, Math.min(height, r.height || height))];
  }

  function layout() {
    if (!editor.isConnected) return;
    const clip = clipArea();
    state.items = visible().map((s) => {
      const caret = s.start === s.end;
      const rects = textRangesFor(state.map, s.start, s.end, doc).flatMap((r) => rangeRects(r, caret));
      return { id: s.id, category: s.category, caret, s, active: s.id === state.activeId, boxes: clip ? highlightBoxes(rects, clip, { caret }) : [] };
    });
    drawHighlights(overlay, state.items);
    overlay.badge.hidden = !clip;
    if (!clip) {
      overlay.panel.hidden = true;
      overlay.card.hidden = true;
      return;
    }
    const badgeSize = { width: overlay.badge.offsetWidth || 28, height: overlay.badge.offsetHeight || 24 };
    const badge = { ...badgePlace(clip, badgeSize), ...badgeSize };
    place(overlay.badge, badge);
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    overlay.panel.hidden = !state.panelOpen;
    if (state.panelOpen && opts.panelSlot) {
      // The page keeps a place for the panel (the playground): fill it instead of floating over the text.
      const slot = opts.panelSlot.getBoundingClientRect();
      overlay.panel.style.maxHeight = `${Math.max(160, Math.round(win.innerHeight - Math.max(slot.top, 0) - 8))}px`;
      place(overlay.panel, { left: slot.left, top: slot.top, width: slot.width });
    } else if (state.panelOpen) {
      place(overlay.panel, panelPlace(badge, { width: overlay.panel.offsetWidth, height: overlay.panel.offsetHeight }, viewport));
    }
    if (!overlay.card.hidden) {
      const item = state.items.find((i) => i.id === state.activeId);
      if (!item || !item.boxes.length) overlay.card.hidden = true;
      else {
        const anchor = item.boxes[item.boxes.length - 1];
        place(overlay.card, placeCard(anchor, { width: overlay.card.offsetWidth, height: overlay.card.offsetHeight }, viewport));
      }
    }
  }

  let frame = 0;
  const scheduleLayout = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  };

  function render() {
    const open = visible();
    fillBadge(overlay.badge, { status: state.status, counts: state.reviewed ? summarize(open, state.questions) : null });
    if (state.panelOpen) {
      fillPanel(overlay.panel, {
        suggestions: open, questions: state.questions, note: state.note, noteIsError: state.noteIsError, busy: state.busy, reviewed: state.reviewed,
      }, {
        onReview: () => scheduler.now("full"),
        onShow: (s) => showSuggestion(s),
        onJump: (q) => jumpToAnswer(q),
        onClose: () => togglePanel(false),
      });
    }
    layout();
  }

  // --- the card ---

  let hoverTimer = 0;
  let leaveTimer = 0;
  function showCard(item, pinned) {
    win.clearTimeout(leaveTimer);
    state.activeId = item.id;
    state.pinned = pinned;
    fillCard(overlay.card, item.s, { onApply: apply, onDismiss: dismiss });
    overlay.card.hidden = false;
    layout();
  }
  function hideCard() {
    win.clearTimeout(hoverTimer);
    state.activeId = null;
    state.pinned = false;
    overlay.card.hidden = true;
  }
  function showSuggestion(s) {
    const range = rangeFor(state.map, s.start, s.end, doc);
    const node = range && (range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement);
    if (node && node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
    layout();
    const item = state.items.find((i) => i.id === s.id);
    if (item) showCard(item, true);
  }

  /** Replaces the suggestion's span with `replacement` through the editor's own editing. */
  function apply(s, replacement) {
    read();
    if (!spanMatches(text(), s)) {
      hideCard();
      scheduler.now("fast");
      return false;
    }
    const range = rangeFor(state.map, s.start, s.end, doc);
    if (!range) return false;
    editor.focus();
    const selection = win.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    hideCard();
    // insertText fires the input events Gmail listens to and keeps the undo stack (notes, pitfall 7).
    if (replacement === "") return s.start === s.end || doc.execCommand("delete", false);
    return doc.execCommand("insertText", false, replacement);
  }

  function dismiss(s) {
    state.dismissed.add(suggestionKey(s));
    hideCard();
    render();
  }

  /** Puts the caret where the answer to `question` belongs. */
  function jumpToAnswer(question) {
    read();
    const at = answerPoint(state.suggestions, text(), question);
    const point = caretPoint(state.map, at);
    editor.focus();
    const selection = win.getSelection();
    if (point) selection.collapse(point.node, point.offset);
    const el = point && (point.node.nodeType === 1 ? point.node : point.node.parentElement);
    if (el && el.scrollIntoView) el.scrollIntoView({ block: "nearest" });
    const marker = answerMarker(state.suggestions, question);
    state.activeId = marker ? marker.id : null;
    layout();
  }

  function togglePanel(open = !state.panelOpen) {
    state.panelOpen = open;
    render();
  }

  // --- events ---

  function onInput() {
    const before = text();
    const after = read();
    state.suggestions = shiftSuggestions(state.suggestions, diffEdit(before, after));
    if (state.activeId && !state.suggestions.some((s) => s.id === state.activeId)) hideCard();
    // The answer on its way is for an older draft: stop it (the worker aborts its fetch).
    if (state.inflight && opts.cancel) opts.cancel();
    scheduler.input();
    render();
  }

  const itemAt = (event) => hitTest(state.items, event.clientX, event.clientY, 1);

  on(editor, "input", onInput);
  on(editor, "mousemove", (event) => {
    const item = itemAt(event);
    win.clearTimeout(hoverTimer);
    if (item) {
      win.clearTimeout(leaveTimer);
      if (item.id !== state.activeId) hoverTimer = win.setTimeout(() => showCard(item, false), HOVER_MS);
    } else if (!state.pinned && !overlay.card.hidden) {
      leaveTimer = win.setTimeout(hideCard, LEAVE_MS);
    }
  });
  on(editor, "click", (event) => {
    const item = itemAt(event);
    if (item) showCard(item, true);
    else if (!overlay.card.hidden) hideCard();
  });
  on(overlay.card, "mouseenter", () => win.clearTimeout(leaveTimer));
  on(overlay.card, "mouseleave", () => {
    if (!state.pinned) leaveTimer = win.setTimeout(hideCard, LEAVE_MS);
  });
  on(overlay.badge, "click", () => togglePanel());
  on(overlay.badge, "keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      togglePanel();
    }
  });
  on(doc, "keydown", (event) => {
    if (event.key !== "Escape") return;
    if (!overlay.card.hidden) hideCard();
    else if (state.panelOpen && !opts.openPanel) togglePanel(false);
    layout();
  });
  on(doc, "mousedown", (event) => {
    if (overlay.card.hidden || event.composedPath().includes(overlay.host) || event.composedPath().includes(editor)) return;
    hideCard();
    layout();
  });
  on(win, "scroll", scheduleLayout, { capture: true, passive: true });
  on(win, "resize", scheduleLayout);
  const resizes = new win.ResizeObserver(scheduleLayout);
  resizes.observe(editor);

  read();
  render();
  if (text().trim()) scheduler.now("fast");

  return {
    overlay,
    editor,
    /** Review again now: "fast" or "full" (the Review button). */
    refresh: (kind = "full") => scheduler.now(kind),
    /** Open suggestions of severity error: what the pre-send gate asks about. */
    openErrors: () => (read(), visible().filter((s) => s.severity === "error")),
    showSuggestion,
    togglePanel,
    destroy() {
      lifetime.abort();
      scheduler.cancel();
      if (opts.cancel) opts.cancel();
      resizes.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      win.clearTimeout(hoverTimer);
      win.clearTimeout(leaveTimer);
      overlay.remove();
    },
  };
}
