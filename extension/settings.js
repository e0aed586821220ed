// Settings: what is stored, what a content script may see, and how a server URL is checked.
// Pure: the service worker and the options page import it, and so do the Node tests.

export const DEFAULTS = Object.freeze({
  apiBase: "http://127.0.0.1:8080",
  apiKey: "",
  enabled: true,
  gate: true,
});

/** Only these reach a content script: never the key, never the server's address (G13). */
export const PUBLIC_KEYS = Object.freeze(["enabled", "gate"]);

export const withDefaults = (stored = {}) => ({ ...DEFAULTS, ...stored });

export function publicSettings(settings) {
  const full = withDefaults(settings);
  return Object.fromEntries(PUBLIC_KEYS.map((key) => [key, full[key]]));
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * `{ok: true, url, loopback}` for a usable server URL (no trailing slash), or `{ok: false, error}`.
 * Loopback may use http; anything else must use https, since the key travels with every request.
 */
export function checkServerUrl(input) {
  let url;
  try {
    url = new URL(String(input || "").trim());
  } catch {
    return { ok: false, error: "Enter the server's address, like http://127.0.0.1:8080." };
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    return { ok: false, error: "Use https:// (plain http:// only for a server on this computer)." };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, error: "The address must not carry a user name, a query or a fragment." };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, "")}`, origin: url.origin, loopback };
}

/** The sentence the options page shows for a connection test's outcome. */
export function connectionMessage(outcome, base) {
  switch (outcome.kind) {
    case "ok":
      return `Connected to Tactful ${outcome.version} at ${base}: ${outcome.rules} rules, ${outcome.keyed ? "API key accepted" : "no API key needed"}.`;
    case "unreachable":
      return `Could not reach ${base}. Is the server running (tactful serve) and the address right?`;
    case "unauthorized":
      return outcome.hadKey
        ? `${base} refused the API key (401). Check the key.`
        : `${base} needs an API key (401). Enter the key your administrator gave you.`;
    case "not-tactful":
      return `${base} answered, but it is not a Tactful server (${outcome.detail}).`;
    case "timeout":
      return `${base} did not answer in time.`;
    default:
      return `${base} answered with an error (${outcome.detail || outcome.kind}).`;
  }
}
