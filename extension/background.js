// The service worker: a map of named handlers, and the only code that calls fetch. Pages on
// Gmail's origin cannot reach a local server (Local Network Access), the worker can through its
// host permissions (browser-testing notes, pitfall 4). Its globals die when it idles, so
// everything it needs to keep is in chrome.storage (pitfall 5).

import { withDefaults, publicSettings, checkServerUrl } from "./settings.js";

// G13: the API key is in storage.local; keep that area away from content scripts.
const lockStorage = () =>
  chrome.storage.local
    .setAccessLevel({ accessLevel: "TRUSTED_CONTEXTS" })
    .catch((error) => console.warn("Tactful: could not close storage to content scripts:", error && error.message));
lockStorage();
chrome.runtime.onInstalled.addListener(lockStorage);

const FAST_TIMEOUT_MS = 5000;
const FULL_TIMEOUT_MS = 30000;

/** One in-flight review per compose box; a newer one aborts it. */
const inflight = new Map();

const loadSettings = async () => withDefaults(await chrome.storage.local.get(null));

const fromExtensionPage = (sender) => Boolean(sender.url && sender.url.startsWith(chrome.runtime.getURL("")));

async function fetchJson(url, { method = "GET", body, key, signal, timeout = FAST_TIMEOUT_MS }) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (key) headers.Authorization = `Bearer ${key}`;
  const signals = [AbortSignal.timeout(timeout)];
  if (signal) signals.push(signal);
  let response;
  try {
    response = await fetch(url, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.any(signals), credentials: "omit", cache: "no-store",
    });
  } catch (error) {
    if (signal && signal.aborted) return { kind: "aborted" };
    if (error && error.name === "TimeoutError") return { kind: "timeout" };
    return { kind: "unreachable" };
  }
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  return { kind: "response", status: response.status, json };
}

const errorReply = (kind, message) => ({ ok: false, error: { kind, message } });

function reviewFailure(outcome) {
  if (outcome.kind === "aborted") return errorReply("aborted", "Cancelled: the draft changed.");
  if (outcome.kind === "timeout") return errorReply("timeout", "The review server did not answer in time.");
  if (outcome.kind === "unreachable") {
    return errorReply("unreachable", "The review server is not reachable. Check that it runs and the address in Tactful's options.");
  }
  if (outcome.status === 401) return errorReply("unauthorized", "The review server refused the API key. Check it in Tactful's options.");
  const message = outcome.json && outcome.json.error ? outcome.json.error.message : `HTTP ${outcome.status}`;
  return errorReply("http", `The review failed: ${message}`);
}

const handlers = {
  /** `{key, body}` from a compose box → `{ok, result, settings}` or `{ok: false, error}`. */
  async review({ key, body }, sender) {
    const slot = `${sender.tab ? sender.tab.id : "-"}:${sender.frameId || 0}:${key}`;
    if (inflight.has(slot)) inflight.get(slot).abort();
    const controller = new AbortController();
    inflight.set(slot, controller);
    try {
      const settings = await loadSettings();
      if (!settings.enabled) return { ok: false, error: { kind: "disabled", message: "Tactful is turned off." }, settings: publicSettings(settings) };
      const checked = checkServerUrl(settings.apiBase);
      if (!checked.ok) return errorReply("unreachable", `The server address in Tactful's options is not valid: ${checked.error}`);
      const outcome = await fetchJson(`${checked.url}/v1/review`, {
        method: "POST", body, key: settings.apiKey, signal: controller.signal,
        timeout: body && body.llm ? FULL_TIMEOUT_MS : FAST_TIMEOUT_MS,
      });
      if (outcome.kind !== "response" || outcome.status !== 200 || !outcome.json) return reviewFailure(outcome);
      return { ok: true, result: outcome.json, settings: publicSettings(settings) };
    } finally {
      if (inflight.get(slot) === controller) inflight.delete(slot);
    }
  },

  /** The compose box's draft changed: its review in flight is stale. */
  async cancel({ key }, sender) {
    const slot = `${sender.tab ? sender.tab.id : "-"}:${sender.frameId || 0}:${key}`;
    if (inflight.has(slot)) inflight.get(slot).abort();
    inflight.delete(slot);
    return { ok: true };
  },

  /** Settings a content script may know: on/off and the gate, never the key. */
  async getSettings() {
    return publicSettings(await loadSettings());
  },

  /** From the options page only: checks an address and key before (or after) they are saved. */
  async testConnection({ apiBase, apiKey }, sender) {
    if (!fromExtensionPage(sender)) return { kind: "forbidden" };
    const checked = checkServerUrl(apiBase);
    if (!checked.ok) return { kind: "invalid", detail: checked.error };
    const health = await fetchJson(`${checked.url}/healthz`, {});
    if (health.kind !== "response") return { kind: health.kind };
    if (!health.json || health.json.status !== "ok") return { kind: "not-tactful", detail: `GET /healthz answered ${health.status}` };
    const rules = await fetchJson(`${checked.url}/v1/rules`, { key: apiKey });
    if (rules.kind !== "response") return { kind: rules.kind };
    if (rules.status === 401) return { kind: "unauthorized", hadKey: Boolean(apiKey) };
    if (rules.status !== 200 || !rules.json || !Array.isArray(rules.json.rules)) {
      return { kind: "http", detail: `GET /v1/rules answered ${rules.status}` };
    }
    return { kind: "ok", version: health.json.version, rules: rules.json.rules.length, keyed: Boolean(apiKey) };
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && Object.hasOwn(handlers, message.type) ? handlers[message.type] : null;
  if (!handler) return false;
  handler(message, sender).then(sendResponse, (error) => sendResponse(errorReply("internal", String(error && error.message))));
  return true; // the answer comes asynchronously
});
