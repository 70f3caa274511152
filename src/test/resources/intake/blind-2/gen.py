#!/usr/bin/env python3
"""Blind corpus 2 for issue 18: announcements as managers write them.

Written from the issue's description of how managers write, the role profiles
(src/main/resources/profiles/*.yml) and the date conventions of the first blind set
(intake/blind/README.md) -- before the parser was read or changed in this session.
Every expected date is computed here from TODAY; every weekday written next to a
date is checked (or deliberately contradicts it, see CONTRADICTIONS).

Run: python3 gen.py > blind-2.jsonl
"""
import datetime as dt
import json
import random
import sys

TODAY = dt.date(2026, 12, 3)  # a Thursday
rnd = random.Random(20261204)

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}
EN_NUMWORD_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 10: "tenth",
                  15: "fifteenth", 20: "twentieth"}
NL_NUMWORD = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 10: "tien", 15: "vijftien",
              20: "twintig"}


def ordinal(d):
    return EN_ORD.get(d, f"{d}th")


def next_on_or_after(month, day):
    y = TODAY.year
    d = dt.date(y, month, day)
    if d < TODAY:
        d = dt.date(y + 1, month, day)
    return d


def next_weekday(wd):  # first such weekday strictly after today
    d = TODAY + dt.timedelta(days=1)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d


def next_week(wd):  # that weekday in next calendar week (Mon-Sun)
    monday = TODAY - dt.timedelta(days=TODAY.weekday()) + dt.timedelta(days=7)
    return monday + dt.timedelta(days=wd)


def rand_future(lo=5, hi=200):
    d = TODAY + dt.timedelta(days=rnd.randint(lo, hi))
    return d


# ---------------------------------------------------------------- dates
# each returns (prep_phrase, bare_phrase, iso)

def en_date(kind=None):
    forms = ["dmy", "md_noyear", "ord_of", "month_ord", "dmy_num_slash", "dmy_num_dash", "iso", "wd_full",
             "tomorrow", "next_wd", "in_weeks", "short_month", "dm_noyear", "numword", "as_of", "eom",
             "wd_dm", "dm_slash_noyear", "today"]
    f = rnd.choice(forms)
    d = rand_future()
    if f == "dmy":
        t = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
        return "on " + t, t, d
    if f == "md_noyear":
        d = next_on_or_after(d.month, d.day) if d.month != 2 or d.day < 29 else d
        t = f"{EN_MONTHS[d.month - 1]} {ordinal(d.day)}"
        return "on " + t, t, d
    if f == "ord_of":
        t = f"the {ordinal(d.day)} of {EN_MONTHS[d.month - 1]}"
        if d.year != TODAY.year and next_on_or_after(d.month, d.day) != d:
            t += f" {d.year}"
        return "on " + t, t, d
    if f == "month_ord":
        t = f"{EN_MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}"
        return "on " + t, t, d
    if f == "dmy_num_slash":
        t = f"{d.day}/{d.month}/{d.year}"
        return "on " + t, t, d
    if f == "dmy_num_dash":
        t = f"{d.day:02d}-{d.month:02d}-{d.year}"
        return "on " + t, t, d
    if f == "iso":
        t = d.isoformat()
        return "on " + t, t, d
    if f == "wd_full":
        t = f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
        return "on " + t, t, d
    if f == "wd_dm":
        d = next_on_or_after(d.month, d.day) if not (d.month == 2 and d.day == 29) else d
        t = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}"
        return "on " + t, t, d
    if f == "tomorrow":
        return "tomorrow", "tomorrow", TODAY + dt.timedelta(days=1)
    if f == "today":
        return "today", "today", TODAY
    if f == "next_wd":
        wd = rnd.randint(0, 4)
        return f"next {EN_DAYS[wd]}", f"next {EN_DAYS[wd]}", next_weekday(wd)
    if f == "in_weeks":
        n = rnd.choice([2, 3, 4])
        w = {2: "two", 3: "three", 4: "four"}[n]
        return f"in {w} weeks", f"in {w} weeks", TODAY + dt.timedelta(days=7 * n)
    if f == "short_month":
        d = next_on_or_after(d.month, d.day) if not (d.month == 2 and d.day == 29) else d
        t = f"{EN_MONTHS[d.month - 1][:3]} {d.day}"
        return "on " + t, t, d
    if f == "dm_noyear":
        d = next_on_or_after(d.month, d.day) if not (d.month == 2 and d.day == 29) else d
        t = f"{d.day} {EN_MONTHS[d.month - 1]}"
        return "on " + t, t, d
    if f == "dm_slash_noyear":
        d = next_on_or_after(d.month, d.day) if not (d.month == 2 and d.day == 29) else d
        t = f"{d.day}/{d.month}"
        return "on " + t, t, d
    if f == "numword":
        day = rnd.choice(list(EN_NUMWORD_ORD))
        m = rnd.choice([1, 2, 3, 4])
        d = next_on_or_after(m, day)
        t = f"the {EN_NUMWORD_ORD[day]} of {EN_MONTHS[m - 1]}"
        return "on " + t, t, d
    if f == "as_of":
        t = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
        return "as of " + t, t, d
    if f == "eom":
        return "at the end of the month", "the end of the month", dt.date(2026, 12, 31)
    raise AssertionError(f)


