"""The deterministic checks: one module per rule under a folder per category.

A module declares ``RULE`` (a ``Check``); the registry finds it by walking this package, so adding
a rule touches its own module (and data file) plus its test, and no list anywhere else.
"""
