import test from "node:test";
import assert from "node:assert/strict";
import { DEFAULTS, publicSettings, checkServerUrl, connectionMessage } from "../settings.js";

test("what a content script gets never holds the key or the server address (G13)", () => {
  const pub = publicSettings({ apiBase: "https://tactful.example", apiKey: "sekret", enabled: false, gate: true });
  assert.deepEqual(pub, { enabled: false, gate: true });
  assert.ok(!JSON.stringify(pub).includes("sekret"));
  assert.deepEqual(publicSettings({}), { enabled: DEFAULTS.enabled, gate: DEFAULTS.gate });
});

test("server addresses: loopback over http, anything else over https only", () => {
  assert.deepEqual(checkServerUrl("http://127.0.0.1:8080/"), { ok: true, url: "http://127.0.0.1:8080", origin: "http://127.0.0.1:8080", loopback: true });
  assert.equal(checkServerUrl(" http://localhost:9000/tactful/ ").url, "http://localhost:9000/tactful");
  assert.equal(checkServerUrl("https://review.example.com").loopback, false);
  assert.equal(checkServerUrl("http://review.example.com").ok, false);
  assert.equal(checkServerUrl("ftp://127.0.0.1").ok, false);
  assert.equal(checkServerUrl("not a url").ok, false);
  assert.equal(checkServerUrl("https://user:pw@review.example.com").ok, false);
});

test("connection messages say what went wrong", () => {
  const base = "http://127.0.0.1:1";
  assert.match(connectionMessage({ kind: "unreachable" }, base), /Could not reach http:\/\/127\.0\.0\.1:1/);
  assert.match(connectionMessage({ kind: "unauthorized", hadKey: true }, base), /refused the API key/);
  assert.match(connectionMessage({ kind: "unauthorized", hadKey: false }, base), /needs an API key/);
  assert.match(connectionMessage({ kind: "ok", version: "0.1.0", rules: 40, keyed: true }, base), /^Connected to Tactful 0\.1\.0.*40 rules, API key accepted/);
});