def nl_date(kind=None):
    forms = ["dmy", "dm_noyear", "slash", "dash", "dash_noyear", "wd_full", "morgen", "volgende_week_wd",
             "over_weken", "per", "vanaf", "mvi", "numword", "wd_dm", "volgende_wd", "iso", "eom",
             "dots", "vandaag", "aanstaande_wd"]
    f = rnd.choice(forms)
    d = rand_future()
    nd = lambda x: next_on_or_after(x.month, x.day) if not (x.month == 2 and x.day == 29) else x
    if f == "dmy":
        t = f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"
        return "op " + t, t, d
    if f == "dm_noyear":
        d = nd(d)
        t = f"{d.day} {NL_MONTHS[d.month - 1]}"
        return "op " + t, t, d
    if f == "slash":
        t = f"{d.day}/{d.month}/{d.year}"
        return "op " + t, t, d
    if f == "dash":
        t = f"{d.day}-{d.month}-{d.year}"
        return "op " + t, t, d
    if f == "dots":
        t = f"{d.day}.{d.month}.{d.year}"
        return "op " + t, t, d
    if f == "dash_noyear":
        d = nd(d)
        t = f"{d.day}-{d.month}"
        return "op " + t, t, d
    if f == "wd_full":
        t = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year}"
        return "op " + t, t, d
    if f == "wd_dm":
        d = nd(d)
        t = f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]}"
        return "op " + t, t, d
    if f == "morgen":
        return "morgen", "morgen", TODAY + dt.timedelta(days=1)
    if f == "vandaag":
        return "vandaag", "vandaag", TODAY
    if f == "volgende_week_wd":
        wd = rnd.randint(0, 4)
        return f"volgende week {NL_DAYS[wd]}", f"volgende week {NL_DAYS[wd]}", next_week(wd)
    if f == "volgende_wd":
        wd = rnd.randint(0, 4)
        return f"volgende {NL_DAYS[wd]}", f"volgende {NL_DAYS[wd]}", next_weekday(wd)
    if f == "aanstaande_wd":
        wd = rnd.randint(0, 4)
        return f"aanstaande {NL_DAYS[wd]}", f"aanstaande {NL_DAYS[wd]}", next_weekday(wd)
    if f == "over_weken":
        n = rnd.choice([1, 2, 3, 4])
        w = {1: "een week", 2: "twee weken", 3: "drie weken", 4: "vier weken"}[n]
        return f"over {w}", f"over {w}", TODAY + dt.timedelta(days=7 * n)
    if f == "per":
        d = nd(d)
        t = f"{d.day} {NL_MONTHS[d.month - 1]}"
        return "per " + t, t, d
    if f == "vanaf":
        d = nd(d)
        t = f"{d.day} {NL_MONTHS[d.month - 1]}"
        return "vanaf " + t, t, d
    if f == "mvi":
        t = f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"
        return "met ingang van " + t, t, d
    if f == "numword":
        day = rnd.choice(list(NL_NUMWORD))
        m = rnd.choice([1, 2, 3, 4])
        d = next_on_or_after(m, day)
        t = f"{NL_NUMWORD[day]} {NL_MONTHS[m - 1]}"
        return "op " + t, t, d
    if f == "iso":
        t = d.isoformat()
        return "op " + t, t, d
    if f == "eom":
        return "eind van de maand", "eind van de maand", dt.date(2026, 12, 31)
    raise AssertionError(f)


# ---------------------------------------------------------------- people
FIRST = ["Anna", "Sanne", "Pieter", "Jeroen", "Fatima", "Mohamed", "Youssef", "Lotte", "Daan", "Sophie",
         "Bram", "Noor", "Thijs", "Eva", "Ruben", "Emma", "Kevin", "Priya", "Wei", "Lucas", "Mila", "Joost",
         "Ingrid", "Aisha", "Mehmet", "Zeynep", "Chloë", "Zoë", "Björn", "Renée", "José", "Niels", "Femke",
         "Wouter", "Tamara", "Dewi", "Sven", "Marieke", "Kofi", "Olga", "Agnieszka", "Luuk", "Jasmijn",
         "Ilse", "Stijn", "Rachid", "Esther", "Hanneke", "Gerrit", "Sean", "Tess", "Ayşe", "Gijs", "Floor"]
