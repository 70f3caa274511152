#!/usr/bin/env python3
"""Generates tuning.jsonl: announcements as managers write them, with the expected parse.

Same format and conventions as blind/README.md (TODAY = Thursday 2026-12-03). Every date is
computed here with datetime from the words' meaning, and checked again at the end (weekday
next to a date, not before today, within range). Seeded: the same file every run.
"""
import datetime as dt
import json
import random
import sys

TODAY = dt.date(2026, 12, 3)
R = random.Random(20261203 + 18)

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NL_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten"}
NL_NUM = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 10: "tien"}
EN_ORD_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 8: "eighth", 10: "tenth",
               12: "twelfth", 15: "fifteenth", 20: "twentieth"}
NL_NUM_WORD = {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 8: "acht", 10: "tien", 12: "twaalf",
               15: "vijftien", 20: "twintig"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def next_weekday(wd):
    d = TODAY + dt.timedelta(days=1)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d


def next_week(wd):
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday())
    return monday + dt.timedelta(days=wd)


def yearless_date():
    return TODAY + dt.timedelta(days=R.randint(1, 88))  # 2026-12-04 .. 2027-03-01


def year_date():
    return TODAY + dt.timedelta(days=R.randint(5, 200))


# A date phrase: (with preposition, bare, iso, flags). Leaver templates avoid "per".
def en_date():
    k = R.randint(0, 23)
    if k == 0:
        d = yearless_date(); w = f"{d.day} {EN_MONTHS[d.month - 1]}"; return ("on " + w, w, d)
    if k == 1:
        d = yearless_date(); w = f"{EN_MONTHS[d.month - 1]} {d.day}"; return ("on " + w, w, d)
    if k == 2:
        d = yearless_date(); w = f"{EN_MONTHS[d.month - 1]} {ordinal(d.day)}"; return ("on " + w, w, d)
    if k == 3:
        d = yearless_date(); w = f"the {ordinal(d.day)} of {EN_MONTHS[d.month - 1]}"; return ("on " + w, w, d)
    if k == 4:
        d = year_date(); w = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"; return ("on " + w, w, d)
    if k == 5:
        d = year_date(); w = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"; return ("on " + w, w, d)
    if k == 6:
        d = year_date(); w = f"{d.day}/{d.month}/{d.year}"; return ("on " + w, w, d)
    if k == 7:
        d = year_date(); w = f"{d.day}-{d.month}-{d.year}"; return ("on " + w, w, d)
    if k == 8:
        d = year_date(); w = d.isoformat(); return ("on " + w, w, d)
    if k == 9:
        d = yearless_date(); w = f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]}"; return ("on " + w, w, d)
    if k == 10:
        d = year_date(); w = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}"; return ("on " + w, w, d)
    if k == 11:
        return ("tomorrow", "tomorrow", TODAY + dt.timedelta(days=1))
    if k == 12:
        wd = R.randint(0, 4); w = "next " + EN_DAYS[wd]; return (w, w, next_weekday(wd))
    if k == 13:
        wd = R.choice([0, 1, 2, 4]); w = EN_DAYS[wd]; return ("on " + w, w, next_weekday(wd))
    if k == 14:
        n = R.choice([2, 3, 4, 2, 3]); w = f"in {EN_NUM[n]} weeks"; return (w, w, TODAY + dt.timedelta(weeks=n))
    if k == 15:
        n = R.choice([10, 14, 21]); w = f"in {n} days"; return (w, w, TODAY + dt.timedelta(days=n))
    if k == 16:
        d = yearless_date(); w = f"{d.day} {EN_MONTHS[d.month - 1]}"; return ("as of " + w, w, d)
    if k == 17:
        d = yearless_date(); w = f"{EN_MONTHS[d.month - 1]} {d.day}"; return ("from " + w, w, d)
    if k == 18:
        day = R.choice(list(EN_ORD_WORD)); d = dt.date(2027, R.choice([1, 2]), day)
        w = f"the {EN_ORD_WORD[day]} of {EN_MONTHS[d.month - 1]}"; return ("on " + w, w, d)
    if k == 19:
        d = yearless_date(); w = f"{EN_ABBR[d.month - 1].lower()} {d.day}"; return ("on " + w, w, d)
    if k == 20:
        d = yearless_date(); w = f"{d.day} {EN_ABBR[d.month - 1]}"; return ("on " + w, w, d)
    if k == 21:
        d = year_date(); w = f"{d.day:02d}-{d.month:02d}-{d.year}"; return ("on " + w, w, d)
    if k == 22:
        d = yearless_date(); w = f"{d.day}/{d.month}"; return ("on " + w, w, d)
    return ("at the end of the month", "the end of the month", dt.date(2026, 12, 31))


