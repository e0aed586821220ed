"""The playground page at / and its assets: served from the installed package, the extension's own lib."""

import re
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTENSION_LIB = ROOT / "extension" / "lib"


def packaged(name: str):
    return resources.files("tactful").joinpath("web", name)


def test_index_is_the_playground_with_a_strict_policy(client):
    with client.get("/") as response:
        page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert 'id="draft"' in page and 'id="incoming"' in page
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "require-trusted-types-for 'script'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_scripts_the_page_loads_are_served_as_javascript(client):
    with client.get("/") as response:
        page = response.get_data(as_text=True)
    sources = re.findall(r'<script type="module" src="([^"]+)"', page)
    assert sources == ["/ui/playground.js"]
    seen, queue = set(), ["/ui/playground.js"]
    while queue:  # follow the static imports: every module the page needs is served
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        with client.get(url) as response:
            source = response.get_data(as_text=True)
        assert response.status_code == 200, url
        assert response.mimetype in {"text/javascript", "application/javascript"}, url
        base = url.rsplit("/", 1)[0]
        for spec in re.findall(r'^import .*? from "(\.[^"]+)";', source, re.M | re.S):
            parts = f"{base}/{spec}".split("/")
            resolved = []
            for part in parts:
                if part == "..":
                    resolved.pop()
                elif part != ".":
                    resolved.append(part)
            queue.append("/".join(resolved))
    assert "/ui/lib/controller.js" in seen and "/ui/lib/render.js" in seen


def test_unknown_asset_is_a_404(client):
    with client.get("/ui/nope.js") as response:
        assert response.status_code == 404


@pytest.mark.skipif(not EXTENSION_LIB.is_dir(), reason="needs the source tree's extension/")
def test_packaged_lib_is_the_extensions_lib_byte_for_byte():
    """One source: the package's web/lib is the extension's lib (a link in the tree, copies in a wheel)."""
    source = {p.name: p.read_bytes() for p in EXTENSION_LIB.glob("*.js")}
    shipped = {p.name: p.read_bytes() for p in packaged("lib").iterdir() if p.name.endswith(".js")}
    assert source and shipped == source