LAST = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
        "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "ten Brink",
        "ter Horst", "van 't Hof", "O'Connor", "El Amrani", "Yılmaz", "Nguyen", "Kowalski", "Müller",
        "Öztürk", "Janssen-de Jong", "Smit-Verhoeven", "van Dijk", "Şahin", "D'Souza", "Hoekstra",
        "Postma", "ten Hove", "van der Heijden", "Okafor", "Chen", "García", "Brandsma", "de la Cruz"]
THREE = ["Maria José Fernandes", "Anne Marie de Wit", "Jan Willem van der Sluis", "Mohammed Ali Hassan",
         "Eva Maria Kuipers", "Sarah Jane Thompson", "Klaas Jan Huizinga", "Nguyen Thi Lan"]

used = set()


def person():
    while True:
        if rnd.random() < 0.08:
            n = rnd.choice(THREE)
        else:
            n = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        if n not in used:
            used.add(n)
            return n


def poss(name, lang):
    if lang == "en":
        return name + ("'" if name.endswith("s") else "'s")
    return name + ("'" if name[-1] in "sxz" else "'s")


# ---------------------------------------------------------------- roles
# (key, phrase variants). en_as: phrase after "as"; nl_als: after "als"
ROLES = {
    "account-manager": {
        "en_as": ["an account manager", "our new Account Manager", "account manager", "a sales representative",
                  "an acount manager", "AM", "a senior account manager", "accountmanager"],
        "en_team": ["the sales team", "Sales"],
        "nl_als": ["accountmanager", "account manager", "vertegenwoordiger", "verkoper", "verkoopster",
                   "acountmanager", "senior accountmanager", "nieuwe accountmanager"],
        "nl_team": ["Sales", "het salesteam"],
        "en_bare": ["account manager", "sales", "AM"],
        "nl_bare": ["accountmanager", "verkoop", "sales"],
    },
    "care-worker": {
        "en_as": ["a care worker", "our new caregiver", "a carer", "a healthcare assistant", "care worker",
                  "a carer", "a senior care worker", "a care wroker"],
        "en_team": [],
        "nl_als": ["zorgmedewerker", "verzorgende", "verzorger", "verzorgster", "zorgmedewerkster",
                   "zorgmedwerker", "nieuwe verzorgende", "zorgmedewerker"],
        "nl_team": [],
        "en_bare": ["care worker", "caregiver"],
        "nl_bare": ["zorgmedewerker", "verzorgende"],
    },
    "facility-coordinator": {
        "en_as": ["a facility coordinator", "our new facilities coordinator", "Facility Coordinator",
                  "facility co-ordinator", "a facility cordinator", "facilities coordinator"],
        "en_team": ["the facilities team", "Facilities"],
        "nl_als": ["facilitair coördinator", "facilitair coordinator", "facilitair medewerker",
                   "facilitair medewerkster", "facility coordinator", "faciltair coordinator"],
        "nl_team": ["de facilitaire dienst", "Facilitair"],
        "en_bare": ["facility coordinator", "facilities"],
        "nl_bare": ["facilitair coordinator", "de facilitaire dienst"],
    },
    "software-engineer": {
        "en_as": ["a software engineer", "our new developer", "a software developer", "a programmer",
                  "Software Engineer", "a dev", "a senior software engineer", "a sofware engineer",
                  "a junior developer", "an engineer"],
        "en_team": ["the development team", "the dev team"],
        "nl_als": ["ontwikkelaar", "softwareontwikkelaar", "programmeur", "software engineer", "developer",
                   "medior ontwikkelaar", "sofware engineer", "ontwikkelaar"],
        "nl_team": ["het ontwikkelteam", "development"],
        "en_bare": ["software engineer", "development", "developer"],
        "nl_bare": ["ontwikkelaar", "development", "programmeur"],
    },
}
OTHER_ROLES_EN = ["an HR advisor", "a controller", "team lead", "a marketing manager", "a receptionist",
                  "a data analyst"]
OTHER_ROLES_NL = ["HR-adviseur", "controller", "teamleider", "marketeer", "receptioniste", "data-analist"]
KEYS = list(ROLES)
NOUNS = {
    "account-manager": {"en": ["account manager", "AM", "sales rep"], "nl": ["accountmanager", "verkoper", "vertegenwoordiger"]},
    "care-worker": {"en": ["care worker", "caregiver", "carer"], "nl": ["zorgmedewerker", "verzorgende", "verzorgster"]},
    "facility-coordinator": {"en": ["facility coordinator", "facilities coordinator"],
                             "nl": ["facilitair coördinator", "facilitair medewerker"]},
    "software-engineer": {"en": ["software engineer", "developer", "dev"], "nl": ["ontwikkelaar", "programmeur", "developer"]},
}


def role_as(lang, key):
    return rnd.choice(ROLES[key]["en_as" if lang == "en" else "nl_als"])


