"""G12: the extension asks for exactly its permission budget, and runs no remote code."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "extension"
MANIFEST = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))

BUDGET = {
    "permissions": ["storage"],
    "host_permissions": ["http://127.0.0.1/*", "http://localhost/*"],
    "optional_host_permissions": ["https://*/*"],
    "content_scripts": [{"matches": ["https://mail.google.com/*"], "js": ["content.js"], "run_at": "document_idle"}],
    "web_accessible_resources": [
        {"resources": ["content/*.js", "lib/*.js", "ext.js"], "matches": ["https://mail.google.com/*"]}
    ],
}
ALLOWED_KEYS = {
    "manifest_version", "name", "version", "description", "minimum_chrome_version", "permissions",
    "host_permissions", "optional_host_permissions", "background", "content_scripts",
    "web_accessible_resources", "options_ui",
}


def test_manifest_is_mv3_with_exactly_the_budgeted_permissions():
    assert MANIFEST["manifest_version"] == 3
    assert set(MANIFEST) == ALLOWED_KEYS, "a new manifest key needs a budget review"
    for key, expected in BUDGET.items():
        assert MANIFEST[key] == expected, key
    assert "optional_permissions" not in MANIFEST
    assert "externally_connectable" not in MANIFEST
    assert "content_security_policy" not in MANIFEST, "the default MV3 policy forbids remote and eval'd code"
    assert MANIFEST["background"] == {"service_worker": "background.js", "type": "module"}


def test_every_file_the_manifest_names_exists():
    named = [MANIFEST["background"]["service_worker"], MANIFEST["options_ui"]["page"]]
    named += [js for cs in MANIFEST["content_scripts"] for js in cs["js"]]
    for name in named:
        assert (EXTENSION / name).is_file(), name
    for pattern in MANIFEST["web_accessible_resources"][0]["resources"]:
        assert list(EXTENSION.glob(pattern)), pattern


def _extension_sources():
    for path in EXTENSION.rglob("*"):
        if "node_modules" in path.parts or "test" in path.relative_to(EXTENSION).parts[:1]:
            continue
        if path.suffix in {".js", ".html"} and path.name != "eslint.config.js":
            yield path


def test_no_remote_code():
    remote = re.compile(r"""(?:import\s*(?:\(|[^"';]*from\s*)|src=)\s*["'`](?:https?:)?//""")
    found = []
    for path in _extension_sources():
        text = path.read_text(encoding="utf-8")
        if remote.search(text):
            found.append(str(path.relative_to(EXTENSION)))
        for spec in re.findall(r"""from\s+["']([^"']+)["']""", text):
            if not spec.startswith("."):
                found.append(f"{path.relative_to(EXTENSION)} imports {spec}")
    assert found == []


def test_only_the_service_worker_calls_fetch():
    callers = [str(p.relative_to(EXTENSION)) for p in _extension_sources() if re.search(r"\bfetch\(", p.read_text(encoding="utf-8"))]
    assert callers == ["background.js"]
