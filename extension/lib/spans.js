// Suggestions as spans over a draft that keeps changing: edits shift them, dismissals hide them,
// and an answer that no longer matches the text is dropped. Pure functions, no DOM.

/** The one edit that turns `before` into `after`: `{start, end, inserted}` over `before`. */
export function diffEdit(before, after) {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) tail++;
  return { start, end: before.length - tail, inserted: after.length - tail - start };
}

/**
 * Moves suggestions past an edit. A suggestion the edit touches is dropped (its text changed, the
 * next review will say whether it still applies); one after it moves by the change in length.
 */
export function shiftSuggestions(suggestions, edit) {
  if (!edit) return suggestions;
  const delta = edit.inserted - (edit.end - edit.start);
  const out = [];
  for (const s of suggestions) {
    const point = s.start === s.end;
    if (point ? s.start < edit.start : s.end <= edit.start) out.push(s);
    else if (point ? s.start > edit.end : s.start >= edit.end) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}

/** True when every suggestion's `text` is still the draft's slice at its span. */
export const spanMatches = (draft, s) => draft.slice(s.start, s.end) === s.text;

/** What identifies a suggestion across reviews: spans move while typing, rule and text do not. */
export const suggestionKey = (s) => `${s.rule}\u0000${s.text}\u0000${s.message}`;

/** Suggestions still open: in the current text, and not dismissed. Sorted by position. */
export function openSuggestions(suggestions, draft, dismissed = new Set()) {
  return suggestions
    .filter((s) => spanMatches(draft, s) && !dismissed.has(suggestionKey(s)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The text after applying `replacement` to suggestion `s` (what the editor should then hold). */
export const applyToText = (draft, s, replacement) => draft.slice(0, s.start) + replacement + draft.slice(s.end);

/** The server's insertion point for `question`'s answer (its message quotes the question), else its first one. */
export function answerMarker(suggestions, question) {
  const points = suggestions.filter((s) => s.category === "questions" && s.start === s.end);
  const quoted = question && question.text ? question.text.trim() : "";
  return (quoted && points.find((s) => s.message.includes(quoted))) || points[0] || null;
}

/**
 * Where the answer to `question` (or to the open questions) belongs: the server's insertion point
 * when it sent one, otherwise the end of the draft's first paragraph after the greeting, or the end.
 */
export function answerPoint(suggestions, draft, question = null) {
  const point = answerMarker(suggestions, question);
  if (point) return point.start;
  const firstBreak = draft.indexOf("\n\n");
  const next = firstBreak < 0 ? -1 : draft.indexOf("\n\n", firstBreak + 2);
  if (next > 0) return next;
  return draft.replace(/\s+$/, "").length;
}

/** Counts for the badge: open suggestions, how many are errors, unanswered questions. */
export function summarize(suggestions, questions = []) {
  return {
    total: suggestions.length,
    errors: suggestions.filter((s) => s.severity === "error").length,
    unanswered: questions.filter((q) => q.answered === false).length,
  };
}

/** `2026-12-03T16:05:00+01:00`: the writer's local time with its offset, as `context.now` wants. */
export function isoWithOffset(date) {
  const pad = (n, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`
  );
}