# ---------------------------------------------------------------- chatter
EN_GREET = ["", "", "", "Hi! ", "Hi Handover, ", "Hello, ", "Hey bot, ", "Good morning! ", "Hi there. ",
            "Hey, quick one: ", "Morning! "]
EN_CLOSE = ["", "", "", " Thanks!", " Thanks in advance.", " Cheers", " Let me know if you need anything else.",
            " Can you sort out the usual?", " Thank you!", " Much appreciated."]
NL_GREET = ["", "", "", "Hoi! ", "Hallo, ", "Goedemorgen, ", "Hey, ", "Hoi Handover, ", "Dag, ",
            "Hallo allemaal, ", "Goedemiddag! "]
NL_CLOSE = ["", "", "", " Bedankt!", " Alvast bedankt.", " Groetjes", " Dank je!", " Laat maar weten als je nog iets nodig hebt.",
            " Kun je alles in gang zetten?", " Top, dank!"]
EN_EXTRA = {"JOINER": [" {Pr}'ll need a laptop on day one.", " {Pr}'ll work from the Utrecht office.",
                       " Really happy with this hire.", " Please make sure the laptop is ready."],
            "LEAVER": [" Please collect {pos} laptop.", " We'll miss {obj}.", " Don't forget the access pass.",
                       " Sad to see {obj} go."],
            "MOVER": [" Access will need updating.", " Same manager as before.", " {Pr} stays on my team."]}
NL_EXTRA = {"JOINER": [" {Pr} heeft een laptop nodig.", " {Pr} werkt vanuit kantoor Utrecht.",
                       " Fijn dat het gelukt is!", " Wil je zorgen dat de laptop klaarligt?"],
            "LEAVER": [" Graag de laptop ophalen.", " Jammer dat {pr} gaat.", " Vergeet de toegangspas niet.",
                       " Het afscheid plannen we nog."],
            "MOVER": [" De rechten moeten worden aangepast.", " {Pr} blijft in mijn team.", " Leidinggevende blijft hetzelfde."]}

SIGN_EN = ["Best regards,\nMark Willems\nTeam lead Operations", "Kind regards,\nLinda Hoogland",
           "Thanks,\nPaul Verbeek\nSent from my iPhone", "Regards,\nJudith Smeets | Head of Care"]
SIGN_NL = ["Met vriendelijke groet,\nRob Kuiper\nManager Zorg", "Groet,\nAnnemiek Schouten",
           "Mvg,\nHenk de Ridder\nVerstuurd vanaf mijn iPhone", "Met vriendelijke groeten,\nMarloes Dijkman | Teamleider Sales"]
MAIL_GREET_EN = ["Hi,\n\n", "Dear Handover team,\n\n", "Hello,\n\n", "Hi all,\n\n"]
MAIL_GREET_NL = ["Hoi,\n\n", "Beste collega's,\n\n", "Hallo,\n\n", "Beste HR,\n\n"]


