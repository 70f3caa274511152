#!/usr/bin/env python3
"""Third blind evaluation set for the intake parser (issue 18), written in session 14.

Every message below is hand-written. Each expected date is computed here with datetime
from TODAY (Thursday 2026-12-03, the clock of IntakeCorpusTests) through a helper whose
name says how the text is read (see README.md, "Date conventions"). Running the script
checks every entry and writes blind-3.jsonl in a fixed shuffled order.
"""
import datetime as dt
import json
import random
import sys
from pathlib import Path

TODAY = dt.date(2026, 12, 3)
assert TODAY.weekday() == 3  # Thursday
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
ROLES = {"account-manager", "care-worker", "facility-coordinator", "software-engineer", None}
LIMIT = TODAY + dt.timedelta(days=548)  # about 18 months ahead


def iso(d):
    return d.isoformat()


def ymd(y, m, d, weekday=None, contradicts=False):
    """A full written date. weekday: the weekday the text writes next to it (checked)."""
    day = dt.date(y, m, d)
    if weekday is not None:
        i = DAYS.index(weekday) if weekday in DAYS else DAGEN.index(weekday)
        if contradicts:
            assert day.weekday() != i, (day, weekday)
        else:
            assert day.weekday() == i, (day, weekday, DAYS[day.weekday()])
    return iso(day)


def md(m, d, weekday=None, contradicts=False):
    """A date without a year: the next such date on or after TODAY."""
    y = TODAY.year if (m, d) >= (TODAY.month, TODAY.day) else TODAY.year + 1
    return ymd(y, m, d, weekday, contradicts)


def plus(days):
    """Relative: tomorrow = 1, in a week = 7, in two weeks = 14, ..."""
    return iso(TODAY + dt.timedelta(days=days))


def wd(name):
    """A bare weekday, next X, komende/aanstaande X: the first such day after TODAY."""
    i = DAYS.index(name) if name in DAYS else DAGEN.index(name)
    n = (i - TODAY.weekday()) % 7 or 7
    return iso(TODAY + dt.timedelta(days=n))


def nw(name):
    """volgende week X / X next week: weekday X of the next calendar week (Mon-Sun)."""
    i = DAYS.index(name) if name in DAYS else DAGEN.index(name)
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday())
    return iso(monday + dt.timedelta(days=i))


def eom():
    """End of the month / eind van de maand: the last day of this month."""
    nxt = (TODAY.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return iso(nxt - dt.timedelta(days=1))


NOW = iso(TODAY)  # today, vandaag, per direct, effective immediately
AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"

ENTRIES = []


def J(name, date, role=None, odd=False):
    return {"kind": "JOINER", "name": name, "date": date, "role": role, "_odd": odd}


def L(name, date, role=None, odd=False):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role, "_odd": odd}


def M(name, date, role, frm=None, odd=False):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm, "_odd": odd}


def E(lang, text, *people):
    ENTRIES.append((lang, text, list(people)))


# ---------------------------------------------------------------------------------------
# English joiners
# ---------------------------------------------------------------------------------------
E("en", "Hi! Just a heads up: Liam O'Connor starts Monday as a software engineer.",
  J("Liam O'Connor", wd("monday"), SE))
E("en", "We hired Priya Raghunathan as an account manager, her first day is the 11th of January.",
  J("Priya Raghunathan", md(1, 11), AM))
E("en", "On 4 January 2027 Sofie van der Linden joins us as facility coordinator.",
  J("Sofie van der Linden", ymd(2027, 1, 4), FC))
E("en", "Could you get things ready for Mateo García? He begins on 18/1/2027 as a developer.",
  J("Mateo García", ymd(2027, 1, 18), SE))
E("en", "New starter: Hannah ter Beek, care worker, starting 1 February.",
  J("Hannah ter Beek", md(2, 1), CW))
E("en", "Good morning, please onboard Tomasz Kowalczyk. Start date Tuesday 5 January 2027, role: sales representative.",
  J("Tomasz Kowalczyk", ymd(2027, 1, 5, "tuesday"), AM))
E("en", "Account manager Noor el Amrani starts with us in two weeks.",
  J("Noor el Amrani", plus(14), AM))
E("en", "Jasper de Haan is joining the team tomorrow as a carer, sorry for the short notice!",
  J("Jasper de Haan", plus(1), CW))
E("en", "Please be aware that Aoife Ní Bhriain will start as a healthcare assistant on January 7th.",
  J("Aoife Ní Bhriain", md(1, 7), CW))
E("en", "Starting the first of February: Kevin Zhang, developer.",
  J("Kevin Zhang", md(2, 1), SE))
E("en", "Hey, we've just signed Chloë Bakker. She'll be one of our account managers from 1/2/2027. Thanks in advance!",
  J("Chloë Bakker", ymd(2027, 2, 1), AM))
E("en", "Joining next Monday: Ruben Mulder (software developer).",
  J("Ruben Mulder", wd("monday"), SE))
E("en", "Can you set up a laptop and a pass for Emre Yıldız? He comes on board as a programmer on 11-1-2027.",
  J("Emre Yıldız", ymd(2027, 1, 11), SE))
E("en", "Marloes van den Berg has accepted our offer! She starts as a caregiver on Monday 11 January.",
  J("Marloes van den Berg", md(1, 11, "monday"), CW))
E("en", "FYI Daan Visser begins in three weeks as an account manger.",
  J("Daan Visser", plus(21), AM))
E("en", "Welcome aboard to Fatima Zahra Benali, who joins as facilities coordinator on 15 February 2027.",
  J("Fatima Zahra Benali", ymd(2027, 2, 15), FC))
E("en", "New hire, starts Jan 18: Oliver Wright. Role: sofware engineer.",
  J("Oliver Wright", md(1, 18), SE))
E("en", "Hi team, Sem Jansen is starting on Wednesday as a care worker on the night shift.",
  J("Sem Jansen", wd("wednesday"), CW))
E("en", "We're expanding sales: Isabelle Dupont starts 4 January as account manager and reports to Mark Hendriks.",
  J("Isabelle Dupont", md(1, 4), AM))
E("en", "Please prepare everything for our new dev, Lars Eriksson. First day: 2027-01-06.",
  J("Lars Eriksson", ymd(2027, 1, 6), SE))
E("en", "Bram ten Cate is going to start here on the twentieth of January. He will be working as a facility coordinator.",
  J("Bram ten Cate", md(1, 20), FC))
E("en", "Anna-Lena Schmidt will be joining us as a carer as of 1 March.",
  J("Anna-Lena Schmidt", md(3, 1), CW))
E("en", "Quick one: new starter Kofi Boateng, software engineer, start date 8/2/2027.",
  J("Kofi Boateng", ymd(2027, 2, 8), SE))
E("en", "Starting Monday 4 January 2027 Yara Haddad will be our new receptionist.",
  J("Yara Haddad", ymd(2027, 1, 4, "monday"), None))
E("en", "Hi, Thijs Smit starts on 14/12 as a junior developer. Could IT make sure his laptop is ready?",
  J("Thijs Smit", md(12, 14), SE))
E("en", "Is it possible to onboard Laura Pérez by next Wednesday? She starts that day as an account manager.",
  J("Laura Pérez", wd("wednesday"), AM))
