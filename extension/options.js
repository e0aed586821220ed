// The options page: server address, API key, on/off and the pre-send gate, with a connection test.
// An extension page is a trusted context: it may read and write the key; content scripts may not.

import { call, storage } from "./ext.js";
import { DEFAULTS, withDefaults, checkServerUrl, connectionMessage } from "./settings.js";

const $ = (id) => document.getElementById(id);
const status = (text, kind) => {
  $("status").textContent = text;
  $("status").dataset.kind = kind;
};

async function load() {
  const s = withDefaults(await storage.get(Object.keys(DEFAULTS)));
  $("apiBase").value = s.apiBase;
  $("apiKey").value = s.apiKey;
  $("enabled").checked = s.enabled;
  $("gate").checked = s.gate;
}

/** A server that is not on this computer needs its host permission, asked for on a click. */
async function allowHost(checked) {
  if (checked.loopback) return true;
  const origins = [`${checked.origin}/*`];
  if (await chrome.permissions.contains({ origins })) return true;
  return chrome.permissions.request({ origins });
}

async function save(event) {
  event.preventDefault();
  const checked = checkServerUrl($("apiBase").value);
  if (!checked.ok) return status(checked.error, "error");
  if (!(await allowHost(checked))) return status("Tactful needs permission to reach that server.", "error");
  await storage.set({
    apiBase: checked.url,
    apiKey: $("apiKey").value.trim(),
    enabled: $("enabled").checked,
    gate: $("gate").checked,
  });
  $("apiBase").value = checked.url;
  status("Saved. Reload Gmail to apply on/off changes to open tabs.", "ok");
}

async function test() {
  const checked = checkServerUrl($("apiBase").value);
  if (!checked.ok) return status(checked.error, "error");
  if (!(await allowHost(checked))) return status("Tactful needs permission to reach that server.", "error");
  status(`Testing ${checked.url}…`, "busy");
  const outcome = await call("testConnection", { apiBase: checked.url, apiKey: $("apiKey").value.trim() });
  status(connectionMessage(outcome, checked.url), outcome.kind === "ok" ? "ok" : "error");
}

$("options").addEventListener("submit", save);
$("test").addEventListener("click", test);
load();
