// A thin wrapper around chrome.* for messaging and storage, so the rest reads as plain async code.

/** Sends `{type, ...payload}` to the service worker's handler of that name; resolves with its reply. */
export function call(type, payload = {}) {
  return new Promise((resolve, reject) => {
    chrome.runtime.sendMessage({ type, ...payload }, (reply) => {
      const error = chrome.runtime.lastError;
      if (error) reject(new Error(error.message));
      else resolve(reply);
    });
  });
}

/** The extension's own storage. Trusted contexts only: content scripts are locked out (G13). */
export const storage = {
  get: (keys) => chrome.storage.local.get(keys),
  set: (items) => chrome.storage.local.set(items),
};