E("en", "Meet Dmitri Volkov, our new senior software engineer! He joins on 1 February.",
  J("Dmitri Volkov", md(2, 1), SE))
E("en", "Eline de Wit has been hired as care worker, she starts on Friday 18 December.",
  J("Eline de Wit", md(12, 18, "friday"), CW))
E("en", "Please create an account for Jan-Willem Hoekstra. He starts 04-01-2027 in the sales team.",
  J("Jan-Willem Hoekstra", ymd(2027, 1, 4), AM))
E("en", "Our new HR advisor Sanne Kuipers starts on 1 February 2027.",
  J("Sanne Kuipers", ymd(2027, 2, 1), None))
E("en", "Starting in 2 weeks: Mohammed Al-Sayed, healthcare assistant.",
  J("Mohammed Al-Sayed", plus(14), CW))
E("en", "Hello! I'd like to announce a new colleague. Giulia Romano starts as a developer on February 15th. Let me know if you need anything else.",
  J("Giulia Romano", md(2, 15), SE))
E("en", "Tomorrow Rick van Dijk starts as facilities coordinator, can FM have his keys ready?",
  J("Rick van Dijk", plus(1), FC))
E("en", "We have a new starter, Nguyen Thi Mai, joining as carer on 6 January.",
  J("Nguyen Thi Mai", md(1, 6), CW))
E("en", "Julia Nowak joins as an AM on 11 January.",
  J("Julia Nowak", md(1, 11), AM))
E("en", "From 1 March 2027 we have a new controller: Pieter Brouwer.",
  J("Pieter Brouwer", ymd(2027, 3, 1), None))
E("en", "Sophie d'Hondt will start as a software engineer on Monday the 18th of January.",
  J("Sophie d'Hondt", md(1, 18, "monday"), SE))
E("en", "New employee Rashid Osman starts next week Tuesday as a care worker.",
  J("Rashid Osman", nw("tuesday"), CW))
E("en", "Hi, Emma Verhoeven is starting with us, date not confirmed yet, role account manager.",
  J("Emma Verhoeven", None, AM))
E("en", "We've offered the developer position to Ines Moreira and she accepted! Start date: 1 February 2027.",
  J("Ines Moreira", ymd(2027, 2, 1), SE))
E("en", "Starter on 21 December: Wouter Dekker, facility coordinator. Thank you!",
  J("Wouter Dekker", md(12, 21), FC))
E("en", "Please onboard Zoë Hermans (carer) - she begins 15-1-2027.",
  J("Zoë Hermans", ymd(2027, 1, 15), CW))
E("en", "Timo Lehtinen, a new engineer on the platform team, will start on the 1st of March.",
  J("Timo Lehtinen", md(3, 1), SE))
E("en", "Hi! We are hiring Maria José Fernández as account manager, her start date is in four weeks.",
  J("Maria José Fernández", plus(28), AM))
E("en", "Next Monday Stijn Peeters starts, he'll be a software developer. Can someone order a laptop?",
  J("Stijn Peeters", wd("monday"), SE))
E("en", "Jesse van 't Hof will join as facility coordinator on 4 January. He reports to me.",
  J("Jesse van 't Hof", md(1, 4), FC))
E("en", "Adding a new care worker: Lotte Vermeulen, starting January 4th, 2027.",
  J("Lotte Vermeulen", ymd(2027, 1, 4), CW))
E("en", "Hi all, Arjun Mehta starts as a data analyst on 11 January.",
  J("Arjun Mehta", md(1, 11), None))
E("en", "Could you please arrange access for Niels Bos? He starts as developper next Wednesday.",
  J("Niels Bos", wd("wednesday"), SE))
E("en", "Beginning 15 January: Esra Demir, account manager.",
  J("Esra Demir", md(1, 15), AM))
E("en", "Robin de Graaf starts as a carer on Monday. Please prepare a phone and a pass.",
  J("Robin de Graaf", wd("monday"), CW))
E("en", "Good afternoon, we have hired Olumide Adeyemi as software engineer; he will join us on 1 March 2027.",
  J("Olumide Adeyemi", ymd(2027, 3, 1), SE))
E("en", "Femke Postma is joining as a facility coordinator soon, I will confirm the date later.",
  J("Femke Postma", None, FC))
E("en", "Starting today: Marco Rossi, sales representative. I know, very late notice!",
  J("Marco Rossi", NOW, AM))

# ---------------------------------------------------------------------------------------
# Dutch joiners
# ---------------------------------------------------------------------------------------
E("nl", "Hoi! Maandag begint Sanne de Boer bij ons als zorgmedewerker.",
  J("Sanne de Boer", wd("maandag"), CW))
E("nl", "Per 1 februari komt Youssef el Khatib in dienst als accountmanager.",
  J("Youssef el Khatib", md(2, 1), AM))
E("nl", "Lisa van der Meer treedt op 4 januari 2027 in dienst als ontwikkelaar.",
  J("Lisa van der Meer", ymd(2027, 1, 4), SE))
E("nl", "Goedemorgen, wil je een laptop klaarzetten voor Gijs Willems? Hij begint volgende week dinsdag als softwareontwikkelaar.",
  J("Gijs Willems", nw("dinsdag"), SE))
E("nl", "Nieuwe collega: Fleur ten Brink, verzorgende, start op 18 januari.",
  J("Fleur ten Brink", md(1, 18), CW))
E("nl", "Vanaf 11-1-2027 komt Mehmet Yılmaz werken als vertegenwoordiger.",
  J("Mehmet Yılmaz", ymd(2027, 1, 11), AM))
E("nl", "Over twee weken begint Julia de Jong als facilitair medewerker.",
  J("Julia de Jong", plus(14), FC))
E("nl", "Morgen start Tim Hendriks als programmeur, sorry voor de late melding.",
  J("Tim Hendriks", plus(1), SE))
E("nl", "Wij hebben Anouk van Leeuwen aangenomen als zorgmedewerker. Ze begint op maandag 4 januari.",
  J("Anouk van Leeuwen", md(1, 4, "maandag"), CW))
E("nl", "Kun je alvast een account aanmaken voor Ahmed Bouzid? Hij komt per 15 februari 2027 bij ons werken als ontwikkelaar.",
  J("Ahmed Bouzid", ymd(2027, 2, 15), SE))
E("nl", "Dag HR, Merel Janssen gaat op 1 maart beginnen als verkoopster.",
  J("Merel Janssen", md(3, 1), AM))
E("nl", "Nieuwe medewerker per 1-2-2027: Koen van Beek, facilitair coördinator.",
  J("Koen van Beek", ymd(2027, 2, 1), FC))
E("nl", "Iris in 't Veld komt ons team versterken als verzorgster, vanaf vijftien januari.",
  J("Iris in 't Veld", md(1, 15), CW))
E("nl", "Op dinsdag 5 januari 2027 begint Stefan Vos als accountmanager.",
  J("Stefan Vos", ymd(2027, 1, 5, "dinsdag"), AM))
E("nl", "Hallo, we hebben een nieuwe developer aangenomen: Bart-Jan Kramer. Eerste werkdag 11 januari.",
  J("Bart-Jan Kramer", md(1, 11), SE))
