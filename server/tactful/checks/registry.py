"""Finds every rule by walking the ``tactful.checks`` package."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from . import __path__ as _checks_path
from .types import Check


def rule_id_for(module_name: str) -> str:
    """``tactful.checks.promises.absolute_guarantee`` -> ``promises.absolute-guarantee``."""
    category, _, name = module_name.removeprefix("tactful.checks.").partition(".")
    return f"{category}.{name.replace('_', '-')}"


@lru_cache(maxsize=1)
def all_rules() -> tuple[Check, ...]:
    rules = []
    for info in sorted(pkgutil.walk_packages(_checks_path, "tactful.checks."), key=lambda i: i.name):
        short = info.name.rsplit(".", 1)[-1]
        in_category = info.name.count(".") == 3  # tactful.checks.<category>.<rule>
        if info.ispkg or not in_category or short.startswith("_"):
            continue
        module = importlib.import_module(info.name)
        rule = getattr(module, "RULE", None)
        if not isinstance(rule, Check):
            raise TypeError(f"{info.name} declares no RULE")
        rules.append(rule)
    return tuple(rules)


def rules_by_id() -> dict[str, Check]:
    return {rule.id: rule for rule in all_rules()}