# ---------------------------------------------------------------- templates
# placeholders: {n} name, {np} possessive, {d} date with preposition, {db} bare date,
# {r} role phrase (as/als form), {pr} he/she, {Pr} He/She, {pos} his/her, {fr} from-role bare, {tr} to-role bare
EN = {
    "JOINER": {
        "role": ["{n} starts {d} as {r}.", "{n} will be joining us {d} as {r}.", "We hired {n} as {r}, starting {d}.",
                 "New starter: {n}, {r}, first day {db}.", "{D}, {n} starts as {r}.",
                 "Could you onboard {n}? {Pr} starts {d} as {r}.", "Please set up {n}, our new hire ({rb}), start date {db}.",
                 "{n} joins {team} {d}.", "Great news: {n} accepted the offer and starts {d} as {r}!",
                 "{n} is our new {rb} and begins {d}.", "Starting {d}: {n} ({rb}).",
                 "Can you get things ready for {n}? {Pr}'s starting {d} as {r}.",
                 "{np} first day is {db}; {pr}'ll be working as {r}.",
                 "We've just hired {n} as {r}. {Pr} starts {d}."],
        "norole": ["{n} starts {d}.", "New hire: {n}, starting {d}.", "Please onboard {n} {d}.",
                   "{np} first day will be {db}.", "{n} is joining the company {d}."],
    },
    "LEAVER": {
        "role": ["{n}, our {rb}, is leaving {d}.", "{n} ({rb}) has resigned; {pos} last day is {db}.",
                 "Please offboard {n}, {rb}, last working day {db}.", "{np} contract as {rb} ends {d}.",
                 "Our {rb} {n} handed in {pos} notice. Last day: {db}."],
        "norole": ["{n} is leaving us {d}.", "{n} has resigned, {pos} last working day is {db}.",
                   "{np} last day is {db}.", "Please offboard {n} {d}.", "{np} contract ends {d}.",
                   "{n} will leave the company {d}.", "{n} handed in {pos} notice; final day {db}.",
                   "Can you start the leaver process for {n}? Last day {db}.", "{n} is retiring {d}.",
                   "Unfortunately {n} has quit. {Pr} leaves {d}.", "{D}, {n} leaves the company.",
                   "{np} employment ends {d}, please disable {pos} accounts after that."],
    },
    "MOVER": {
        "both": ["{n} moves from {fr} to {tr} {d}.", "{n} is switching from {fr} to {tr} {d}.",
                 "{D}, {n} changes role from {fr} to {tr}.", "{n} will transfer from {fr} to {tr} {d}.",
                 "Role change for {n}: {fr} → {tr}, effective {db}.", "{n} goes from {fr} to {tr} {d}."],
        "to": ["{n} becomes {r} {d}.", "{n} is moving to {team} {d}.", "{n} will take on a new role as {r} {d}.",
               "Please process a role change: {n} becomes {r} {d}."],
    },
}
NL = {
    "JOINER": {
        "role": ["{n} begint {d} als {r}.", "{n} komt {d} bij ons werken als {r}.", "We hebben {n} aangenomen als {r}, {pr} begint {d}.",
                 "Nieuwe collega: {n}, {r}, eerste werkdag {db}.", "{D} start {n} als {r}.",
                 "Kun je {n} aanmelden? {Pr} begint {d} als {r}.", "{n} start {d} bij {team}.",
                 "{n} treedt {d} in dienst als {r}.", "Wil je alles klaarzetten voor {n}? {Pr} start {d} als {r}.",
                 "{D} begint onze nieuwe {rb} {n}.", "{np} eerste werkdag is {db}, {pr} wordt {r}.",
                 "Goed nieuws, {n} heeft getekend en begint {d} als {r}!"],
        "norole": ["{n} begint {d}.", "Nieuwe medewerker: {n}, start {d}.", "{n} komt {d} in dienst.",
                   "Graag {n} aanmelden, eerste werkdag {db}.", "{np} eerste werkdag is {db}."],
    },
    "LEAVER": {
        "role": ["{n}, onze {rb}, vertrekt {d}.", "{n} ({rb}) heeft ontslag genomen, {pos} laatste werkdag is {db}.",
                 "Graag {n} afmelden, {rb}, laatste werkdag {db}.", "Het contract van {n} als {rb} loopt af {d}.",
                 "Onze {rb} {n} gaat ons verlaten, laatste dag {db}."],
        "norole": ["{n} gaat {d} uit dienst.", "{n} vertrekt {d}.", "{n} heeft ontslag genomen, {pos} laatste werkdag is {db}.",
                   "Het contract van {n} loopt af {d}.", "Kun je {n} afmelden? Laatste werkdag {db}.",
                   "{n} werkt nog tot en met {db}.", "{n} gaat {d} met pensioen.", "{np} laatste werkdag is {db}.",
                   "Helaas gaat {n} ons verlaten, {pos} laatste dag is {db}.", "{D} neemt {n} afscheid van ons.",
                   "Wil je het vertrek van {n} regelen? Laatste werkdag {db}.", "{n} is opgezegd, {pr} werkt tot en met {db}."],
    },
    "MOVER": {
        "both": ["{n} gaat {d} van {fr} naar {tr}.", "{n} stapt {d} over van {fr} naar {tr}.",
                 "{D} wisselt {n} van functie: van {fr} naar {tr}.", "Functiewijziging {n}: van {fr} naar {tr}, ingangsdatum {db}.",
                 "{n} maakt {d} de overstap van {fr} naar {tr}."],
        "to": ["{n} wordt {d} {r}.", "{n} gaat intern over naar een functie als {r}, {d}.", "{n} verhuist {d} naar {team}.",
               "Graag een functiewijziging voor {n}: {pr} wordt {d} {r}.", "{n} krijgt {d} een nieuwe functie als {r}."],
    },
}

GENDER = {}


def pron(name, lang):
    g = GENDER.setdefault(name, rnd.choice("mf"))
    if lang == "en":
        return ("he", "He", "his") if g == "m" else ("she", "She", "her")
    return ("hij", "Hij", "zijn") if g == "m" else ("ze", "Ze", "haar")


def fill(tpl, lang, kind, name, datep, key, fromkey):
    prep, bare, iso = datep
    pr, Pr, pos = pron(name, lang)
    bare_roles = "en_bare" if lang == "en" else "nl_bare"
    vals = {
        "n": name, "np": poss(name, lang), "d": prep, "db": bare, "D": prep[0].upper() + prep[1:],
        "pr": pr, "Pr": Pr, "pos": pos,
    }
    if key:
        vals["r"] = role_as(lang, key)
        vals["rb"] = rnd.choice(NOUNS[key]["en" if lang == "en" else "nl"])
        teams = ROLES[key]["en_team" if lang == "en" else "nl_team"]
        vals["team"] = rnd.choice(teams) if teams else None
        vals["tr"] = rnd.choice(ROLES[key][bare_roles])
    if fromkey:
        vals["fr"] = rnd.choice(ROLES[fromkey][bare_roles])
    s = tpl.format(**vals)
    return s