E("nl", "Over drie weken treedt Naima Aziz in dienst als zorgmedewerkster.",
  J("Naima Aziz", plus(21), CW))
E("nl", "Yvonne Smits begint komende maandag als facilitair medewerker op locatie Utrecht.",
  J("Yvonne Smits", wd("maandag"), FC))
E("nl", "Hoi, kan er voor Luuk Dijkstra een laptop besteld worden? Hij start per 1 maart als softwareontwikkelaar.",
  J("Luuk Dijkstra", md(3, 1), SE))
E("nl", "Met ingang van 1 januari 2027 komt Noa van den Bosch in dienst als accountmanager.",
  J("Noa van den Bosch", ymd(2027, 1, 1), AM))
E("nl", "Roos Meijer komt vanaf 8 februari werken als verzorgende in het team van locatie Zonnehof.",
  J("Roos Meijer", md(2, 8), CW))
E("nl", "We verwelkomen Jeroen Bosman als nieuwe ontwikkelaar, hij begint op 18-01-2027.",
  J("Jeroen Bosman", ymd(2027, 1, 18), SE))
E("nl", "Nieuwe starter: Samira Ouali. Functie: HR-adviseur. Startdatum: 4 januari.",
  J("Samira Ouali", md(1, 4), None))
E("nl", "Hij heet Dirk van der Wal en begint op 1 februari als facilitair coordinator.",
  J("Dirk van der Wal", md(2, 1), FC))
E("nl", "Volgende week woensdag begint Esther Kok als zorgmedewerker.",
  J("Esther Kok", nw("woensdag"), CW))
E("nl", "Goedemiddag! Per 4 januari komt Mark de Ruiter ons salesteam versterken als accountmanager.",
  J("Mark de Ruiter", md(1, 4), AM))
E("nl", "Wil je alles klaarzetten voor Thomas van Vliet? Hij begint morgen als programmeur.",
  J("Thomas van Vliet", plus(1), SE))
E("nl", "Karlijn Schouten gaat per 1 februari bij ons aan de slag als verzorgende.",
  J("Karlijn Schouten", md(2, 1), CW))
E("nl", "Nieuwe collega Wessel Boer begint 1 maart 2027 als ontwikkelaar. Zijn leidinggevende wordt Erik Mol.",
  J("Wessel Boer", ymd(2027, 3, 1), SE))
E("nl", "Jelle Hoogland start donderdag 7 januari als accountmanager.",
  J("Jelle Hoogland", md(1, 7, "donderdag"), AM))
E("nl", "Per direct begint Malika Tahiri als zorgmedewerker, ze is vandaag al binnen.",
  J("Malika Tahiri", NOW, CW))
E("nl", "Op 21 december start Rutger van Rijn als facilitair medewerker.",
  J("Rutger van Rijn", md(12, 21), FC))
E("nl", "Er komt een nieuwe programmeur: Sven de Lange, per 11 januari.",
  J("Sven de Lange", md(1, 11), SE))
E("nl", "Sara Lindqvist komt werken als marketeer, startdatum 1 februari 2027.",
  J("Sara Lindqvist", ymd(2027, 2, 1), None))
E("nl", "Hoi, Tess Verbeek begint binnenkort als zorgmedewerker, de datum volgt nog.",
  J("Tess Verbeek", None, CW))
E("nl", "Vanaf maandag 18 januari versterkt Hugo van Dam ons team als softwareontwikkelaar.",
  J("Hugo van Dam", md(1, 18, "maandag"), SE))
E("nl", "Graag onboarden: Kim Nguyen, accountmanager, start 25-1-2027.",
  J("Kim Nguyen", ymd(2027, 1, 25), AM))
E("nl", "Femke van Rossum-de Wit begint op twintig januari als verzorgende.",
  J("Femke van Rossum-de Wit", md(1, 20), CW))
E("nl", "Wij hebben Ilse Maas aangenomen, zij wordt onze nieuwe facilitair coördinator. Ze begint over vier weken.",
  J("Ilse Maas", plus(28), FC))
E("nl", "Aanstaande woensdag start Milan Peters als ontwikkelaar.",
  J("Milan Peters", wd("woensdag"), SE))
E("nl", "Goedemorgen, per 1 januari treedt Annelies ter Haar in dienst als accountmanager.",
  J("Annelies ter Haar", md(1, 1), AM))
E("nl", "Kan IT een telefoon regelen voor Ricardo da Silva? Hij begint 1/2/2027 als zorgmedewerker.",
  J("Ricardo da Silva", ymd(2027, 2, 1), CW))
E("nl", "Vincent Groen komt per 15 maart bij ons werken als ontwikkelaar.",
  J("Vincent Groen", md(3, 15), SE))
E("nl", "Nieuwe verkoper: Lucas van Wijk, begint op 4 januari 2027.",
  J("Lucas van Wijk", ymd(2027, 1, 4), AM))
E("nl", "Over tien dagen begint Nina Sedlar als verzorgende.",
  J("Nina Sedlar", plus(10), CW))
E("nl", "Dinsdag begint Elif Arslan als facilitair medewerker, kan FM de sleutels regelen?",
  J("Elif Arslan", wd("dinsdag"), FC))
E("nl", "Wie kan er zorgen dat Jorn van Houten maandag 11 januari zijn laptop heeft? Hij begint dan als developer.",
  J("Jorn van Houten", md(1, 11, "maandag"), SE))
E("nl", "Beste collega's, per 1 februari 2027 is Renée Claassen onze nieuwe zorgmedewerker.",
  J("Renée Claassen", ymd(2027, 2, 1), CW))
E("nl", "Joost Koster komt in dienst als accountmanger op 18 januari.",
  J("Joost Koster", md(1, 18), AM))
E("nl", "Nieuwe stagiair: Daphne Bosch, start 11 januari. Zij krijgt geen vaste functie.",
  J("Daphne Bosch", md(1, 11), None))
E("nl", "Even melden: Ruben ter Steege begint op 4-1-2027 als softwareontwikkelaar in het platformteam.",
  J("Ruben ter Steege", ymd(2027, 1, 4), SE))
E("nl", "Charlotte de Vos start op vrijdag 18 december als verzorgende, haar eerste dienst is een avonddienst.",
  J("Charlotte de Vos", md(12, 18, "vrijdag"), CW))
E("nl", "Hoi HR! Vanaf 1 maart komt Oussama Haddouchi werken als facilitair coördinator.",
  J("Oussama Haddouchi", md(3, 1), FC))
E("nl", "Teun Brouwers begint over een week als ontwikkelaar.",
  J("Teun Brouwers", plus(7), SE))
E("nl", "Zij heet Jasmijn Prins en ze komt per 15 januari ons zorgteam versterken als verzorgende.",
  J("Jasmijn Prins", md(1, 15), CW))

# ---------------------------------------------------------------------------------------
# English leavers
# ---------------------------------------------------------------------------------------
E("en", "Hi, Peter Janssen is leaving us; his last working day is 31 December.",
  L("Peter Janssen", md(12, 31)))
E("en", "Unfortunately Alice Moreau has resigned. Her last day will be 15 January 2027.",
  L("Alice Moreau", ymd(2027, 1, 15)))
