"""Every string the workspace shows has its Thai, with the same placeholders; nothing stale stays behind."""

from __future__ import annotations

import re

from inspector_app.hq.web.i18n import Translator
from inspector_app.hq.web.messages import load, used_strings

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def test_every_shown_string_has_thai_with_the_same_placeholders() -> None:
    used, thai = used_strings(), load()
    assert len(used) > 250
    missing = sorted(k for k in used if not thai.get(k))
    assert missing == [], "run: python -m inspector_app.hq.web.messages, then translate"
    assert sorted(set(thai) - used) == []
    wrong = {k: v for k, v in thai.items() if sorted(PLACEHOLDER.findall(k)) != sorted(PLACEHOLDER.findall(v))}
    assert wrong == {}


def test_dates_are_buddhist_era_in_thai_and_bangkok_time() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 3, 5, 17, 30, tzinfo=UTC)  # 00:30 on 6 March in Bangkok
    assert Translator("th").datetime(moment) == "6 มี.ค. 2569 เวลา 00:30 น."
    assert Translator("en").datetime(moment) == "6 Mar 2026, 00:30"
    assert Translator("th").date("2026-03-05") == "5 มีนาคม พ.ศ. 2569"
    assert Translator("th").ngettext("%(num)s day", "%(num)s days", 3) == "3 วัน"
    assert Translator("en").ngettext("%(num)s day", "%(num)s days", 1) == "1 day"