def nl_date(leaver=False):
    k = R.randint(0, 24)
    if k == 0:
        d = yearless_date(); w = f"{d.day} {NL_MONTHS[d.month - 1]}"; return ("op " + w, w, d)
    if k == 1 and not leaver:
        d = yearless_date(); w = f"{d.day} {NL_MONTHS[d.month - 1]}"; return ("per " + w, w, d)
    if k == 2:
        d = yearless_date(); w = f"{d.day} {NL_MONTHS[d.month - 1]}"; return ("vanaf " + w, w, d)
    if k == 3 and not leaver:
        d = year_date(); w = f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"; return ("met ingang van " + w, w, d)
    if k == 4:
        d = year_date(); w = f"{d.day}-{d.month}-{d.year}"; return ("op " + w, w, d)
    if k == 5:
        d = year_date(); w = f"{d.day}/{d.month}/{d.year}"; return ("op " + w, w, d)
    if k == 6:
        d = yearless_date(); w = f"{d.day}-{d.month}"; return ("op " + w, w, d)
    if k == 7:
        d = yearless_date(); w = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]}"; return ("op " + w, w, d)
    if k == 8:
        return ("morgen", "morgen", TODAY + dt.timedelta(days=1))
    if k == 9:
        wd = R.randint(0, 4); w = "volgende week " + NL_DAYS[wd]; return (w, w, next_week(wd))
    if k == 10:
        wd = R.randint(0, 4); w = R.choice(["volgende ", "komende ", "aanstaande "]) + NL_DAYS[wd]
        return (w, w, next_weekday(wd))
    if k == 11:
        n = R.choice([2, 3, 4]); w = f"over {NL_NUM[n]} weken"; return (w, w, TODAY + dt.timedelta(weeks=n))
    if k == 12:
        return ("over een week", "over een week", TODAY + dt.timedelta(weeks=1))
    if k == 13:
        day = R.choice(list(NL_NUM_WORD)); d = dt.date(2027, R.choice([1, 2]), day)
        w = f"{NL_NUM_WORD[day]} {NL_MONTHS[d.month - 1]}"; return ("op " + w, w, d)
    if k == 14:
        d = yearless_date(); w = f"{d.day} {NL_ABBR[d.month - 1]}"; return ("op " + w, w, d)
    if k == 15:
        d = year_date(); w = f"{d.day:02d}-{d.month:02d}-{d.year}"; return ("op " + w, w, d)
    if k == 16:
        d = year_date(); w = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year}"; return ("op " + w, w, d)
    if k == 17:
        d = yearless_date(); w = f"{d.day}e {NL_MONTHS[d.month - 1]}"; return ("op de " + w, "de " + w, d)
    if k == 18 and not leaver:
        return ("per eind van de maand", "eind van de maand", dt.date(2026, 12, 31))
    if k == 19:
        return ("vandaag", "vandaag", TODAY) if not leaver else ("morgen", "morgen", TODAY + dt.timedelta(days=1))
    if k == 20:
        d = year_date(); w = f"{d.day}.{d.month}.{d.year}"; return ("op " + w, w, d)
    if k == 21:
        d = yearless_date(); w = f"{d.day}/{d.month}"; return ("op " + w, w, d)
    if k == 22:
        d = year_date(); w = d.isoformat(); return ("op " + w, w, d)
    if k == 23:
        d = yearless_date(); w = f"{d.day} {NL_MONTHS[d.month - 1]}"; return ("vanaf " + w, w, d)
    d = yearless_date(); w = f"{d.day} {NL_MONTHS[d.month - 1]}"; return ("op " + w, w, d)