E("en", "Please offboard Martin de Bruijn, account manager, last day Friday 18 December.",
  L("Martin de Bruijn", md(12, 18, "friday"), AM))
E("en", "The contract of Jessica Tan ends on 31/1/2027 and will not be renewed.",
  L("Jessica Tan", ymd(2027, 1, 31)))
E("en", "Ryan Murphy's last day is tomorrow. Can IT collect his laptop?",
  L("Ryan Murphy", plus(1)))
E("en", "Leaver: Hanneke Vos, care worker, last shift on 20 December.",
  L("Hanneke Vos", md(12, 20), CW))
E("en", "Our developer Ali Hassan leaves at the end of the month.",
  L("Ali Hassan", eom(), SE))
E("en", "Sadly Gerard van der Laan is retiring; his final day is 29 January.",
  L("Gerard van der Laan", md(1, 29)))
E("en", "Could you start the offboarding for Katarzyna Wiśniewska? She leaves on 8-1-2027.",
  L("Katarzyna Wiśniewska", ymd(2027, 1, 8)))
E("en", "Tom Hiddink has handed in his notice, his notice period ends on the 31st of January.",
  L("Tom Hiddink", md(1, 31)))
E("en", "Effective immediately, Brian Kelly is no longer with the company. Please disable his accounts today.",
  L("Brian Kelly", NOW))
E("en", "Last working day for Lieke Smeets (facilities coordinator): 22 December 2026.",
  L("Lieke Smeets", ymd(2026, 12, 22), FC))
E("en", "Hi! Quick question: Mariam Haidari is leaving next Friday... I mean Friday 11 December. What do you need from me?",
  L("Mariam Haidari", md(12, 11, "friday")))
E("en", "Jordan Lee resigns, last day in two weeks. He was one of our sales reps.",
  L("Jordan Lee", plus(14), AM))
E("en", "Please process the departure of Hans Gruber, software engineer, leaving on 15/1/2027.",
  L("Hans Gruber", ymd(2027, 1, 15), SE))
E("en", "Saskia de Roos is leaving the company. Last day: Wednesday 30 December.",
  L("Saskia de Roos", md(12, 30, "wednesday")))
E("en", "Pablo Sánchez will be offboarded on 4 January.",
  L("Pablo Sánchez", md(1, 4)))
E("en", "Carer Precious Okafor's contract ends on 28 February 2027.",
  L("Precious Okafor", ymd(2027, 2, 28), CW))
E("en", "Hello, Willem-Alexander Pronk leaves us on Monday, he was our facility coordinator.",
  L("Willem-Alexander Pronk", wd("monday"), FC))
E("en", "We're letting Dennis Scholten go, his last day is today.",
  L("Dennis Scholten", NOW))
E("en", "On 31 January Claire Fontaine leaves as account manager.",
  L("Claire Fontaine", md(1, 31), AM))
E("en", "Just so you know, Bas van Oort is quitting. Final day is the 15th of January, could you take care of his access?",
  L("Bas van Oort", md(1, 15)))
E("en", "Jamal Idrissi (developer) will be leaving on January 22nd.",
  L("Jamal Idrissi", md(1, 22), SE))
E("en", "Can you offboard Olga Petrova? Her last day will be in three weeks.",
  L("Olga Petrova", plus(21)))
E("en", "Nadia Benhaddou's fixed-term contract as a healthcare assistant runs out on 31-12-2026.",
  L("Nadia Benhaddou", ymd(2026, 12, 31), CW))
E("en", "Leaving on 5 February: Henk Koopman. He has a company phone and two keys.",
  L("Henk Koopman", md(2, 5)))
E("en", "Sander van Dongen is leaving sometime in January, I don't know the exact date yet.",
  L("Sander van Dongen", None))
E("en", "Ella Thompson retires on 26 February 2027 after 30 years as a carer with us.",
  L("Ella Thompson", ymd(2027, 2, 26), CW))
E("en", "Hi! Frank de Klerk, our AM for the north region, has his last day on 8 January.",
  L("Frank de Klerk", md(1, 8), AM))
E("en", "Please note that Lucía Herrera is leaving on Thursday 7 January 2027.",
  L("Lucía Herrera", ymd(2027, 1, 7, "thursday")))
E("en", "The marketing manager Erik Lund leaves us on 15 January.",
  L("Erik Lund", md(1, 15), None))
E("en", "Mila Hoekstra resigned yesterday; her notice period ends 31 January.",
  L("Mila Hoekstra", md(1, 31)))
E("en", "Our engineer Raj Patel is leaving tomorrow, please revoke his GitHub access on his last day.",
  L("Raj Patel", plus(1), SE))
E("en", "Joris van Beek will not be with us after 18 December, that is his last working day.",
  L("Joris van Beek", md(12, 18)))
E("en", "Offboarding request: Aylin Kaya, last day 2027-01-29.",
  L("Aylin Kaya", ymd(2027, 1, 29)))
E("en", "Good morning, Menno Bakker leaves next Wednesday. He is a facility coordinator in Amsterdam.",
  L("Menno Bakker", wd("wednesday"), FC))

# ---------------------------------------------------------------------------------------
# Dutch leavers
# ---------------------------------------------------------------------------------------
E("nl", "Hoi, Kees van der Veen gaat ons verlaten. Zijn laatste werkdag is 31 december.",
  L("Kees van der Veen", md(12, 31)))
E("nl", "Laura Bosma heeft ontslag genomen, ze werkt nog tot en met 15 januari.",
  L("Laura Bosma", md(1, 15)))
E("nl", "Het contract van Jeffrey Doorn wordt niet verlengd, het loopt af op 31 januari 2027.",
  L("Jeffrey Doorn", ymd(2027, 1, 31)))
E("nl", "Vandaag is de laatste dag van Patrick Hermsen, kunnen jullie zijn laptop innemen?",
  L("Patrick Hermsen", NOW))
E("nl", "Marieke van Doorn, zorgmedewerker, vertrekt op 22 december.",
  L("Marieke van Doorn", md(12, 22), CW))
E("nl", "Onze accountmanager Rob Vermeer gaat met pensioen op 29 januari.",
  L("Rob Vermeer", md(1, 29), AM))
E("nl", "Mohamed Amrani gaat op 15-1-2027 uit dienst.",
  L("Mohamed Amrani", ymd(2027, 1, 15)))
E("nl", "Graag Evelien Mulder offboarden, ze stopt morgen.",
  L("Evelien Mulder", plus(1)))
E("nl", "De laatste werkdag van Ronald Kuijpers is vrijdag 8 januari.",
  L("Ronald Kuijpers", md(1, 8, "vrijdag")))
E("nl", "Anna Wolters vertrekt over twee weken, ze was onze facilitair medewerker.",
  L("Anna Wolters", plus(14), FC))
E("nl", "Hallo, Sjoerd van der Heijden stopt per eind van de maand als ontwikkelaar.",
  L("Sjoerd van der Heijden", eom(), SE))
E("nl", "Het tijdelijke contract van Demi Huisman als verzorgende loopt af op 31-1-2027 en wordt niet verlengd.",
  L("Demi Huisman", ymd(2027, 1, 31), CW))
E("nl", "Vincent ter Horst heeft zijn baan opgezegd. Laatste werkdag: donderdag 31 december.",
  L("Vincent ter Horst", md(12, 31, "donderdag")))
