// The pre-send gate: while suggestions of severity "error" remain, Send (the button or
// Ctrl/Cmd+Enter) first asks "Review" or "Send anyway". Listeners sit on window in the capture
// phase, so they run before Gmail's own; "Send anyway" replays the send with the gate open.

import { fillGate } from "../lib/render.js";

const isSendKey = (event) => event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;

/**
 * `lookup(event, "editor" | "send")` → `{controller, editor, button}` when the event's target is a
 * mounted compose box's editor (or its Send button), else null; `enabled()` says whether the gate is on (options page).
 */
export function installGate(win, { lookup, enabled }) {
  let open = false;
  let replaying = false;

  const replay = (hit, wasKey) => {
    replaying = true;
    try {
      if (wasKey) {
        hit.editor.focus();
        const init = { key: "Enter", code: "Enter", keyCode: 13, which: 13, ctrlKey: true, bubbles: true, cancelable: true, composed: true };
        hit.editor.dispatchEvent(new win.KeyboardEvent("keydown", init));
      } else {
        for (const type of ["mousedown", "mouseup", "click"]) {
          hit.button.dispatchEvent(new win.MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: win, button: 0 }));
        }
      }
    } finally {
      replaying = false;
    }
  };

  const ask = (hit, errors, wasKey) => {
    const { dialog } = hit.controller.overlay;
    open = true;
    const close = () => {
      open = false;
      dialog.hidden = true;
    };
    fillGate(dialog, errors, {
      onReview: () => {
        close();
        hit.controller.showSuggestion(errors[0]);
      },
      onSend: () => {
        close();
        replay(hit, wasKey);
      },
    });
    dialog.hidden = false;
    const review = dialog.querySelector("button.review");
    if (review) review.focus();
  };

  const intercept = (event) => {
    if (replaying || !enabled()) return;
    const wasKey = event.type === "keydown";
    if (wasKey && !isSendKey(event)) return;
    // Ctrl/Cmd+Enter counts in the editor, a pointer only on the Send button: clicks in the text stay the user's.
    const hit = lookup(event, wasKey ? "editor" : "send");
    if (!hit) return;
    const errors = hit.controller.openErrors();
    if (!errors.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if ((event.type === "click" || wasKey) && !open) ask(hit, errors, wasKey);
  };

  for (const type of ["pointerdown", "mousedown", "pointerup", "mouseup", "click", "keydown"]) {
    win.addEventListener(type, intercept, { capture: true });
  }
}
