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

# --- PART2 ---

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