E("nl", "Kunnen jullie het vertrek van Fenna de Groot regelen? Ze vertrekt op 1 februari.",
  L("Fenna de Groot", md(2, 1)))
E("nl", "Per direct uit dienst: Arno Veenstra. Graag alle accounts vandaag blokkeren.",
  L("Arno Veenstra", NOW))
E("nl", "Hoi, Lotte Hofman gaat weg bij ons, laatste dag volgende week vrijdag.",
  L("Lotte Hofman", nw("vrijdag")))
E("nl", "Onze programmeur Erik-Jan Smit vertrekt op 29-1-2027.",
  L("Erik-Jan Smit", ymd(2027, 1, 29), SE))
E("nl", "Helaas gaat Ayşe Çelik ons verlaten. Ze werkt nog tot en met 8 januari als verzorgende.",
  L("Ayşe Çelik", md(1, 8), CW))
E("nl", "Op 31 januari gaat Jacqueline Meijer met pensioen.",
  L("Jacqueline Meijer", md(1, 31)))
E("nl", "Freek van den Akker, vertegenwoordiger regio Zuid, vertrekt per 1 maart naar een andere werkgever. Zijn laatste werkdag is 26 februari.",
  L("Freek van den Akker", md(2, 26), AM))
E("nl", "Ik moet helaas melden dat Ingrid Post ons verlaat. Datum volgt.",
  L("Ingrid Post", None))
E("nl", "Rens Jacobs stopt over drie weken, hij is ontwikkelaar.",
  L("Rens Jacobs", plus(21), SE))
E("nl", "Laatste werkdag Wendy Brink: 23-12-2026. Zij heeft een telefoon en een pas van ons.",
  L("Wendy Brink", ymd(2026, 12, 23)))
E("nl", "Kun je Tom van Eijk offboarden? Zijn contract eindigt op 31 december.",
  L("Tom van Eijk", md(12, 31)))
E("nl", "Nathalie Verschuren treedt op 15 februari 2027 uit dienst.",
  L("Nathalie Verschuren", ymd(2027, 2, 15)))
E("nl", "Hee, Gerrit Zwart is vandaag ontslagen, graag direct zijn toegang intrekken.",
  L("Gerrit Zwart", NOW))
E("nl", "De controller Paul Hoekman gaat ons per 1 februari verlaten, zijn laatste werkdag is 29 januari.",
  L("Paul Hoekman", md(1, 29), None))
E("nl", "Maandag is de laatste werkdag van Yasmina Bakkali, zorgmedewerker op locatie De Linde.",
  L("Yasmina Bakkali", wd("maandag"), CW))
E("nl", "Job Timmermans, onze facilitair coördinator, vertrekt op 15 januari.",
  L("Job Timmermans", md(1, 15), FC))
E("nl", "Melding uitdiensttreding: Sandra Verhoef, laatste werkdag 5-2-2027.",
  L("Sandra Verhoef", ymd(2027, 2, 5)))
E("nl", "Stijn de Kort gaat ons helaas verlaten, hij werkt nog tot en met dinsdag 22 december.",
  L("Stijn de Kort", md(12, 22, "dinsdag")))
E("nl", "Het contract van verzorger Bilal Chaouch wordt niet verlengd; laatste dienst op 31 januari.",
  L("Bilal Chaouch", md(1, 31), CW))
E("nl", "Wouter van Gils stopt bij ons, morgen is zijn laatste dag.",
  L("Wouter van Gils", plus(1)))
E("nl", "Wil je Astrid Koning uit dienst melden? Laatste werkdag is 11 januari 2027.",
  L("Astrid Koning", ymd(2027, 1, 11)))
E("nl", "Vanaf 1 januari werkt Hidde Bruins niet meer bij ons, 31 december is zijn laatste werkdag.",
  L("Hidde Bruins", md(12, 31)))
E("nl", "Onze verkoper Dennis Vink vertrekt aanstaande woensdag.",
  L("Dennis Vink", wd("woensdag"), AM))

# ---------------------------------------------------------------------------------------
# English movers
# ---------------------------------------------------------------------------------------
E("en", "Rachel Adams moves from care worker to facility coordinator on 1 February.",
  M("Rachel Adams", md(2, 1), FC, CW))
E("en", "Hi, as of 4 January Jeroen Smulders switches from developer to account manager.",
  M("Jeroen Smulders", md(1, 4), AM, SE))
E("en", "Our carer Bianca Rossi is becoming a facilities coordinator from 15 January 2027.",
  M("Bianca Rossi", ymd(2027, 1, 15), FC, CW))
E("en", "Role change: Tim van der Zee, sales representative -> software engineer, effective 1/3/2027.",
  M("Tim van der Zee", ymd(2027, 3, 1), SE, AM))
E("en", "Starting Monday, Anouk Smeets will work as an account manager instead of in facilities.",
  M("Anouk Smeets", wd("monday"), AM, FC))
E("en", "Kwabena Owusu is promoted to team lead on 1 February.",
  M("Kwabena Owusu", md(2, 1), None))
E("en", "Could you update the access for Eva de Wit? She changes roles next week Monday and becomes a developer.",
  M("Eva de Wit", nw("monday"), SE))
E("en", "Femke Dijkman transfers to the sales team as of 11 January.",
  M("Femke Dijkman", md(1, 11), AM))
E("en", "Mover: Arjen Vos, from account manager to facility coordinator, 18-1-2027.",
  M("Arjen Vos", ymd(2027, 1, 18), FC, AM))
E("en", "Hi! Sophia Lambert is moving to a new role: from 1 March she'll be our product owner instead of a developer.",
  M("Sophia Lambert", md(3, 1), None, SE))
E("en", "From 8 February Joost de Jager, currently a healthcare assistant, takes on the role of account manager.",
  M("Joost de Jager", md(2, 8), AM, CW))
E("en", "Internal move: Hamza Ait Taleb goes from facility coordinator to care worker in two weeks.",
  M("Hamza Ait Taleb", plus(14), CW, FC))
E("en", "Nicole Brandt changes jobs internally on the 1st of February, she will become a software engineer.",
  M("Nicole Brandt", md(2, 1), SE))
E("en", "Effective 4 January 2027, Dirk-Jan Vos moves from engineering into sales.",
  M("Dirk-Jan Vos", ymd(2027, 1, 4), AM, SE))
E("en", "Leonie van Loon will be our new facility coordinator from Monday 4 January; she currently works as a carer.",
  M("Leonie van Loon", md(1, 4, "monday"), FC, CW))
E("en", "Heads up: Marcus Johnson switches teams next Monday, from software developer to account manger.",
  M("Marcus Johnson", wd("monday"), AM, SE))
E("en", "Internal transfer of Amira Saleh to the care team as a care worker, starting 1 February 2027.",
  M("Amira Saleh", ymd(2027, 2, 1), CW))
E("en", "Please change Sven Olsen's role to developer as of 15 January; he used to be an account manager.",
  M("Sven Olsen", md(1, 15), SE, AM))
E("en", "Gabriela Silva moves from the facilities team to the care team as a carer on 21 December.",
  M("Gabriela Silva", md(12, 21), CW, FC))
