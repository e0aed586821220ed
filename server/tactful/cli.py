"""The ``tactful`` command: serve the API, review a request file, evaluate on labelled cases."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import RequestError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tactful", description="Review customer-service replies before they are sent.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="start the review API (waitress, a production WSGI server)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--threads", type=int, default=64,
                       help="requests handled at once (default 64: model calls wait on the network)")

    review = commands.add_parser("review", help="review a request file (the API's JSON request body)")
    review.add_argument("request", help="path to REQUEST.json, or - for standard input")
    review.add_argument("--format", choices=("text", "json"), default="text")

    evaluate = commands.add_parser("eval", help="precision, recall and F1 per category on labelled cases")
    evaluate.add_argument("cases", nargs="+", type=Path, help="JSON Lines files in the shared data-set format")
    evaluate.add_argument("--map", action="append", default=[], metavar="RULE=CATEGORY",
                          help="count labels of RULE as CATEGORY (e.g. tone.impolite=condescension)")
    evaluate.add_argument("--split", help="only the cases whose 'split' field is SPLIT (e.g. train, test)")

    prompts = commands.add_parser("prompts", help="validate or render the model's prompt templates")
    prompt_commands = prompts.add_subparsers(dest="prompts_command", required=True)
    check = prompt_commands.add_parser("check", help="validate the shipped templates and a team's folder")
    check.add_argument("--dir", help="a team's templates folder (default: TACTFUL_PROMPTS_DIR)")
    render = prompt_commands.add_parser("render", help="print exactly what would be sent to the model for a request")
    render.add_argument("--request", required=True, help="path to REQUEST.json, or - for standard input")
    render.add_argument("--dir", help="a team's templates folder (default: TACTFUL_PROMPTS_DIR)")

    args = parser.parse_args(argv)
    if args.command == "prompts":
        from .prompts_cli import check_command, render_command

        return {"check": check_command, "render": render_command}[args.prompts_command](args)
    return {"serve": _serve, "review": _review, "eval": _eval}[args.command](args)


def _serve(args: argparse.Namespace) -> int:
    from waitress import serve

    from .app import create_app, warm_up

    app = create_app()
    warm_up(app)
    print(f"Tactful listening on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    serve(app, host=args.host, port=args.port, threads=args.threads,
          connection_limit=max(200, args.threads * 4), ident="tactful")
    return 0


def read_request(name: str, config):
    """The parsed request in a file (or ``-``), or None after printing why it cannot be read."""
    from .request import parse_review_request

    try:
        raw = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as error:
        print(f"tactful: cannot read {name}: {error.strerror}", file=sys.stderr)
        return None
    try:
        body = json.loads(raw)
    except json.JSONDecodeError as error:
        print(f"tactful: {name} is not JSON: {error}", file=sys.stderr)
        return None
    try:
        return parse_review_request(body, max_draft=config["MAX_DRAFT_CHARS"], max_incoming=config["MAX_INCOMING_CHARS"])
    except RequestError as error:
        print(f"tactful: {error.field or 'request'}: {error.message}", file=sys.stderr)
        return None


def _review(args: argparse.Namespace) -> int:
    from .app import create_app
    from .review import review

    app = create_app()
    parsed = read_request(args.request, app.config)
    if parsed is None:
        return 2
    result = review(parsed.draft, parsed.incoming, parsed.context, layer=app.extensions["tactful.llm"], llm=parsed.llm)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_report(args.request, parsed.draft, result))
    return 1 if result["suggestions"] else 0


def format_report(name: str, draft: str, result: dict) -> str:
    """One line per suggestion, like a linter: file:line:column: severity message [rule]."""
    lines = []
    for s in result["suggestions"]:
        line, column = _line_column(draft, s["start"])
        fix = f" -> {' | '.join(repr(r) for r in s['replacements'])}" if s["replacements"] else ""
        quoted = f" \u201c{s['text']}\u201d" if s["text"] else ""
        lines.append(f"{name}:{line}:{column}: {s['severity']}{quoted}: {s['message']}{fix} [{s['rule']}]")
    count = len(result["suggestions"])
    lines.append(f"{count} suggestion{'s' if count != 1 else ''}")
    return "\n".join(lines)


def _line_column(text: str, utf16_offset: int) -> tuple[int, int]:
    from .text.utf16 import Utf16Offsets

    index = Utf16Offsets(text).to_python(utf16_offset)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _eval(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, format_scores, read_cases
    from .questions.evaluation import evaluate_questions, is_questions_file

    if bad := [item for item in args.map if "=" not in item]:
        print(f"tactful: --map {bad[0]!r}: expected RULE=CATEGORY", file=sys.stderr)
        return 2
    mapping = dict(item.split("=", 1) for item in args.map)
    for path in args.cases:
        try:
            cases = read_cases(path)
        except OSError as error:
            print(f"tactful: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        except ValueError as error:
            print(f"tactful: {error}", file=sys.stderr)
            return 2
        print(f"== {path.name}")
        if args.split:
            cases = [case for case in cases if case.get("split") == args.split]
            print(f"split {args.split}: {len(cases)} cases")
        if is_questions_file(cases):
            print("\n".join(evaluate_questions(cases).lines()))
            continue
        try:
            print(format_scores(evaluate(cases, mapping)))
        except ValueError as error:  # a case's context the API would refuse
            print(f"tactful: {path}: {error}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
