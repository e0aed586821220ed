"""`tactful review`: the same answer as the API, a linter-style report, and exit codes 0/1/2."""

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tactful.cli import main

REQUEST = {
    "draft": "😀 Hi [Customer Name],\n\nWe guarantee you will recieve it 🎁 tonight.\n\nTom",
    "incoming": "Where is my parcel? 📦\n\nThanks,\nMaria",
    "context": {"now": "2026-12-03T16:05:00+01:00", "timezone": "Europe/London", "locale": "en-GB"},
    "llm": False,
}
CLEAN = {"draft": "Thanks for your patience, Maria. Your refund was sent today."}


def write(tmp_path: Path, body, name: str = "request.json") -> Path:
    path = tmp_path / name
    path.write_text(body if isinstance(body, str) else json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return path


def api_answer(client, body) -> dict:
    response = client.post("/v1/review", json=body)
    assert response.status_code == 200
    return response.get_json()


def test_json_format_prints_the_api_response(tmp_path, capsys, client):
    path = write(tmp_path, REQUEST)
    code = main(["review", "--format", "json", str(path)])
    out, err = capsys.readouterr()
    printed = json.loads(out)
    expected = api_answer(client, REQUEST)
    assert printed == expected
    assert list(printed) == list(expected)
    assert printed["suggestions"], "the request should draw suggestions"
    assert code == 1
    assert err == ""


def test_json_format_from_stdin(monkeypatch, capsys, client):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(REQUEST, ensure_ascii=False)))
    code = main(["review", "--format", "json", "-"])
    out, _ = capsys.readouterr()
    assert json.loads(out) == api_answer(client, REQUEST)
    assert code == 1


def test_text_format_is_one_line_per_suggestion(tmp_path, capsys, client):
    body = {"draft": "Hi [Customer Name],\n\nWe guarantee you will recieve it tonight."}
    path = write(tmp_path, body)
    code = main(["review", str(path)])
    out, err = capsys.readouterr()
    suggestions = api_answer(client, body)["suggestions"]
    lines = out.rstrip("\n").split("\n")
    assert code == 1 and err == ""
    assert len(lines) == len(suggestions) + 1
    assert lines[-1] == f"{len(suggestions)} suggestions"
    for line, s in zip(lines, suggestions):
        match = re.match(r"^(.+):(\d+):(\d+): (\w+)", line)
        assert match, line
        assert match.group(1) == str(path)
        assert match.group(4) == s["severity"]
        assert line.endswith(f"[{s['rule']}]")
        assert s["message"] in line
    by_rule = {s["rule"]: line for line, s in zip(lines, suggestions)}
    assert by_rule["placeholders.template-leftover"].startswith(f"{path}:1:4: ")
    assert by_rule["promises.absolute-guarantee"].startswith(f"{path}:3:1: ")
    assert by_rule["spelling.misspelled-word"].startswith(f"{path}:3:23: ")


