"""G4: no raw customer detail in what is sent to the model; the tokenizer never downloads."""

from __future__ import annotations

import json
import random
import subprocess
import sys

from fake_openai import FakeOpenAI
from tactful.app import create_app


def luhn_card(rng: random.Random) -> str:
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = sum(d if i % 2 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits)))
    digits.append((10 - total % 10) % 10)
    text = "".join(map(str, digits))
    return " ".join(text[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else text


def seeded_email(rng: random.Random) -> tuple[str, str, list[str]]:
    card = luhn_card(rng)
    address = f"{rng.choice(['ana', 'j.smith', 'li.wei'])}{rng.randrange(1000)}@{rng.choice(['example.com', 'mail.example.org'])}"
    phone = f"+44 20 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"
    iban = f"GB{rng.randrange(10, 99)} WEST {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}"
    order = rng.randrange(10_000, 99_999)  # not a detail: keeps the masked texts apart (else the cache answers)
    incoming = f"Hi, order {order}: my card {card} was charged twice. Email me at {address} or call {phone}. IBAN {iban}.\n\nAna"
    draft = f"Hi Ana,\n\nWe refunded the card {card} and will write to {address} or call {phone}.\n\nTom"
    return draft, incoming, [card, address, phone, iban, card.replace(" ", "")]


def test_two_hundred_seeded_emails_send_no_raw_detail():
    rng = random.Random(4)
    with FakeOpenAI("ok") as fake:
        client = create_app({"TESTING": True, "OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": fake.url}).test_client()
        secrets = []
        for _ in range(200):
            draft, incoming, values = seeded_email(rng)
            secrets.extend(values)
            response = client.post("/v1/review", json={"draft": draft, "incoming": incoming})
            assert response.status_code == 200 and response.get_json()["llm"]["used"] is True
        sent = json.dumps(fake.requests)
    assert len(fake.requests) == 200
    leaked = [value for value in secrets if value in sent]
    assert leaked == []


def test_the_tokenizer_loads_with_the_network_cut_and_an_empty_cache(tmp_path):
    script = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network is cut in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from tactful.llm import tokens\n"
        "print(tokens.count('Hello there, how are you? 😀'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True,
                          env={"TIKTOKEN_CACHE_DIR": str(tmp_path), "PATH": "", "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 8
    assert len(list(tmp_path.iterdir())) == 1  # the one unpacked encoding file, checked by tiktoken's own hash
