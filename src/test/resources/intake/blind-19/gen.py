"""Blind-19: managers' announcements written by hand, one at a time (session 29).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-18's gen.py) only turn the date a reader means into a calendar date counted from
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


# Part 1 -- a shipyard
m("nl", "Goedemorgen, per maandag 4 januari komt Sander Bakhuis ons team versterken als lasser op de werf in Harlingen. Graag een pas en veiligheidsschoenen regelen.\nGr. Wietse",
  J("Sander Bakhuis", ON("maandag", D(2027, 1, 4))))
m("en", "Hi, quick one: our new naval architect Priya Raman will be joining on the 11th of January. She'll need a laptop with the CAD stuff on it.",
  J("Priya Raman", D(2027, 1, 11)))
m("nl", "Jan-Willem Zijlstra (pijpfitter) heeft ontslag genomen, zijn laatste werkdag is vrijdag 18 december.",
  L("Jan-Willem Zijlstra", ON("vrijdag", D(2026, 12, 18))))
m("nl", "hoi, lotte visser begint morgen als facilitair medewerker bij de werf in den helder, kan haar account klaarstaan?",
  J("Lotte Visser", P(1), "facility-coordinator"))
m("en", "Please be informed that Mr. Tomasz Wiśniewski, welder, will leave the company when his contract ends on 31 January 2027.",
  L("Tomasz Wiśniewski", D(2027, 1, 31)))
m("nl", "Vanaf 1 februari wordt Marloes Hoekstra, nu nog planner, onze nieuwe verkoper jachtbouw. Ze gaat dus naar sales.",
  MV("Marloes Hoekstra", D(2027, 2, 1), "account-manager", None))
m("nl", "Weet iemand of de nieuwe lasser uit Polen al een VOG heeft? Hij begint volgend jaar maar ik heb nog geen naam doorgekregen.",
  none=True)
m("en", "Two new riggers start in week 2: Dmitri Volkov and Kees Terpstra. Both on the dock team, no laptop needed, just badges.",
  J("Dmitri Volkov", WK(2)), J("Kees Terpstra", WK(2)))
m("nl", "Na 42 jaar op de werf gaat onze scheepsbouwer Hendrik de Jong met pensioen. Zijn laatste werkdag is woensdag 23 december. Hij krijgt een afscheid in de kantine!",
  L("Hendrik de Jong", ON("woensdag", D(2026, 12, 23))))
m("en", "Our ERP developer Lucas Ferreira is moving to the planning department as production planner from Monday 1 February.",
  MV("Lucas Ferreira", ON("monday", D(2027, 2, 1)), None, "software-engineer"))
m("nl", "Met grote verslagenheid laat ik jullie weten dat onze collega Gerrit Postma afgelopen zondag is overleden. Wil iemand zijn accounts netjes afsluiten?\n\nDank, Anneke",
  L("Gerrit Postma", P(-4)), past=True)
m("en", "FYI we had to let go of Ryan O'Connor (crane operator) yesterday after the incident on the slipway. Please block his badge asap.",
  L("Ryan O'Connor", P(-1)), past=True)
m("nl", "Nieuwe tekenaar-constructeur: Femke Dijkstra, start 18-01-2027. Werkplek naast Bram graag.",
  J("Femke Dijkstra", D(2027, 1, 18)))
m("nl", "Wouter Kramer werkt nog t/m 15 januari bij ons als elektromonteur, daarna gaat hij naar een andere werf.",
  L("Wouter Kramer", D(2027, 1, 15)))
m("en", "Hello, I want to inform that new colleague Mehmet Yılmaz start by us on 7/12 as painter in the hall 3. Thank you.",
  J("Mehmet Yılmaz", D(2026, 12, 7)))
m("nl", "Sietse Brouwer (facilitair coördinator) verhuist per 1 maart van de werf in Harlingen naar de werf in Gorinchem. Zelfde functie.",
  MV("Sietse Brouwer", D(2027, 3, 1), "facility-coordinator", "facility-coordinator"))
m("en", "Update on Anouk: she decided not to take the job after all, so please cancel the onboarding for the new project secretary.",
  none=True)
m("nl", "Beste,\nVanaf 4 januari vervoegt Jens Peeters ons team als scheepselektricien op de werf te Antwerpen. Gelieve zijn toegang in orde te brengen.\nMvg, Griet",
  J("Jens Peeters", D(2027, 1, 4)))
m("en", "Sales update: Oliver Brandt, our account manager for the Scandinavian yards, has resigned. Last day Friday 29 January.",
  L("Oliver Brandt", ON("friday", D(2027, 1, 29)), "account-manager"))
m("nl", "Over twee weken begint Noor Hamdi bij ons als inkoper. Kan ze een laptop krijgen?",
  J("Noor Hamdi", P(14)))
m("nl", "Stagiair Tim Wolters (hbo maritieme techniek) start maandag 11 januari en blijft tot eind juni.",
  J("Tim Wolters", ON("maandag", D(2027, 1, 11))))

# Part 1 -- a physiotherapy practice
m("nl", "Hoi! Vanaf maandag versterkt Jasmijn van Leeuwen ons als fysiotherapeut op de locatie Oost. Groetjes Ellen",
  J("Jasmijn van Leeuwen", WD("monday")))
m("en", "Hi there, Karin Smit, our receptionist, is leaving us on 24 December. Christmas Eve is her last day with us :(",
  L("Karin Smit", D(2026, 12, 24)))
m("nl", "Mijn collega Bas Verhoeven (manueel therapeut) stopt per 1 januari 2027 met werken in de praktijk; hij begint voor zichzelf.",
  L("Bas Verhoeven", D(2027, 1, 1)))
m("nl", "joost van dam begint de 14e als sportfysio, kan hij inloggen in het EPD?",
  J("Joost van Dam", D(2026, 12, 14)))
m("en", "Do we need to create an account for a locum physio who only works two Saturdays in January? Just asking before I send you names.",
  none=True)
m("nl", "Esther Huisman gaat per 1/2 van de balie naar het praktijkmanagement. Zij is vanaf dan onze praktijkmanager.",
  MV("Esther Huisman", D(2027, 2, 1), None, None))
m("en", "New sports physiotherapist: Daniel Okafor. Starting Tuesday, January 5th. He'll work at both practices.",
  J("Daniel Okafor", ON("tuesday", D(2027, 1, 5))))
m("nl", "Fleur gaat vanaf 14 december met zwangerschapsverlof, ze komt in april terug. Niks aan haar accounts veranderen graag.",
  none=True)
m("nl", "Per 1 januari nemen we afscheid van twee collega's: Marjolein Bos (bekkenfysiotherapeut) en Henk Vos (administratie). Voor allebei is 31 december de laatste werkdag.",
  L("Marjolein Bos", D(2026, 12, 31)), L("Henk Vos", D(2026, 12, 31)))
m("en", "Our IT guy asked me to tell you: the developer of our booking app, Sam Whitfield, finishes his contract on Friday 15 January.",
  L("Sam Whitfield", ON("friday", D(2027, 1, 15)), "software-engineer"))
m("nl", "Volgende week woensdag start Yara Bouzid als praktijkassistente. Wil je haar agenda-account aanmaken?",
  J("Yara Bouzid", NW("wednesday")))
m("en", "Gemma Clarke (physio) dismissed today - gross misconduct. Please disable everything now.",
  L("Gemma Clarke", NOW))
m("nl", "Thijs Mulder heeft vanochtend per direct ontslag genomen en is naar huis gegaan. Vandaag was zijn laatste dag.",
  L("Thijs Mulder", NOW))
m("nl", "Over zes weken komt er een nieuwe collega bij: Inge Bakker, kinderfysiotherapeut.",
  J("Inge Bakker", P(42)))
m("en", "Hi, Nadia Petrova wil join us as facilty coordinator from 18 Jan. Thanks!",
  J("Nadia Petrova", D(2027, 1, 18), "facility-coordinator"))
m("nl", "Kleine wijziging: Rik de Graaf begint niet op 4 januari maar op 11 januari. Rest blijft hetzelfde.",
  J("Rik de Graaf", D(2027, 1, 11)))
m("en", "Lisa Brennan retires at the end of February. Last working day: Friday 26 February 2027.",
  L("Lisa Brennan", ON("friday", D(2027, 2, 26))))
m("nl", "Vanaf 1 maart werkt Ahmed Benali niet meer als fysio maar als onze facilitair medewerker (hij wil minder patiëntcontact).",
  MV("Ahmed Benali", D(2027, 3, 1), "facility-coordinator", None))
m("en", "The new receptionist we talked about is delayed, start date not known yet. Will let you know.",
  none=True)
m("nl", "Afgelopen vrijdag is Wim Janssen (oefentherapeut) op staande voet ontslagen. Graag alles blokkeren.",
  L("Wim Janssen", P(-6)), past=True)
m("nl", "Kim Nguyen start per 4-1 als receptioniste.",
  J("Kim Nguyen", D(2027, 1, 4)))

# Part 1 -- a childcare organisation
m("nl", "Hallo, per maandag 14 december start Sanne Vermeer als pedagogisch medewerker op de babygroep van KDV De Vlinder.\nGroet, Ilse (locatiemanager)",
  J("Sanne Vermeer", ON("maandag", D(2026, 12, 14))))
m("nl", "Onze invalkracht Demi Koster stopt na deze week, haar laatste dag is morgen.",
  L("Demi Koster", P(1)))
m("en", "Hi! Two new pedagogical staff for our after-school care (BSO Zuid): Chloe Martin and Amira Haddad, both from Monday the 4th of January.",
  J("Chloe Martin", ON("monday", D(2027, 1, 4))), J("Amira Haddad", D(2027, 1, 4)))
m("nl", "Per 1 februari gaat Mirjam Boersma van de BSO naar het kinderdagverblijf, zelfde functie (pm'er).",
  MV("Mirjam Boersma", D(2027, 2, 1), None, None))
m("nl", "juf anja (anja de vries) gaat met pensioen, laatste werkdag 22 januari. ze heeft 35 jaar bij ons gewerkt!",
  L("Anja de Vries", D(2027, 1, 22)))
m("en", "Is it possible to give our cook a laptop? She has been with us for years and now does the ordering too.",
  none=True)
m("nl", "Bericht van HR: het contract van Laura Peters (groepshulp) wordt niet verlengd, einddatum 31-12-2026.",
  L("Laura Peters", D(2026, 12, 31)))
m("en", "Joining us on 1 February as our new facilities coordinator for all six locations: Hannah Wright.",
  J("Hannah Wright", D(2027, 2, 1), "facility-coordinator"))
m("nl", "Romy Kuipers wordt per 1 januari locatiemanager van De Vlinder; ze is nu nog pm'er op De Egel.",
  MV("Romy Kuipers", D(2027, 1, 1), None, None))
m("nl", "Dag iedereen, vanaf maandag 11 januari komt Lien Claes ons team in de crèche versterken als kinderbegeleidster. Groetjes, An",
  J("Lien Claes", ON("maandag", D(2027, 1, 11))))
m("en", "Holiday temps for the Christmas weeks, all start Monday 21 December and stay until the 8th of January:\n- Sophie Lambert\n- Eva Horvath\n- Maya Singh",
  J("Sophie Lambert", ON("monday", D(2026, 12, 21))), J("Eva Horvath", D(2026, 12, 21)), J("Maya Singh", D(2026, 12, 21)))
m("nl", "Jammer genoeg heeft Merel Smits (pm'er) ontslag genomen. Ze werkt nog tot en met vrijdag 29 januari.",
  L("Merel Smits", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Onze planner, Gijs Hermans, vertrekt per 1 maart naar een andere organisatie.",
  L("Gijs Hermans", D(2027, 3, 1)))
m("en", "Good morning, from next week monday the new pedagogical employee Olena Kovalenko is starting on location De Egel. Please make account.",
  J("Olena Kovalenko", NW("monday")))
m("nl", "Moet een stagiaire van het ROC ook een account hebben? Ze komt in februari, naam weet ik nog niet.",
  none=True)
m("nl", "Ivo Mertens (onze enige ontwikkelaar van de ouder-app) gaat per 15 januari 2027 weg.",
  L("Ivo Mertens", D(2027, 1, 15), "software-engineer"))
m("en", "Correction to my mail of yesterday: Tessa Jansen starts on 18 January, not on the 11th.",
  J("Tessa Jansen", D(2027, 1, 18)))
m("nl", "Nieuw: Fenna Wolff, pedagogisch coach, start donderdag 7 januari.",
  J("Fenna Wolff", ON("donderdag", D(2027, 1, 7))))
m("nl", "Vanaf januari werkt Priscilla 24 uur in plaats van 32. Verder verandert er niks.",
  none=True)
m("en", "Kevin Ruiz, our caretaker, has handed in his notice; his last day will be the 30th of December.",
  L("Kevin Ruiz", D(2026, 12, 30)))
m("nl", "Zaterdag begint Iris Broekman als invalkracht voor de weekendopvang.",
  J("Iris Broekman", WD("saturday")))

# Part 1 -- a fish processor
m("nl", "Beste, per 7 december komen er drie nieuwe fileerders bij in de hal: Piotr Nowak, Andrei Popescu en Marek Kowalczyk. Graag passen en kluisjes.\nGroet, Klaas (ploegleider)",
  J("Piotr Nowak", D(2026, 12, 7)), J("Andrei Popescu", D(2026, 12, 7)), J("Marek Kowalczyk", D(2026, 12, 7)))
m("nl", "hee, jelle de boer stopt bij ons, laatste werkdag vrijdag 11 december. hij gaat weer vissen op de UK 142",
  L("Jelle de Boer", ON("vrijdag", D(2026, 12, 11))))
m("en", "Please set up access for our new sales rep for the Spanish and Italian market, Lucía Morales. She starts Monday 18 January.",
  J("Lucía Morales", ON("monday", D(2027, 1, 18)), "account-manager"))
m("nl", "Albert Kramer (heftruckchauffeur) is gisteren overleden na een kort ziekbed. We zijn er allemaal stil van.",
  L("Albert Kramer", P(-1)), past=True)
m("nl", "Per 1 januari gaat Evert Post van inpak naar de expeditie, als planner.",
  MV("Evert Post", D(2027, 1, 1), None, None))
m("en", "Our quality manager, Dr. Ingrid Sørensen, will retire on 31 March 2027.",
  L("Ingrid Sørensen", D(2027, 3, 31)))
m("nl", "Nieuwe vertegenwoordiger voor de horeca in Noord-Holland: Youri Schouten. Hij start per maandag 1 februari 2027.",
  J("Youri Schouten", ON("maandag", D(2027, 2, 1)), "account-manager"))
m("nl", "Remco Visser is vanmorgen op staande voet ontslagen (diefstal). Pas en codes direct intrekken.",
  L("Remco Visser", NOW))
m("en", "Hi, question: when a seasonal worker comes back next year, do we make a new account or reactivate the old one?",
  none=True)
m("nl", "Sven Mulder begint op 11/1 als monteur bij de technische dienst.",
  J("Sven Mulder", D(2027, 1, 11)))
m("en", "Hi team, Agnieszka Zielińska (line supervisor) is leaving us for a job in Gdańsk - her final shift is on Sunday 20 December.",
  L("Agnieszka Zielińska", ON("sunday", D(2026, 12, 20))))
m("nl", "Vanaf 1 maart wordt Dirk Hoekman, nu inkoper, vertegenwoordiger voor de Belgische markt.",
  MV("Dirk Hoekman", D(2027, 3, 1), "account-manager", None))
m("nl", "De uitzendkrachten Bogdan Ionescu en Laszlo Nagy zijn klaar met hun klus, hun laatste dag was gisteren.",
  L("Bogdan Ionescu", P(-1)), L("Laszlo Nagy", P(-1)), past=True)
m("en", "Starting 4/1: Thomas Meier, food technologist. He needs access to the lab system.",
  J("Thomas Meier", D(2027, 1, 4)))
m("nl", "Ik wil even melden dat Hanneke Schaap (administratie) per 1 januari met vervroegd pensioen gaat.",
  L("Hanneke Schaap", D(2027, 1, 1)))
m("nl", "Per dinsdag 5 januari begint Nicole Brink als facilitaire medewerker op de locatie Urk.",
  J("Nicole Brink", ON("dinsdag", D(2027, 1, 5)), "facility-coordinator"))
m("en", "Our programmer Arjun Mehta moves from the IT team to the quality department as QA analyst on 1 February.",
  MV("Arjun Mehta", D(2027, 2, 1), None, "software-engineer"))
m("nl", "Volgende week begint de nieuwe ploegleider, maar ik weet nog niet wie het wordt. Naam volgt.",
  none=True)
m("nl", "Wendy Bakker komt op 4 januari terug van ouderschapsverlof.",
  none=True)
m("en", "Joost Hogeveen, our account manager for retail, has resigned. He stays until 28 February.",
  L("Joost Hogeveen", D(2027, 2, 28), "account-manager"))
m("nl", "Morgen eerste dag voor Fatma Aydın in de inpakhal!",
  J("Fatma Aydın", P(1)))

# Part 1 -- a wine importer
m("en", "Hi, we've hired a new sommelier for the tasting room: Camille Dubois. First day Wednesday 6 January.",
  J("Camille Dubois", ON("wednesday", D(2027, 1, 6))))
m("nl", "Goedemiddag, onze magazijnmedewerker Ruud Koopman gaat ons verlaten. Zijn contract loopt af op 31 januari.",
  L("Ruud Koopman", D(2027, 1, 31)))
m("nl", "Per 1 februari komt er een nieuwe accountmanager horeca bij: Sabine Lammers.",
  J("Sabine Lammers", D(2027, 2, 1), "account-manager"))
m("en", "Our webshop developer Felix Wagner is leaving; his last day is this Friday.",
  L("Felix Wagner", WD("friday"), "software-engineer"))
m("nl", "marco rossi begint maandag 14/12 in het magazijn, graag een scanner en een pas",
  J("Marco Rossi", ON("maandag", D(2026, 12, 14))))
m("nl", "Chantal de Wit gaat per 1 januari van de binnendienst naar de buitendienst als vertegenwoordiger.",
  MV("Chantal de Wit", D(2027, 1, 1), "account-manager", None))
m("en", "Very sad news: Margaret Hughes, who ran our import desk for twenty years, passed away on Monday.",
  L("Margaret Hughes", P(-3)), past=True)
m("nl", "Hoe lang duurt het om een account aan te maken? Ik heb volgende maand misschien een nieuwe verkoper.",
  none=True)
m("en", "Two leavers from the warehouse: Pieter Jacobs (end of contract, 15 Dec) and Hamza Ouali (resigned, last day 18 Dec).",
  L("Pieter Jacobs", D(2026, 12, 15)), L("Hamza Ouali", D(2026, 12, 18)))
m("nl", "Beste,\n\nWij verwelkomen vanaf 1 februari Stijn Wouters als vertegenwoordiger voor West-Vlaanderen. Gelieve een laptop te voorzien.\n\nMet vriendelijke groeten,\nKatrien",
  J("Stijn Wouters", D(2027, 2, 1), "account-manager"))
m("nl", "Volgende week vrijdag is de laatste werkdag van Gert Spaans, onze chauffeur.",
  L("Gert Spaans", NW("friday")))
m("en", "Please note: Olga Ivanova, our import administrator, moves to the finance team from 1 January. Same building.",
  MV("Olga Ivanova", D(2027, 1, 1), None, None))
m("nl", "Ontslag: Bart Hendriks, verkoper particulieren, vertrekt per 1 maart.",
  L("Bart Hendriks", D(2027, 3, 1), "account-manager"))
m("en", "New facilities coordinator for the warehouse and the shop: Grace Adeyemi, starting in five weeks.",
  J("Grace Adeyemi", P(35), "facility-coordinator"))
m("nl", "Let op: de start van Vera Kok is verschoven naar 1 maart 2027 (was 1 februari).",
  J("Vera Kok", D(2027, 3, 1)))
m("en", "We're thinking of hiring a second sommelier in spring. What would the bot need from me then?",
  none=True)
m("nl", "Lars Jansen (wijnadviseur in de winkel) stopt. Laatste werkdag zaterdag 19 december.",
  L("Lars Jansen", ON("zaterdag", D(2026, 12, 19))))
m("en", "From 11-01-2027 we have a new finance controller: Richard Evans.",
  J("Richard Evans", D(2027, 1, 11)))
m("nl", "Welkom aan Elif Kaya en Daan Prins, die per 4 januari in het magazijn beginnen!",
  J("Elif Kaya", D(2027, 1, 4)), J("Daan Prins", D(2027, 1, 4)))
m("nl", "Het contract van Tom Verbeek (stagiair marketing) eindigt op 29 januari.",
  L("Tom Verbeek", D(2027, 1, 29)))
m("en", "Jasper Vos will take over as warehouse manager on 1 February; he's currently one of our forklift drivers.",
  MV("Jasper Vos", D(2027, 2, 1), None, None))

# Part 1 -- an airport ground handler
m("en", "Hi, new ramp agents starting Monday 7 December: Kwame Mensah and Dario Bianchi. They need airside passes.",
  J("Kwame Mensah", ON("monday", D(2026, 12, 7))), J("Dario Bianchi", D(2026, 12, 7)))
m("nl", "Goedemorgen, Shanti Ramdin (check-in medewerker) heeft haar contract opgezegd. Laatste dienst zondag 27 december.",
  L("Shanti Ramdin", ON("zondag", D(2026, 12, 27))))
m("nl", "Per 1 januari gaat Hugo van der Linden van de bagagekelder naar de planning. Zelfde locatie, andere functie.",
  MV("Hugo van der Linden", D(2027, 1, 1), None, None))
m("en", "URGENT: Mark Stevens (baggage handler) was dismissed this morning after failing the security check. Badge must be revoked today.",
  L("Mark Stevens", NOW))
m("en", "Our software developer for the turnaround app, Ana Costa, starts January 18th.",
  J("Ana Costa", D(2027, 1, 18), "software-engineer"))
m("nl", "Donderdag 17 december is de laatste werkdag van Frans Kuiper, hij gaat met pensioen na 38 jaar Schiphol.",
  L("Frans Kuiper", ON("donderdag", D(2026, 12, 17))))
m("nl", "Hebben nieuwe medewerkers al een Schipholpas nodig vóór hun eerste dag? De nieuwe lichting begint in januari.",
  none=True)
m("en", "Welcoming Zara Ahmed as facility coordinator at Pier D, from 1 Feb.",
  J("Zara Ahmed", D(2027, 2, 1), "facility-coordinator"))
m("nl", "In week 3 beginnen drie nieuwe platformmedewerkers: Jeroen Smeets, Ilias Amrani en Ricardo Silva.",
  J("Jeroen Smeets", WK(3)), J("Ilias Amrani", WK(3)), J("Ricardo Silva", WK(3)))
m("en", "Hello, colleague Ewa Kamińska is finish with us on 10.12. She go back to Poland.",
  L("Ewa Kamińska", D(2026, 12, 10)))
m("nl", "Maarten Dekker, de ontwikkelaar van ons planningssysteem, stopt per 1 april 2027.",
  L("Maarten Dekker", D(2027, 4, 1), "software-engineer"))
m("en", "From Monday 4 January, Nina Berg moves from check-in to the lost & found desk.",
  MV("Nina Berg", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Vergeten te melden: Ruben Dijk is afgelopen dinsdag begonnen als de-icing operator. Kan hij alsnog een account krijgen?",
  J("Ruben Dijk", P(-2)), past=True)
m("en", "Not sure if this goes via you: one of my ramp guys wants to work fewer hours from January.",
  none=True)
m("nl", "Vanaf vandaag werkt Anouk Meijers als supervisor op het platform, ze was hiervoor rampagent.",
  MV("Anouk Meijers", NOW, None, None))
m("en", "Farewell to Steve Collins - his contract ends 31 December, last shift on the 30th.",
  L("Steve Collins", D(2026, 12, 30)))
m("nl", "Per 15 december starten Salma El Amrani en Bram Wesselink bij de passagiersafhandeling.",
  J("Salma El Amrani", D(2026, 12, 15)), J("Bram Wesselink", D(2026, 12, 15)))
m("en", "Laura Kim (accountmanager for the airline customers) leaves us on 29/01/2027.",
  L("Laura Kim", D(2027, 1, 29), "account-manager"))
m("nl", "Beste collega's,\nWout Maes heeft ontslag genomen en werkt nog tot en met 8 januari op Zaventem. Gelieve zijn badge tegen dan te desactiveren.\nDank u,\nSofie",
  L("Wout Maes", D(2027, 1, 8)))
m("en", "Tomorrow is the first day of Jonas Lindqvist in our load control team.",
  J("Jonas Lindqvist", P(1)))
m("nl", "Afgelopen zaterdag is onze collega Hans Vreeswijk tijdens zijn dienst onwel geworden en overleden.",
  L("Hans Vreeswijk", P(-5)), past=True)
m("en", "Change of plan: Erik Solberg will not start on 7 December but on Monday 14 December, his training was moved.",
  J("Erik Solberg", ON("monday", D(2026, 12, 14))))

# Part 1 -- an electricity grid operator
m("nl", "Per 4 januari 2027 start Koen Huisman als monteur middenspanning in de regio Twente.",
  J("Koen Huisman", D(2027, 1, 4)))
m("en", "We have a new data engineer - not a software engineer, she works on grid data - Mila Novak, starting Monday 11 January.",
  J("Mila Novak", ON("monday", D(2027, 1, 11))))
m("nl", "Onze accountmanager grootzakelijk, Peter Groen, gaat per 1 februari met pensioen.",
  L("Peter Groen", D(2027, 2, 1), "account-manager"))
m("nl", "hoi, erik van den berg (storingsmonteur) heeft per direct ontslag genomen, vandaag is zijn laatste dag. graag alles vandaag nog dichtzetten",
  L("Erik van den Berg", NOW))
m("en", "Two developers join the smart-meter team in week 2: Ravi Patel and Lena Fischer.",
  J("Ravi Patel", WK(2), "software-engineer"), J("Lena Fischer", WK(2), "software-engineer"))
m("nl", "Per maandag is Anton Veldman geen werkvoorbereider meer maar projectleider netuitbreiding.",
  MV("Anton Veldman", WD("monday"), None, None))
m("en", "Marieke ter Horst's last day is Thursday 24 December; she's moving to another grid operator.",
  L("Marieke ter Horst", ON("thursday", D(2026, 12, 24))))
m("nl", "Kunnen externe inhuurkrachten ook via dit kanaal aangemeld worden of moet dat via inkoop?",
  none=True)
m("nl", "Onze collega Willem Scholten (monteur) is vorige week donderdag overleden.",
  L("Willem Scholten", LW("thursday")), past=True)
m("en", "Hi, could you set up everything for Emily Turner, facility coordinator at the Arnhem office? She starts on the 1st of March.",
  J("Emily Turner", D(2027, 3, 1), "facility-coordinator"))
m("nl", "Robin Kok, softwareontwikkelaar, gaat vanaf maandag 1 maart aan de slag als product owner.",
  MV("Robin Kok", ON("maandag", D(2027, 3, 1)), None, "software-engineer"))
m("nl", "Per 18-1 komt Silvia Dekkers ons versterken als beleidsadviseur energietransitie.",
  J("Silvia Dekkers", D(2027, 1, 18)))
m("en", "Stefan Kovač has been dismissed with effect from today. Please revoke his access to the control room.",
  L("Stefan Kovač", NOW))
m("nl", "Ontslag ingediend door Jolanda Mol (klantenservice), laatste werkdag 27 januari.",
  L("Jolanda Mol", D(2027, 1, 27)))
m("nl", "Vanaf 1 januari werkt Dennis Timmer als facilitair coördinator in Zwolle; hij was tot nu toe facilitair medewerker in Deventer.",
  MV("Dennis Timmer", D(2027, 1, 1), "facility-coordinator", "facility-coordinator"))
m("en", "The announcement of Jorge's start I sent last week - has that been processed? Haven't seen anything yet.",
  none=True)
m("nl", "Thomas de Haan begint over 5 weken als netbeheerder in opleiding.",
  J("Thomas de Haan", P(35)))
m("en", "Leaving us: Charlotte Green (HR advisor), end of contract on 28 February 2027, and Ben Harris (field technician), retiring on 31 March 2027.",
  L("Charlotte Green", D(2027, 2, 28)), L("Ben Harris", D(2027, 3, 31)))
m("nl", "Met ingang van woensdag 13 januari start Yusuf Demir als storingsmonteur.",
  J("Yusuf Demir", ON("woensdag", D(2027, 1, 13))))
m("nl", "Onze stagiaire Lotte Hermans rondt haar stage af op 22 december.",
  L("Lotte Hermans", D(2026, 12, 22)))
m("en", "Julia Schmidt returns from maternity leave on 4 January - nothing to do I think, but FYI.",
  none=True)
m("nl", "Mustafa Öztürk gaat per 1 februari van de meetdienst naar het team aansluitingen, zelfde functie als monteur.",
  MV("Mustafa Öztürk", D(2027, 2, 1), None, None))
m("en", "Starting next Monday: Aiden Walsh, grid engineer (power systems, he doesn't write code).",
  J("Aiden Walsh", WD("monday")))

# Part 2 -- a chocolate maker (Flanders)
m("nl", "Dag Bart,\nVanaf maandag 4 januari start Jolien Vandenbroucke bij ons als chocolatier in het atelier te Brugge. Kan je zorgen voor een badge en een mailadres?\nDank je, Nele",
  J("Jolien Vandenbroucke", ON("maandag", D(2027, 1, 4))))
m("en", "Our export account manager for the Middle East, Karim Nasser, has resigned. His last working day is 15 January.",
  L("Karim Nasser", D(2027, 1, 15), "account-manager"))
m("nl", "Pieter-Jan De Smet (productieverantwoordelijke) gaat op pensioen. Zijn laatste werkdag is donderdag 31 december.",
  L("Pieter-Jan De Smet", ON("donderdag", D(2026, 12, 31))))
m("nl", "Voor de eindejaarsdrukte komen drie jobstudenten helpen in de winkel: Lore Wuyts, Febe Goossens en Arno Jacobs. Ze starten zaterdag 12 december.",
  J("Lore Wuyts", ON("zaterdag", D(2026, 12, 12))), J("Febe Goossens", D(2026, 12, 12)), J("Arno Jacobs", D(2026, 12, 12)))
m("nl", "Ellen Van Damme wisselt per 1 februari van de klantendienst naar de verkoop: ze wordt vertegenwoordiger voor Limburg.",
  MV("Ellen Van Damme", D(2027, 2, 1), "account-manager", None))
m("en", "Hi, I'm writing on behalf of our plant manager: packaging operator Nabil Chaouki was dismissed on Tuesday. Please close his accounts.",
  L("Nabil Chaouki", P(-2)), past=True)
m("nl", "Onze webontwikkelaar Seppe Verstraete vertrekt eind deze maand, laatste werkdag 23/12.",
  L("Seppe Verstraete", D(2026, 12, 23), "software-engineer"))
m("nl", "Vraagje: moet ik een jobstudent die maar 3 dagen komt ook melden via de bot?",
  none=True)
m("nl", "Beste collega's,\nMet spijt melden wij dat Gilbert Claeys, onze vroegere meesterchocolatier, gisteren overleden is. Hij werkte nog halftijds in het atelier.\nHet directiecomité",
  L("Gilbert Claeys", P(-1)), past=True)
m("en", "Please welcome Hiroshi Tanaka, our new R&D chocolate technologist, starting on 1 March 2027.",
  J("Hiroshi Tanaka", D(2027, 3, 1)))
m("nl", "kobe maertens begint morgen als magazijnier. badge aub",
  J("Kobe Maertens", P(1)))
m("nl", "Per 1/3 wordt Tine Peeters (nu onthaalmedewerkster) onze nieuwe facilitair coördinator.",
  MV("Tine Peeters", D(2027, 3, 1), "facility-coordinator", None))
m("en", "Contract end: our temp Ricardo Gomes finishes on Friday 8 January.",
  L("Ricardo Gomes", ON("friday", D(2027, 1, 8))))
m("nl", "Goeiemorgen, Ann Vermeulen neemt ontslag. Haar opzegtermijn loopt tot en met 12 februari 2027.",
  L("Ann Vermeulen", D(2027, 2, 12)))
m("nl", "Volgende week maandag start er een nieuwe vertegenwoordiger voor de Benelux: Jonas Van Acker.",
  J("Jonas Van Acker", NW("monday"), "account-manager"))
m("en", "Starting Jan 11: two production operators for the praline line, Ayşe Kılıç and Tomas Novak.",
  J("Ayşe Kılıç", D(2027, 1, 11)), J("Tomas Novak", D(2027, 1, 11)))
m("nl", "Sarah Mertens (verkoper) verhuist vanaf 1 januari van onze winkel in Gent naar die in Antwerpen. Zelfde job.",
  MV("Sarah Mertens", D(2027, 1, 1), "account-manager", "account-manager"))
m("nl", "Lander Wouters wordt per direct ontslagen wegens herhaalde afwezigheid. Vandaag is zijn laatste dag.",
  L("Lander Wouters", NOW))
m("en", "A quick note that Charlotte Dupont, our HR business partner, retires at the end of March; her last working day is Wednesday 31 March 2027.",
  L("Charlotte Dupont", ON("wednesday", D(2027, 3, 31))))
m("nl", "In week 4 start Bram Lemmens als onderhoudstechnieker.",
  J("Bram Lemmens", WK(4)))
m("nl", "De start van onze nieuwe boekhouder wordt uitgesteld, we weten nog niet wanneer. Ik laat iets weten.",
  none=True)
m("nl", "Vanaf 18 januari werkt Wim Raes niet meer in de productie maar als planner.",
  MV("Wim Raes", D(2027, 1, 18), None, None))
m("en", "Hey, Olivia Brown from marketing leaves us on Dec 18th, she's moving back to the UK.",
  L("Olivia Brown", D(2026, 12, 18)))
m("nl", "Ter info: Hanne Verlinden komt op 11 januari terug na haar bevallingsverlof.",
  none=True)

# Part 2 -- a market research bureau
m("nl", "Hoi, per 1 februari start Kirsten van Rooij als senior onderzoeker op de afdeling kwalitatief.",
  J("Kirsten van Rooij", D(2027, 2, 1)))
m("en", "New programmer for the survey platform: Mateusz Lewandowski, starting Monday, 18 January 2027.",
  J("Mateusz Lewandowski", ON("monday", D(2027, 1, 18)), "software-engineer"))
m("nl", "Onze enquêteurs Nadia Bakkali, Ruben Mertz en Ilse Koning stoppen na het kerstproject; hun laatste dag is vrijdag 18 december.",
  L("Nadia Bakkali", ON("vrijdag", D(2026, 12, 18))), L("Ruben Mertz", D(2026, 12, 18)), L("Ilse Koning", D(2026, 12, 18)))
m("en", "Felicity Moore (account manager, pharma clients) is leaving us; she has given notice and her last day is 26/02/2027.",
  L("Felicity Moore", D(2027, 2, 26), "account-manager"))
m("nl", "Per 4 januari wordt Jan Kees de Ruiter, nu data-analist, teamleider van de veldwerkafdeling.",
  MV("Jan Kees de Ruiter", D(2027, 1, 4), None, None))
m("nl", "Helaas is Lisanne Groot gisteren in haar proeftijd ontslagen. Graag alle toegang intrekken.",
  L("Lisanne Groot", P(-1)), past=True)
m("en", "Can the bot also handle freelancers? We hire about twenty interviewers for a project in February.",
  none=True)
m("nl", "Stagiair Max Bouwman begint maandag 1 februari en blijft een half jaar.",
  J("Max Bouwman", ON("maandag", D(2027, 2, 1))))
m("en", "Hi all, Sebastian Kraus is moving from our Berlin office to Amsterdam in the same role (research director) as of January 4th.",
  MV("Sebastian Kraus", D(2027, 1, 4), None, None))
m("nl", "Marit Hofman (accountmanager media) gaat ons verlaten per 1 april.",
  L("Marit Hofman", D(2027, 4, 1), "account-manager"))
m("nl", "Over 7 weken begint Wessel Janssen als softwareontwikkelaar in het panelteam.",
  J("Wessel Janssen", P(49), "software-engineer"))
m("en", "Our research assistant Grace Liu finished her contract last Friday, sorry for the late notice. Please close her account.",
  L("Grace Liu", P(-6)), past=True)
m("nl", "Vanaf volgende week dinsdag werkt Samira Ouahabi bij ons als projectmanager.",
  J("Samira Ouahabi", NW("tuesday")))
m("en", "Dear, I like to inform you that Joris Bloem is leaving the company per 1 January. He was our data analyst.",
  L("Joris Bloem", D(2027, 1, 1)))
m("nl", "Nieuwe facilitair medewerker voor beide kantoren: Rachid Bouazza, start 7-12.",
  J("Rachid Bouazza", D(2026, 12, 7), "facility-coordinator"))
m("en", "From the 15th of February our statistician Paul Weber takes over as head of analytics.",
  MV("Paul Weber", D(2027, 2, 15), None, None))
m("nl", "Joyce Sanders stopt, laatste werkdag wordt vrijdag 5 februari. Ze gaat bij een klant werken.",
  L("Joyce Sanders", ON("vrijdag", D(2027, 2, 5))))
m("nl", "Nieuwe mensen in januari:\n- Bart Geurts, programmeur, per 4-1\n- Emma Willems, accountmanager, per 11-1\n- Noa Schipper, onderzoeker, per 18-1",
  J("Bart Geurts", D(2027, 1, 4), "software-engineer"), J("Emma Willems", D(2027, 1, 11), "account-manager"), J("Noa Schipper", D(2027, 1, 18)))
m("en", "Our developer Oscar Lindgren will work as a data scientist from Monday; please adjust his access.",
  MV("Oscar Lindgren", WD("monday"), None, "software-engineer"))
m("nl", "Gisteravond hoorden we dat onze oud-directeur en adviseur Frits Verhagen gisteren is overleden. Hij had nog een account voor de raad van advies.",
  L("Frits Verhagen", P(-1)), past=True)
m("en", "New hire: Aisha Bello, junior researcher, starts on Wednesday 20 January.",
  J("Aisha Bello", ON("wednesday", D(2027, 1, 20))))
m("nl", "Is de aanmelding van Sanne (start 4 januari) goed doorgekomen? Ik kreeg geen bevestiging.",
  none=True)
m("nl", "per 31-01 gaat Dewi Sutanto weg, ze heeft een baan bij het CBS.",
  L("Dewi Sutanto", D(2027, 1, 31)))
m("en", "Kai Schneider, our office manager, moves to the facilities team as facility coordinator from 1 March.",
  MV("Kai Schneider", D(2027, 3, 1), "facility-coordinator", None))

# Part 2 -- a dredging company
m("en", "Hi HR, please onboard Captain Lars Eriksen, master of the hopper dredger Vlaanderen XX, from 4 January. He flies in from Bergen.",
  J("Lars Eriksen", D(2027, 1, 4)))
m("nl", "Stuurman Joris Verdonk stopt per 1 februari; zijn laatste reis, en dus zijn laatste werkdag, eindigt op 29 januari.",
  L("Joris Verdonk", D(2027, 1, 29)))
m("nl", "Per maandag 11 januari start Anne-Fleur Bosman als projectingenieur op het project in Rotterdam.",
  J("Anne-Fleur Bosman", ON("maandag", D(2027, 1, 11))))
m("en", "Our dredge master Gerben Tuinstra retires on 31 December after 40 years at sea.",
  L("Gerben Tuinstra", D(2026, 12, 31)))
m("nl", "Vandaag op staande voet ontslagen: matroos Dylan Verschuren (alcohol aan boord). Pas en accounts blokkeren graag.",
  L("Dylan Verschuren", NOW))
m("en", "Software developer Priyanka Iyer joins the survey software team on the 1st of February.",
  J("Priyanka Iyer", D(2027, 2, 1), "software-engineer"))
m("nl", "Maurits van Wijngaarden gaat per 1 maart van projectleider Nederland naar accountmanager Midden-Oosten.",
  MV("Maurits van Wijngaarden", D(2027, 3, 1), "account-manager", None))
m("en", "Sad news: our chief engineer Viktor Petrenko died on board last Sunday.",
  L("Viktor Petrenko", P(-4)), past=True)
m("nl", "Yvonne Bakx (secretaresse) gaat per 1 januari met pensioen.",
  L("Yvonne Bakx", D(2027, 1, 1)))
m("en", "Hello, the new hydrographic surveyor Luis Fernández is starting from 18.01.2027 on the project Abu Dhabi. Please can you arrange laptop.",
  J("Luis Fernández", D(2027, 1, 18)))
m("nl", "Bemanningswissel per 15 december: Sjoerd Wijma en Rutger Folkers komen aan boord als matroos, Harm Dijkman gaat dan van boord en stopt bij ons.",
  J("Sjoerd Wijma", D(2026, 12, 15)), J("Rutger Folkers", D(2026, 12, 15)), L("Harm Dijkman", D(2026, 12, 15)))
m("en", "We have an engineer going on a secondment to our Singapore office for six months; does anything change for his accounts?",
  none=True)
m("nl", "Vanaf woensdag 6 januari versterkt Emine Şahin het team personeelszaken.",
  J("Emine Şahin", ON("woensdag", D(2027, 1, 6))))
m("en", "Contract of Zoltan Varga (welder, yard Sliedrecht) ends on 22 December; it won't be renewed.",
  L("Zoltan Varga", D(2026, 12, 22)))
m("nl", "Onze facilitair coördinator Marja Heijmans vertrekt; ze heeft haar laatste werkdag op 15 januari.",
  L("Marja Heijmans", D(2027, 1, 15), "facility-coordinator"))
m("en", "Hi, moving Edwin Ploeg from the vessel Prins der Nederlanden to the Oranje per 4 January, same job (2nd officer).",
  MV("Edwin Ploeg", D(2027, 1, 4), None, None))
m("nl", "Moet de nieuwe kapitein al een laptop hebben vóór hij aan boord gaat? Hij begint in februari.",
  none=True)
m("nl", "Hoi, Femke Roos begint pas op 1 maart in plaats van 1 februari, ze heeft een langere opzegtermijn. Zelfde functie (inkoper).",
  J("Femke Roos", D(2027, 3, 1)))
m("en", "Our Java developer Nikolai Sokolov has resigned; last working day Friday 12 February.",
  L("Nikolai Sokolov", ON("friday", D(2027, 2, 12)), "software-engineer"))
m("nl", "Per 1 januari worden twee monteurs van de werkplaats Sliedrecht overgeplaatst naar Zeebrugge: Dirk-Jan Mast en Ronald Kooij. Functie blijft.",
  MV("Dirk-Jan Mast", D(2027, 1, 1), None, None), MV("Ronald Kooij", D(2027, 1, 1), None, None))
m("nl", "Beste,\nThibault Lambrecht gaat met pensioen op 1 maart 2027. Zijn laatste werkdag is vrijdag 26 februari.\nMet vriendelijke groet,\nAnnelies",
  L("Thibault Lambrecht", ON("vrijdag", D(2027, 2, 26))))
m("en", "Starting tomorrow: Hassan Mahmoud, planner for the fleet maintenance.",
  J("Hassan Mahmoud", P(1)))
m("nl", "Vorige week woensdag is Klaas Hoogendijk (machinist) ontslagen. Sorry dat het zo laat doorkomt.",
  L("Klaas Hoogendijk", LW("wednesday")), past=True)
m("en", "Esther Cohen starts in our legal department in week 5.",
  J("Esther Cohen", WK(5)))

# Part 2 -- a mental-health institution
m("nl", "Goedemiddag, per 1 januari komt Ilona Bergsma bij ons werken als sociotherapeut.",
  J("Ilona Bergsma", D(2027, 1, 1)))
m("nl", "Twee nieuwe zorgmedewerkers op de afdeling Beschermd Wonen: Lindsay Koenen en Mohamed Ait Hssain. Beiden starten maandag 7 december.",
  J("Lindsay Koenen", ON("maandag", D(2026, 12, 7)), "care-worker"), J("Mohamed Ait Hssain", D(2026, 12, 7), "care-worker"))
m("en", "Hi, our psychiatrist Dr. Alan Fitzgerald is leaving at the end of January, last day Friday the 29th.",
  L("Alan Fitzgerald", ON("friday", D(2027, 1, 29))))
m("nl", "Verpleegkundige Marleen Bouma vertrekt per 1 maart naar het ziekenhuis in Leeuwarden.",
  L("Marleen Bouma", D(2027, 3, 1)))
m("nl", "Per 1 februari gaat Jacqueline Brandsma van begeleider naar zorgmedewerker op de gesloten afdeling.",
  MV("Jacqueline Brandsma", D(2027, 2, 1), "care-worker", None))
m("en", "Hi, please block all access for Jamal Bennani (care worker) - he was dismissed this afternoon.",
  L("Jamal Bennani", NOW, "care-worker"))
m("nl", "hoi, sophie dekker begint vrijdag als verzorgende op de ouderenpsychiatrie. kan ze een pas krijgen",
  J("Sophie Dekker", WD("friday"), "care-worker"))
m("nl", "Het overlijden van onze collega Greet Hoving afgelopen maandag heeft ons diep geraakt. Willen jullie haar accounts afsluiten?",
  L("Greet Hoving", P(-3)), past=True)
m("en", "Developer Kayleigh Morris leaves us on 15-01-2027 when her secondment ends.",
  L("Kayleigh Morris", D(2027, 1, 15), "software-engineer"))
m("nl", "Ewout Smeenk, ervaringsdeskundige, start per 1-2-2027 op het FACT-team Noord.",
  J("Ewout Smeenk", D(2027, 2, 1)))
m("nl", "Vanaf volgende week woensdag is Tamara Rietveld onze nieuwe facilitair medewerker op locatie De Horst.",
  J("Tamara Rietveld", NW("wednesday"), "facility-coordinator"))
m("en", "Two caregivers leaving the day-care centre: Precious Owusu (end of contract, 31 December) and Linda Haverkamp (resigned, last day 15 January).",
  L("Precious Owusu", D(2026, 12, 31), "care-worker"), L("Linda Haverkamp", D(2027, 1, 15), "care-worker"))
m("nl", "Ruud Smulders (psycholoog) werkt per 1 januari vanuit Assen in plaats van Emmen. Functie blijft hetzelfde.",
  MV("Ruud Smulders", D(2027, 1, 1), None, None))
m("nl", "Bij deze meld ik dat zorgmedewerker Marco Vermaat per 4 januari 2027 onze nieuwe teamleider wordt.",
  MV("Marco Vermaat", D(2027, 1, 4), None, "care-worker"))
m("en", "Hi, Gabriela Santos starts as a healthcare assistant on Monday 14 December at the Oak House.",
  J("Gabriela Santos", ON("monday", D(2026, 12, 14)), "care-worker"))
m("nl", "Helaas is leerling-verzorgende Bo van Zanten met haar opleiding gestopt; haar laatste dag bij ons is morgen.",
  L("Bo van Zanten", P(1), "care-worker"))
m("nl", "Beste,\nVanaf 1 februari vervoegt Ruben Verbeke ons als zorgkundige in de PAAZ.\nMvg, Hilde",
  J("Ruben Verbeke", D(2027, 2, 1), "care-worker"))
m("en", "Is someone who starts as a volunteer counted as a joiner? We have three starting in January.",
  none=True)
m("nl", "Per 18 januari vertrekken twee sociotherapeuten van De Linde: Niels Verschoor en Tessa Veenstra. Beiden hebben een baan elders gevonden.",
  L("Niels Verschoor", D(2027, 1, 18)), L("Tessa Veenstra", D(2027, 1, 18)))
m("en", "Starting in two weeks: Oluwaseun Adebayo, psychiatric nurse.",
  J("Oluwaseun Adebayo", P(14)))
m("nl", "Correctie: Annemiek Koops stopt niet op 31 december maar werkt door tot en met 31 maart.",
  L("Annemiek Koops", D(2027, 3, 31)))
m("nl", "Onze ontwikkelaar van het ECD-koppelingsteam, Sjors Velthuis, gaat per 1 maart als functioneel beheerder aan de slag.",
  MV("Sjors Velthuis", D(2027, 3, 1), None, "software-engineer"))
m("en", "Please note Mrs. Hilary Dawson (secretary to the board) will retire on 30 April 2027.",
  L("Hilary Dawson", D(2027, 4, 30)))
m("nl", "Kim de Lange (verzorgende) stopt vandaag, ze heeft per direct ontslag genomen.",
  L("Kim de Lange", NOW, "care-worker"))

# Part 2 -- a parcel delivery depot
m("nl", "Goeiemorgen, vanaf maandag beginnen 4 nieuwe pakketbezorgers bij depot Nieuwegein: Kevin Laros, Dani Vermeulen, Bilal Azzouzi en Jurgen Staal.",
  J("Kevin Laros", WD("monday")), J("Dani Vermeulen", WD("monday")), J("Bilal Azzouzi", WD("monday")), J("Jurgen Staal", WD("monday")))
m("en", "Our depot planner Tiago Pereira resigned; his last shift is Saturday 9 January.",
  L("Tiago Pereira", ON("saturday", D(2027, 1, 9))))
m("nl", "Ramon Bosch is gisteren op staande voet ontslagen na een aanrijding met de bus die hij verzweeg.",
  L("Ramon Bosch", P(-1)), past=True)
m("nl", "Per 1/1 wordt Lieke Verhoef sorteerleider, ze is nu nog sorteerder in de avondploeg.",
  MV("Lieke Verhoef", D(2027, 1, 1), None, None))
m("en", "Hey, new facility coordinator for the hub in Tilburg: Damian Kowalski, starting 4 January 2027.",
  J("Damian Kowalski", D(2027, 1, 4), "facility-coordinator"))
m("nl", "Onze chauffeur Rinus van Vliet is zondagavond onverwacht overleden. Hij was 58.",
  L("Rinus van Vliet", P(-4)), past=True)
m("nl", "jeffrey bos begint morgen als sorteerder in de nachtploeg graag pas klaarzetten",
  J("Jeffrey Bos", P(1)))
m("en", "For the peak season we hire the following temps, all starting Monday the 7th and leaving on 2 January: Alina Popa, Hugo Santos, Mariam Yousef.",
  J("Alina Popa", D(2026, 12, 7)), J("Hugo Santos", D(2026, 12, 7)), J("Mariam Yousef", D(2026, 12, 7)))
m("nl", "Vanaf 1 maart neemt Wilma Kroes (nu teamleider klantenservice) de rol van accountmanager zakelijke klanten over.",
  MV("Wilma Kroes", D(2027, 3, 1), "account-manager", None))
m("en", "Hi - Finn O'Sullivan, our dev for the track & trace app, is leaving the company; last day 19 February.",
  L("Finn O'Sullivan", D(2027, 2, 19), "software-engineer"))
m("nl", "Lukas Hendriksen stopt, laatste werkdag vrijdag 15 januari, hij gaat studeren.",
  L("Lukas Hendriksen", ON("vrijdag", D(2027, 1, 15))))
m("nl", "De nieuwe depotmanager begint in februari, naam volgt nog. Alvast een laptop reserveren?",
  none=True)
m("en", "We let go of Callum Reid on Monday after repeated no-shows. Please disable his scanner login.",
  L("Callum Reid", P(-3)), past=True)
m("nl", "Per week 51 komen er twee uitzendkrachten bij op de sorteerband: Mihai Dumitru en Radu Stan.",
  J("Mihai Dumitru", WK(51, year=2026)), J("Radu Stan", WK(51, year=2026)))
m("en", "Moving Shauna Kelly from the Utrecht depot to Amersfoort (same job, shift lead) on 11 January.",
  MV("Shauna Kelly", D(2027, 1, 11), None, None))
m("nl", "Vertrek: Henk-Jan Bruins, verkoper MKB, per 28 februari. Laatste werkdag vrijdag 26 februari.",
  L("Henk-Jan Bruins", ON("vrijdag", D(2027, 2, 26)), "account-manager"))
m("nl", "Gisteren is Stephanie Ruiter begonnen als klantenservicemedewerker, vergeten door te geven sorry.",
  J("Stephanie Ruiter", P(-1)), past=True)
m("en", "Correction: the new driver is called Piet Hagen, not Piet Haagen. He starts on Monday 14 December as planned.",
  J("Piet Hagen", ON("monday", D(2026, 12, 14))))
m("nl", "Per 1 februari 2027 gaat Jolanda Kerkhof met pensioen.",
  L("Jolanda Kerkhof", D(2027, 2, 1)))
m("en", "Joining the IT team on January 25th: Mateo Ruiz, software engineer.",
  J("Mateo Ruiz", D(2027, 1, 25), "software-engineer"))
m("nl", "Dinsdag 22 december is de laatste dag van Angela Vrolijk, onze receptioniste. Ze verhuist naar Spanje.",
  L("Angela Vrolijk", ON("dinsdag", D(2026, 12, 22))))
m("nl", "Robert Zwart, nu chauffeur, wordt per 4 januari planner op het depot. Graag een laptop.",
  MV("Robert Zwart", D(2027, 1, 4), None, None))
m("en", "Please process: Eleni Papadopoulos, customer service, end of fixed-term contract 31/12/2026.",
  L("Eleni Papadopoulos", D(2026, 12, 31)))
m("nl", "Over drie weken starten we met twee nieuwe chauffeurs: Gerard Ooms en Patrick Tak.",
  J("Gerard Ooms", P(21)), J("Patrick Tak", P(21)))
m("en", "Hi, how do I announce someone who comes back after a year abroad? He used to work here.",
  none=True)

# Part 2 -- an equestrian centre
m("nl", "Hallo, per 2 januari start Merel van Tongeren als instructrice bij manege De Hoefslag.",
  J("Merel van Tongeren", D(2027, 1, 2)))
m("nl", "Onze stalmedewerker Gijs van Hout stopt per 1 januari; hij gaat bij een dressuurstal werken. Laatste werkdag 31 december.",
  L("Gijs van Hout", D(2026, 12, 31)))
m("en", "Hi, our groom Aoife Byrne is leaving on Sunday 20 December. She's going back to Ireland.",
  L("Aoife Byrne", ON("sunday", D(2026, 12, 20))))
m("nl", "Nieuwe paardenverzorger: Lisa Hoogland, start maandag 4 januari. Let op: ze verzorgt de paarden, het is geen zorgfunctie.",
  J("Lisa Hoogland", ON("maandag", D(2027, 1, 4))))
m("nl", "Per 1 februari wordt Daan Koopmans bedrijfsleider; hij is nu stalmedewerker.",
  MV("Daan Koopmans", D(2027, 2, 1), None, None))
m("en", "We had to let Jordan Blake go today, effective immediately.",
  L("Jordan Blake", NOW))
m("nl", "sophie van rijn begint zaterdag als lesgever voor de ponylessen",
  J("Sophie van Rijn", WD("saturday")))
m("nl", "Vorige week vrijdag is onze hoefsmid en collega Arend Blom overleden. Hij werkte al 20 jaar bij ons.",
  L("Arend Blom", LW("friday")), past=True)
m("en", "New facility coordinator (buildings, arena, stables): Simone Richter, starting 15 February.",
  J("Simone Richter", D(2027, 2, 15), "facility-coordinator"))
m("nl", "Anna Schuurman, instructrice, neemt ontslag en werkt nog tot en met zondag 10 januari.",
  L("Anna Schuurman", ON("zondag", D(2027, 1, 10))))
m("en", "Hey there! Webdev Milan Horák starts on 1/2 to rebuild our booking site.",
  J("Milan Horák", D(2027, 2, 1), "software-engineer"))
m("nl", "Dag Koen, Jana Segers komt vanaf maandag 18 januari onze ploeg versterken als ruiter-trainer. Kan jij alles in orde brengen? Groetjes, Evelien",
  J("Jana Segers", ON("maandag", D(2027, 1, 18))))
m("nl", "Weet jij of vrijwilligers die bij wedstrijden helpen een account nodig hebben?",
  none=True)
m("en", "Stable hands Noah Brandsen and Liam Doherty finish their contracts on 31 January.",
  L("Noah Brandsen", D(2027, 1, 31)), L("Liam Doherty", D(2027, 1, 31)))
m("nl", "Evi Rademaker gaat vanaf 1 maart van de receptie naar de verkoop van lidmaatschappen, als verkoper.",
  MV("Evi Rademaker", D(2027, 3, 1), "account-manager", None))
m("en", "Our accountant Greta Lindholm is retiring - her last day is the 26th of March.",
  L("Greta Lindholm", D(2027, 3, 26)))
m("nl", "Joris van Dongen is afgelopen zondag begonnen als weekendkracht, kan hij nog een account krijgen?",
  J("Joris van Dongen", P(-4)), past=True)
m("en", "Please, new groom from Spain start next Tuesday, name Javier Ortega. He need only a pass.",
  J("Javier Ortega", WD("tuesday")))
m("nl", "Per 15-1 stopt Kees Veldhuis bij ons (contract niet verlengd).",
  L("Kees Veldhuis", D(2027, 1, 15)))
m("en", "Hannah Gray (instructor) moves from the indoor arena team to the outdoor eventing team on Monday 1 March. Same role.",
  MV("Hannah Gray", ON("monday", D(2027, 3, 1)), None, None))
m("nl", "Met ingang van 1 januari gaat onze bedrijfsleider Ria Wessels met pensioen.",
  L("Ria Wessels", D(2027, 1, 1)))
m("nl", "Volgende week zaterdag start Femke Oosterhuis als groepsinstructrice.",
  J("Femke Oosterhuis", NW("saturday")))
m("en", "Hi, Tamsin Hale was dismissed yesterday for mistreating a horse. Please remove all access.",
  L("Tamsin Hale", P(-1)), past=True)
m("nl", "Graag een account voor Nora Vink, die per 11 januari onze nieuwe administratief medewerker wordt.",
  J("Nora Vink", D(2027, 1, 11)))

# Part 2 -- an outdoor-sports retail chain
m("en", "Hi, new store manager for our Utrecht shop: Ben Carter, starting Monday 11 January.",
  J("Ben Carter", ON("monday", D(2027, 1, 11))))
m("nl", "Per zaterdag 12 december begint Jesse Langeveld als verkoper in de winkel in Arnhem.",
  J("Jesse Langeveld", ON("zaterdag", D(2026, 12, 12)), "account-manager"))
m("nl", "Cheryl Lau (webdeveloper) gaat per 1 maart bij ons weg.",
  L("Cheryl Lau", D(2027, 3, 1), "software-engineer"))
m("en", "Sad to report that our buyer for climbing gear, Oskar Nilsson, passed away on Sunday after a climbing accident.",
  L("Oskar Nilsson", P(-4)), past=True)
m("nl", "Vier kerstkrachten voor de winkel in Amsterdam, allemaal van 14 december t/m 2 januari:\nTeun Verbruggen\nFleur Hagenaar\nJip Mooij\nSem Kalkman",
  J("Teun Verbruggen", D(2026, 12, 14)), J("Fleur Hagenaar", D(2026, 12, 14)), J("Jip Mooij", D(2026, 12, 14)), J("Sem Kalkman", D(2026, 12, 14)))
m("en", "Dominic Price, area sales rep for the sports clubs, is leaving us for a competitor; last day 29 Jan.",
  L("Dominic Price", D(2027, 1, 29), "account-manager"))
m("nl", "Vanaf 1 februari gaat Maaike Hulst van filiaal Den Bosch naar filiaal Eindhoven, zelfde functie (filiaalleider).",
  MV("Maaike Hulst", D(2027, 2, 1), None, None))
m("nl", "Tygo Verwey is vandaag ontslagen wegens diefstal uit de kassa. Alles direct blokkeren.",
  L("Tygo Verwey", NOW))
m("en", "Please set up the new e-commerce developer, Sven Andersen, for Tuesday the 2nd of February.",
  J("Sven Andersen", ON("tuesday", D(2027, 2, 2)), "software-engineer"))
m("nl", "Kim (filiaal Haarlem) gaat vanaf januari drie maanden met ouderschapsverlof.",
  none=True)
m("nl", "Mevrouw Petra Rozendaal, hoofd financiën, gaat op 1 april 2027 met pensioen; haar laatste werkdag is woensdag 31 maart.",
  L("Petra Rozendaal", ON("woensdag", D(2027, 3, 31))))
m("en", "Starting in week 2: Leon Hartmann (warehouse) and Yasmin Cheikh (customer service).",
  J("Leon Hartmann", WK(2)), J("Yasmin Cheikh", WK(2)))
m("nl", "Wij hebben afscheid genomen van Ferry Dijkhuizen, zijn laatste werkdag was gisteren. Sorry voor de late melding.",
  L("Ferry Dijkhuizen", P(-1)), past=True)
m("nl", "Gerda Boon, nu verkoper in de winkel, wordt per 1 januari onze facilitair coördinator voor alle winkels.",
  MV("Gerda Boon", D(2027, 1, 1), "facility-coordinator", "account-manager"))
m("en", "Is it a problem if a new hire starts on a Sunday? Our shops are open then.",
  none=True)
m("en", "Rahul Sharma leaves us on the 8th of January, at the end of his internship.",
  L("Rahul Sharma", D(2027, 1, 8)))
m("nl", "Per 1-2 begint Ilse van Beek als inkoper wintersport.",
  J("Ilse van Beek", D(2027, 2, 1)))
m("nl", "vanaf morgen werkt tom de ridder niet meer bij ons, hij heeft vandaag zijn laatste dag",
  L("Tom de Ridder", NOW))
m("en", "Our customer service lead, Becky Lawson, becomes account manager for business customers on 1 March.",
  MV("Becky Lawson", D(2027, 3, 1), "account-manager", None))
m("nl", "De nieuwe vertegenwoordiger voor Noord-Nederland, Wiebe Sikkema, begint op maandag 25 januari.",
  J("Wiebe Sikkema", ON("maandag", D(2027, 1, 25)), "account-manager"))
m("en", "Hi team, Ashley Morgan starts as a part-time shop assistant in the Rotterdam store tomorrow.",
  J("Ashley Morgan", P(1)))
m("nl", "Even een update: de vertrekdatum van Martijn Lubbers is verschoven van 31 januari naar 28 februari.",
  L("Martijn Lubbers", D(2027, 2, 28)))
m("nl", "Gisteren ontving ik het ontslag van Elske Hofstra; haar laatste werkdag wordt volgens het contract 31 januari.",
  L("Elske Hofstra", D(2027, 1, 31)))
m("en", "From next Monday Jake Wilson will run our new climbing-wall department; until now he worked in the Amsterdam store.",
  MV("Jake Wilson", WD("monday"), None, None))
m("nl", "Per maandag 1 maart 2027 start Zoë Kuijpers als marketeer.",
  J("Zoë Kuijpers", ON("maandag", D(2027, 3, 1))))


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
        where = "o%03d" % i
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
            out.write(json.dumps({"id": "o%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")







if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-19.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