def test_text_format_from_stdin_names_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"draft": "You will recieve it."})))
    code = main(["review", "-"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert out.splitlines()[0].startswith("-:1:10: ")
    assert out.splitlines()[0].endswith("[spelling.misspelled-word]")
    assert out.splitlines()[-1] == "1 suggestion"


@pytest.mark.parametrize("fmt", [[], ["--format", "json"]])
def test_no_suggestions_exits_zero(tmp_path, capsys, fmt):
    code = main(["review", *fmt, str(write(tmp_path, CLEAN))])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    if fmt:
        assert json.loads(out)["suggestions"] == []
    else:
        assert out == "0 suggestions\n"


@pytest.mark.parametrize(
    "body,names",
    [
        pytest.param({"incoming": "Hi"}, "draft", id="missing-draft"),
        pytest.param({"draft": 3}, "draft", id="draft-number"),
        pytest.param({"draft": "Hi", "context": {"timezone": "Mars/Olympus"}}, "context.timezone", id="bad-timezone"),
        pytest.param({"draft": "Hi", "colour": "red"}, "colour", id="unknown-field"),
        pytest.param(["Hi"], "body", id="array"),
    ],
)
def test_bad_request_file_exits_two(tmp_path, capsys, body, names):
    code = main(["review", "--format", "json", str(write(tmp_path, body))])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert f" {names}: " in err


def test_not_json_exits_two(tmp_path, capsys):
    path = write(tmp_path, "draft: Hi there", "request.yaml")
    assert main(["review", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert str(path) in err and "not JSON" in err


def test_missing_file_exits_two(tmp_path, capsys):
    path = tmp_path / "nowhere.json"
    assert main(["review", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert str(path) in err


def test_console_script(tmp_path, client):
    script = shutil.which("tactful", path=str(Path(sys.executable).parent)) or shutil.which("tactful")
    assert script, "the tactful console script is not installed"
    path = write(tmp_path, REQUEST)
    done = subprocess.run([script, "review", "--format", "json", str(path)], capture_output=True, timeout=120)
    assert done.returncode == 1, done.stderr.decode()
    assert json.loads(done.stdout.decode("utf-8")) == api_answer(client, REQUEST)
    done = subprocess.run([script, "review", str(tmp_path / "missing.json")], capture_output=True, timeout=120)
    assert done.returncode == 2
    assert b"missing.json" in done.stderr


def test_eval_split_keeps_only_that_split(tmp_path, capsys):
    cases = [
        {"id": "a", "text": "Can you send the invoice?", "thread": None, "split": "train", "labels": [{"rule": "questions"}]},
        {"id": "b", "text": "Thanks for the update.", "thread": None, "split": "test", "labels": []},
        {"id": "c", "text": "Please call me tomorrow.", "thread": None, "split": "test", "labels": [{"rule": "questions"}]},
    ]
    path = write(tmp_path, "\n".join(json.dumps(case) for case in cases), name="cases.jsonl")
    assert main(["eval", "--split", "test", str(path)]) == 0
    out = capsys.readouterr().out
    assert "split test: 2 cases" in out
    assert re.search(r"TP\s+1\s+FP\s+0\s+FN\s+0", out)


def test_eval_scores_the_kinds_of_the_questions_found(tmp_path, capsys):
    thread = "Hi,\n\nCan the desk be delivered before Christmas? How much is delivery?\n\nSam"
    gold = [
        {"text": "Can the desk be delivered before Christmas?", "kind": "yes/no", "answered": True},
        {"text": "How much is delivery?", "kind": "which", "answered": False},  # a wrong kind, on purpose
    ]
    for q in gold:
        q["py_start"] = thread.index(q["text"])
        q["py_end"] = q["start"] = q["end"] = q["py_start"] + len(q["text"])
    case = {"id": "k", "text": "Hi Sam,\n\nYes, it can arrive on Tuesday 22 December.\n\nTom", "thread": thread, "questions": gold}
    path = write(tmp_path, json.dumps(case), name="cases.jsonl")
    assert main(["eval", str(path)]) == 0
    assert re.search(r"kind\s+2 questions found: accuracy 0\.500 \(right 1\)", capsys.readouterr().out)


@pytest.mark.parametrize("now, flagged", [("2026-12-07T10:00:00+00:00", True), ("2026-11-30T10:00:00+00:00", False),
                                         ("2026-12-07T10:00:00", True)])  # no offset: read in the case's zone
def test_eval_reviews_each_case_at_its_own_now(tmp_path, capsys, now, flagged):
    text = "Hi Sam,\n\nWe'll deliver the desk on 2 December.\n\nTom"
    start = text.index("2 December")
    label = {"rule": "datetime", "start": start, "end": start + 10, "py_start": start, "py_end": start + 10}
    case = {"id": "p", "text": text, "category": "datetime", "labels": [label],
            "context": {"now": now, "timezone": "Europe/London", "locale": "en-GB"}}
    assert main(["eval", str(write(tmp_path, json.dumps(case), name="cases.jsonl"))]) == 0
    row = re.search(r"^datetime\s+1\s+(\d+)\s+(\d+)\s+(\d+)", capsys.readouterr().out, re.MULTILINE)
    assert row and tuple(map(int, row.groups())) == (int(flagged), 0, int(not flagged))  # TP, FP, FN


@pytest.mark.parametrize("context, expected", [
    ({"timezone": "Mars/Base"}, "case q: 'context.timezone' must be an IANA time zone"),
    ({"now": "yesterday"}, "case q: 'context.now' must be an ISO 8601 date-time"),
])
def test_eval_names_the_case_whose_context_it_cannot_use(tmp_path, capsys, context, expected):
    case = {"id": "q", "text": "See you at 6:45.", "category": "datetime", "labels": [], "context": context}
    assert main(["eval", str(write(tmp_path, json.dumps(case), name="cases.jsonl"))]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


@pytest.mark.parametrize("body, expected", [
    (None, "cannot read"),
    ('{"id": "a", "text": "Hi", "labels": []}\n{bad\n', "cases.jsonl:2: not JSON"),
    ('["a list"]\n', "cases.jsonl:1: not a JSON object"),
])
def test_eval_names_the_file_and_line_it_cannot_use(tmp_path, capsys, body, expected):
    path = tmp_path / "cases.jsonl" if body is None else write(tmp_path, body, name="cases.jsonl")
    assert main(["eval", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and expected in err and "Traceback" not in err


def test_eval_rejects_a_map_without_equals(tmp_path, capsys):
    path = write(tmp_path, '{"id": "a", "text": "Hi", "labels": []}\n', name="cases.jsonl")
    assert main(["eval", "--map", "tone.impolite", str(path)]) == 2
    assert "expected RULE=CATEGORY" in capsys.readouterr().err