E("en", "Tom Verlinden will become our new sales rep from February 1st, currently he's in the dev team.",
  M("Tom Verlinden", md(2, 1), AM, SE))

# ---------------------------------------------------------------------------------------
# Dutch movers
# ---------------------------------------------------------------------------------------
E("nl", "Per 1 februari gaat Marloes Kuiper over van zorgmedewerker naar facilitair medewerker.",
  M("Marloes Kuiper", md(2, 1), FC, CW))
E("nl", "Bram Vos wordt per 4 januari accountmanager, hij is nu nog ontwikkelaar.",
  M("Bram Vos", md(1, 4), AM, SE))
E("nl", "Hoi, Danique van der Sluis stapt over naar de facilitaire dienst vanaf 1 maart.",
  M("Danique van der Sluis", md(3, 1), FC))
E("nl", "Functiewijziging: Ruud Vermeulen, van verkoper naar softwareontwikkelaar, per 15 januari 2027.",
  M("Ruud Vermeulen", ymd(2027, 1, 15), SE, AM))
E("nl", "Onze verzorgende Noor Bakker wordt vanaf volgende week maandag facilitair coördinator.",
  M("Noor Bakker", nw("maandag"), FC, CW))
E("nl", "Sem ten Hove gaat per 1-2-2027 aan de slag als ontwikkelaar, nu werkt hij nog als accountmanager.",
  M("Sem ten Hove", ymd(2027, 2, 1), SE, AM))
E("nl", "Interne overstap: Carmen Ortega gaat van de facilitaire dienst naar de zorg als zorgmedewerker op 11 januari.",
  M("Carmen Ortega", md(1, 11), CW, FC))
E("nl", "Hanna de Boer krijgt per 1 januari een nieuwe functie: teamleider.",
  M("Hanna de Boer", md(1, 1), None))
E("nl", "Vanaf maandag werkt Erik van Houten als accountmanager in plaats van als programmeur.",
  M("Erik van Houten", wd("maandag"), AM, SE))
E("nl", "Kunnen jullie de rechten van Sophie Jansen aanpassen? Zij wordt per 18 januari ontwikkelaar.",
  M("Sophie Jansen", md(1, 18), SE))
E("nl", "Rachid el Ouardi gaat over naar Sales, ingangsdatum 1 februari.",
  M("Rachid el Ouardi", md(2, 1), AM))
E("nl", "Joyce Verbruggen, nu facilitair medewerker, wordt per 8 februari 2027 verzorgende.",
  M("Joyce Verbruggen", ymd(2027, 2, 8), CW, FC))
E("nl", "Thijs van Aalst gaat over drie weken van ontwikkelaar naar facilitair coördinator.",
  M("Thijs van Aalst", plus(21), FC, SE))
E("nl", "Hoi! Pim de Koning maakt de overstap van accountmanager naar zorgmedewerker, vanaf 4 januari.",
  M("Pim de Koning", md(1, 4), CW, AM))
E("nl", "Per 1 maart 2027 wordt Lisanne Hoek onze nieuwe HR-adviseur; zij werkt nu als verzorgende.",
  M("Lisanne Hoek", ymd(2027, 3, 1), None, CW))
E("nl", "Nadir Benali verandert van functie: vanaf dinsdag 5 januari is hij softwareontwikkelaar.",
  M("Nadir Benali", md(1, 5, "dinsdag"), SE))
E("nl", "Evi Claes stapt per 15-2-2027 over van de zorg naar de verkoop als accountmanager.",
  M("Evi Claes", ymd(2027, 2, 15), AM, CW))
E("nl", "Wil je voor Bart van Leeuwen de functie wijzigen naar facilitair coördinator? Ingang 1 februari. Hij was accountmanager.",
  M("Bart van Leeuwen", md(2, 1), FC, AM))
E("nl", "Jan Kees de Wit wordt per 4 januari 2027 ontwikkelaar in het platformteam.",
  M("Jan Kees de Wit", ymd(2027, 1, 4), SE))
E("nl", "Interne mutatie: Saskia Blom, van softwareontwikkelaar naar accountmanager, per direct.",
  M("Saskia Blom", NOW, AM, SE))
E("nl", "Mirjam Kroon gaat morgen over naar het zorgteam als zorgmedewerker; tot nu toe werkte ze bij de facilitaire dienst.",
  M("Mirjam Kroon", plus(1), CW, FC))
E("nl", "Lars de Ridder promoveert per 1 februari van ontwikkelaar naar teamleider.",
  M("Lars de Ridder", md(2, 1), None, SE))

# ---------------------------------------------------------------------------------------
# Two people in one message
# ---------------------------------------------------------------------------------------
E("en", "Two new developers start on 4 January: Anna Kowalski and Yusuf Demir.",
  J("Anna Kowalski", md(1, 4), SE), J("Yusuf Demir", md(1, 4), SE))
E("en", "Hi, Peter de Vries leaves on 31 December and his successor Lisa Brandsma starts on 4 January as account manager.",
  L("Peter de Vries", md(12, 31), AM), J("Lisa Brandsma", md(1, 4), AM))
E("en", "Please onboard Emily Carter and Jonas Weber, both carers, starting Monday.",
  J("Emily Carter", wd("monday"), CW), J("Jonas Weber", wd("monday"), CW))
E("en", "Leavers this month: Roy Hendrix (last day 18 December) and Tamara Gerritsen (last day 31 December).",
  L("Roy Hendrix", md(12, 18)), L("Tamara Gerritsen", md(12, 31)))
E("en", "Sara Vermeer joins as facility coordinator on 11 January, and Mustafa Kaya moves from facilities to sales the same day.",
  J("Sara Vermeer", md(1, 11), FC), M("Mustafa Kaya", md(1, 11), AM, FC))
E("en", "Role swap from 1 February: Kim de Jong becomes an account manager and Rob Smit becomes a developer.",
  M("Kim de Jong", md(2, 1), AM), M("Rob Smit", md(2, 1), SE))
E("en", "We hired two account managers, Jack Wilson and Amélie Laurent. Jack starts 4 January, Amélie on 18 January.",
  J("Jack Wilson", md(1, 4), AM), J("Amélie Laurent", md(1, 18), AM))
E("en", "Both Chris Evers and Dana Mol are leaving on 15 January 2027; they were developers.",
  L("Chris Evers", ymd(2027, 1, 15), SE), L("Dana Mol", ymd(2027, 1, 15), SE))
E("en", "Hello! Noah Jacobs (care worker) starts tomorrow and Olivia Brown (facility coordinator) starts next Monday.",
  J("Noah Jacobs", plus(1), CW), J("Olivia Brown", wd("monday"), FC))
E("nl", "Sanne Dekker en Tim de Wit beginnen allebei op 4 januari als zorgmedewerker.",
  J("Sanne Dekker", md(1, 4), CW), J("Tim de Wit", md(1, 4), CW))
E("nl", "Hoi, Gert van Zanten vertrekt op 31 december en zijn opvolger Mireille Bos begint op 1 februari als facilitair coördinator.",
  L("Gert van Zanten", md(12, 31), FC), J("Mireille Bos", md(2, 1), FC))