def one(lang, kind):
    """Returns (sentence, expect)."""
    T = (EN if lang == "en" else NL)[kind]
    datep = en_date(kind) if lang == "en" else nl_date(kind)
    if kind == "LEAVER":  # "per/vanaf/as of X" is ambiguous for a last working day
        while datep[0].split(" ")[0] in ("per", "vanaf", "met", "as"):
            datep = en_date(kind) if lang == "en" else nl_date(kind)
    # leavers "today"/"vandaag" are odd; keep
    name = person()
    key = fromkey = None
    if kind == "JOINER":
        if rnd.random() < 0.8:
            key = rnd.choice(KEYS)
            tpl = rnd.choice(T["role"])
            while "{team}" in tpl and not ROLES[key]["en_team" if lang == "en" else "nl_team"]:
                tpl = rnd.choice(T["role"])
        else:
            tpl = rnd.choice(T["norole"])
    elif kind == "LEAVER":
        if rnd.random() < 0.35:
            key = rnd.choice(KEYS)
            tpl = rnd.choice(T["role"])
        else:
            tpl = rnd.choice(T["norole"])
    else:
        key = rnd.choice(KEYS)
        if rnd.random() < 0.6:
            fromkey = rnd.choice([k for k in KEYS if k != key])
            tpl = rnd.choice(T["both"])
        else:
            tpl = rnd.choice(T["to"])
            while "{team}" in tpl and not ROLES[key]["en_team" if lang == "en" else "nl_team"]:
                tpl = rnd.choice(T["to"])
    while "tot en met {db}" in tpl and datep[0].startswith("over "):
        datep = nl_date(kind)
    s = fill(tpl, lang, kind, name, datep, key, fromkey)
    exp = {"kind": kind, "name": name, "date": datep[2].isoformat(), "role": key}
    if kind == "MOVER":
        exp["fromRole"] = fromkey
    return s, exp


def message(i, lang):
    kinds = ["JOINER"] * 50 + ["LEAVER"] * 32 + ["MOVER"] * 18
    kind = rnd.choice(kinds)
    s, e = one(lang, kind)
    extra = (EN_EXTRA if lang == "en" else NL_EXTRA)[kind]
    if rnd.random() < 0.25:
        pr, Pr, pos = pron(e["name"], lang)
        obj = {"his": "him", "her": "her"}.get(pos, "")
        s += rnd.choice(extra).format(pr=pr, Pr=Pr, pos=pos, obj=obj)
    return s, [e]


SPECIAL_EN = []
SPECIAL_NL = []


def add(lang, text, *exp):
    (SPECIAL_EN if lang == "en" else SPECIAL_NL).append((text, list(exp)))


def J(n, d, r):
    return {"kind": "JOINER", "name": n, "date": d, "role": r}


def L(n, d, r=None):
    return {"kind": "LEAVER", "name": n, "date": d, "role": r}


def M(n, d, r, f):
    return {"kind": "MOVER", "name": n, "date": d, "role": r, "fromRole": f}


# Hand-written messages: two people, null dates, roles outside the catalogue,
# contradicting weekdays, e-mail style.
add("en", "Two new developers start on 4 January: Pieter Hoogeveen and Noor Bennani.",
    J("Pieter Hoogeveen", "2027-01-04", "software-engineer"), J("Noor Bennani", "2027-01-04", "software-engineer"))
add("en", "Laura Pronk leaves on 22 December and her successor Tim Oosterhuis starts on 4 January as account manager.",
    L("Laura Pronk", "2026-12-22"), J("Tim Oosterhuis", "2027-01-04", "account-manager"))
add("en", "Hi, Marco Rossi starts soon as a software engineer, date to be confirmed.",
    J("Marco Rossi", None, "software-engineer"))
add("en", "Elif Kaya joins us as an HR advisor on 11 January 2027.", J("Elif Kaya", "2027-01-11", None))
add("en", "Ben Kuijpers joins us from 1 February as our new team lead.", J("Ben Kuijpers", "2027-02-01", None))
add("en", "Hannah Blom starts on Wednesday 7 January 2027 as a carer.", J("Hannah Blom", "2027-01-07", "care-worker"))
add("en", "Milan Verschoor and Iris van 't Veld swap roles on 1 March: Milan becomes facility coordinator and Iris goes to sales.",
    M("Milan Verschoor", "2027-03-01", "facility-coordinator", None), M("Iris van 't Veld", "2027-03-01", "account-manager", None))
