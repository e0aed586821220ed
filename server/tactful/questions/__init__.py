"""The customer's questions and requests, and whether the draft answers each.

``extract`` finds them in the newest incoming message (never quoted history or signatures);
``verdict`` decides answered true/false/None from what the draft says, by the answer each kind of
question expects (a "when" question wants a time or date, a request an acknowledgement).
"""
