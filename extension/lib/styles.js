// The overlay's look, shared by the extension and the playground. It lives in a shadow root, so
// Gmail's CSS cannot reach it and it cannot reach Gmail.

/** Contract categories (../shared/contract.md): label and colour for each. */
export const CATEGORIES = {
  questions: { label: "Unanswered question", color: "#1a73e8" },
  condescension: { label: "Tone", color: "#c2185b" },
  promises: { label: "Promise", color: "#e37400" },
  datetime: { label: "Date and time", color: "#7b1fa2" },
  apology: { label: "Apology", color: "#0b8043" },
  placeholders: { label: "Placeholder", color: "#b06000" },
  names: { label: "Name", color: "#00838f" },
  spelling: { label: "Spelling", color: "#d93025" },
  privacy: { label: "Privacy", color: "#3c4043" },
  custom: { label: "Team rule", color: "#795548" },
};

export const categoryOf = (name) => CATEGORIES[name] || { label: name, color: "#5f6368" };

const categoryRules = Object.entries(CATEGORIES)
  .map(([name, { color }]) => `[data-category="${name}"] { --c: ${color}; }`)
  .join("\n");

export const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer, .hl { position: fixed; pointer-events: none; }
.layer { left: 0; top: 0; width: 0; height: 0; }
.hl {
  --c: #5f6368;
  background: color-mix(in srgb, var(--c) 14%, transparent);
  border-bottom: 2px solid var(--c);
  border-radius: 2px 2px 0 0;
}
.hl.caret { background: var(--c); border: 0; border-radius: 1px; }
/* An insertion point: a caret with a dot on top, so it does not read as the text cursor. */
.hl.caret::before {
  content: ""; position: absolute; left: -3px; top: -5px; width: 8px; height: 8px;
  border-radius: 50%; background: var(--c);
}
.hl.active { background: color-mix(in srgb, var(--c) 28%, transparent); }
${categoryRules}
.badge, .card, .panel, .dialog {
  position: fixed;
  font: 13px/1.4 "Google Sans", Roboto, "Liberation Sans", Arial, sans-serif;
  color: #202124;
}
.badge {
  min-width: 24px; height: 24px; padding: 0 7px; border-radius: 12px;
  display: flex; align-items: center; justify-content: center; gap: 4px;
  background: #fff; border: 1px solid #dadce0; box-shadow: 0 1px 3px rgba(60,64,67,.3);
  font-weight: 600; font-size: 12px; cursor: pointer; user-select: none;
}
.badge[data-state="errors"] { background: #d93025; border-color: #d93025; color: #fff; }
.badge[data-state="warnings"] { background: #fbbc04; border-color: #f29900; color: #202124; }
.badge[data-state="clean"] { color: #188038; }
.badge[data-state="offline"] { color: #d93025; border-style: dashed; }
.badge[data-state="busy"] { color: #5f6368; }
.card, .panel, .dialog {
  background: #fff; border: 1px solid #dadce0; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(60,64,67,.28); padding: 12px 14px;
}
.card { width: 320px; max-width: calc(100vw - 8px); }
.panel { width: 340px; max-height: 60vh; overflow: auto; }
.dialog { width: 360px; left: 50%; top: 30%; transform: translate(-50%, 0); }
[hidden] { display: none !important; }
.kind {
  display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em;
  color: var(--c); text-transform: uppercase; margin-bottom: 4px;
}
.kind::before {
  content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%;
  background: var(--c); margin-right: 6px; vertical-align: 0;
}
.message { margin: 0 0 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
.flagged { color: #5f6368; font-size: 12px; margin: -4px 0 8px; overflow-wrap: anywhere; }
.flagged q { color: #202124; text-decoration: line-through; text-decoration-color: var(--c); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button {
  font: inherit; cursor: pointer; border-radius: 16px; padding: 4px 12px;
  border: 1px solid #dadce0; background: #fff; color: #1a73e8; white-space: pre-wrap;
  text-align: left; overflow-wrap: anywhere; max-width: 100%;
}
button:hover { background: #f1f3f4; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
button.apply { background: #e8f0fe; border-color: #d2e3fc; color: #174ea6; font-weight: 500; }
button.apply:hover { background: #d2e3fc; }
button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
button.primary:hover { background: #1765cc; }
button.quiet { border-color: transparent; color: #5f6368; }
.panel h2 { font-size: 14px; margin: 0 0 8px; display: flex; justify-content: space-between; align-items: center; }
.panel h3 { font-size: 12px; color: #5f6368; margin: 12px 0 6px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { display: flex; gap: 8px; align-items: flex-start; padding: 5px 0; border-top: 1px solid #f1f3f4; }
.panel li:first-child { border-top: 0; }
.panel li .text { flex: 1; overflow-wrap: anywhere; }
.panel li button { padding: 2px 10px; font-size: 12px; flex: none; }
.status { flex: none; width: 18px; height: 18px; border-radius: 50%; display: inline-flex;
  align-items: center; justify-content: center; font-size: 11px; font-weight: 700; color: #fff; margin-top: 1px; }
.status[data-answered="true"] { background: #188038; }
.status[data-answered="false"] { background: #d93025; }
.status[data-answered="null"] { background: #9aa0a6; }
.dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--c); margin-top: 6px; }
.note { color: #5f6368; font-size: 12px; margin: 8px 0 0; }
.note.error { color: #d93025; }
.dialog p { margin: 0 0 8px; }
.dialog ul { list-style: none; margin: 0 0 12px; padding: 0; }
.dialog li { display: flex; gap: 8px; padding: 3px 0; }
.panel .footer { margin-top: 12px; justify-content: flex-end; }
.dialog .actions { justify-content: flex-end; }
`;
