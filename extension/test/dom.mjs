// A jsdom document for the DOM-level tests (text extraction and rendering need no layout).
import { JSDOM } from "jsdom";

export function documentWith(html = "") {
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`);
  return dom.window.document;
}