FIRST = ["Anna", "Sanne", "Daan", "Lotte", "Bram", "Fleur", "Joost", "Emma", "Thijs", "Noor", "Pieter", "Iris",
         "Ruben", "Femke", "Maarten", "Eva", "Jeroen", "Zoë", "Chloé", "Renée", "Jan-Willem", "Anne-Marie",
         "Youssef", "Fatima", "Mehmet", "Priya", "Wei", "Olga", "Siobhan", "Kwame", "Lucas", "Mila", "Sem",
         "Julia", "Finn", "Tess", "Niels", "Roos", "Karim", "Aylin", "Dmitri", "Ngozi", "Hannah", "Tom", "Linda"]
LAST = ["de Vries", "van der Berg", "Jansen", "Bakker", "van 't Hof", "el Idrissi", "de Jong", "ter Horst",
        "ten Cate", "Visser", "Smit", "Meijer", "van Dijk", "de Wit-Jansen", "Mulder", "Dekker", "van den Broek",
        "Verhoeven", "O'Connor", "Yılmaz", "Ramanathan", "Chen", "Nowak", "Mensah", "Brouwer", "Hendriks",
        "van Leeuwen", "de Boer", "Koç", "Peeters", "Müller", "Janssen-Kok", "van der Linden", "Schouten",
        "Bos", "Postma", "d'Ancona", "Kuipers", "Şahin", "Nguyen", "Vos", "te Riele", "van Beek", "García López"]
THREE = ["Ana Maria Santos", "Fatima Zahra Amrani", "Maria José García", "Jan Pieter Heemskerk",
         "Mohammed Ali Hassan", "Sara Lynn Peters"]
used = set()


def name():
    while True:
        n = R.choice(THREE) if R.random() < 0.06 else f"{R.choice(FIRST)} {R.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


ROLES = {
    "account-manager": {"en": ["account manager", "Account Manager", "AM", "sales representative", "sales rep",
                               "acount manager", "senior account manager", "accountmanager"],
                        "nl": ["accountmanager", "account manager", "verkoper", "verkoopster", "vertegenwoordiger",
                               "accountmanger", "senior accountmanager"],
                        "en_team": "the sales team", "nl_team": "bij Sales"},
    "care-worker": {"en": ["care worker", "caregiver", "carer", "healthcare assistant", "care wroker",
                           "Care Worker", "senior care worker"],
                    "nl": ["zorgmedewerker", "verzorgende", "verzorger", "verzorgster", "zorgmederwerker",
                           "zorgmedewerkster"],
                    "en_team": "the care team", "nl_team": "bij de zorg"},
    "facility-coordinator": {"en": ["facility coordinator", "facilities coordinator", "Facility Coordinator",
                                    "facilty coordinator", "facility co-ordinator"],
                             "nl": ["facilitair coördinator", "facilitair coordinator", "facilitair medewerker",
                                    "facilitaire medewerker", "facility coordinator"],
                             "en_team": "the facilities team", "nl_team": "bij de facilitaire dienst"},
    "software-engineer": {"en": ["software engineer", "developer", "dev", "software developer", "programmer",
                                 "sofware engineer", "senior software engineer", "backend developer",
                                 "Software Engineer"],
                          "nl": ["ontwikkelaar", "softwareontwikkelaar", "programmeur", "software engineer",
                                 "developer", "ontwikkelaar backend", "software-ontwikkelaar"],
                          "en_team": "the engineering team", "nl_team": "bij het ontwikkelteam"},
}
UNKNOWN = {"en": ["HR advisor", "controller", "marketing manager", "team lead", "receptionist", "data analyst"],
           "nl": ["HR-adviseur", "projectmanager", "data-analist", "teamleider", "receptioniste", "controller"]}


