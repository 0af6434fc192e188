"""Every code the source raises has a template, and every call gives the template's
placeholders. Found by reading the source's syntax tree."""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

from kemidesk.domain.messages import TEMPLATES

SRC = Path(__file__).resolve().parents[2] / "src" / "kemidesk"

# Modules the lead engineer converts to codes after merging (issue 9); remove each one
# from this set when it is converted.
PENDING_CONVERSION: set[str] = set()

# call name → (position of the code, positional parameter names after it, keywords that
# are not parameters)
CALLS: dict[str, tuple[int, tuple[str, ...], frozenset[str]]] = {
    "DomainError": (0, (), frozenset()),
    "ValidationError": (0, (), frozenset({"field"})),
    "NotAllowedError": (0, (), frozenset()),
    "NotFoundError": (0, ("key",), frozenset()),
    "fail": (1, (), frozenset()),
    "get_or_raise": (2, (), frozenset()),
    "Message": (0, (), frozenset()),
    "Finding": (1, (), frozenset()),
}


@dataclass
class Use:
    where: str
    code: str
    params: set[str] | None  # None: not known from the source (a variable, **kwargs)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _params(
    call: ast.Call, position: int, names: tuple[str, ...], skip: frozenset[str]
) -> set[str] | None:
    if _name(call.func) == "get_or_raise":
        return {"key"}  # get_or_raise(model, pk, code) raises NotFoundError(code, pk)
    found = set(names[: max(0, len(call.args) - position - 1)])
    if _name(call.func) in ("Message", "Finding"):
        if len(call.args) <= position + 1:
            return found
        given = call.args[position + 1]
        if not isinstance(given, ast.Dict) or None in given.keys:
            return None
        return {k.value for k in given.keys if isinstance(k, ast.Constant)}
    if any(k.arg is None for k in call.keywords):
        return None
    return found | {k.arg for k in call.keywords if k.arg not in skip}


def code_uses(source: str, where: str) -> list[Use]:
    uses = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node.func) not in CALLS:
            continue
        position, names, skip = CALLS[_name(node.func)]
        if len(node.args) <= position:
            continue
        code = node.args[position]
        if isinstance(code, ast.Constant) and isinstance(code.value, str):
            uses.append(Use(where, code.value, _params(node, position, names, skip)))
    return uses


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def problems(uses: list[Use]) -> list[str]:
    found = []
    for use in uses:
        if use.code not in TEMPLATES:
            found.append(f"{use.where}: {use.code!r} has no template")
        elif use.params is not None and not placeholders(TEMPLATES[use.code]) <= use.params:
            found.append(f"{use.where}: {use.code} given {sorted(use.params)}")
    return found


def all_uses() -> list[Use]:
    uses = []
    for path in sorted(SRC.rglob("*.py")):
        where = path.relative_to(SRC).as_posix()
        if where not in PENDING_CONVERSION:
            uses += code_uses(path.read_text(encoding="utf-8"), where)
    return uses


def test_every_code_in_the_source_has_a_template_and_its_parameters() -> None:
    uses = all_uses()
    assert len(uses) > 90  # the scan sees the raise sites
    assert problems(uses) == []


def test_the_scan_finds_missing_templates_and_wrong_parameters() -> None:
    source = (
        "raise ValidationError('NO_SUCH_CODE', 'x')\n"
        "raise ValidationError('REQUIRED', field='name')\n"
        "raise NotFoundError('PERSON_NOT_FOUND', 3)\n"
        "check.fail('year', 'YEAR_FORMAT', year=1)\n"
        "check.fail('x', 'RULE_VALUE_TOO_LOW', label='A')\n"
        "Message('RULE_UNKNOWN', {'name': 'x'})\n"
        "Finding(ERROR, 'HOURS_TOO_LOW', params)\n"
    )
    assert problems(code_uses(source, "m.py")) == [
        "m.py: 'NO_SUCH_CODE' has no template",
        "m.py: REQUIRED given []",
        "m.py: RULE_VALUE_TOO_LOW given ['label']",
    ]


def test_every_template_is_a_valid_format_string() -> None:
    for code, template in TEMPLATES.items():
        assert code.isupper() and code.replace("_", "").isalnum(), code
        assert all(name.isidentifier() for name in placeholders(template)), code
