"""Checks the hand-written blind-8 set in gen.py and writes blind-8.jsonl (python3 write.py)."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ROLES = {None, "account-manager", "care-worker", "facility-coordinator", "software-engineer"}
WDRE = re.compile(r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|ma|di|wo|do|vr|za|zo)\b\.?,?\s+(?:the\s+)?(\d{1,2})(?!\d)", re.I)
ABBR = {"tues": "tue", "thurs": "thu"}

def main():
    out, names, texts = [], set(), set()
    stats = collections.Counter()
    limit = dt.date(2028, 6, 3)
    for i, (lang, text, people, lower, past) in enumerate(gen.MESSAGES, 1):
        mid = "h%03d" % i
        assert lang in ("nl", "en"), mid
        assert text not in texts, (mid, "duplicate text")
        texts.add(text)
        assert people, mid
        exp = []
        for p in people:
            n = p["name"]
            hay = text.lower() if lower else text
            assert (n.lower() if lower else n) in hay, (mid, n)
            assert n not in names, (mid, "name twice", n)
            names.add(n)
            assert p["role"] in ROLES, (mid, p["role"])
            d = p["date"]
            if d is not None:
                if past:
                    pass
                else:
                    assert gen.TODAY <= d <= limit, (mid, d)
            e = {"kind": p["kind"], "name": n, "date": None if d is None else d.isoformat(), "role": p["role"]}
            if p["kind"] == "MOVER":
                e["fromRole"] = p["fromRole"]
            exp.append(e)
            stats[(lang, p["kind"])] += 1
        if past:
            assert any(p["date"] is not None and p["date"] < gen.TODAY for p in people), mid
        # every weekday written next to a day number is an expected date with that weekday
        for line in text.split("\n"):
            if re.match(r"\s*(Datum|Verzonden|Sent|Date|Op .* schreef|On .* wrote)", line):
                continue
            for m in WDRE.finditer(line):
                w = m.group(1).lower()
                w = ABBR.get(w, w)
                day = int(m.group(2))
                if w not in gen.WEEKDAYS:
                    continue
                ok = any(p["date"] is not None and p["date"].day == day and p["date"].weekday() == gen.WEEKDAYS[w] for p in people)
                if not ok:
                    print("WEEKDAY?", mid, m.group(0), "|", text[:80])
        out.append({"id": mid, "lang": lang, "text": text, "expect": exp})
    with open(os.path.join(HERE, "blind-8.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    nl = sum(1 for o in out if o["lang"] == "nl")
    print(len(out), "messages;", nl, "nl", "%.1f %%" % (100.0 * nl / len(out)), dict(stats))
    print("two+ people:", sum(1 for o in out if len(o["expect"]) > 1), "null dates:", sum(1 for o in out if any(e["date"] is None for e in o["expect"])))

if __name__ == "__main__":
    main()