def role(lang, known=0.85):
    if R.random() < known:
        key = R.choice(list(ROLES))
        return R.choice(ROLES[key][lang]), key
    return R.choice(UNKNOWN[lang]), None


def article(words):
    if words in ("AM",):
        return "an " + words
    return ("an " if words[0].lower() in "aeiou" else "a ") + words


EN_PRE = ["", "", "", "", "Hi! ", "Hello, ", "Hey bot, ", "FYI: ", "Quick one: ", "Good morning! ", "Hi team, ",
          "Heads up: ", "Hello Handover, "]
EN_POST = ["", "", "", "", " Thanks!", " Thanks in advance.", " Let me know if you need anything else.",
           " Can you make sure the laptop is ready?", " Cheers", " Much appreciated.", " Thank you!"]
NL_PRE = ["", "", "", "", "Hoi! ", "Hallo, ", "Goedemorgen, ", "Hey, ", "Ter info: ", "Beste Handover, ",
          "Hoi team, ", "Even een melding: "]
NL_POST = ["", "", "", "", " Alvast bedankt!", " Bedankt!", " Groetjes", " Kun je dit regelen?",
           " Laat maar weten als je iets nodig hebt.", " Dank je wel!", " Top, dank!"]
HE = {"en": ["She", "He", "They"], "nl": ["Ze", "Hij", "Zij"]}


def en_joiner():
    n = name(); dp, db, d = en_date(); rw, rk = role("en") if R.random() < 0.9 else (None, None)
    if rw is None:
        t = R.choice([f"{n} starts {dp}.", f"New starter: {n}, first day {db}.", f"{n} joins us {dp}.",
                      f"We hired {n}! First day is {db}.", f"Could you set up {n}? Starting {dp}."])
        return t, [dict(kind="JOINER", name=n, date=d, role=None)]
    ts = [f"{n} starts {dp} as {article(rw)}.",
          f"{n} will start {dp} as our new {rw}.",
          f"{dp[0].upper() + dp[1:]}, {n} joins us as {article(rw)}.",
          f"We hired {n} as {article(rw)}, starting {dp}.",
          f"Please set up {n}, our new {rw}. First day: {db}.",
          f"New starter: {n} ({rw}), start date {db}.",
          f"Our new {rw} {n} starts {dp}.",
          f"Can you prepare everything for {n}? {R.choice(HE['en'])} starts {dp} as {article(rw)}.",
          f"{n} is joining the team {dp} as {rw}.",
          f"Welcome {n}! {R.choice(HE['en'])} begins {dp} as {article(rw)}.",
          f"{n} has been hired as {rw}; first working day is {db}.",
          f"New hire {n}, {rw}, starting {dp}",
          f"Could you onboard {n}? {R.choice(HE['en'])}'ll be our {rw} from {db}.",
          f"{n} signed the contract as {rw} and starts {dp}.",
          f"Is everything ready for {n}? {R.choice(HE['en'])} starts {dp} as {rw}."]
    if rk and R.random() < 0.25:
        team = ROLES[rk]["en_team"]
        ts = [f"{n} joins {team} {dp}.", f"{n} starts in {team} {dp}."]
    return R.choice(ts), [dict(kind="JOINER", name=n, date=d, role=rk)]


