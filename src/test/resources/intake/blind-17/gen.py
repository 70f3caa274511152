"""Blind-17: managers' announcements written by hand, one at a time (session 27).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-16's gen.py) only turn the date a reader means into a calendar date counted from
TODAY (Thursday 2026-12-03). Run: python3 gen.py
"""
import datetime as dt
import json
import os
import re

TODAY = dt.date(2026, 12, 3)
ROLES = {None, "account-manager", "care-worker", "facility-coordinator", "software-engineer"}
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _day(name):
    name = name.lower()
    return EN_DAYS.index(name) if name in EN_DAYS else NL_DAYS.index(name)


def D(y, m, d):
    return dt.date(y, m, d).isoformat()


def MD(m, d):
    """A day and month without a year: the first such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    return (x if x >= TODAY else dt.date(TODAY.year + 1, m, d)).isoformat()


def P(n):
    """n days from today; negative in the past."""
    return (TODAY + dt.timedelta(days=n)).isoformat()


def WD(name):
    """A bare, 'this coming', 'komende' or 'a.s.' weekday: the first such day after today."""
    return (TODAY + dt.timedelta(days=(_day(name) - TODAY.weekday()) % 7 or 7)).isoformat()


def NW(name):
    """'volgende week X' / 'X next week': that day in the week of Monday 2026-12-07."""
    return (dt.date(2026, 12, 7) + dt.timedelta(days=_day(name))).isoformat()


def LW(name):
    """'vorige week X' / 'X last week': that day in the week of Monday 2026-11-23."""
    return (dt.date(2026, 11, 23) + dt.timedelta(days=_day(name))).isoformat()


def WK(week, name="monday", year=2027):
    """A day of an ISO week ('maandag week 3')."""
    return dt.date.fromisocalendar(year, week, _day(name) + 1).isoformat()


def ON(name, iso):
    """A weekday written next to a date must agree with it."""
    assert dt.date.fromisoformat(iso).weekday() == _day(name), (name, iso)
    return iso


NOW = TODAY.isoformat()


def J(name, date, role=None):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def MV(name, date, role, frm):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm}


MESSAGES = []


def m(lang, text, *expect, past=False, none=False):
    """past: a date before today is meant; none: the message announces no one."""
    MESSAGES.append((lang, text, list(expect), past, none))

# ---------------------------------------------------------------------------------------
# Part 1 (m001-m150): a bakery chain, a law firm, a municipality's service desk, a football
# stadium, a bicycle maker and a logistics warehouse.
# ---------------------------------------------------------------------------------------

# A bakery chain.
m("nl", "Hoi! Per maandag 4 januari begint Sanne Kuipers als bakker in onze vestiging in Zwolle. Kunnen jullie alles klaarzetten?",
  J("Sanne Kuipers", ON("monday", D(2027, 1, 4))))
m("en", "Quick one: we hired a new sales rep for the wholesale side (hotels and restaurants), Daniel Osei. He starts on the 11th of January.",
  J("Daniel Osei", D(2027, 1, 11), "account-manager"))
m("nl", "hey, joost van der linden stopt bij ons, laatste dag is vrijdag 18 december. was broodbezorger",
  L("Joost van der Linden", ON("friday", D(2026, 12, 18))))
m("nl", "Goedemorgen, Fatima Amrani (winkelmedewerker filiaal Deventer) gaat per 1 februari over naar ons hoofdkantoor als facilitair medewerker.",
  MV("Fatima Amrani", D(2027, 2, 1), "facility-coordinator", None))
m("en", "Is there any news on the laptop for the new baker in Apeldoorn? He started Monday and is still waiting.",
  none=True)
m("nl", "Beste HR,\n\nHierbij meld ik de uitdiensttreding van onze banketbakker, dhr. Henk Wolters. Zijn laatste werkdag is 29 januari 2027; hij gaat met pensioen na 38 jaar.\n\nMet vriendelijke groet,\nMarjolein Vos\nBedrijfsleider Bakkerij Vos & Zn.",
  L("Henk Wolters", D(2027, 1, 29)))
m("en", "Two new shop assistants for the Christmas rush: Lotte Brinkman and Emre Yıldız, both from Saturday 12 December until 2 January.",
  J("Lotte Brinkman", ON("saturday", D(2026, 12, 12))), J("Emre Yıldız", ON("saturday", D(2026, 12, 12))))
m("nl", "Kees Jansen van de broodafdeling is gisteren op staande voet ontslagen (diefstal). Graag zijn pas en accounts direct blokkeren.",
  L("Kees Jansen", P(-1)), past=True)
m("nl", "Dag collega's, graag laat ik weten dat Ruben De Smet vanaf 8 februari ons team in Gent komt versterken als vertegenwoordiger voor de horeca. Gelieve zijn materiaal tijdig te voorzien. Mvg, Els",
  J("Ruben De Smet", D(2027, 2, 8), "account-manager"))
m("en", "Our webshop developer Priya Raghunathan is moving to the marketing team as content lead from 1 March.",
  MV("Priya Raghunathan", D(2027, 3, 1), None, "software-engineer"))
m("nl", "De start van Bart Hoekstra (bakkersleerling) gaat niet door, hij heeft voor een andere baan gekozen.",
  none=True)
m("nl", "Per 1/2 komt er een nieuwe chauffeur bij: Mohamed Bouzid. Hij rijdt de route Amersfoort–Utrecht.",
  J("Mohamed Bouzid", D(2027, 2, 1)))
m("en", "Hi, Wendy Smit-Dekker is going on maternity leave from 14 December. She is coming back in April, so nothing needs to be disabled.",
  none=True)
m("nl", "volgende week dinsdag begint yara el amrani in de winkel in Kampen, kan ze een pasje krijgen?",
  J("Yara el Amrani", NW("tuesday")))
m("en", "Please offboard Tom Verbeek, our oven technician. He leaves us on 8/1 — last shift that Friday.",
  L("Tom Verbeek", ON("friday", D(2027, 1, 8))))
m("nl", "Correctie op mijn bericht van gisteren: Noor Visser begint niet op 4 januari maar op 11 januari als bakker in Zwolle.",
  J("Noor Visser", D(2027, 1, 11)))
m("nl", "Onze vertegenwoordiger Frank Mulder wordt per 1 maart inkoper grondstoffen.",
  MV("Frank Mulder", D(2027, 3, 1), None, "account-manager"))
m("en", "Sad news: our delivery driver Peter de Graaf passed away yesterday evening after a short illness.",
  L("Peter de Graaf", P(-1)), past=True)
m("nl", "Wie regelt een account voor de nieuwe filiaalmanager? Ze begint pas in februari, maar ik wil het op tijd weten.",
  none=True)
m("en", "From next Monday Ilse Bakker joins us at the central bakery as production planner.",
  J("Ilse Bakker", WD("monday")))
m("nl", "Anouk Peters (winkel Hengelo) en Ricardo Pinto (bakker nachtdienst) stoppen allebei op 31-12.",
  L("Anouk Peters", D(2026, 12, 31)), L("Ricardo Pinto", D(2026, 12, 31)))
m("en", "Can you set up Lucas Meijer as a programmer for our ordering app? Start date 18-01-2027.",
  J("Lucas Meijer", D(2027, 1, 18), "software-engineer"))
m("nl", "Gerrit Hofman gaat minder werken, vanaf januari 24 uur in plaats van 32. Verder verandert er niks.",
  none=True)
m("nl", "Met ingang van 1 januari 2027 verhuist onze facilitair coördinator Linda Bos van de bakkerij in Zwolle naar het distributiecentrum in Deventer, zelfde functie.",
  MV("Linda Bos", D(2027, 1, 1), "facility-coordinator", "facility-coordinator"))
m("en", "hi!! new girl for the bakery counter in Enschede starts tmrw, name is Chloé Martin. thx",
  J("Chloé Martin", P(1)))

# A law firm.
m("nl", "Geachte collega's,\n\nPer 1 februari 2027 treedt mr. Sophie van Rijn-Kramer in dienst als advocaat-medewerker op de sectie arbeidsrecht.\n\nMet collegiale groet,\nmr. J.P. de Vries",
  J("Sophie van Rijn-Kramer", D(2027, 2, 1)))
m("en", "Our paralegal Jasper Koster has resigned; his last day in the office will be Friday 15 January.",
  L("Jasper Koster", ON("friday", D(2027, 1, 15))))
m("nl", "Kun je alvast een laptop bestellen voor Thijs Dijkman? Hij komt als juridisch secretaris werken vanaf woensdag 6 januari.",
  J("Thijs Dijkman", ON("wednesday", D(2027, 1, 6))))
m("en", "Please note: Dr. Miriam Goldberg, of counsel in our tax practice, retires at the end of this year; her last working day is 23 December.",
  L("Miriam Goldberg", D(2026, 12, 23)))
m("nl", "Onze IT-ontwikkelaar Joris Smeets gaat per 1 april over naar het kennisteam als legal knowledge manager.",
  MV("Joris Smeets", D(2027, 4, 1), None, "software-engineer"))
m("en", "The start of trainee lawyer Aisha Mensah has been postponed to next year — date to be confirmed, don't do anything yet.",
  none=True)
m("nl", "Vanaf maandag 14 december werkt Rik Schouten (advocaat) vanuit ons kantoor in Maastricht in plaats van Eindhoven.",
  MV("Rik Schouten", ON("monday", D(2026, 12, 14)), None, None))
m("en", "Hello, two new secretaries from the agency: Hannah Kowalczyk starts on Monday 7 December, Zoë Hendriks a week later, on Monday 14 December.",
  J("Hannah Kowalczyk", ON("monday", D(2026, 12, 7))), J("Zoë Hendriks", ON("monday", D(2026, 12, 14))))
m("nl", "Het contract van onze receptioniste Mirjam Bosman wordt verlengd tot 1 juli. Ze blijft dus gewoon.",
  none=True)
m("nl", "advocaat stagiair Daan Vermeulen begint 4-1-2027, kamer 2.14 is voor hem",
  J("Daan Vermeulen", D(2027, 1, 4)))
m("en", "We've had to let go of our office manager, Karen O'Brien, effective immediately (today). Please revoke her access now.",
  L("Karen O'Brien", NOW))
m("nl", "Per 01.03.2027 gaat onze facilitair medewerker Ahmed Bakkali over naar het kantoor in Den Bosch, hij blijft facilitair medewerker maar dan daar.",
  MV("Ahmed Bakkali", D(2027, 3, 1), "facility-coordinator", "facility-coordinator"))
m("en", "Announcing that Olivia Bennett will be joining our IT department as a software developer on the 1st of February 2027.",
  J("Olivia Bennett", D(2027, 2, 1), "software-engineer"))
m("nl", "Helaas is onze bode Wim Verhoeven afgelopen zondag overleden.",
  L("Wim Verhoeven", P(-4)), past=True)
m("en", "Could you tell me whether the accounts for Pieter-Jan Claes are ready? He starts Monday.",
  none=True)
m("nl", "Graag per 18 januari 2027 een account voor notarieel medewerker Esra Yılmaz-de Boer. Ze komt van een ander kantoor.",
  J("Esra Yılmaz-de Boer", D(2027, 1, 18)))
m("en", "Change of plans: Benjamin Clarke starts not on 6 January but on Monday the 11th.",
  J("Benjamin Clarke", ON("monday", D(2027, 1, 11))))
m("nl", "Onze accountmanager Nadia Haddou vertrekt, haar contract loopt af op 28 februari. Laatste werkdag is vrijdag 26 februari.",
  L("Nadia Haddou", ON("friday", D(2027, 2, 26)), "account-manager"))
m("en", "Marco Rossi (legal counsel, Milan office) moves to our Amsterdam office as of 1 January.",
  MV("Marco Rossi", D(2027, 1, 1), None, None))
m("nl", "Dinsdag 5 januari start Laura Timmermans bij ons als kantoorassistente.",
  J("Laura Timmermans", ON("tuesday", D(2027, 1, 5))))
m("en", "Our senior partner Mr. Edward Hughes leaves the firm per 31 March 2027.",
  L("Edward Hughes", D(2027, 3, 31)))
m("nl", "Wil iemand even checken of Sven de Wit al een telefoon heeft? Hij is sinds maandag bij ons als advocaat.",
  none=True)
m("en", "FYI: Nina Abramowicz, the litigation secretary, will not leave after all — she withdrew her resignation.",
  none=True)
m("nl", "Over twee weken begint Jelle Postma als ICT-beheerder (netwerk en werkplekken, geen programmeur).",
  J("Jelle Postma", P(14)))
m("en", "New joiner, law firm side: Ms. Grace Adebayo-Thompson, associate, start date 01/02/2027.",
  J("Grace Adebayo-Thompson", D(2027, 2, 1)))

# A municipality's service desk.
m("nl", "Goedemiddag, per 1 januari komt Marloes Evers ons Klant Contact Centrum versterken als klantadviseur. Graag account, headset en pas.",
  J("Marloes Evers", D(2027, 1, 1)))
m("nl", "Dhr. Abdelkader Ouali, baliemedewerker burgerzaken, gaat met ingang van 1 februari naar team Vergunningen als vergunningverlener.",
  MV("Abdelkader Ouali", D(2027, 2, 1), None, None))
m("en", "The municipality's app developer Stefan Novak is leaving on 22 December; his secondment with us ends then.",
  L("Stefan Novak", D(2026, 12, 22), "software-engineer"))
m("nl", "Is de aanvraag voor de nieuwe groenverzorger al binnen? Ik heb nog niks gehoord.",
  none=True)
m("nl", "Pim Jacobs begint maandag 11 januari als groenverzorger bij de buitendienst.",
  J("Pim Jacobs", ON("monday", D(2027, 1, 11))))
m("en", "Please process the departure of Ingrid Lambrechts, our team leader at the service desk. Her last working day was 30 November; sorry for the late notice.",
  L("Ingrid Lambrechts", D(2026, 11, 30)), past=True)
m("nl", "Op verzoek van de teamleider: Rachid El Khatib (KCC) werkt vanaf 4 januari op het stadskantoor Noord in plaats van in het stadhuis. Functie blijft gelijk.",
  MV("Rachid El Khatib", D(2027, 1, 4), None, None))
m("nl", "Vanaf 15 december 2026 zijn er twee nieuwe medewerkers bij de facilitaire dienst: Bram Kok en Sylvia Ramdin.",
  J("Bram Kok", D(2026, 12, 15), "facility-coordinator"), J("Sylvia Ramdin", D(2026, 12, 15), "facility-coordinator"))
m("en", "hi, quick q - does the new applicatiebeheerder need a dev laptop or a normal one? he starts in january",
  none=True)
m("nl", "Jeroen ter Horst (applicatiebeheerder, geen ontwikkelaar) stopt bij de gemeente per 1 maart 2027.",
  L("Jeroen ter Horst", D(2027, 3, 1)))
m("en", "Effective Monday 4 January 2027, Hanna Lindqvist will take up the post of facilities coordinator at the town hall; until then she is our receptionist.",
  MV("Hanna Lindqvist", ON("monday", D(2027, 1, 4)), "facility-coordinator", None))
m("nl", "ff melden: tim de bruijn van de balie is vandaag zijn laatste dag, hij gaat naar een andere gemeente",
  L("Tim de Bruijn", NOW))
m("nl", "Volgende week donderdag, 10 december, start Gülsen Aydın als medewerker Wmo-loket.",
  J("Gülsen Aydın", ON("thursday", NW("thursday"))))
m("en", "Our colleague Marcel Dubois was dismissed last Friday following an investigation. Please close his accounts.",
  L("Marcel Dubois", ON("friday", P(-6))), past=True)
m("nl", "Marieke van Leeuwen neemt ouderschapsverlof op vanaf februari, twee dagen per week. Geen actie nodig denk ik?",
  none=True)
m("nl", "In week 3 start een nieuwe developer bij team Digitale Dienstverlening: Koen Vos. Graag alles klaar op maandag van die week.",
  J("Koen Vos", WK(3), "software-engineer"))
m("en", "Correction: the new call-taker is Lisa Maas, not Lisa Maan as I wrote earlier. She starts on 7 January.",
  J("Lisa Maas", D(2027, 1, 7)))
m("nl", "Hallo, wij nemen afscheid van Dirk Boer, handhaver (boa). Hij gaat per 1 januari met vervroegd pensioen.",
  L("Dirk Boer", D(2027, 1, 1)))
m("en", "Please be advised that Mrs. Chiamaka Eze will resume as Customer Service Officer at the municipal service desk on 4th January, 2027.",
  J("Chiamaka Eze", D(2027, 1, 4)))
m("nl", "Elif Şahin, zorgmedewerker bij de dagbesteding van de gemeente, stapt per 1 maart over naar het KCC als klantadviseur.",
  MV("Elif Şahin", D(2027, 3, 1), None, "care-worker"))
m("nl", "Kunnen jullie de start van Willem Brouwer intrekken? Hij heeft zich bedacht en komt niet.",
  none=True)
m("en", "Tobias Wagner (developer, Digital team) leaves us on 29 January: he's been seconded to the province full-time from February.",
  L("Tobias Wagner", D(2027, 1, 29), "software-engineer"))
m("nl", "Sarah Koç en Mehmet Arslan beginnen allebei per 4 januari als baliemedewerker burgerzaken.\nSarah op het stadhuis, Mehmet op stadskantoor Zuid.",
  J("Sarah Koç", D(2027, 1, 4)), J("Mehmet Arslan", D(2027, 1, 4)))
m("nl", "Onze facilitair medewerker Hans Pronk wordt per 1 februari beveiliger bij de gemeente.",
  MV("Hans Pronk", D(2027, 2, 1), None, "facility-coordinator"))
m("en", "quick one — Fleur de Haan from the service desk leaves tomorrow, her last day. she's moving abroad.",
  L("Fleur de Haan", P(1)))

# A football stadium.
m("nl", "Per zaterdag 12 december hebben we drie nieuwe stewards: Kevin Lammers, Dennis Groen en Stijn Wouters.",
  J("Kevin Lammers", ON("saturday", D(2026, 12, 12))), J("Dennis Groen", ON("saturday", D(2026, 12, 12))),
  J("Stijn Wouters", ON("saturday", D(2026, 12, 12))))
m("en", "Our groundsman Gareth Williams retires after the last home game of the year, Sunday 20 December.",
  L("Gareth Williams", ON("sunday", D(2026, 12, 20))))
m("nl", "Nieuwe accountmanger business seats: Roel Hermans, start maandag 4 januari 2027. Leaseauto graag regelen.",
  J("Roel Hermans", ON("monday", D(2027, 1, 4)), "account-manager"))
m("en", "Please remove all access for Craig Morrison (hospitality team), dismissed this morning after the incident at Sunday's match.",
  L("Craig Morrison", NOW))
m("nl", "De stadionomroeper Erik Verschoor gaat niet weg na dit seizoen, hij heeft toch bijgetekend. Vergeet mijn vorige mail.",
  none=True)
m("nl", "Ticketing: Merel Koopman begint niet op 14 december maar al op 9 december, woensdag dus.",
  J("Merel Koopman", ON("wednesday", D(2026, 12, 9))))
m("en", "From 1 January Diego Fernández moves from our sales team to the events team as event coordinator.",
  MV("Diego Fernández", D(2027, 1, 1), None, "account-manager"))
m("nl", "Hoi, de nieuwe terreinknecht heet Luuk Hendriksen en begint de 7e. Hij krijgt sleutels van de kleedkamers.",
  J("Luuk Hendriksen", D(2026, 12, 7)))
m("en", "Two stewards are leaving: Ryan Doherty after the match on Saturday 19 December, and Sam Peeters on 31 December.",
  L("Ryan Doherty", ON("saturday", D(2026, 12, 19))), L("Sam Peeters", D(2026, 12, 31)))
m("nl", "Onze kantinebeheerder Ton van Os is afgelopen maandag plotseling overleden. Wil iemand zijn pas blokkeren?",
  L("Ton van Os", ON("monday", P(-3))), past=True)
m("en", "Will the new video analyst need a Hudl licence? Her name isn't confirmed yet, I'll send it later.",
  none=True)
m("nl", "Per 11-01-2027 begint Julia Smit als medewerker facilitaire dienst in het stadion.",
  J("Julia Smit", D(2027, 1, 11), "facility-coordinator"))
m("en", "Hi team, Joe Harrington from security is moving to the stadium tour team next Wednesday. Same contract, different job.",
  MV("Joe Harrington", WD("wednesday"), None, None))
m("nl", "Fysiotherapeut Anne-Marie Dekkers vertrekt per 1 juli 2027 naar een andere club.",
  L("Anne-Marie Dekkers", D(2027, 7, 1)))
m("en", "Ahoy — the club's web developer Finn O'Sullivan starts on Tuesday 8 December. He'll work on the new ticket shop.",
  J("Finn O'Sullivan", ON("tuesday", D(2026, 12, 8)), "software-engineer"))
m("nl", "Wij hebben helaas afscheid moeten nemen van kassamedewerker Tessa Vink, per direct. Vandaag was haar laatste dag.",
  L("Tessa Vink", NOW))
m("nl", "Vanaf 1/3 gaat jeugdtrainer Bas Verhagen aan de slag als facilitair coördinator van het trainingscomplex.",
  MV("Bas Verhagen", D(2027, 3, 1), "facility-coordinator", None))
m("en", "Our kit manager, Jamal Hussain, has handed in his notice. Last working day: 29/01/2027.",
  L("Jamal Hussain", D(2027, 1, 29)))
m("nl", "Jordy Maas (facilitair medewerker) werkt vanaf dinsdag in het stadion en niet meer op het trainingscomplex.",
  MV("Jordy Maas", WD("tuesday"), "facility-coordinator", "facility-coordinator"))
m("en", "Heads up: Oliver Grant's start as scout is postponed to 1 February.",
  J("Oliver Grant", D(2027, 2, 1)))
m("nl", "Onze stadionmanager Gert-Jan Mulders gaat met pensioen; zijn laatste werkdag is donderdag 31 december.",
  L("Gert-Jan Mulders", ON("thursday", D(2026, 12, 31))))
m("en", "Sorry, forgot to tell you: Layla Ahmadi started in the club shop on 1 December. Can she still get an account?",
  J("Layla Ahmadi", D(2026, 12, 1)), past=True)
m("nl", "De schoonmaakploeg krijgt versterking: Dorota Nowak begint over drie weken.",
  J("Dorota Nowak", P(21)))
m("en", "Sales rep Mitchell Boateng moves to the Rotterdam stadium project on Monday 18 January, still in sales.",
  MV("Mitchell Boateng", ON("monday", D(2027, 1, 18)), "account-manager", "account-manager"))
m("nl", "Stewardcoördinator Rianne Bouma stopt ermee, haar laatste wedstrijd is op 27 december.",
  L("Rianne Bouma", D(2026, 12, 27)))

# A bicycle maker.
m("nl", "Per maandag 4 januari begint Wouter Geerts als frame-engineer (werktuigbouw, geen software) op de R&D-afdeling.",
  J("Wouter Geerts", ON("monday", D(2027, 1, 4))))
m("en", "Hi, we hired an embedded software engineer for the e-bike controllers: Arjun Mehta, start 1 March 2027.",
  J("Arjun Mehta", D(2027, 3, 1), "software-engineer"))
m("nl", "montage: nieuwe fietsmonteurs per 7/12, gijs laan en robin peters. pasjes graag",
  J("Gijs Laan", D(2026, 12, 7)), J("Robin Peters", D(2026, 12, 7)))
m("en", "Our export sales manager Henrik Dahl leaves on the 15th of January; he's going to a competitor, so cut his CRM access that day.",
  L("Henrik Dahl", D(2027, 1, 15), "account-manager"))
m("nl", "Bedankt voor het regelen! Weet je of de nieuwe lakspuiter al een werkschoenen-voucher heeft?",
  none=True)
m("nl", "Thomas Schuurman gaat van de montagelijn naar de verkoop binnendienst, met ingang van 1 februari.",
  MV("Thomas Schuurman", D(2027, 2, 1), "account-manager", None))
m("en", "Wheel builder Agnieszka Zielińska has resigned; her last day is Wednesday 16 December.",
  L("Agnieszka Zielińska", ON("wednesday", D(2026, 12, 16))))
m("nl", "Gisteren is onze magazijnchef Hennie Stegeman plotseling overleden. Wij zijn er kapot van.",
  L("Hennie Stegeman", P(-1)), past=True)
m("en", "Could you cancel the onboarding for Jack Thornton? He was due to start as a dealer account manager next month but pulled out.",
  none=True)
m("nl", "Dag, Lieselot Vermeulen komt vanaf 1 februari ons team in Roeselare vervoegen als vertegenwoordiger voor de Belgische dealers. Met vriendelijke groeten, Kristof",
  J("Lieselot Vermeulen", D(2027, 2, 1), "account-manager"))
m("en", "Per next week Tuesday, Mats Eriksson (test rider) becomes a quality inspector.",
  MV("Mats Eriksson", NW("tuesday"), None, None))
m("nl", "De programmeur van ons configurator-tooltje, Sem Bakker, stopt per 1 april 2027.",
  L("Sem Bakker", D(2027, 4, 1), "software-engineer"))
m("en", "Hannes Müller starts Monday in the paint shop. Sorry it's so short notice!",
  J("Hannes Müller", WD("monday")))
m("nl", "Dienstverband van lasser Youssef Benali wordt niet verlengd; 31-1-2027 is zijn laatste dag.",
  L("Youssef Benali", D(2027, 1, 31)))
m("en", "Please set up Emily Clarkson as facilities coordinator for the new factory in Heerenveen, from the 1st of March.",
  J("Emily Clarkson", D(2027, 3, 1), "facility-coordinator"))
m("nl", "Lars Kuiper gaat minder uren werken (28 i.p.v. 36) vanaf januari.",
  none=True)
m("nl", "Beste,\n\nNaar aanleiding van ons gesprek bevestig ik dat Vincent Hoogland per 1 januari 2027 de overstap maakt van ontwikkelaar naar productmanager e-bikes.\n\nGroet,\nAnita Zwart\nHR Business Partner",
  MV("Vincent Hoogland", D(2027, 1, 1), None, "software-engineer"))
m("en", "New in the warranty department from 5 January: Mariana Costa. Please give her access to the dealer portal.",
  J("Mariana Costa", D(2027, 1, 5)))
m("nl", "Stagiair Jesse van Dijk (fietstechniek) begint op 1 februari en blijft tot de zomer.",
  J("Jesse van Dijk", D(2027, 2, 1)))
m("en", "Dismissed on Tuesday: forklift driver Aleksandr Petrov. Please make sure his badge no longer works.",
  L("Aleksandr Petrov", ON("tuesday", P(-2))), past=True)
m("nl", "Onze accountmanager Benelux, Evelien Claes, verhuist naar ons kantoor in Antwerpen per 1 maart; ze blijft accountmanager.",
  MV("Evelien Claes", D(2027, 3, 1), "account-manager", "account-manager"))
m("en", "Is it correct that the new developer still has no GitHub access? He's been here since Tuesday.",
  none=True)
m("nl", "vanaf morgen werkt Sandra Meuleman niet meer bij ons, haar contract is opgezegd",
  L("Sandra Meuleman", NOW))
m("en", "Welcoming two mechanics to the service workshop on Monday 11 January: Dave Wilson and Luca Bianchi.",
  J("Dave Wilson", ON("monday", D(2027, 1, 11))), J("Luca Bianchi", ON("monday", D(2027, 1, 11))))
m("nl", "Met ingang van maandag 1 februari gaat Naima Chaouch van de klantenservice naar de facilitaire dienst.",
  MV("Naima Chaouch", ON("monday", D(2027, 2, 1)), "facility-coordinator", None))

# A logistics warehouse.
m("nl", "Drie nieuwe orderpickers per maandag 14 december: Dylan Kramer, Mustafa Yıldırım en Piotr Kamiński.",
  J("Dylan Kramer", ON("monday", D(2026, 12, 14))), J("Mustafa Yıldırım", ON("monday", D(2026, 12, 14))),
  J("Piotr Kamiński", ON("monday", D(2026, 12, 14))))
m("en", "Our WMS developer Chen Wei leaves the company; his last day is Thursday the 7th of January.",
  L("Chen Wei", ON("thursday", D(2027, 1, 7)), "software-engineer"))
m("nl", "Heftruckchauffeur Ronald Veenstra is vanochtend ontslagen na een aanrijding met een collega. Graag vandaag nog alles blokkeren.",
  L("Ronald Veenstra", NOW))
m("en", "Teamleader night shift Bogdan Ionescu moves to the day shift in our Tilburg warehouse from Monday 4 Jan.",
  MV("Bogdan Ionescu", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Graag een account aanmaken voor Kim Boerma, nieuwe planner transport, die 18 januari begint.",
  J("Kim Boerma", D(2027, 1, 18)))
m("nl", "Die nieuwe orderpicker van vorige week, heeft die nu al een scanner? Ik krijg vragen van de teamleider.",
  none=True)
m("en", "Please note Kwame Asante is leaving us. He gave notice this week; final shift Sunday January 3rd.",
  L("Kwame Asante", ON("sunday", D(2027, 1, 3))))
m("nl", "Per 1 januari neemt Marco Verhoef de rol van facilitair coördinator over; hij was tot nu toe teamleider inbound.",
  MV("Marco Verhoef", D(2027, 1, 1), "facility-coordinator", None))
m("en", "hey can u add lisa van beek to the system, new reach truck driver, starts next week wednesday",
  J("Lisa van Beek", NW("wednesday")))
m("nl", "Uitzendkracht Oleksandr Shevchenko stopt vrijdag, de opdracht is afgelopen.",
  L("Oleksandr Shevchenko", WD("friday")))
m("en", "We're hiring Sophie Laurent as account manager for our e-commerce customers — start 1.2.2027.",
  J("Sophie Laurent", D(2027, 2, 1), "account-manager"))
m("nl", "Twee vertrekkers in het magazijn: Jan Willemsen (laatste dag 18-12) en Hüseyin Kaya (laatste dag 23-12).",
  L("Jan Willemsen", D(2026, 12, 18)), L("Hüseyin Kaya", D(2026, 12, 23)))
m("en", "Nope, Patrick Doyle is not leaving on 31 December, he's leaving on 15 January, the client extended the project. Please change the date.",
  L("Patrick Doyle", D(2027, 1, 15)))
m("nl", "Onze vertegenwoordiger Noord, Harm Jonker, neemt vanaf 1 februari ook Friesland erbij en verhuist naar het kantoor in Leeuwarden.",
  MV("Harm Jonker", D(2027, 2, 1), "account-manager", "account-manager"))
m("en", "Sick leave, not a leaver: Ayşe Demir is out for at least 3 months from Monday. Nothing to disable please.",
  none=True)
m("nl", "Wij verwelkomen op 6-1 Rosalie Brink als inkoopassistent.",
  J("Rosalie Brink", D(2027, 1, 6)))
m("en", "This is to let you know that our warehouse manager, Mr Nikolaos Papadopoulos, passed away on Monday. The funeral is next week.",
  L("Nikolaos Papadopoulos", ON("monday", P(-3))), past=True)
m("nl", "Per week 2 begint Ferdi Kuijpers als medewerker expeditie in ploegendienst.",
  J("Ferdi Kuijpers", WK(2)))
m("en", "From the 1st of Feb, Gemma Walsh leaves the customer service desk and becomes a developer in the integrations team.",
  MV("Gemma Walsh", D(2027, 2, 1), "software-engineer", None))
m("nl", "Kun je de pas van Ricky Lopes nog even actief laten? Zijn laatste dag is pas 22 december i.p.v. vandaag.",
  L("Ricky Lopes", D(2026, 12, 22)))
m("en", "Dirk-Jan Wiersma starts as shift supervisor in four weeks, on the 31st.",
  J("Dirk-Jan Wiersma", P(28)))
m("nl", "Beste allen, met ingang van maandag 11 januari 2027 verlaat Anton de Groot ons bedrijf. Anton was 12 jaar chauffeur. Groet, Nicole",
  L("Anton de Groot", ON("monday", D(2027, 1, 11))))
m("en", "Warehouse Tilburg: 3 new temps from Randstad start Tuesday 5 January — Viktor Horváth, Ana Ribeiro, and Tamara Jovanović.",
  J("Viktor Horváth", ON("tuesday", D(2027, 1, 5))), J("Ana Ribeiro", ON("tuesday", D(2027, 1, 5))),
  J("Tamara Jovanović", ON("tuesday", D(2027, 1, 5))))
m("nl", "De verlenging van het contract van Gerda Hulst is rond: ze blijft tot 1 juli 2027 bij ons.",
  none=True)
m("en", "Please note that Jonas Becker (facilities coordinator) switches from our Venlo site to the new hub in Venray on 1 March.",
  MV("Jonas Becker", D(2027, 3, 1), "facility-coordinator", "facility-coordinator"))


# ---------------------------------------------------------------------------------------
# Part 2 (m151-m320), written after part 1's first run knowing only its CORPUS line: a
# dental practice, a garden centre, a hotel, a care hotel, an architecture bureau, a
# theatre and a call centre.
# ---------------------------------------------------------------------------------------

# A dental practice.
m("nl", "Per 1 februari begint Ilona Martens als tandartsassistente in onze praktijk in Houten.",
  J("Ilona Martens", D(2027, 2, 1)))
m("en", "Dr. Farid Hosseini, our dentist, will be leaving the practice; his last clinic day is Friday 22 January 2027.",
  L("Farid Hosseini", ON("friday", D(2027, 1, 22))))
m("nl", "mondhygiënist anouk de vries-bos start volgende week maandag, kan ze inloggen in ons patiëntensysteem?",
  J("Anouk de Vries-Bos", NW("monday")))
m("nl", "Goedemorgen,\n\nOnze preventieassistente Samira Lahlou gaat per 1 maart bij ons aan de balie werken als praktijkmanager.\n\nHartelijke groet,\nTandartspraktijk De Linde",
  MV("Samira Lahlou", D(2027, 3, 1), None, None))
m("en", "Our dental technician Greg Foster passed away last week Wednesday. We are all in shock.",
  L("Greg Foster", LW("wednesday")), past=True)
m("nl", "De nieuwe tandarts, Shirin Rahimi, begint 4 januari. Kan haar laptop dan klaarstaan?",
  J("Shirin Rahimi", D(2027, 1, 4)))
m("en", "The practice hires a new receptionist, Bethany Lewis, from 12 January.",
  J("Bethany Lewis", D(2027, 1, 12)))
m("nl", "Tandarts Koen Reinders werkt vanaf 1 januari niet meer in Houten maar in onze vestiging in Nieuwegein.",
  MV("Koen Reinders", D(2027, 1, 1), None, None))
m("nl", "eergisteren is tandartsassistente Mandy Kok ontslagen, graag haar toegang tot het röntgensysteem intrekken",
  L("Mandy Kok", P(-2)), past=True)
m("en", "Starting Monday 1 February: Tomás Herrera, orthodontist. He'll work Mondays and Thursdays.",
  J("Tomás Herrera", ON("monday", D(2027, 2, 1))))
m("nl", "Per 15-01-2027 vertrekt onze praktijkmanager Gonny Staal. Haar opvolger volgt later.",
  L("Gonny Staal", D(2027, 1, 15)))
m("en", "hi, the new dental nurse is Natasha Ivanova and she starts the 14th, is that enough time for a pass?",
  J("Natasha Ivanova", D(2026, 12, 14)))
m("nl", "Onze facilitair medewerker (we delen hem met de apotheek) Ruud Hermsen gaat per 1 april alleen nog voor de apotheek werken, dus hij gaat bij ons weg.",
  L("Ruud Hermsen", D(2027, 4, 1), "facility-coordinator"))
m("en", "Change: Dr. Ingrid Solberg starts on the 18th of January, not the 11th.",
  J("Ingrid Solberg", D(2027, 1, 18)))
m("nl", "Vanaf dinsdag 2 februari komt Priscilla Amponsah ons team versterken als tandartsassistente in opleiding.",
  J("Priscilla Amponsah", ON("tuesday", D(2027, 2, 2))))
m("en", "Hygienist Caroline Murphy leaves the practice at the end of the year, last day 31 Dec.",
  L("Caroline Murphy", D(2026, 12, 31)))
m("nl", "Onze website wordt voortaan door een eigen developer gebouwd: Tijn Blom begint op 1 maart.",
  J("Tijn Blom", D(2027, 3, 1), "software-engineer"))
m("nl", "Per maandag 8 februari 2027 gaat mevr. Hatice Öztürk (balie) naar onze nieuwe vestiging in Vianen, zelfde werk.",
  MV("Hatice Öztürk", ON("monday", D(2027, 2, 8)), None, None))
m("en", "Please create accounts for our new practice manager Olga Sokolova — she's joining on Wed 6 Jan.",
  J("Olga Sokolova", ON("wednesday", D(2027, 1, 6))))
m("nl", "Tandarts Lotte Verbruggen gaat per 1 februari met zwangerschapsverlof. Geen account uitzetten dus.",
  none=True)
m("en", "We're letting our software developer contractor, Rahul Nair, go at the end of his contract on 18 December; he built our booking tool.",
  L("Rahul Nair", D(2026, 12, 18), "software-engineer"))
m("nl", "Jan-Peter Vos, kaakchirurg, begint 1-3 bij ons.",
  J("Jan-Peter Vos", D(2027, 3, 1)))
m("en", "FYI Simone Kramer moves from our Utrecht practice to Zeist from 11 January — still a dental assistant.",
  MV("Simone Kramer", D(2027, 1, 11), None, None))
m("nl", "Graag Aylin Doğan uit dienst melden, ze werkte als baliemedewerkster. Laatste dag was afgelopen vrijdag; ik was het vergeten door de drukte.",
  L("Aylin Doğan", ON("friday", P(-6))), past=True)

# A garden centre.
m("nl", "Voor de kerstmarkt komen er 4 uitzendkrachten bij, allemaal vanaf zaterdag 5 december: Jolanda Bakx, Nicky Verstegen, Kayleigh Peeters en Ömer Kılıç.",
  J("Jolanda Bakx", ON("saturday", D(2026, 12, 5))), J("Nicky Verstegen", ON("saturday", D(2026, 12, 5))),
  J("Kayleigh Peeters", ON("saturday", D(2026, 12, 5))), J("Ömer Kılıç", ON("saturday", D(2026, 12, 5))))
m("en", "Our plant care specialist Hugo Lambert is retiring on 26 February 2027 after 30 years with us.",
  L("Hugo Lambert", D(2027, 2, 26)))
m("nl", "Plantenverzorger Mees Wijnands begint per 1/4 in de kas.",
  J("Mees Wijnands", D(2027, 4, 1)))
m("nl", "Van: Yvonne Kamphuis\nVerzonden: woensdag 2 december 2026 16:12\nAan: HR\nOnderwerp: nieuwe hovenier\n\nHoi, Stefan Brouwers begint op maandag 11 januari als hovenier bij de aanlegploeg. Groetjes, Yvonne",
  J("Stefan Brouwers", ON("monday", D(2027, 1, 11))))
m("en", "Julian Schmidt, who manages our webshop, becomes a full-time developer on the e-commerce platform from 1 February.",
  MV("Julian Schmidt", D(2027, 2, 1), "software-engineer", None))
m("nl", "Onze vertegenwoordiger voor de hoveniers, Kees-Jan Roelofs, gaat over vijf weken weg; hij heeft een baan bij een kwekerij.",
  L("Kees-Jan Roelofs", P(35), "account-manager"))
m("en", "Lucy Hargreaves, our new florist, starts on Saturday 12 December — the busy season.",
  J("Lucy Hargreaves", ON("saturday", D(2026, 12, 12))))
m("nl", "vanaf 1 maart gaat pieter de kok van de kassa naar de afdeling dier & tuin. zelfde uren",
  MV("Pieter de Kok", D(2027, 3, 1), None, None))
m("en", "Security guard Marek Dvořák was dismissed on Saturday after a theft from the till.",
  L("Marek Dvořák", ON("saturday", P(-5))), past=True)
m("nl", "Met ingang van 1 januari 2027 gaat Heleen Bosch van de inkoop naar de facilitaire dienst van het hoofdkantoor.",
  MV("Heleen Bosch", D(2027, 1, 1), "facility-coordinator", None))
m("en", "New starter in the café: Maya Goldstein, from the 21st of December till the end of January.",
  J("Maya Goldstein", D(2026, 12, 21)))
m("nl", "Hoi HR, onze accountmanagers zakelijke markt Wesley Brink en Chantal Oosterhuis stoppen allebei per 1 februari; de zakelijke markt gaat naar ons zusterbedrijf.",
  L("Wesley Brink", D(2027, 2, 1), "account-manager"), L("Chantal Oosterhuis", D(2027, 2, 1), "account-manager"))
m("en", "Our greenhouse technician Florian Weber starts on Monday the 4th of January.",
  J("Florian Weber", ON("monday", D(2027, 1, 4))))
m("nl", "De nieuwe bedrijfsleider Erwin Heemskerk begint niet volgende week maar pas op 1 februari 2027.",
  J("Erwin Heemskerk", D(2027, 2, 1)))
m("en", "Marloes van der Wal is leaving the garden furniture department; she's moving to our head office as a buyer from 1 February.",
  MV("Marloes van der Wal", D(2027, 2, 1), None, None))
m("nl", "Medewerker kassa Bilal Azzouz wordt per volgende week woensdag teamleider kassa.",
  MV("Bilal Azzouz", NW("wednesday"), None, None))
m("en", "Sadly our driver Ruud Wessels died in a traffic accident last Saturday.",
  L("Ruud Wessels", ON("saturday", P(-5))), past=True)
m("nl", "Zoals besproken: Esther Lammertink (aquaristiek) stopt op 9-1-2027. Zij gaat emigreren naar Canada.",
  L("Esther Lammertink", D(2027, 1, 9)))
m("en", "Please onboard Rosa Delgado as our new IT programmer for the till and loyalty apps, start date the fourth of January.",
  J("Rosa Delgado", D(2027, 1, 4), "software-engineer"))
m("nl", "Tuincentrum Almere: Hanneke Smits begint morgen als medewerker bloemen, ik weet dat het kort dag is.",
  J("Hanneke Smits", P(1)))
m("en", "Moving Ben Okafor (facilities coordinator) from Almere to the Lelystad store as of 18 January; same job.",
  MV("Ben Okafor", D(2027, 1, 18), "facility-coordinator", "facility-coordinator"))
m("nl", "Onze medewerker logistiek, Tjeerd Hoekstra, stopt per 31 januari. Eerder had ik 28 februari doorgegeven, maar dat klopt niet.",
  L("Tjeerd Hoekstra", D(2027, 1, 31)))
m("en", "Christmas staff: Ella Jansen-Vos starts next week Monday and Oscar Lindgren on Wednesday the 16th.",
  J("Ella Jansen-Vos", NW("monday")), J("Oscar Lindgren", ON("wednesday", D(2026, 12, 16))))
m("nl", "Beste, mevrouw Trudy Nijland gaat met ingang van 1 april 2027 met pensioen. Ze werkt al sinds 1989 in de vaste planten.",
  L("Trudy Nijland", D(2027, 4, 1)))

# A hotel.
m("en", "Good morning, please set up Camille Dubois as our new front office manager starting 1 February 2027.",
  J("Camille Dubois", D(2027, 2, 1)))
m("nl", "Onze nachtportier Bert Kuijt gaat na 25 jaar met pensioen, zijn laatste nacht is 30 december.",
  L("Bert Kuijt", D(2026, 12, 30)))
m("en", "Housekeeping: 3 new room attendants from next Monday — Alina Popescu, Kateryna Bondarenko and Fatou Diallo.",
  J("Alina Popescu", WD("monday")), J("Kateryna Bondarenko", WD("monday")), J("Fatou Diallo", WD("monday")))
m("nl", "Per 1 maart wordt Mirthe Zwanenburg, nu receptioniste, onze verkoper zakelijke arrangementen.",
  MV("Mirthe Zwanenburg", D(2027, 3, 1), "account-manager", None))
m("en", "Our maintenance engineer Kevin Doyle-Harris leaves us on the 8th of January; he's not a software person, just so you know, he fixes the boilers.",
  L("Kevin Doyle-Harris", D(2027, 1, 8)))
m("nl", "de nieuwe revenue manager heet iris groenewegen, ze begint over 2 weken",
  J("Iris Groenewegen", P(14)))
m("en", "Hi HR — Chef de partie Matteo Ricci was let go today after repeated no-shows.",
  L("Matteo Ricci", NOW))
m("nl", "Vanaf 1/2 gaat onze sales & events manager Jorien Tuinstra terug naar de receptie, op eigen verzoek.",
  MV("Jorien Tuinstra", D(2027, 2, 1), None, "account-manager"))
m("en", "New sales manager for the MICE market: Hendrik van Vliet, starting on Monday 1 March.",
  J("Hendrik van Vliet", ON("monday", D(2027, 3, 1)), "account-manager"))
m("nl", "Onze afwasser Tesfaye Gebremedhin is vrijdag 27 november overleden. We hebben het pas gisteren gehoord.",
  L("Tesfaye Gebremedhin", ON("friday", D(2026, 11, 27))), past=True)
m("en", "Correction to the staff update: Sofia Petrakis does NOT start on 7 December. Her start is Monday 14 December.",
  J("Sofia Petrakis", ON("monday", D(2026, 12, 14))))
m("nl", "Per 01-01-2027 verhuist facilitair medewerker Daan Kloosterman van ons hotel in Scheveningen naar het hotel in Noordwijk.",
  MV("Daan Kloosterman", D(2027, 1, 1), "facility-coordinator", "facility-coordinator"))
m("en", "Our bar manager Liam Byrne has handed in his notice and will finish on Sunday, 10 January.",
  L("Liam Byrne", ON("sunday", D(2027, 1, 10))))
m("nl", "Nachtauditor Kofi Mensah begint maandag 18 januari.",
  J("Kofi Mensah", ON("monday", D(2027, 1, 18))))
m("en", "The booking engine developer we hired, Ji-woo Park, starts in two weeks.",
  J("Ji-woo Park", P(14), "software-engineer"))
m("nl", "Sjoerd Dijkstra (conciërge) blijft toch. Hij had opgezegd maar heeft het teruggedraaid. Graag de uitdiensttreding annuleren.",
  none=True)
m("en", "Room service waiter Abdullah Rahimi transfers to our Amsterdam hotel from 4th January 2027, same position.",
  MV("Abdullah Rahimi", D(2027, 1, 4), None, None))
m("nl", "Wij nemen afscheid van hoofd huishouding Gea Wolters per 28 februari 2027.",
  L("Gea Wolters", D(2027, 2, 28)))
m("en", "Our spa therapist Mei Lin Chen starts Tuesday 12 January.",
  J("Mei Lin Chen", ON("tuesday", D(2027, 1, 12))))
m("nl", "Met ingang van morgen is Robert-Jan Hoogendijk niet meer werkzaam bij ons hotel; hij heeft zelf ontslag genomen.",
  L("Robert-Jan Hoogendijk", NOW))
m("en", "Please set up a developer laptop for our new revenue analyst, Arash Karimi, starting 11 January. He is NOT a developer, he just needs the specs.",
  J("Arash Karimi", D(2027, 1, 11)))
m("nl", "Stagiaire Lieke Oosterbaan start op de receptie op dinsdag 5 januari en blijft een half jaar.",
  J("Lieke Oosterbaan", ON("tuesday", D(2027, 1, 5))))
m("en", "We are sorry to inform you that Mr. Desmond Achterberg, concierge, passed away on 29 November.",
  L("Desmond Achterberg", D(2026, 11, 29)), past=True)
m("nl", "Graag een account voor de nieuwe sous-chef, Yusuf Erdem. Hij begint maandag de 21e.",
  J("Yusuf Erdem", ON("monday", D(2026, 12, 21))))

# A care hotel.
m("nl", "Per 4 januari starten twee nieuwe verzorgenden IG in ons zorghotel: Marieke Hulsbos en Gerdien Tolsma.",
  J("Marieke Hulsbos", D(2027, 1, 4), "care-worker"), J("Gerdien Tolsma", D(2027, 1, 4), "care-worker"))
m("en", "Our carer Priscilla Boakye leaves on Friday 29 January; her temporary contract isn't renewed.",
  L("Priscilla Boakye", ON("friday", D(2027, 1, 29)), "care-worker"))
m("nl", "zorgmedewerkster fenna de jong begint volgende week vrijdag. kan er een telefoon klaarliggen?",
  J("Fenna de Jong", NW("friday"), "care-worker"))
m("nl", "Verpleegkundige Johan Stam gaat per 1 maart 2027 bij ons aan de slag.",
  J("Johan Stam", D(2027, 3, 1)))
m("en", "Night caregiver Esperanza Morales starts on 12/12, her first shift is that Saturday night.",
  J("Esperanza Morales", ON("saturday", D(2026, 12, 12)), "care-worker"))
m("nl", "Helaas moet ik melden dat onze verzorgende Annie Scholten gisteravond is overleden.",
  L("Annie Scholten", P(-1), "care-worker"), past=True)
m("en", "Healthcare assistant Thandiwe Nkosi moves from the day shift to the night team from next week Thursday; she stays a healthcare assistant.",
  MV("Thandiwe Nkosi", NW("thursday"), "care-worker", "care-worker"))
m("nl", "Dag iedereen, Jolien Vervoort komt ons team vervoegen als zorgmedewerker vanaf 18 januari. Haar VOG is in orde. Mvg",
  J("Jolien Vervoort", D(2027, 1, 18), "care-worker"))
m("nl", "Margriet Achterhof, nu zorgmedewerker, gaat per 1 februari naar de facilitaire dienst.",
  MV("Margriet Achterhof", D(2027, 2, 1), "facility-coordinator", "care-worker"))
m("en", "From Monday 7 December we have a new facility coordinator at the care hotel: Brian McCarthy.",
  J("Brian McCarthy", ON("monday", D(2026, 12, 7)), "facility-coordinator"))
m("nl", "Gastvrouw Ingeborg Smeenk stopt er per 1 januari mee.",
  L("Ingeborg Smeenk", D(2027, 1, 1)))
m("en", "Zorghotel update:\n- Deborah Fischer, carer, starts 11 Jan\n- Isaac Mwangi, carer, starts 18 Jan\n- Hilde Kooistra, activity supervisor, leaves 31 Jan",
  J("Deborah Fischer", D(2027, 1, 11), "care-worker"), J("Isaac Mwangi", D(2027, 1, 18), "care-worker"),
  L("Hilde Kooistra", D(2027, 1, 31)))
m("nl", "Onze leerling-verzorgende Sanne van 't Veer stopt met haar opleiding; laatste dag is dinsdag 15 december.",
  L("Sanne van 't Veer", ON("tuesday", D(2026, 12, 15)), "care-worker"))
m("en", "Please reverse the leaver for Yolanda Bakker: her contract as care worker has been extended until 30 June 2027.",
  none=True)
m("nl", "Met ingang van 1 april gaat zorgmedewerker Ricardo Tavares ook coördineren: hij wordt facilitair coördinator, de zorg stopt hij mee.",
  MV("Ricardo Tavares", D(2027, 4, 1), "facility-coordinator", "care-worker"))
m("en", "hiya, new care worker Ashley Turner starting wednesday next week, thx!!",
  J("Ashley Turner", NW("wednesday"), "care-worker"))
m("nl", "Onze fysiotherapeut Wilma de Boer-Kroon gaat per 15 januari met pensioen.",
  L("Wilma de Boer-Kroon", D(2027, 1, 15)))
m("en", "Dismissed with immediate effect yesterday: healthcare assistant Darren Price (medication error). Please disable his Nedap account.",
  L("Darren Price", P(-1), "care-worker"), past=True)
m("nl", "Vanaf maandag 11 januari werkt verzorgende Joke Terpstra niet meer op locatie Baken maar op locatie Duinzicht, zelfde functie.",
  MV("Joke Terpstra", ON("monday", D(2027, 1, 11)), "care-worker", "care-worker"))
m("en", "Can I announce two starters at once? Kristina Berg (caregiver) and Omar Farouk (cook), both 1st of February.",
  J("Kristina Berg", D(2027, 2, 1), "care-worker"), J("Omar Farouk", D(2027, 2, 1)))
m("nl", "De software-ontwikkelaar van ons zorgdossier, Niels Kamp, stopt per 1 maart 2027 bij ons en gaat naar een leverancier.",
  L("Niels Kamp", D(2027, 3, 1), "software-engineer"))
m("nl", "Huishoudelijk medewerkster Nurcan Aksoy begint per week 50. Dat is toch maandag 7 december?",
  J("Nurcan Aksoy", ON("monday", WK(50, "monday", 2026))))
m("en", "Sorry, the healthcare assistant I announced for next Monday, Chidi Okeke, is starting a week later — Monday the 14th.",
  J("Chidi Okeke", ON("monday", D(2026, 12, 14)), "care-worker"))
m("nl", "Anja Meulenbelt wordt per 1 februari teamleider zorg; tot dan is ze verzorgende op de eerste etage.",
  MV("Anja Meulenbelt", D(2027, 2, 1), None, "care-worker"))

# An architecture bureau.
m("nl", "Per 1 februari 2027 start ir. Bas van den Heuvel als architect bij ons bureau.",
  J("Bas van den Heuvel", D(2027, 2, 1)))
m("en", "Our structural engineer Nadia Rahman is leaving on 29 January (she's a construction engineer, not IT).",
  L("Nadia Rahman", D(2027, 1, 29)))
m("nl", "bouwkundig tekenaar rick janssen stopt vrijdag 8 januari, laatste dag",
  L("Rick Janssen", ON("friday", D(2027, 1, 8))))
m("en", "We've hired Alessandro Conti as a developer to build our Revit plugins — start date 25.01.2027.",
  J("Alessandro Conti", D(2027, 1, 25), "software-engineer"))
m("nl", "Hoi! Volgende week maandag begint onze nieuwe projectarchitect, Floor Kuipers-van Dam. Ze krijgt het bureau bij het raam.",
  J("Floor Kuipers-van Dam", NW("monday")))
m("en", "Our BIM modeller Tariq Mahmood moves to the Rotterdam studio as of 1 March — the same role.",
  MV("Tariq Mahmood", D(2027, 3, 1), None, None))
m("nl", "Twee stagiairs van de TU Delft beginnen op 1 februari: Max Verheul en Lin Zhang.",
  J("Max Verheul", D(2027, 2, 1)), J("Lin Zhang", D(2027, 2, 1)))
m("en", "Anna Kowalski has decided to leave us. Her final day will be Wednesday, 20 January 2027.",
  L("Anna Kowalski", ON("wednesday", D(2027, 1, 20))))
m("nl", "Met ingang van 1 januari neemt Gijsbert Ploeg, tot nu toe officemanager, de taken van facilitair coördinator op zich.",
  MV("Gijsbert Ploeg", D(2027, 1, 1), "facility-coordinator", None))
m("en", "The computational designer we hired, Lars Møller, starts 1 Feb. Please note he'll write Grasshopper scripts but he's a designer, not a software engineer.",
  J("Lars Møller", D(2027, 2, 1)))
m("nl", "Ons bureau in Arnhem krijgt per 18-1 een nieuwe accountmanager: Sietske Bergsma.",
  J("Sietske Bergsma", D(2027, 1, 18), "account-manager"))
m("en", "Sad news. Our senior partner and founder, Willem van der Zee, died last Sunday at the age of 71. He was still working two days a week.",
  L("Willem van der Zee", ON("sunday", P(-4))), past=True)
m("nl", "Interieurarchitect Malika Benhaddou gaat 1 maart bij ons weg; ze begint een eigen studio.",
  L("Malika Benhaddou", D(2027, 3, 1)))
m("en", "Correction: Thijmen de Ruiter starts on 11 January, not 4 January as in my mail of Monday.",
  J("Thijmen de Ruiter", D(2027, 1, 11)))
m("nl", "Beste collega's,\n\nVanaf dinsdag 19 januari versterkt Hiroshi Tanaka ons team als landschapsarchitect.\n\nMet vriendelijke groet,\nDirectie",
  J("Hiroshi Tanaka", ON("tuesday", D(2027, 1, 19))))
m("en", "We're cutting Jens Hartmann's hours from 40 to 32 from February; he stays in the same role.",
  none=True)
m("nl", "Onze ICT'er (helpdesk, geen ontwikkelaar) Bjorn Veldhuis vertrekt op 22-12-2026.",
  L("Bjorn Veldhuis", D(2026, 12, 22)))
m("en", "Project architect Laura Fitzgerald transfers to our London office from Monday 1 February; please move her licences.",
  MV("Laura Fitzgerald", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Per direct, dus vandaag, is Maarten Schipper bij ons vertrokken na een conflict.",
  L("Maarten Schipper", NOW))
m("en", "New hire for the visualisation team, Zainab Oladipo, will commence on 5th January, 2027.",
  J("Zainab Oladipo", D(2027, 1, 5)))
m("nl", "maquettebouwer Kees Verbeek gaat volgende week woensdag met pensioen, dat is zijn laatste dag",
  L("Kees Verbeek", NW("wednesday")))
m("en", "Our developer Mateus Silva becomes an architect-in-training (he has his degree now) from 1 April 2027.",
  MV("Mateus Silva", D(2027, 4, 1), None, "software-engineer"))
m("nl", "Secretaresse Ria van Wijk en tekenaar Huub Gerritsen gaan allebei met pensioen op 31 december a.s.",
  L("Ria van Wijk", D(2026, 12, 31)), L("Huub Gerritsen", D(2026, 12, 31)))
m("en", "Heads-up, we have a second BIM coordinator starting soon: Victor Almeida, on the 7th of December.",
  J("Victor Almeida", D(2026, 12, 7)))

# A theatre.
m("nl", "Voor de voorstellingen rond kerst hebben we drie extra zaalwachten, vanaf woensdag 16 december: Gerben Altena, Roos Meijerink en Jasmijn Bos.",
  J("Gerben Altena", ON("wednesday", D(2026, 12, 16))), J("Roos Meijerink", ON("wednesday", D(2026, 12, 16))),
  J("Jasmijn Bos", ON("wednesday", D(2026, 12, 16))))
m("en", "Our sound engineer Tom Wakefield is leaving after the New Year's concert on 1 January.",
  L("Tom Wakefield", D(2027, 1, 1)))
m("nl", "Toneelmeester Jacob Schreuder is vorige week vrijdag overleden.",
  L("Jacob Schreuder", LW("friday")), past=True)
m("en", "Hi! Marketing: Phoebe Anderson joins as online marketer on Monday 11 January. Also: Kai Yamamoto (our web developer) leaves on Friday 15 January.",
  J("Phoebe Anderson", ON("monday", D(2027, 1, 11))), L("Kai Yamamoto", ON("friday", D(2027, 1, 15)), "software-engineer"))
m("nl", "Kassamedewerker Emma Rijkers wordt per 1 februari verkoper zakelijke partners (sponsoring).",
  MV("Emma Rijkers", D(2027, 2, 1), "account-manager", None))
m("en", "The lighting designer for the spring season, Astrid Nyberg, starts on the 11th of January.",
  J("Astrid Nyberg", D(2027, 1, 11)))
m("nl", "Met ingang van 1 maart 2027 verhuist onze facilitair coördinator, Rutger Zomer, van de grote zaal naar het nieuwe vlakkevloertheater aan de overkant. Functie blijft.",
  MV("Rutger Zomer", D(2027, 3, 1), "facility-coordinator", "facility-coordinator"))
m("en", "The box office's Lena Hoffmann will not be joining us after all; she's accepted another offer.",
  none=True)
m("nl", "Decorbouwer Frits Wagenaar stopt per 4-1.",
  L("Frits Wagenaar", D(2027, 1, 4)))
m("nl", "per 1e januari begint Siem Lautenbach als technicus licht en geluid",
  J("Siem Lautenbach", D(2027, 1, 1)))
m("en", "Wardrobe assistant Gabriela Nowicka was dismissed this morning for misconduct. Please close her accounts today.",
  L("Gabriela Nowicka", NOW))
m("nl", "Onze programmeur (van voorstellingen, niet van software!) Dieuwke Faber gaat per 1 juli 2027 weg.",
  L("Dieuwke Faber", D(2027, 7, 1)))
m("en", "Our ticketing system programmer, Pavel Novotný, starts on Thursday 14 January.",
  J("Pavel Novotný", ON("thursday", D(2027, 1, 14)), "software-engineer"))
m("nl", "Graag voor Milou Dekker (publieksservice) regelen dat ze vanaf volgende week dinsdag in de foyer werkt als horecamedewerker i.p.v. aan de kassa.",
  MV("Milou Dekker", NW("tuesday"), None, None))
m("en", "Stage manager Oluwaseun Bakare-Jones will start with us on the 2nd of February.",
  J("Oluwaseun Bakare-Jones", D(2027, 2, 2)))
m("nl", "Hallo,\nDe voorstellingen van ons jeugdtheater stoppen, en daarmee vertrekt ook Annelies Brouwer. Haar laatste werkdag is zondag 31 januari 2027.\nGroet, Paul",
  L("Annelies Brouwer", ON("sunday", D(2027, 1, 31))))
m("en", "Technical director Gideon Roth passed away on Tuesday after a long illness; the theatre is closed tonight.",
  L("Gideon Roth", ON("tuesday", P(-2))), past=True)
m("nl", "Facilitair medewerker Henny Vlug start maandag 4 januari in het filmhuis.",
  J("Henny Vlug", ON("monday", D(2027, 1, 4)), "facility-coordinator"))
m("en", "From the 1st, Renée Lefebvre (costume maker) moves to the production office as a planner.",
  MV("Renée Lefebvre", D(2027, 1, 1), None, None))
m("nl", "Onze verkoper sponsoring Lucas de Groot stopt per 15-1; hij gaat naar een voetbalclub.",
  L("Lucas de Groot", D(2027, 1, 15), "account-manager"))
m("en", "Dear HR, I'd like to request an account for Ngozi Eze-Okafor, our new bookkeeper, starting Monday next week.",
  J("Ngozi Eze-Okafor", NW("monday")))
m("nl", "Rectificatie: de nieuwe souffleur heet Jochem Pranger en niet Jochem Prange. Startdatum blijft 8 januari.",
  J("Jochem Pranger", D(2027, 1, 8)))
m("en", "We're moving Aidan Walsh from the theatre café to our box office in the city centre, starting Tuesday 22 December. Same employer, different job.",
  MV("Aidan Walsh", ON("tuesday", D(2026, 12, 22)), None, None))
m("nl", "Over drie weken komt Kiki Hazelhoff ons team versterken als medewerker educatie.",
  J("Kiki Hazelhoff", P(21)))
m("en", "Gert Hoving (stage hand) retires on Thursday the 25th of February 2027.",
  L("Gert Hoving", ON("thursday", D(2027, 2, 25))))

# A call centre.
m("nl", "Nieuwe klantenservicemedewerker per maandag 7 december: Demi Kroeze. Headset ligt klaar.",
  J("Demi Kroeze", ON("monday", D(2026, 12, 7))))
m("en", "Our customer care agent Luca Moretti has resigned; last day on the phones is 24 December.",
  L("Luca Moretti", D(2026, 12, 24)))
m("nl", "Hoi, Berend Kooiman gaat van inbound klantenservice naar de outbound verkoop, per 1 februari. Hij wordt dus verkoper.",
  MV("Berend Kooiman", D(2027, 2, 1), "account-manager", None))
m("en", "new outbound sales agent: Kayode Adeyemi, starts mon 11 jan",
  J("Kayode Adeyemi", ON("monday", D(2027, 1, 11)), "account-manager"))
m("nl", "Teamleider Shanti Ramlal is vandaag op staande voet ontslagen. Account graag meteen blokkeren.",
  L("Shanti Ramlal", NOW))
m("en", "Jessica Owusu, team coach, goes to the Breda office from January 4; same role.",
  MV("Jessica Owusu", D(2027, 1, 4), None, None))
m("nl", "Per maandag 18 januari 2027 verhuist Rob van Dongen (teamleider) van onze vestiging in Heerlen naar Sittard, in dezelfde functie.",
  MV("Rob van Dongen", ON("monday", D(2027, 1, 18)), None, None))
m("en", "The telephony developer Aleksei Volkov leaves on 29-01-2027; please rotate the Twilio keys he knew.",
  L("Aleksei Volkov", D(2027, 1, 29), "software-engineer"))
m("nl", "over 2 weken starten er weer 5 nieuwe agents, namen volgen nog.",
  none=True)
m("en", "Rebecca Sloane joins us as quality coach on the 7th. Yes, this coming Monday! Sorry for the late notice.",
  J("Rebecca Sloane", ON("monday", D(2026, 12, 7))))
m("nl", "Graag per 1 maart een account voor onze nieuwe facilitair mw. Gert-Jan Wessels, hij komt via een uitzendbureau.",
  J("Gert-Jan Wessels", D(2027, 3, 1), "facility-coordinator"))
m("en", "Announcing a departure: Tyrone Baptiste, team coach, leaves us Friday 18 December 2026.",
  L("Tyrone Baptiste", ON("friday", D(2026, 12, 18))))
m("nl", "Onze planner Wendy Verhagen neemt per 1 april de rol van facilitair coördinator over van Joop, die met pensioen gaat.",
  MV("Wendy Verhagen", D(2027, 4, 1), "facility-coordinator", None))
m("en", "call centre Breda: agent Sunita Sharma moved to the Tilburg site on 1 December, sorry I forgot to report it. Same job.",
  MV("Sunita Sharma", D(2026, 12, 1), None, None), past=True)
m("nl", "Ik wil graag de uitdiensttreding van Gerard Mol doorgeven. Hij is op 30 november overleden.",
  L("Gerard Mol", D(2026, 11, 30)), past=True)
m("en", "Chantal Dijkstra leaves the Breda team on Friday 11 December; she's going back to university.",
  L("Chantal Dijkstra", ON("friday", D(2026, 12, 11))))
m("nl", "Vanaf vandaag is Monique Verwey niet meer in dienst, ze heeft een vaststellingsovereenkomst getekend.",
  L("Monique Verwey", NOW))
m("en", "We've hired a Salesforce developer, Ewa Nowak, to join us on the 15th of February 2027.",
  J("Ewa Nowak", D(2027, 2, 15), "software-engineer"))
m("nl", "In week 6 begint een nieuwe accountmanager: Roxanne Vermaat.",
  J("Roxanne Vermaat", WK(6), "account-manager"))
m("en", "Our WFM analyst Hassan Jaber will be leaving as of the twenty-second of January.",
  L("Hassan Jaber", D(2027, 1, 22)))
m("nl", "Correctie: Fleur Biemans gaat niet op 8 januari weg maar op 15 januari. Sorry!",
  L("Fleur Biemans", D(2027, 1, 15)))
m("en", "Brandon Lee is leaving the complaints desk to become a developer in our IT team on Monday 8 February.",
  MV("Brandon Lee", ON("monday", D(2027, 2, 8)), "software-engineer", None))
m("nl", "Klantcontactmedewerker zorgverzekeringen Inge Hoogeveen begint per 1-2-2027 (dus geen zorgmedewerker, ze zit aan de telefoon).",
  J("Inge Hoogeveen", D(2027, 2, 1)))
m("en", "Nikos Georgiou starts Monday as team lead night shift.",
  J("Nikos Georgiou", WD("monday")))
m("nl", "Beste HR,\n\nHierbij bevestig ik dat Patricia Wijnberg, senior verkoper, per 1 januari 2027 overstapt naar de afdeling kwaliteit als coach.\n\nMet vriendelijke groet,\nT. Hendriks\nManager Sales",
  MV("Patricia Wijnberg", D(2027, 1, 1), None, "account-manager"))



MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "oktober": 10, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "mrt": 3, "nov": 11, "dec": 12}
SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday", "ma": "maandag",
         "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag", "za": "zaterdag",
         "zo": "zondag", "maandg": "maandag"}
DAYS = "|".join(EN_DAYS + NL_DAYS + sorted(SHORT, key=len, reverse=True))
HEADER = re.compile(r"^(from|van|date|datum|verzonden|sent|op .* schreef|on .* wrote)", re.I)


def weekday_dates(text):
    """(weekday, month, day) for every weekday written right before a date, outside mail headers."""
    found = []
    for line in text.split("\n"):
        if HEADER.match(line.strip()):
            continue
        low = line.lower()
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|de|ste)?\s+(?:of\s+)?([a-z]+)", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, mo, d in re.findall(r"\b(" + DAYS + r")\.?,?\s+([a-z]+)\.?\s+(\d{1,2})\b", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(\d{1,2})[/.-](\d{1,2})\b", low):
            found.append((w, int(mo), int(d)))
    return [(SHORT.get(w, w), mo, d) for w, mo, d in found]


def check():
    texts, names = set(), set()
    for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
        where = "m%03d" % i
        assert lang in ("nl", "en"), where
        assert text not in texts, where
        texts.add(text)
        assert bool(expect) != none, where
        dates = set()
        for e in expect:
            assert e["kind"] in ("JOINER", "LEAVER", "MOVER"), where
            assert e["role"] in ROLES, where
            if e["kind"] == "MOVER":
                assert e["fromRole"] in ROLES, where
            else:
                assert "fromRole" not in e, where
            assert e["name"].lower() in text.lower(), (where, e["name"])
            assert e["name"] not in names, (where, e["name"])
            assert e["name"] == e["name"].strip() and "  " not in e["name"], where
            names.add(e["name"])
            if e["date"] is None:
                continue  # a date no reader can tell: expected empty
            d = dt.date.fromisoformat(e["date"])
            dates.add(d)
            if d < TODAY:
                assert past, (where, d)
            assert d <= dt.date(2028, 6, 3), (where, d)
        if past:
            assert any(d < TODAY for d in dates), where
        for w, mo, day in weekday_dates(text):
            ok = [d for d in dates if d.month == mo and d.day == day]
            assert ok, (where, w, mo, day)
            assert all(d.weekday() == _day(w) for d in ok), (where, w, mo, day)


def write(path):
    check()
    with open(path, "w", encoding="utf-8") as out:
        for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
            out.write(json.dumps({"id": "m%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")






if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-17.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
