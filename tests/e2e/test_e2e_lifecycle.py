"""Gmail's lifecycle: compose boxes that appear later (several at once), boxes that go, and a service
worker that Chrome stops when idle (its globals go, the settings stay)."""

from __future__ import annotations

from e2e_support import EDITOR, boxes, close_to, open_gmail, type_reply, word_rects

NEW_COMPOSE = """() => {
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const editor = el('div', {id: 'new-editor', class: 'editable', role: 'textbox', 'aria-label': 'Message Body',
                            contenteditable: 'true', g_editable: 'true'}, el('div', {}, el('br')));
  const send = el('div', {role: 'button', class: 'T-I aoO', 'data-tooltip': 'Send'}, 'Send');
  document.querySelector('[role=main]').append(el('div', {class: 'M9', id: 'new-compose'}, editor, el('div', {class: 'btC'}, send)));
}"""


def test_a_compose_box_inserted_later_is_reviewed_alongside_the_first(ext, page, screenshots):
    open_gmail(page)
    page.evaluate(NEW_COMPOSE)
    page.wait_for_function("() => document.querySelectorAll('[data-tactful=overlay]').length === 2")
    type_reply(page, ["Hi John,", "", "Thanks for waiting."], selector="#new-editor")
    type_reply(page, ["Hello Maria, we guarantee it."])
    page.wait_for_function(
        "() => document.querySelectorAll('[data-tactful=overlay]')[1].shadowRoot.querySelector('.hl[data-category=names]')"
        " && document.querySelectorAll('[data-tactful=overlay]')[0].shadowRoot.querySelector('.hl[data-category=promises]')"
    )
    names = [b for b in boxes(page, index=1) if b["category"] == "names"]
    assert close_to(names[0], word_rects(page, "John", "#new-editor")[0])
    assert not [b for b in boxes(page, index=0) if b["category"] == "names"], "each box has its own review"
    page.screenshot(path=screenshots / "extension-two-compose-boxes.png", full_page=True)
    page.evaluate("() => document.getElementById('new-compose').remove()")
    page.wait_for_function("() => document.querySelectorAll('[data-tactful=overlay]').length === 1")


def test_reviews_continue_after_the_service_worker_restarts(ext, page):
    open_gmail(page)
    type_reply(page, ["Hi Maria,"])
    page.wait_for_function("() => document.querySelector('[data-tactful=overlay]').shadowRoot.querySelector('.badge').textContent === '✓'")
    worker = ext.worker()
    worker.evaluate("() => { self.tactfulMarker = 1; }")  # a global: lost when the worker stops
    # Stop it as Chrome does when it idles. (Target.closeTarget from a Gmail page only detaches the
    # test's session; the ServiceWorker domain of an extension page really stops it.)
    extension_page = ext.context.new_page()
    try:
        extension_page.goto(f"chrome-extension://{ext.extension_id}/options.html")
        cdp = ext.context.new_cdp_session(extension_page)
        statuses = []
        cdp.on("ServiceWorker.workerVersionUpdated",
                lambda event: statuses.extend(v["runningStatus"] for v in event["versions"]))
        cdp.send("ServiceWorker.enable")
        cdp.send("ServiceWorker.stopAllWorkers")
        extension_page.wait_for_function("() => true")
        for _ in range(50):
            if "stopped" in statuses:
                break
            extension_page.wait_for_timeout(100)
        # Something (the Gmail page's own messages) may start it again at once: seeing it stop is
        # what counts, and the lost global below proves the worker that answers is a new one.
        assert "stopped" in statuses, statuses
        after_stop = statuses.index("stopped")
        # The next review message starts it again if it is not already; key and address come from storage.
        page.bring_to_front()
        page.click(EDITOR)
        page.keyboard.press("Control+Home")  # Control+End would land in the quote (pitfall 6)
        page.keyboard.press("End")
        page.keyboard.type(" we guarantee delivery tonight.")
        page.wait_for_function(
            "() => document.querySelector('[data-tactful=overlay]').shadowRoot.querySelector('.hl[data-category=promises]')",
            timeout=15_000,
        )
        assert "starting" in statuses[after_stop:] and statuses[-1] == "running", statuses
        assert worker.evaluate("() => self.tactfulMarker") is None, "the same worker kept running"
    finally:
        extension_page.close()