add("en", "Quick heads-up: Chris Evers is leaving, date still to be agreed.", L("Chris Evers", None))
add("en", "Could you please offboard Dirk-Jan Wolters? His last day is Friday 18 December.",
    L("Dirk-Jan Wolters", "2026-12-18"))
add("en", "Starting 11/01/2027 Amira Haddou will work as care worker at De Linde.",
    J("Amira Haddou", "2027-01-11", "care-worker"))
add("en", "Did you get my earlier message? Rosa ter Steege starts on the 15th of January as a programmer.",
    J("Rosa ter Steege", "2027-01-15", "software-engineer"))
add("en", "Please onboard Frank Hol (sales) on 5 Jan and Karin Lubbers (care worker) on 12 Jan.",
    J("Frank Hol", "2027-01-05", "account-manager"), J("Karin Lubbers", "2027-01-12", "care-worker"))
add("en", "Aaron Goldberg's notice period ends on 31 January 2027.", L("Aaron Goldberg", "2027-01-31"))
add("en", "Hi Handover,\n\nI'd like to let you know that Sophie van Dam will start as a Software Engineer on Monday 11 January 2027. She will need a developer laptop.\n\nBest regards,\nMark Willems\nTeam lead Operations",
    J("Sophie van Dam", "2027-01-11", "software-engineer"))
add("en", "Dear Handover team,\n\nPlease be informed that Gerard Nijland has resigned. His last working day will be 29 January 2027.\n\nKind regards,\nLinda Hoogland\nHR",
    L("Gerard Nijland", "2027-01-29"))
add("en", "Hello,\n\nJulia Kramer (currently care worker) moves to the facilities team as of 1 February 2027.\n\nThanks,\nPaul Verbeek",
    M("Julia Kramer", "2027-02-01", "facility-coordinator", "care-worker"))
add("en", "FYI - Oscar Lindqvist, marketing manager, leaves on 15 January 2027.", L("Oscar Lindqvist", "2027-01-15"))
add("en", "On 8/2/2027 Tomasz Nowak starts as a sales rep.", J("Tomasz Nowak", "2027-02-08", "account-manager"))
add("en", "Effective immediately, Vera Koster moves from sales to care worker.",
    M("Vera Koster", "2026-12-03", "care-worker", "account-manager"))
add("en", "Jamal Idrissi's last shift is on Sunday 20 December.", L("Jamal Idrissi", "2026-12-20"))
add("en", "Can you set up an account for Lieke Vonk, starting as a carer next Monday?", J("Lieke Vonk", "2026-12-07", "care-worker"))
add("en", "We've hired two care workers, Anouk Mol and Samira Benali, both starting 1 February.",
    J("Anouk Mol", "2027-02-01", "care-worker"), J("Samira Benali", "2027-02-01", "care-worker"))
add("en", "Tuesday 12 January 2027: Peter van der Wal starts as facilities coordinator.",
    J("Peter van der Wal", "2027-01-12", "facility-coordinator"))
add("en", "Hugo de Jager is leaving on Thursday 14 January 2027 (contract not renewed).", L("Hugo de Jager", "2027-01-14"))

add("nl", "Twee nieuwe zorgmedewerkers beginnen op 4 januari: Meryem Aydın en Lisa Schouten.",
    J("Meryem Aydın", "2027-01-04", "care-worker"), J("Lisa Schouten", "2027-01-04", "care-worker"))
add("nl", "Anton Prins vertrekt op 31 december, zijn opvolger Robin Haverkamp begint op 4 januari als accountmanager.",
    L("Anton Prins", "2026-12-31"), J("Robin Haverkamp", "2027-01-04", "account-manager"))
add("nl", "Hoi, Kim Steenbergen komt binnenkort als ontwikkelaar, de datum volgt nog.",
    J("Kim Steenbergen", None, "software-engineer"))
add("nl", "Per 1 februari komt Hatice Demir ons team versterken als HR-adviseur.", J("Hatice Demir", "2027-02-01", None))
add("nl", "Maarten Zwart gaat weg, de datum weet ik nog niet.", L("Maarten Zwart", None))
add("nl", "Inge van Wijk begint op woensdag 7 januari 2027 als verzorgende.", J("Inge van Wijk", "2027-01-07", "care-worker"))
add("nl", "Goedemorgen,\n\nGraag wil ik doorgeven dat Thomas van der Zanden per 1 maart 2027 bij ons in dienst treedt als softwareontwikkelaar.\n\nMet vriendelijke groet,\nRob Kuiper\nManager Zorg",
    J("Thomas van der Zanden", "2027-03-01", "software-engineer"))