def en_leaver():
    n = name(); dp, db, d = en_date(); rw, rk = role("en") if R.random() < 0.3 else (None, None)
    who = f"{n}, our {rw}," if rw else n
    ts = [f"{who} leaves {dp}.", f"{n}'s last day is {db}.", f"{who} has resigned, last working day {db}.",
          f"Please offboard {n}: last day {db}.", f"The contract of {n} ends {dp}.",
          f"{who} retires {dp}.", f"{who} is leaving us {dp}.",
          f"{n} handed in notice, the notice period ends {dp}.", f"{n} quits, final day is {db}.",
          f"{n} is leaving the company. Last working day: {db}.", f"Can you offboard {who} {dp}?",
          f"{dp[0].upper() + dp[1:]} is {n}'s last day.", f"Sad news: {who} is leaving, last day {db}.",
          f"{n}'s contract ends {dp}", f"Leaver: {n}, last shift {db}"]
    t = R.choice(ts)
    # The role is expected only when the message names it.
    return t, [dict(kind="LEAVER", name=n, date=d, role=rk if rw and rw in t else None)]


def en_mover():
    n = name(); dp, db, d = en_date()
    new = R.choice(list(ROLES)); old = R.choice([k for k in ROLES if k != new])
    nw = R.choice(ROLES[new]["en"]); ow = R.choice(ROLES[old]["en"])
    withold = [f"{n} moves from {ow} to {nw} {dp}.",
               f"{dp[0].upper() + dp[1:]}, {n} will switch from {ow} to {nw}.",
               f"Role change: {n} goes from {ow} to {nw}, effective {db}.",
               f"{n} changes roles from {ow} to {nw} {dp}.",
               f"Our {ow} {n} becomes {nw} {dp}."]
    noold = [f"{n} becomes {nw} {dp}.", f"{n} is promoted to {nw} as of {db}.",
             f"{n} moves to the role of {nw} {dp}.", f"Internal move: {n} takes on the {nw} role {dp}.",
             f"{n} transfers to {nw} {dp}."]
    if R.random() < 0.6:
        return R.choice(withold), [dict(kind="MOVER", name=n, date=d, role=new, fromRole=old)]
    return R.choice(noold), [dict(kind="MOVER", name=n, date=d, role=new, fromRole=None)]


def nl_joiner():
    n = name(); dp, db, d = nl_date(); rw, rk = role("nl") if R.random() < 0.9 else (None, None)
    if rw is None:
        t = R.choice([f"{n} begint {dp}.", f"Nieuwe collega: {n}, eerste werkdag {db}.",
                      f"{n} komt {dp} in dienst.", f"Kun je {n} aanmelden? {R.choice(HE['nl'])} start {dp}."])
        return t, [dict(kind="JOINER", name=n, date=d, role=None)]
    cap = dp[0].upper() + dp[1:]
    ts = [f"{n} begint {dp} als {rw}.", f"{cap} start {n} als {rw}.",
          f"We hebben {n} aangenomen als {rw}, {R.choice(HE['nl']).lower()} begint {dp}.",
          f"Nieuwe collega: {n}, {rw}, start {dp}.",
          f"Kun je alles klaarzetten voor {n}? {R.choice(HE['nl'])} begint {dp} als {rw}.",
          f"{n} komt {dp} in dienst als {rw}.", f"{cap} komt {n} ons team versterken als {rw}.",
          f"{n} treedt {dp} in dienst als {rw}.", f"Welkom aan {n}, onze nieuwe {rw}, eerste werkdag {db}.",
          f"Onze nieuwe {rw} {n} begint {dp}.", f"Nieuwe medewerker {n} ({rw}) start {dp}",
          f"Wil je een account aanmaken voor {n}? {R.choice(HE['nl'])} komt {dp} werken als {rw}.",
          f"{n} gaat {dp} aan de slag als {rw}.", f"Per {db} hebben we {n} als nieuwe {rw}."
          if dp.startswith("per ") else f"{n} start {dp} als {rw}."]
    if rk and R.random() < 0.25:
        team = ROLES[rk]["nl_team"]
        ts = [f"{n} begint {dp} {team}.", f"{n} komt {dp} werken {team}."]
    return R.choice(ts), [dict(kind="JOINER", name=n, date=d, role=rk)]


