"""The extension's JavaScript checks, run from pytest so the one test command runs everything:
Node's test runner over extension/test/ (pure logic), and ESLint with the HTML-sink rules (G11).

They need node and the extension's npm packages (`npm ci` in extension/, which .ci/run does).
Without them they skip, unless TACTFUL_REQUIRE_BROWSER=1, where they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"


def _need(reason: str):
    if os.environ.get("TACTFUL_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; TACTFUL_REQUIRE_BROWSER=1 makes this an error", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def node():
    if not EXTENSION.is_dir():
        pytest.skip("needs the source tree's extension/")
    node = shutil.which("node")
    if not node:
        _need("node is not installed")
    if not (EXTENSION / "node_modules" / ".package-lock.json").is_file():
        _need("the extension's npm packages are missing: run `npm ci` in extension/")
    return node


def run(args: list[str], cwd: Path = EXTENSION) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_node_unit_tests(node):
    result = run([node, "--test", "--test-reporter=spec", "test/"])
    summary = [line for line in result.stdout.splitlines() if line.startswith("ℹ ")]
    print("\n".join(summary))
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert any(line.startswith("ℹ pass ") and line != "ℹ pass 0" for line in summary)


def test_eslint_forbids_html_sinks_and_eval(node):
    eslint = EXTENSION / "node_modules" / "eslint" / "bin" / "eslint.js"
    # The extension, and the playground's own script, which loads the same lib/.
    # From the root, so the playground's script is inside ESLint's base path.
    config = EXTENSION / "eslint.config.js"
    playground = Path("server") / "tactful" / "web" / "playground.js"
    result = run([node, str(eslint), "--config", str(config), "--max-warnings=0", "extension", str(playground)], cwd=ROOT)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