add("nl", "Beste HR,\n\nHelaas heeft Wilma Gerritsen ontslag genomen. Haar laatste werkdag is vrijdag 29 januari 2027.\n\nGroet,\nAnnemiek Schouten",
    L("Wilma Gerritsen", "2027-01-29"))
add("nl", "Hallo,\n\nJoris Nieuwenhuis stapt per 15 januari over van de facilitaire dienst naar sales.\n\nMvg,\nHenk de Ridder\nVerstuurd vanaf mijn iPhone",
    M("Joris Nieuwenhuis", "2027-01-15", "account-manager", "facility-coordinator"))
add("nl", "Kun je Sara de Lange (verkoop) op 5 jan aanmelden en Bas Timmer (verzorgende) op 12 jan?",
    J("Sara de Lange", "2027-01-05", "account-manager"), J("Bas Timmer", "2027-01-12", "care-worker"))
add("nl", "Het contract van Yvonne Kroon loopt af op 28-2-2027.", L("Yvonne Kroon", "2027-02-28"))
add("nl", "Vanaf maandag 11 januari werkt Dennis Verhoef bij ons als programmeur.", J("Dennis Verhoef", "2027-01-11", "software-engineer"))
add("nl", "Martijn Groen en Lisanne Boon wisselen per 1 maart van functie: Martijn wordt verzorgende en Lisanne gaat naar de facilitaire dienst.",
    M("Martijn Groen", "2027-03-01", "care-worker", None), M("Lisanne Boon", "2027-03-01", "facility-coordinator", None))
add("nl", "Onze controller Edwin Huisman gaat op 31 maart 2027 met pensioen.", L("Edwin Huisman", "2027-03-31"))
add("nl", "Kan er een account klaargezet worden voor Daphne ten Cate? Ze begint volgende week dinsdag als zorgmedewerker.",
    J("Daphne ten Cate", "2026-12-08", "care-worker"))
add("nl", "Met ingang van vandaag is Koen Lammers teamleider in plaats van ontwikkelaar.",
    M("Koen Lammers", "2026-12-03", None, "software-engineer"))
add("nl", "Laatste werkdag van Mustafa Yıldız: 22-12.", L("Mustafa Yıldız", "2026-12-22"))
add("nl", "Dinsdag 12 januari 2027 start Linda van Beek als facilitair medewerker.", J("Linda van Beek", "2027-01-12", "facility-coordinator"))
add("nl", "We hebben twee ontwikkelaars aangenomen, Jesse Rutten en Merel Kuipers, allebei per 1 februari.",
    J("Jesse Rutten", "2027-02-01", "software-engineer"), J("Merel Kuipers", "2027-02-01", "software-engineer"))
add("nl", "Roel de Kort stopt op donderdag 14 januari 2027, zijn contract wordt niet verlengd.", L("Roel de Kort", "2027-01-14"))
add("nl", "Is het mogelijk om Nina Hofman per direct over te zetten van zorgmedewerker naar facilitair coördinator?",
    M("Nina Hofman", "2026-12-03", "facility-coordinator", "care-worker"))
add("nl", "Ricardo Alves gaat op 29 januari 2027 uit dienst.", L("Ricardo Alves", "2027-01-29"))
add("nl", "Wij verwelkomen over twee weken Fleur Wijnands als accountmanager.", J("Fleur Wijnands", "2026-12-17", "account-manager"))


def main():
    out = []
    for text, exp in SPECIAL_EN:
        out.append(("en", text, exp))
    for text, exp in SPECIAL_NL:
        out.append(("nl", text, exp))
    for n in SPECIAL_EN + SPECIAL_NL:
        for e in n[1]:
            used.add(e["name"])
    n_en = 142 - len(SPECIAL_EN)
    n_nl = 143 - len(SPECIAL_NL)
    for lang, count in (("en", n_en), ("nl", n_nl)):
        for i in range(count):
            s, e = message(i, lang)
            greet = rnd.choice(EN_GREET if lang == "en" else NL_GREET)
            close = rnd.choice(EN_CLOSE if lang == "en" else NL_CLOSE)
            if rnd.random() < 0.06:
                mg = rnd.choice(MAIL_GREET_EN if lang == "en" else MAIL_GREET_NL)
                sg = rnd.choice(SIGN_EN if lang == "en" else SIGN_NL)
                text = mg + s + "\n\n" + sg
            else:
                text = greet + s + close
            out.append((lang, text, e))
    rnd.shuffle(out)
    for i, (lang, text, exp) in enumerate(out, 1):
        for e in exp:
            assert e["name"] in text, (e, text)
            if e["date"]:
                d = dt.date.fromisoformat(e["date"])
                assert TODAY <= d <= TODAY + dt.timedelta(days=548), e
        print(json.dumps({"id": f"c{i:03d}", "lang": lang, "text": text, "expect": exp}, ensure_ascii=False))


if __name__ == "__main__":
    main()
