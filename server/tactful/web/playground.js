// The playground: the extension's review controller (lib/controller.js) on a plain editable box,
// with the review fetched from this same server instead of through a service worker.

import { mountReview, browserContext, ReviewError } from "./lib/controller.js";

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const incoming = $("incoming");

const EXAMPLE_INCOMING = "My parcel is late again! When will it arrive? Please refund the shipping.\n\nThanks,\nMaria";
const EXAMPLE_DRAFT = [
  "Hi John,",
  "",
  "As I have already told you twice, your parcel will be delivered tonight.",
  "We will recieve the new stock on Monday.",
  "",
  "Best,",
  "[Agent Name]",
];

let inflight = null;

async function review(body) {
  if (inflight) inflight.abort();
  const controller = new AbortController();
  inflight = controller;
  const headers = { "Content-Type": "application/json" };
  const key = $("apiKey").value.trim();
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch("/v1/review", { method: "POST", headers, body: JSON.stringify(body), signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) throw new ReviewError("aborted", "Cancelled.");
    throw new ReviewError("unreachable", `The server is not reachable (${error.message}).`);
  } finally {
    if (inflight === controller) inflight = null;
  }
  if (response.status === 401) throw new ReviewError("unauthorized", "This server needs an API key: enter it below the reply.");
  const json = await response.json().catch(() => null);
  if (!response.ok || !json) throw new ReviewError("http", `The review failed: ${json && json.error ? json.error.message : response.status}`);
  return json;
}

const session = mountReview(draft, {
  review,
  cancel: () => inflight && inflight.abort(),
  incoming: () => incoming.value,
  context: () => ({ ...browserContext(window), locale: $("locale").value }),
  openPanel: true,
  panelSlot: $("panel-slot"),
});

/** Lines become <div>s (an empty one holds a <br>), as in Gmail: built as nodes, never parsed as HTML. */
function setDraft(lines) {
  draft.replaceChildren(...lines.map((line) => {
    const div = document.createElement("div");
    if (line) div.textContent = line;
    else div.append(document.createElement("br"));
    return div;
  }));
  draft.dispatchEvent(new Event("input", { bubbles: true }));
}

// Paste plain text only: the reply is text, and pasted HTML would bring styles and scripts' markup.
draft.addEventListener("paste", (event) => {
  event.preventDefault();
  document.execCommand("insertText", false, event.clipboardData.getData("text/plain"));
});

let incomingTimer = 0;
incoming.addEventListener("input", () => {
  clearTimeout(incomingTimer);
  incomingTimer = setTimeout(() => session.refresh("fast"), 300);
});
$("locale").addEventListener("change", () => session.refresh("fast"));
$("apiKey").addEventListener("change", () => session.refresh("fast"));
$("review").addEventListener("click", () => session.refresh("full"));
$("example").addEventListener("click", () => {
  incoming.value = EXAMPLE_INCOMING;
  setDraft(EXAMPLE_DRAFT);
  draft.focus();
});
