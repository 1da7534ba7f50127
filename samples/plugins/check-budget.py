#!/usr/bin/env python3
"""An ecograph rule plugin (protocol ecograph.rule/1), in plain Python with no packages.

ecograph writes one JSON request to standard input and reads one JSON reply from standard
output; see docs/plugins.md and schema/ecograph-rule-plugin.schema.json. Try it by hand:

    echo '{"protocol": "ecograph.rule/1", "request": "describe"}' | ./check-budget.py

Use it with `ecograph check MODEL --plugin samples/plugins/check-budget.py`, or in .ecograph.yml:

    plugins:
      - { exec: plugins/check-budget.py, timeout: 10 }
"""
import json
import re
import sys

PROTOCOL = "ecograph.rule/1"

RULES = [
    {
        "id": "budget-is-an-amount",
        "name": {"en": "A budget is an amount of money", "de": "Ein Budget ist ein Geldbetrag"},
        "summary": {"en": "A project's budget names an amount in euros, within what the council has approved.",
                    "de": "Das Budget eines Projekts nennt einen Betrag in Euro, im vom Rat gebilligten Rahmen."},
        "severity": "warning",
        "why": "A budget like 'tbd' or 'viel' cannot be planned with, reported on or approved.",
        "fix": "Write the budget as an amount, e.g. '120.000 €' or '1,2 Mio. €'.",
        "options": [
            {"name": "max-amount", "summary": "Amounts above this (in euros) are reported; 0 for no limit.", "default": 0},
        ],
    },
    {
        "id": "project-ends-after-start",
        "name": {"en": "A project ends after it starts", "de": "Ein Projekt endet nach seinem Beginn"},
        "summary": {"en": "start and end of a project are dates (YYYY-MM or YYYY-MM-DD), the end not before the start.",
                    "de": "Beginn und Ende eines Projekts sind Daten (JJJJ-MM oder JJJJ-MM-TT), das Ende nicht vor dem Beginn."},
        "severity": "error",
        "fix": "Correct the dates of the project.",
    },
]


def amount(text):
    """Euros in '120.000 €', '1,2 Mio. €', 'EUR 50000', '50 T€'; None when it is no amount."""
    match = re.search(r"(\d[\d.,]*)\s*(mio\.?|millionen|tsd\.?|t)?\s*(€|eur|euro)", text, re.I) or \
        re.search(r"(?:€|eur|euro)\s*(\d[\d.,]*)\s*(mio\.?|millionen|tsd\.?|t)?", text, re.I)
    if not match:
        return None
    number, scale = match.group(1), (match.group(2) or "").lower()
    if "," in number:  # German: 1.200,50 or 1,2
        number = number.replace(".", "").replace(",", ".")
    elif number.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", number):
        number = number.replace(".", "")  # 120.000 is a hundred and twenty thousand
    value = float(number)
    if scale.startswith("mio") or scale.startswith("million"):
        value *= 1_000_000
    elif scale.startswith("t"):
        value *= 1_000
    return value


def date(text):
    """(year, month, day) of '2026-03' or '2026-03-15'; None otherwise."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)


def text(node, key):
    value = node["attributes"].get(key)
    return value if isinstance(value, str) else None


def check_budget(graph, options):
    limit = options.get("max-amount", 0)
    for node in graph["nodes"]:
        budget = text(node, "budget") if node["kind"] == "project" else None
        if budget is None:
            continue
        value = amount(budget)
        if value is None:
            yield finding(node, f"The budget of project '{node['name']}' is not an amount: '{budget}'.",
                          f"Das Budget von Projekt '{node['name']}' ist kein Betrag: '{budget}'.",
                          "Write it like '120.000 €' or '1,2 Mio. €'.")
        elif limit and value > limit:
            yield finding(node, f"The budget of project '{node['name']}' ({value:,.0f} €) is above {limit:,} €.",
                          f"Das Budget von Projekt '{node['name']}' ({value:,.0f} €) liegt über {limit:,} €.",
                          "Check the approval, or raise max-amount in .ecograph.yml.")


def check_dates(graph, options):
    for node in graph["nodes"]:
        if node["kind"] != "project":
            continue
        start, end = text(node, "start"), text(node, "end")
        for key, value in (("start", start), ("end", end)):
            if value is not None and date(value) is None:
                yield finding(node, f"The {key} of project '{node['name']}' is not a date: '{value}'.",
                              f"{'Beginn' if key == 'start' else 'Ende'} von Projekt '{node['name']}' ist kein Datum: '{value}'.",
                              "Write dates as YYYY-MM or YYYY-MM-DD.")
        if date(start or "") and date(end or "") and date(end) < date(start):
            yield finding(node, f"Project '{node['name']}' ends ({end}) before it starts ({start}).",
                          f"Projekt '{node['name']}' endet ({end}) vor seinem Beginn ({start}).",
                          "Correct start or end.")


def finding(node, en, de, hint):
    return {"subjects": [node["id"]], "message": {"en": en, "de": de}, "hint": hint}


CHECKS = {"budget-is-an-amount": check_budget, "project-ends-after-start": check_dates}


def main():
    request = json.load(sys.stdin)
    if request.get("protocol") != PROTOCOL:
        print(f"check-budget: unsupported protocol {request.get('protocol')!r}", file=sys.stderr)
        return 2
    if request["request"] == "describe":
        reply = {"protocol": PROTOCOL, "rules": RULES}
    elif request["request"] == "check":
        rule = request["rule"]
        if rule not in CHECKS:
            reply = {"protocol": PROTOCOL, "findings": [], "errors": [f"unknown rule {rule}"]}
        else:
            findings = [dict(f, rule=rule) for f in CHECKS[rule](request["graph"], request.get("options", {}))]
            reply = {"protocol": PROTOCOL, "findings": findings}
    else:
        print(f"check-budget: unknown request {request['request']!r}", file=sys.stderr)
        return 2
    json.dump(reply, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