def nl_leaver():
    n = name(); dp, db, d = nl_date(leaver=True); rw, rk = role("nl") if R.random() < 0.3 else (None, None)
    who = f"{n}, onze {rw}," if rw else n
    ts = [f"{who} gaat {dp} uit dienst.", f"{who} vertrekt {dp}.", f"De laatste werkdag van {n} is {db}.",
          f"{who} heeft ontslag genomen, laatste werkdag {db}.", f"Het contract van {n} loopt af {dp}.",
          f"{who} gaat {dp} met pensioen.", f"{n} werkt nog tot en met {db}.",
          f"Wil je {n} uit dienst melden? Laatste dag {db}.", f"{who} stopt {dp}.",
          f"{n} neemt afscheid, laatste werkdag is {db}.", f"Kun je {n} afmelden? {R.choice(HE['nl'])} vertrekt {dp}.",
          f"Uitdienst: {n}, laatste dag {db}", f"{n} heeft opgezegd en vertrekt {dp}."]
    t = R.choice(ts)
    # The role is expected only when the message names it.
    return t, [dict(kind="LEAVER", name=n, date=d, role=rk if rw and rw in t else None)]


def nl_mover():
    n = name(); dp, db, d = nl_date()
    new = R.choice(list(ROLES)); old = R.choice([k for k in ROLES if k != new])
    nw = R.choice(ROLES[new]["nl"]); ow = R.choice(ROLES[old]["nl"])
    cap = dp[0].upper() + dp[1:]
    withold = [f"{n} gaat {dp} van {ow} naar {nw}.", f"{cap} stapt {n} over van {ow} naar {nw}.",
               f"Functiewijziging: {n} gaat van {ow} naar {nw}, {dp}.",
               f"{n} wisselt {dp} van functie: van {ow} naar {nw}.", f"Onze {ow} {n} wordt {dp} {nw}."]
    noold = [f"{n} wordt {dp} {nw}.", f"Functiewijziging: {n} wordt {nw} {dp}.",
             f"{n} krijgt een nieuwe functie als {nw} {dp}.", f"{n} wordt gepromoveerd tot {nw} {dp}.",
             f"{cap} neemt {n} de functie van {nw} op zich."]
    if R.random() < 0.6:
        return R.choice(withold), [dict(kind="MOVER", name=n, date=d, role=new, fromRole=old)]
    return R.choice(noold), [dict(kind="MOVER", name=n, date=d, role=new, fromRole=None)]


def en_two():
    n1, n2 = name(), name(); dp1, db1, d1 = en_date(); dp2, db2, d2 = en_date()
    k1 = R.choice(list(ROLES)); r1 = R.choice(ROLES[k1]["en"])
    k = R.randint(0, 2)
    if k == 0:
        return (f"{n1} starts {dp1} as {article(r1)}, and {n2} leaves {dp2}.",
                [dict(kind="JOINER", name=n1, date=d1, role=k1), dict(kind="LEAVER", name=n2, date=d2, role=None)])
    if k == 1:
        k2 = R.choice(list(ROLES)); r2 = R.choice(ROLES[k2]["en"])
        return (f"Two new starters: {n1} as {r1} {dp1}, and {n2} as {r2} {dp2}.",
                [dict(kind="JOINER", name=n1, date=d1, role=k1), dict(kind="JOINER", name=n2, date=d2, role=k2)])
    return (f"{n1} leaves {dp1}. {n2} takes over and becomes {r1} {dp2}.",
            [dict(kind="LEAVER", name=n1, date=d1, role=None),
             dict(kind="MOVER", name=n2, date=d2, role=k1, fromRole=None)])