E("nl", "Twee nieuwe ontwikkelaars per 1 februari: Ravi Sharma en Bas van der Pol.",
  J("Ravi Sharma", md(2, 1), SE), J("Bas van der Pol", md(2, 1), SE))
E("nl", "Uit dienst per einde contract: Lies Wouters op 31 januari en Orhan Yilmaz op 28 februari, allebei verzorgenden.",
  L("Lies Wouters", md(1, 31), CW), L("Orhan Yilmaz", md(2, 28), CW))
E("nl", "Maandag begint Jolien Mertens als accountmanager en Hans Kamp stopt dan als verkoper.",
  J("Jolien Mertens", wd("maandag"), AM), L("Hans Kamp", wd("maandag"), AM))
E("nl", "Per 1 maart wisselen Frits Jonker en Els Dam van functie: Frits wordt ontwikkelaar, Els wordt accountmanager.",
  M("Frits Jonker", md(3, 1), SE), M("Els Dam", md(3, 1), AM))
E("nl", "Nieuwe collega's: Mehdi Amrani (zorgmedewerker, start 11-1-2027) en Lotte van Dalen (ontwikkelaar, start 18-1-2027).",
  J("Mehdi Amrani", ymd(2027, 1, 11), CW), J("Lotte van Dalen", ymd(2027, 1, 18), SE))
E("nl", "Facilitair coördinator Kees Brinkman gaat met pensioen op 29 januari; Rianne de Haas, nu nog verzorgende, volgt hem per 1 februari op als facilitair coördinator.",
  L("Kees Brinkman", md(1, 29), FC), M("Rianne de Haas", md(2, 1), FC, CW))
E("nl", "Volgende week dinsdag starten Joep Linssen en Annika van Rijswijk als verzorgers.",
  J("Joep Linssen", nw("dinsdag"), CW), J("Annika van Rijswijk", nw("dinsdag"), CW))
E("nl", "Hanneke Scholten en Jurre de Vries gaan over twee weken uit dienst.",
  L("Hanneke Scholten", plus(14)), L("Jurre de Vries", plus(14)))
E("nl", "Goedemorgen, Bo Verhagen begint 4 januari als programmeur en Nick Aarts vertrekt die dag bij de facilitaire dienst.",
  J("Bo Verhagen", md(1, 4), SE), L("Nick Aarts", md(1, 4), FC))

# ---------------------------------------------------------------------------------------
# E-mail style, with greeting lines and a signature (the sender is never expected)
# ---------------------------------------------------------------------------------------
E("en", "Dear HR,\n\nI'm happy to let you know that Charlotte Evans will join our sales team as an account manager on 11 January 2027.\n\nKind regards,\nMartin Jacobs\nSales Director",
  J("Charlotte Evans", ymd(2027, 1, 11), AM))
E("en", "Hi all,\n\nPlease note: David Cohen's last working day is 22 December. He has a laptop and a phone to return.\n\nThanks,\nSusan",
  L("David Cohen", md(12, 22)))
E("en", "Hello Handover,\n\nFrom 1 February 2027 Linda Maas (currently care worker) will be our facility coordinator at the Rotterdam site.\n\nBest,\nJeroen van Dijk",
  M("Linda Maas", ymd(2027, 2, 1), FC, CW))
E("en", "Subject: new starter\n\nHi,\nWe have a new software engineer starting on Monday 4 January: Pieter-Jan Claes.\nCould you set up his accounts?\n\nCheers,\nAnna",
  J("Pieter-Jan Claes", md(1, 4, "monday"), SE))
E("en", "Good afternoon,\n\nUnfortunately Jennifer Ho has resigned. Her final day with us will be 15/1/2027.\n\nRegards,\nTom Bakker\nTeam lead Engineering",
  L("Jennifer Ho", ymd(2027, 1, 15)))
E("nl", "Beste HR,\n\nPer 1 februari 2027 komt Tessa van Beek bij ons in dienst als zorgmedewerker.\n\nMet vriendelijke groet,\nPetra Willems\nTeamleider zorg",
  J("Tessa van Beek", ymd(2027, 2, 1), CW))
E("nl", "Hallo,\n\nHierbij meld ik dat Jeroen Dekker op 31 december uit dienst gaat. Hij werkte als accountmanager.\n\nGroet,\nMarieke",
  L("Jeroen Dekker", md(12, 31), AM))
E("nl", "Beste collega's,\n\nVolgende week maandag begint Yusuf Kılıç als ontwikkelaar. Willen jullie zorgen dat zijn laptop klaar staat?\n\nAlvast bedankt!\nGroeten, Ronald de Wit",
  J("Yusuf Kılıç", nw("maandag"), SE))
E("nl", "Onderwerp: functiewijziging\n\nGoedemiddag,\n\nAnita Brouwer gaat per 15 januari over van verzorgende naar facilitair medewerker.\n\nVriendelijke groet,\nHenk Stam",
  M("Anita Brouwer", md(1, 15), FC, CW))
E("nl", "Hoi,\n\nHet contract van Sven Martens (ontwikkelaar) loopt af op 31-01-2027 en we verlengen het niet.\nKunnen jullie het vertrek in gang zetten?\n\nGr. Ilse",
  L("Sven Martens", ymd(2027, 1, 31), SE))

# ---------------------------------------------------------------------------------------
# Dates the form should show with a note: weekday contradicting the date, a past date,
# more than 18 months ahead. The expected value is the written date.
# ---------------------------------------------------------------------------------------
E("en", "Hannah Wood starts on Friday 12 January as a developer.",
  J("Hannah Wood", md(1, 12, "friday", contradicts=True), SE))
E("nl", "Mark Visser begint op maandag 19 januari als accountmanager.",
  J("Mark Visser", md(1, 19, "maandag", contradicts=True), AM))
E("en", "Quick update: Ben Carter already left on 30 November 2026, can you still offboard him?",
  L("Ben Carter", ymd(2026, 11, 30), odd=True))
E("nl", "Vergeten te melden: Roel Hermans is op 27-11-2026 uit dienst gegaan.",
  L("Roel Hermans", ymd(2026, 11, 27), odd=True))
E("en", "Kiara Patel will start as a care worker on 1 September 2028 after finishing her studies.",
  J("Kiara Patel", ymd(2028, 9, 1), CW, odd=True))
E("nl", "Lotte Jager gaat op 1 juli 2028 met pensioen.",
  L("Lotte Jager", ymd(2028, 7, 1), odd=True))

# ---------------------------------------------------------------------------------------
# More word orders, chatter, questions, names and date forms
# ---------------------------------------------------------------------------------------
E("en", "Jan Willem van den Broek - starting jan 4th - dev. Thanks!!",
  J("Jan Willem van den Broek", md(1, 4), SE))
E("en", "Is there anything you need from me for Ömer Faruk Yıldırım? He starts Monday the fourth of January as an account manager.",
  J("Ömer Faruk Yıldırım", md(1, 4, "monday"), AM))
E("en", "Hi, hope you're well! Small thing: Françoise Lefèvre resigned and leaves on Feb 5. Have a nice weekend!",
  L("Françoise Lefèvre", md(2, 5)))
E("en", "Ngozi Chukwuemeka, care worker, first day 2/1/2027.",
  J("Ngozi Chukwuemeka", ymd(2027, 1, 2), CW))
