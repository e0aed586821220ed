// The content script: mounts a review on every Gmail compose box as Gmail creates it, sends the
// reviews through the service worker, and installs the pre-send gate.

import { mountReview, ReviewError } from "../lib/controller.js";
import { call } from "../ext.js";
import { EDITOR, SEND, findEditors, composeFor, incomingFor } from "./gmail.js";
import { installGate } from "./gate.js";

const mounted = new Map(); // editor element → controller
let settings = { enabled: true, gate: true };
let counter = 0;

function mount(editor) {
  const key = `compose-${++counter}`;
  const controller = mountReview(editor, {
    async review(body) {
      let reply;
      try {
        reply = await call("review", { key, body });
      } catch (error) {
        // The extension was reloaded or updated under this page.
        throw new ReviewError("unreachable", `Tactful is not running: ${error.message}`);
      }
      if (reply && reply.settings) settings = reply.settings;
      if (!settings.enabled) setTimeout(scan, 0); // turned off in the options: take the overlays down
      if (!reply || !reply.ok) throw new ReviewError(reply ? reply.error.kind : "http", reply ? reply.error.message : "No answer.");
      return reply.result;
    },
    cancel: () => call("cancel", { key }).catch(() => {}),
    incoming: () => incomingFor(editor),
  });
  mounted.set(editor, controller);
}

function scan() {
  for (const [editor, controller] of mounted) {
    if (!editor.isConnected || !settings.enabled) {
      controller.destroy();
      mounted.delete(editor);
    }
  }
  if (!settings.enabled) return;
  for (const editor of findEditors(document)) {
    if (!mounted.has(editor)) mount(editor);
  }
}

let queued = false;
const queueScan = () => {
  if (queued) return;
  queued = true;
  setTimeout(() => {
    queued = false;
    scan();
  }, 0);
};

/** The compose box a send gesture belongs to: by its editor (Ctrl+Enter) or its Send button (a click). */
function lookup(event, by) {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return null;
  if (by === "editor") {
    const editor = target.closest(EDITOR);
    return editor && mounted.has(editor) ? { editor, controller: mounted.get(editor), button: null } : null;
  }
  const button = target.closest(SEND);
  if (!button) return null;
  for (const [editor, controller] of mounted) {
    const compose = composeFor(editor);
    if (compose && compose.contains(button)) return { editor, controller, button };
  }
  return null;
}

async function start() {
  try {
    settings = await call("getSettings");
  } catch {
    // The worker answers once it is up; the first review will tell again.
  }
  if (!settings.enabled) return;
  installGate(window, { lookup, enabled: () => settings.enabled && settings.gate });
  scan();
  new MutationObserver(queueScan).observe(document.documentElement, { childList: true, subtree: true });
}

start();
