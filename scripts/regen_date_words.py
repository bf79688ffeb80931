#!/usr/bin/env python3
"""Regenerate the dateparser-derived block of lexicons/{it,en}/dates.tsv.

Source: the PyPI package `dateparser` (BSD-3-Clause licence, (c) 2014
Scrapinghub and contributors), files
`dateparser/data/date_translation_data/{it,en}.py`: month and weekday names,
month abbreviations, the words for day/week/month/year, and the one-word
relative days ("oggi", "ieri", "yesterday").  Only words are taken; dateparser's
resolution logic is not used (dyad resolves dates itself, past-biased).

Usage (in a throwaway virtualenv; nothing is vendored):

    python3 -m venv /tmp/dp && /tmp/dp/bin/pip install dateparser
    /tmp/dp/bin/python scripts/regen_date_words.py

Only the lines between `# BEGIN dateparser` and `# END dateparser` are
replaced; hand-written rows outside the markers are kept as they are.
"""

import importlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BEGIN = "# BEGIN dateparser"
END = "# END dateparser"
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"]
UNITS = ["day", "week", "month", "year"]
# Relative days dyad resolves; longer phrases ("la settimana scorsa") are
# built by the resolver's grammar from unit + "last" words instead.
REL_DAY = re.compile(r"^(?:(\d+) day ago|in (\d+) day)$")
# dateparser lists "till date" as "today"; in running text it means "so far".
SKIP = {"till date"}


def block(lang: str) -> list[str]:
    info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    rows = []
    for i, key in enumerate(MONTHS, 1):
        for form in info.get(key, []):
            form = form.lower()
            # Abbreviations are kept apart: the resolver accepts them only
            # next to a day number ("5 gen.", "Jan. 5").
            kind = "month" if len(form) > 4 or form == "may" or form == "june" or form == "july" else "month_abbr"
            if len(form) >= 3:
                rows.append(f"{kind}\t{i}\t{form}")
    for i, key in enumerate(WEEKDAYS, 1):
        for form in info.get(key, []):
            form = form.lower()
            # Two/three-letter weekday abbreviations ("we", "mar") collide
            # with ordinary words in running text: full names only.
            if len(form) > 4:
                rows.append(f"weekday\t{i}\t{form}")
    for key in UNITS:
        for form in dict.fromkeys(info.get(key, [])):
            if len(form) >= 3 and form.isalpha():
                rows.append(f"unit\t{key}\t{form.lower()}")
    for rel, forms in info.get("relative-type", {}).items():
        m = REL_DAY.match(rel)
        if not m:
            continue
        offset = -int(m.group(1)) if m.group(1) else int(m.group(2))
        for form in forms:
            if form.lower() in SKIP:
                continue
            rows.append(f"relday\t{offset}\t{form.lower()}")
    return rows


def main() -> int:
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed (see the docstring)", file=sys.stderr)
        return 1
    for lang in ("it", "en"):
        path = ROOT / "lexicons" / lang / "dates.tsv"
        old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        if BEGIN in old and END in old:
            head = old[: old.index(BEGIN)]
            tail = old[old.index(END) + 1 :]
        else:
            head, tail = old, []
        new = head + [BEGIN] + block(lang) + [END] + tail
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(new) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
