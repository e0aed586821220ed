// What Tactful knows about Gmail's DOM, in one place: compose boxes, Send buttons and the message
// being answered. Selectors use Gmail's stable attributes (g_editable, role, data-tooltip) and the
// long-lived class names (.aoO Send, .a3s message body, .gmail_quote).

import { extractText } from "../lib/text.js";

/** Every compose and reply body: new message, inline reply, pop-out. */
export const EDITOR =
  'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"][aria-label="Message Body"]';

/** Gmail's Send button (its tooltip is localised, its class is not). */
export const SEND = '[role="button"].aoO, [role="button"][data-tooltip^="Send"]';

/** A message body in the conversation view. */
const MESSAGE_BODY = ".a3s";

export const findEditors = (root) => Array.from(root.querySelectorAll(EDITOR));

/** The compose window around an editor: the nearest ancestor that holds a Send button. */
export function composeFor(editor) {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    if (el.querySelector(SEND)) return el;
  }
  return null;
}

export const sendButtonFor = (editor) => {
  const compose = composeFor(editor);
  return compose ? compose.querySelector(SEND) : null;
};

/**
 * The customer's message for a reply: the last message of the conversation shown before the
 * compose box, else the quoted message inside the draft (a pop-out reply), else nothing (a new
 * message). The server tells the newest message from quoted history and signatures itself.
 */
export function incomingFor(editor) {
  const doc = editor.ownerDocument;
  let last = null;
  for (const body of doc.querySelectorAll(MESSAGE_BODY)) {
    if (body.compareDocumentPosition(editor) & doc.defaultView.Node.DOCUMENT_POSITION_FOLLOWING && !editor.contains(body)) last = body;
  }
  if (last) return (last.innerText || last.textContent || "").trim();
  const quote = editor.querySelector(".gmail_quote");
  return quote ? extractText(quote, { exclude: "script, style, [data-tactful]" }).text.trim() : "";
}
