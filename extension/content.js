// Content scripts cannot be ES modules; this loader imports the real one (content/main.js) from
// the extension's own files, listed in web_accessible_resources for Gmail's origin only.
import(chrome.runtime.getURL("content/main.js")).catch((error) => console.error("Tactful failed to start:", error));