E("en", "Anne-Fleur van 't Zand is our new SWE, starting on 1 March.",
  J("Anne-Fleur van 't Zand", md(3, 1), SE))
E("en", "Who do I tell that Marijn van de Ven is leaving? His last day is next Thursday. He's a sales rep.",
  L("Marijn van de Ven", wd("thursday"), AM))
E("en", "Dec 21: Kim op den Kamp starts as a facility coordinator.",
  J("Kim op den Kamp", md(12, 21), FC))
E("en", "We are sorry to see Tjitske de Boer-Hiemstra go. She retires on 31 January 2027 after many years as our facilities coordinator.",
  L("Tjitske de Boer-Hiemstra", ymd(2027, 1, 31), FC))
E("en", "Starting January the 11th, Siham el Haddaoui joins the care team as a carer.",
  J("Siham el Haddaoui", md(1, 11), CW))
E("en", "D'Angelo Martis, account manager, leaves us on the 8th of January.",
  L("D'Angelo Martis", md(1, 8), AM))
E("en", "Please offboard Şeyma Aydın on 15-01-2027. Thanks a lot.",
  L("Şeyma Aydın", ymd(2027, 1, 15)))
E("en", "Can you onboard our new software enginer, Paul Ferreira? He starts in 3 weeks.",
  J("Paul Ferreira", plus(21), SE))
E("en", "As discussed in yesterday's meeting, Thành Lê joins as a developer on the first of March.",
  J("Thành Lê", md(3, 1), SE))
E("en", "Matthijs de la Court will start in a week as a carer.",
  J("Matthijs de la Court", plus(7), CW))
E("en", "Two new account managers start on 1 February: Sara Lindholm and Ahmed Yousef. Can both get a lease car?",
  J("Sara Lindholm", md(2, 1), AM), J("Ahmed Yousef", md(2, 1), AM))
E("en", "I'd like to report a leaver. Name: Gijs Postma. Last working day: 29/1/2027. Role: developer.",
  L("Gijs Postma", ymd(2027, 1, 29), SE))
E("en", "Xander van de Kamp moves to the sales team on 4 January, he was a facility coordinator.",
  M("Xander van de Kamp", md(1, 4), AM, FC))
E("nl", "Joris van het Reve begint op vier januari als verzorger.",
  J("Joris van het Reve", md(1, 4), CW))
E("nl", "Lieke te Riele vertrekt per eind van de maand, kunnen jullie haar pas innemen?",
  L("Lieke te Riele", eom()))
E("nl", "Hoi hoi, fijn nieuws: Anna Sophie de Groot-van Dijk komt per 1 feb. bij ons als accountmanager!",
  J("Anna Sophie de Groot-van Dijk", md(2, 1), AM))
E("nl", "15 jan begint Gökhan Öztürk als zorgmedewerker.",
  J("Gökhan Öztürk", md(1, 15), CW))
E("nl", "Weet jij of Chantal van Es al is aangemeld? Ze begint morgen als ontwikkelaar.",
  J("Chantal van Es", plus(1), SE))
E("nl", "Sinds vandaag is Marco Jansen niet meer in dienst. Hij was facilitair medewerker.",
  L("Marco Jansen", NOW, FC))
E("nl", "Laatste dag van onze developer Daan Hoogendoorn is op 22-12-2026.",
  L("Daan Hoogendoorn", ymd(2026, 12, 22), SE))
E("nl", "Zou je voor Sophie van 't Wout alles willen regelen? Ze komt over twee weken werken als vertegenwoordiger.",
  J("Sophie van 't Wout", plus(14), AM))
E("nl", "Aanvulling: Ilias Bouali stopt op dinsdag 12 januari als zorgmedewerker.",
  L("Ilias Bouali", md(1, 12, "dinsdag"), CW))
E("nl", "Eerste werkdag Pieter van den Hoek: maandag 1 februari. Functie: softwareontwikkelaar.",
  J("Pieter van den Hoek", md(2, 1, "maandag"), SE))
E("nl", "Fenne Oosterhuis komt erbij als ontwikelaar per 11 januari.",
  J("Fenne Oosterhuis", md(1, 11), SE))
E("nl", "Per 4 januari is Bart Groenewegen niet langer verkoper maar facilitair medewerker.",
  M("Bart Groenewegen", md(1, 4), FC, AM))
E("nl", "Wie regelt de uitdiensttreding van Ellen Smit? Ze vertrekt vrijdag.",
  L("Ellen Smit", wd("vrijdag")))
E("nl", "Nieuwe zorgmedewerkers per 18 januari: Hatice Doğan en Myrthe Vos.",
  J("Hatice Doğan", md(1, 18), CW), J("Myrthe Vos", md(1, 18), CW))
E("nl", "Jan de Jong begint op 18/1 als facilitair coordinator.",
  J("Jan de Jong", md(1, 18), FC))
E("nl", "Op 1 februari komt er een nieuwe ontwikkelaar bij: Jesse Smeenk.",
  J("Jesse Smeenk", md(2, 1), SE))

E("nl", "Noud Verstappen begint 15.2.2027 als accountmanager in regio Limburg.",
  J("Noud Verstappen", ymd(2027, 2, 15), AM))
E("en", "Last day for Ruth Abebe: 12.1.2027. She is a carer on ward 3.",
  L("Ruth Abebe", ymd(2027, 1, 12), CW))
E("en", "Hi! Lukas Novák begins as a developer on 11 January and Grace Mensah leaves sales on 15 January.",
  J("Lukas Novák", md(1, 11), SE), L("Grace Mensah", md(1, 15), AM))

# ---------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------
def check():
    texts = set()
    for lang, text, people in ENTRIES:
        assert lang in ("nl", "en"), text
        assert text not in texts, text
        texts.add(text)
        assert 1 <= len(people) <= 2, text
        for p in people:
            assert p["kind"] in ("JOINER", "LEAVER", "MOVER"), text
            assert p["name"] in text, (p["name"], text)
            assert p["name"] == p["name"].strip() and "'s" not in p["name"][-2:], p["name"]
            assert p["role"] in ROLES, text
            assert ("fromRole" in p) == (p["kind"] == "MOVER"), text
            if p["kind"] == "MOVER":
                assert p["fromRole"] in ROLES, text
            if p["date"] is not None:
                d = dt.date.fromisoformat(p["date"])
                if p["_odd"]:
                    assert d < TODAY or d > LIMIT, (p, text)
                else:
                    assert TODAY <= d <= LIMIT, (p, text)


def main():
    check()
    rows = list(ENTRIES)
    random.Random(20261204).shuffle(rows)
    out = []
    for i, (lang, text, people) in enumerate(rows, 1):
        expect = [{k: v for k, v in p.items() if not k.startswith("_")} for p in people]
        out.append(json.dumps({"id": "c%03d" % i, "lang": lang, "text": text, "expect": expect},
                              ensure_ascii=False))
    Path(__file__).with_name("blind-3.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    persons = [p for _, _, ps in ENTRIES for p in ps]
    print("messages", len(rows), "nl", sum(1 for r in rows if r[0] == "nl"),
          "two people", sum(1 for r in rows if len(r[2]) == 2), "persons", len(persons), file=sys.stderr)


if __name__ == "__main__":
    main()