def nl_two():
    n1, n2 = name(), name(); dp1, db1, d1 = nl_date(); dp2, db2, d2 = nl_date(leaver=True)
    k1 = R.choice(list(ROLES)); r1 = R.choice(ROLES[k1]["nl"])
    k = R.randint(0, 2)
    if k == 0:
        return (f"{n1} begint {dp1} als {r1} en {n2} gaat {dp2} uit dienst.",
                [dict(kind="JOINER", name=n1, date=d1, role=k1), dict(kind="LEAVER", name=n2, date=d2, role=None)])
    if k == 1:
        k2 = R.choice(list(ROLES)); r2 = R.choice(ROLES[k2]["nl"])
        return (f"Twee nieuwe collega's: {n1} begint {dp1} als {r1}, {n2} start {dp2} als {r2}.",
                [dict(kind="JOINER", name=n1, date=d1, role=k1), dict(kind="JOINER", name=n2, date=d2, role=k2)])
    return (f"{n1} vertrekt {dp2}. {n2} neemt het over en wordt {dp1} {r1}.",
            [dict(kind="LEAVER", name=n1, date=d2, role=None),
             dict(kind="MOVER", name=n2, date=d1, role=k1, fromRole=None)])


def email(lang, text):
    sender = R.choice(["Mark Smit", "Ingrid Vos", "Peter de Graaf", "Carla Jonker"])
    if lang == "en":
        return f"Hi,\n\n{text}\n\nKind regards,\n{sender}\nTeam manager"
    return f"Beste,\n\n{text}\n\nMet vriendelijke groet,\n{sender}\nTeamleider"


def main():
    out = []
    makers = {"en": [(en_joiner, 40), (en_leaver, 30), (en_mover, 18), (en_two, 5)],
              "nl": [(nl_joiner, 40), (nl_leaver, 30), (nl_mover, 18), (nl_two, 5)]}
    for i in range(460):
        lang = "nl" if i % 2 == 0 else "en"
        fns, weights = zip(*makers[lang])
        text, expect = R.choices(fns, weights)[0]()
        pre = R.choice(EN_PRE if lang == "en" else NL_PRE)
        post = R.choice(EN_POST if lang == "en" else NL_POST)
        text = pre + text + post
        if R.random() < 0.05:
            text = email(lang, text.strip())
        for e in expect:
            e["date"] = e["date"].isoformat() if e["date"] else None
        out.append({"id": f"t{i + 1:03d}", "lang": lang, "text": text, "expect": expect})
    check(out)
    with open(sys.argv[1] if len(sys.argv) > 1 else "tuning.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    nl = sum(1 for r in out if r["lang"] == "nl")
    print(f"{len(out)} messages, {nl} Dutch ({100 * nl / len(out):.1f} %), "
          f"{sum(len(r['expect']) > 1 for r in out)} with two people")


def check(rows):
    """The dates again, independently of how they were made: valid, not before today, weekdays right."""
    import re
    days = {w.lower(): i for i, w in enumerate(EN_DAYS)} | {w: i for i, w in enumerate(NL_DAYS)}
    ids = set()
    for r in rows:
        assert r["id"] not in ids; ids.add(r["id"])
        for e in r["expect"]:
            assert e["name"] in r["text"], r
            if e["date"]:
                d = dt.date.fromisoformat(e["date"])
                assert TODAY <= d <= TODAY + dt.timedelta(days=540), r
        # A weekday written right before a day number must be that date's weekday.
        for m in re.finditer(r"(?i)\b(" + "|".join(days) + r"),? (\d{1,2}) ([a-z]+)", r["text"]):
            day = int(m.group(2))
            hits = [e for e in r["expect"] if e["date"] and dt.date.fromisoformat(e["date"]).day == day]
            assert hits and all(dt.date.fromisoformat(e["date"]).weekday() == days[m.group(1).lower()]
                                for e in hits), r


if __name__ == "__main__":
    main()
