"""Blind-20: managers' announcements written by hand, one at a time (session 30).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-19's gen.py) only turn the date a reader means into a calendar date counted from
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



AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"

# Part 1 -- a lift maintenance company

m("nl", "Goedemiddag,\n\nMaandag 4 januari begint Ruud Kampstra bij ons als liftmonteur in de regio Utrecht. Hij krijgt een bus, maar heeft ook een laptop en telefoon nodig.\n\nMet vriendelijke groet,\nIngrid Hofstede\nTeamleider Service",
  J("Ruud Kampstra", ON("maandag", D(2027, 1, 4))))
m("en", "Hi there, Ahmed Benali joins our remote monitoring team as a software developer on 11 January. He'll mostly work on the IoT gateway code.",
  J("Ahmed Benali", D(2027, 1, 11), SE))
m("nl", "Wim de Graaf (servicemonteur, 31 jaar in dienst) gaat met pensioen. Zijn laatste werkdag is woensdag 23 december.",
  L("Wim de Graaf", ON("woensdag", D(2026, 12, 23))))
m("en", "Hello, I want to let you know that our lift service engineer Piotr Nowak will be leaving the company, his contract is ending at 31.12.2026. Please block his access on that day.",
  L("Piotr Nowak", D(2026, 12, 31)))
m("nl", "hoi, kun je regelen dat sem bosman morgen kan beginnen? hij is de nieuwe werkvoorbereider modernisering",
  J("Sem Bosman", P(1)))
m("nl", "Per 1 februari wordt Linda Oosterhout, nu planner op de servicedesk, accountmanager onderhoudscontracten voor de regio Noord.",
  MV("Linda Oosterhout", D(2027, 2, 1), AM, None))
m("en", "Quick question: if a mechanic from a subcontractor works with us for three months, do I need to announce him here or does the agency handle his pass?",
  none=True)
m("nl", "Volgende week maandag starten twee leerling-monteurs: Dani Verbeek en Youssef Amrani. Ze lopen de eerste weken mee met Gert.",
  J("Dani Verbeek", NW("maandag")), J("Youssef Amrani", NW("maandag")))
m("nl", "Tot ons grote verdriet is onze collega Hans Timmerman afgelopen dinsdag overleden. Hij was 24 jaar storingsmonteur. Willen jullie zijn accounts en zijn bus netjes afhandelen?",
  L("Hans Timmerman", P(-2)), past=True)
m("en", "Please set up Clara Jansen-Ruiz, our new inside sales colleague for the elevator modernisation contracts. First day: Monday the 18th of January.",
  J("Clara Jansen-Ruiz", ON("monday", D(2027, 1, 18)), AM))
m("nl", "Dag collega's, Jens Vermeulen vervoegt vanaf 1 maart 2027 onze ploeg in Antwerpen als technieker roltrappen. Gelieve zijn toegang tot de werkbonnen-app te voorzien. Mvg, Els",
  J("Jens Vermeulen", D(2027, 3, 1)))
m("nl", "Vandaag hebben we afscheid genomen van monteur Kevin Smits, op staande voet ontslagen. Graag direct alles blokkeren.",
  L("Kevin Smits", NOW))
m("nl", "Correctie op mijn bericht van maandag: Tamara Vos begint NIET op 4 januari, maar op maandag 11 januari. Functie blijft planner.",
  J("Tamara Vos", ON("maandag", D(2027, 1, 11))))
m("nl", "Vanaf januari gaat Monique Hendriks (administratie) 24 uur per week werken in plaats van 32. Hoeft er iets te veranderen aan haar account?",
  none=True)
m("nl", "In week 2 begint Bram Ouwerkerk als storingsmonteur, de precieze dag weet ik nog niet maar reken op de maandag.",
  J("Bram Ouwerkerk", WK(2)))
m("en", "From 1 January our developer Lukas Brandt leaves the dev team and becomes product owner of the monitoring platform.",
  MV("Lukas Brandt", D(2027, 1, 1), None, SE))
m("nl", "De laatste werkdag van Nadia Bouzid is 15-01-2027. Ze gaat naar een concurrent. Ze werkt bij ons als calculator.",
  L("Nadia Bouzid", D(2027, 1, 15)))
m("en", "Two of our technicians finish at the end of the year: Mark Dekker retires, his last day is 30 December, and Jeroen Baas (temp) leaves on 18 December when his contract ends.",
  L("Mark Dekker", D(2026, 12, 30)), L("Jeroen Baas", D(2026, 12, 18)))
m("nl", "Vanaf 4-1 komt Patricia Wouters ons versterken als facilitair medewerker op het hoofdkantoor in Nieuwegein.",
  J("Patricia Wouters", D(2027, 1, 4), FC))
m("nl", "Er begint in januari een nieuwe monteur in Zwolle, naam en datum volgen nog. Wil je alvast een bus reserveren?",
  none=True)
m("nl", "hey, tom hilversum begint over twee weken als leerling-liftmonteur, kun je z'n spullen klaarzetten?",
  J("Tom Hilversum", P(14)))
m("nl", "Per 1 februari verhuist Erik Smeets als servicemonteur van vestiging Eindhoven naar Venlo. Zelfde functie, andere regio.",
  MV("Erik Smeets", D(2027, 2, 1), None, None))

# Part 1 -- a removals company

m("nl", "Beste HR,\nVanaf maandag 14 december versterkt Dennis Bakker ons team als verhuizer/chauffeur (C-rijbewijs).\nGroet, Marco\nPlanning Van Dijk Verhuizingen",
  J("Dennis Bakker", ON("maandag", D(2026, 12, 14))))
m("en", "Our new account manager for corporate relocations, Sophie Laurent, starts on the 1st of February. She'll be working from the Rotterdam office.",
  J("Sophie Laurent", D(2027, 2, 1), AM))
m("nl", "marcel van der heijden stopt bij ons, laatste dag vrijdag 11 december. hij heeft nog een sleutel van de loods",
  L("Marcel van der Heijden", ON("vrijdag", D(2026, 12, 11))))
m("nl", "Voor de drukke decemberweken hebben we drie uitzendkrachten als inpakker: Rik Bosch, Sven Mulder en Gijs Hoekstra. Ze beginnen alle drie maandag 7 december en blijven tot en met 31 december.",
  J("Rik Bosch", ON("maandag", D(2026, 12, 7))), J("Sven Mulder", D(2026, 12, 7)), J("Gijs Hoekstra", D(2026, 12, 7)))
m("nl", "Hebben verhuizers die alleen op zaterdag werken een laptopaccount nodig of alleen de planningsapp? We hebben er een paar van.",
  none=True)
m("nl", "Jasper Koster, nu verhuizer, wordt per 4 januari onze nieuwe planner. Hij krijgt een vaste werkplek op kantoor.",
  MV("Jasper Koster", D(2027, 1, 4), None, None))
m("en", "We let Brian Hughes go yesterday after the damage incident at the client's. Please disable his access and the van key card.",
  L("Brian Hughes", P(-1)), past=True)
m("nl", "Dag Sofie, Lotte Claes komt vanaf maandag 11 januari onze verhuisadviseurs versterken in Gent. Zij gaat bij klanten thuis de inboedel opnemen. Groetjes, Pieter",
  J("Lotte Claes", ON("maandag", D(2027, 1, 11))))
m("en", "Hello, mister Adrian Popescu is start by us like driver on monday 4 january. Please make his card for the depot.",
  J("Adrian Popescu", ON("monday", D(2027, 1, 4))))
m("nl", "Ilse Verhagen (verkoper binnendienst) heeft haar ontslag ingediend. Laatste werkdag: 29 januari.",
  L("Ilse Verhagen", D(2027, 1, 29), AM))
m("en", "The new driver I announced last week, Kees Brouwer, has called off - he took another job. Please cancel everything for him.",
  none=True)
m("nl", "Sorry, vergeten door te geven: Noah Visser is afgelopen maandag begonnen als verhuizer. Hij heeft nog geen account.",
  J("Noah Visser", P(-3)), past=True)
m("en", "Friday 8 January will be the last working day of our warehouse manager, Ronald Peters. He has been with us since 1998.",
  L("Ronald Peters", ON("friday", D(2027, 1, 8))))
m("nl", "Per 1 januari nemen we twee nieuwe chauffeurs aan: Mustafa Yilmaz en Thijs de Bruijn. Ze werken vanuit de vestiging Amersfoort.",
  J("Mustafa Yilmaz", D(2027, 1, 1)), J("Thijs de Bruijn", D(2027, 1, 1)))
m("en", "Could you please onboard our new facilities coordinator for the storage depot, Hannah Meijer? She starts next Wednesday.",
  J("Hannah Meijer", WD("wednesday"), FC))
m("nl", "Onze webdeveloper Martijn Vos (offertemodule) stopt per 1 maart 2027.",
  L("Martijn Vos", D(2027, 3, 1), SE))
m("en", "Anouk Smit goes on maternity leave from 21 December and will be back in April. Nothing changes for her accounts, just so you know.",
  none=True)
m("nl", "Over drie weken begint Ricardo Fernandes als monteur van onze verhuisliften. Hij komt uit Portugal en spreekt Engels.",
  J("Ricardo Fernandes", P(21)))
m("en", "As of Monday 1 March, Lisa Groen moves from planning to sales: she becomes our account manager for private removals.",
  MV("Lisa Groen", ON("monday", D(2027, 3, 1)), AM, None))
m("nl", "Het contract van Daan Pauwels loopt af op 31-12-2026 en wordt niet verlengd. Hij is inpakker.",
  L("Daan Pauwels", D(2026, 12, 31)))
m("nl", "Goedemorgen! Giulia Romano begint morgen als officemanager op het depot. Sorry voor de late melding!",
  J("Giulia Romano", P(1)))

# Part 1 -- a hospice

m("nl", "Beste collega's,\nPer 1 februari 2027 komt Marieke Dijkstra ons team versterken als verpleegkundige. Welkom!\nHartelijke groet,\nAnnemarie\nCoördinator Hospice De Linde",
  J("Marieke Dijkstra", D(2027, 2, 1)))
m("nl", "Per maandag 4 januari start Joke Veenstra bij ons als verzorgende IG voor de nachtdiensten.",
  J("Joke Veenstra", ON("maandag", D(2027, 1, 4)), CW))
m("en", "Our chaplain (geestelijk verzorger) Reverend Thomas Oduya retires at the end of the year; his last day with us is Thursday 31 December.",
  L("Thomas Oduya", ON("thursday", D(2026, 12, 31))))
m("nl", "Vraagje: krijgen vrijwilligers die alleen de nachtwake doen ook een pasje, of is dat alleen voor mensen in loondienst?",
  none=True)
m("nl", "hoi! anouk van wijk begint maandag als zorgmedewerker, wil je haar alvast aanmaken? dank!",
  J("Anouk van Wijk", WD("maandag"), CW))
m("en", "Two goodbyes: carer Emily Watson leaves us on 15 December (moving abroad), and our cook Peter van Leeuwen retires on 22 December.",
  L("Emily Watson", D(2026, 12, 15), CW), L("Peter van Leeuwen", D(2026, 12, 22)))
m("nl", "Met verdriet laten we weten dat onze vrijwilligerscoördinator Gerda Scholten gisteren na een kort ziekbed is overleden.",
  L("Gerda Scholten", P(-1)), past=True)
m("nl", "Ellen Hoogendoorn, verzorgende bij ons sinds 2015, wordt per 1 maart teamleider zorg. Ze blijft wel een paar diensten draaien.",
  MV("Ellen Hoogendoorn", D(2027, 3, 1), None, CW))
m("en", "Hi, please set up an account for Grace Mensah, healthcare assistant, starting Monday 7 December on the day shift.",
  J("Grace Mensah", ON("monday", D(2026, 12, 7)), CW))
m("nl", "Sanne Kuiper komt na haar zwangerschapsverlof per 11 januari weer terug op de afdeling. Haar account staat toch nog aan?",
  none=True)
m("nl", "Goeiedag, Wouter Peeters vervoegt ons team palliatieve zorg als zorgkundige vanaf 18 januari. Mvg, Hilde (hoofdverpleegkundige)",
  J("Wouter Peeters", D(2027, 1, 18), CW))
m("en", "This is to inform you that Mr. Daniel Okafor's employment was terminated today. He worked as a night carer. Please revoke everything immediately.",
  L("Daniel Okafor", NOW, CW))
m("nl", "Onze facilitair coördinator Hennie Bosma vertrekt; zijn laatste werkdag is vrijdag 29 januari.",
  L("Hennie Bosma", ON("vrijdag", D(2027, 1, 29)), FC))
m("en", "The start of our new nurse, Isabel Moreno, is postponed - her registration hasn't come through yet. We'll let you know the new date.",
  none=True)
m("nl", "Vanaf 7-12 loopt Lieke Brouwers stage bij ons als leerling-verzorgende, tot de zomer.",
  J("Lieke Brouwers", D(2026, 12, 7), CW))
m("en", "Dr. Hendrik Zwart, our hospice doctor, will work with us from the 1st of April 2027 (two days a week). He needs access to the patient files.",
  J("Hendrik Zwart", D(2027, 4, 1)))
m("nl", "Volgende week donderdag is de laatste dag van Joyce Mertens, zij werkt in de keuken. Ze gaat verhuizen.",
  L("Joyce Mertens", NW("donderdag")))
m("nl", "Welkom aan twee nieuwe verzorgenden: Priscilla Doe (per 4 januari) en Marloes Baan (per 18 januari).",
  J("Priscilla Doe", D(2027, 1, 4), CW), J("Marloes Baan", D(2027, 1, 18), CW))
m("en", "Nurse Rachel Adams transfers from our Zeist house to the new hospice in Bilthoven on 1 February, same role.",
  MV("Rachel Adams", D(2027, 2, 1), None, None))
m("nl", "Afgelopen vrijdag is de samenwerking met verzorgende Linda Bakker-Post met onmiddellijke ingang beëindigd. Graag haar toegang intrekken.",
  L("Linda Bakker-Post", P(-6), CW), past=True)
m("en", "hiya, our new facilty coordinator Jack Turner starts 11 Jan 🙂",
  J("Jack Turner", D(2027, 1, 11), FC))

# Part 1 -- a coffee roaster

m("nl", "Hallo, per 1 februari begint Stijn Vermeer als koffiebrander in onze branderij in Amsterdam-Noord. Hij moet bij de roosterapp kunnen. Groet, Babette",
  J("Stijn Vermeer", D(2027, 2, 1)))
m("en", "We've hired Olivia Brown as account manager for hospitality clients in the Randstad. Her first day is Tuesday 5 January.",
  J("Olivia Brown", ON("tuesday", D(2027, 1, 5)), AM))
m("nl", "Vertegenwoordiger Frank Aarts gaat per 1 april 2027 met vervroegd pensioen. Laatste werkdag 31 maart.",
  L("Frank Aarts", D(2027, 3, 31), AM))
m("en", "Please close the accounts of Ben Walsh, our delivery driver; he leaves us on Christmas Eve.",
  L("Ben Walsh", D(2026, 12, 24)))
m("nl", "vanaf morgen werkt lisa de haan niet meer bij ons, vandaag was haar laatste dag in de koffiebar",
  L("Lisa de Haan", NOW))
m("en", "Mike Jansen, currently sales rep for the south, moves to our green coffee buying team as a buyer from 1 February.",
  MV("Mike Jansen", D(2027, 2, 1), None, AM))
m("nl", "Dinsdag 15 december begint Fleur Hartman als baristatrainer. Ze geeft trainingen bij klanten, dus ze heeft een laptop nodig.",
  J("Fleur Hartman", ON("dinsdag", D(2026, 12, 15))))
m("en", "Our new webshop developer, Arjun Mehta, starts on 18/01. Please give him access to the Shopify admin and GitHub.",
  J("Arjun Mehta", D(2027, 1, 18), SE))
m("nl", "Nieuwe inpakkers voor de kerstpakketten, allemaal per maandag 7 december:\n- Jolanda Bruins\n- Ferhat Demir\n- Kim van Vliet\nZe blijven tot de kerst.",
  J("Jolanda Bruins", ON("maandag", D(2026, 12, 7))), J("Ferhat Demir", D(2026, 12, 7)), J("Kim van Vliet", D(2026, 12, 7)))
m("en", "Sad news: our roastmaster Willem Kool passed away on Sunday. Please handle his accounts with care; his family will return his laptop.",
  L("Willem Kool", P(-4)), past=True)
m("nl", "Hoi, Eva Lammers (vertegenwoordiger horeca) stopt bij ons. Haar laatste dag is 22/12.",
  L("Eva Lammers", D(2026, 12, 22), AM))
m("en", "Update: Rob Snel's last day is not 31 December anymore; he agreed to stay until 31 January to train his successor.",
  L("Rob Snel", D(2027, 1, 31)))
m("nl", "Dag team, vanaf maandag 1 februari vervoegt Bert Janssens ons als vertegenwoordiger voor Limburg en Antwerpen. Gelieve zijn wagen en gsm klaar te zetten. Mvg, An",
  J("Bert Janssens", ON("maandag", D(2027, 2, 1)), AM))
m("en", "Intern alert: Mila Novak joins the quality lab on 11 January for a 5-month internship (cupping, quality control).",
  J("Mila Novak", D(2027, 1, 11)))
m("nl", "Gisteren hebben we Jordy Kok ontslagen, hij is meerdere keren niet komen opdagen. Zijn pas graag meteen blokkeren.",
  L("Jordy Kok", P(-1)), past=True)
m("nl", "Even een vooraankondiging: we nemen twee barista's aan voor het nieuwe café in Utrecht, maar de namen volgen zodra de contracten getekend zijn.",
  none=True)
m("nl", "Over vijf weken start Merel Jonker als onze nieuwe softwareontwikkelaar voor het abonnementsplatform.",
  J("Merel Jonker", P(35), SE))
m("en", "Please offboard Carlos Mendes (warehouse) - his last shift is Saturday 19 December.",
  L("Carlos Mendes", ON("saturday", D(2026, 12, 19))))
m("nl", "Per 1 januari gaat Sandra Huisman van de klantenservice naar de facilitaire dienst, als facilitair medewerker.",
  MV("Sandra Huisman", D(2027, 1, 1), FC, None))
m("en", "Changes in the roastery team: Pieter Brand leaves on Friday 18 December, and his replacement Oskar Lindqvist starts on Monday 4 January.",
  L("Pieter Brand", ON("friday", D(2026, 12, 18))), J("Oskar Lindqvist", ON("monday", D(2027, 1, 4))))
m("nl", "Helaas gaat de start van Rianne Vos (baristatrainer) niet door, ze heeft zich bedacht. Alles voor haar mag geannuleerd worden.",
  none=True)
m("en", "tomorrow Elif Aydın starts in customer service, pls make her an account asap!",
  J("Elif Aydın", P(1)))

# Part 1 -- a pest control company

m("nl", "Goedemorgen,\nPer 11 januari komt Ronald Hermans bij ons werken als plaagdierbeheerser in de regio Brabant. Hij krijgt een bus en een tablet.\nMvg,\nCor van Loon\nOperationeel manager",
  J("Ronald Hermans", D(2027, 1, 11)))
m("en", "Hi, our technician Paul Fisher has resigned. His last working day will be Wednesday 13 January 2027.",
  L("Paul Fisher", ON("wednesday", D(2027, 1, 13))))
m("nl", "Eergisteren is Sven Lubbers bij ons begonnen als inspecteur houtworm en boktor; kun je zijn account nog aanmaken?",
  J("Sven Lubbers", P(-2)), past=True)
m("nl", "Jeroen van 't Hek (buitendienst) wordt per 1 maart accountmanager zakelijke markt.",
  MV("Jeroen van 't Hek", D(2027, 3, 1), AM, None))
m("en", "Good afternoon, I inform you that Mr. Mohammed Al-Rashid will join our company from 04.01.2027 as pest control technician. Best regards",
  J("Mohammed Al-Rashid", D(2027, 1, 4)))
m("nl", "Vorige week woensdag is Dirk Jacobs op staande voet ontslagen (diefstal van middelen). Ik zie dat zijn account nog actief is!",
  L("Dirk Jacobs", LW("woensdag")), past=True)
m("en", "New developer for the route planning software: Chloé Dubois, starting Monday 1 February.",
  J("Chloé Dubois", ON("monday", D(2027, 2, 1)), SE))
m("nl", "ff tussendoor: tim van der meulen begint volgende week woensdag bij de buitendienst",
  J("Tim van der Meulen", NW("woensdag")))
m("en", "In week 3 two new technicians join: Jamal Haddad on the Monday and Kai Nieuwenhuis on the Wednesday.",
  J("Jamal Haddad", WK(3)), J("Kai Nieuwenhuis", WK(3, "wednesday")))
m("nl", "Nicole Brink gaat met ouderschapsverlof, vanaf januari elke vrijdag vrij. Moet dat bij jullie gemeld worden?",
  none=True)
m("en", "Our receptionist Tanya Ivanova becomes facility coordinator for both depots as of 1 January.",
  MV("Tanya Ivanova", D(2027, 1, 1), FC, None))
m("nl", "De tijdelijke aanstelling van Bas Schouten (assistent-bestrijder) eindigt op vrijdag 29 januari 2027. Hij werkt tot en met die dag.",
  L("Bas Schouten", ON("vrijdag", D(2027, 1, 29))))
m("en", "Sorry for the late notice: Ryan Blake started with us on Tuesday as a trainee. Could you create his account?",
  J("Ryan Blake", P(-2)), past=True)
m("nl", "Onze programmeur Sjoerd Wiersma vertrekt naar het buitenland. Hij werkt tot en met vrijdag 26 februari.",
  L("Sjoerd Wiersma", ON("vrijdag", D(2027, 2, 26)), SE))
m("en", "Change of plan: Lena Fischer starts on 1 February instead of 11 January (notice period at her old job).",
  J("Lena Fischer", D(2027, 2, 1)))
m("nl", "Met ingang van 1 februari hebben we een nieuwe vertegenwoordiger voor de agrarische klanten: Gerrit Hofman.",
  J("Gerrit Hofman", D(2027, 2, 1), AM))
m("en", "It is with sadness that I report the death of our colleague Ahmet Kaya, who died in a car accident on Saturday. He was a field technician.",
  L("Ahmet Kaya", P(-5)), past=True)
m("nl", "Per 31 december stoppen Arie Klein en Joop Verbruggen, allebei al jaren bestrijder. Ze gaan samen met pensioen 😊",
  L("Arie Klein", D(2026, 12, 31)), L("Joop Verbruggen", D(2026, 12, 31)))
m("en", "Hi, Sarah Collins (facilities coordinator) is moving from our Tilburg depot to head office in Breda on 18 January, same job.",
  MV("Sarah Collins", D(2027, 1, 18), FC, FC))
m("nl", "dag, jorn willems stopt bij ons op 8 januari, hij was magazijnier. mvg",
  L("Jorn Willems", D(2027, 1, 8)))
m("en", "Hey! Our new planner Nina Kowalczyk started today, she needs a login for the planning system ASAP.",
  J("Nina Kowalczyk", NOW))

# Part 1 -- a fashion label

m("nl", "Hoi allemaal,\nMaandag 11 januari begint Femke Dijkman als ontwerper in ons ontwerpteam. Ze heeft een MacBook nodig met Adobe.\nLiefs, Noor",
  J("Femke Dijkman", ON("maandag", D(2027, 1, 11))))
m("en", "Our flagship store in Amsterdam welcomes a new sales associate, Mateo García López, from Saturday 12 December.",
  J("Mateo García López", ON("saturday", D(2026, 12, 12)), AM))
m("nl", "Patroonmaker Ingeborg Wessels gaat op 1 maart met pensioen. Haar laatste werkdag is vrijdag 26 februari.",
  L("Ingeborg Wessels", ON("vrijdag", D(2027, 2, 26))))
m("en", "Hi HR-bot, Finn Larsen, our e-commerce developer, leaves on 29/01/2027. Please rotate the Shopify keys he had.",
  L("Finn Larsen", D(2027, 1, 29), SE))
m("nl", "Stagiaire Lotte Bergman van de modeacademie loopt vanaf 1 februari tot en met 30 juni stage op de ontwerpafdeling.",
  J("Lotte Bergman", D(2027, 2, 1)))
m("nl", "Per 1 februari wordt Yara Bakker, nu verkoper in de winkel in Utrecht, store manager in Den Haag.",
  MV("Yara Bakker", D(2027, 2, 1), None, AM))
m("en", "Two new showroom sales reps for the wholesale collection start on the 4th of January: Chiara Rossi (Italy) and Hugo Lefèvre (France).",
  J("Chiara Rossi", D(2027, 1, 4), AM), J("Hugo Lefèvre", D(2027, 1, 4), AM))
m("nl", "yes! roos van der veen komt ons webteam versterken als webdeveloper, ze begint 1/3",
  J("Roos van der Veen", D(2027, 3, 1), SE))
m("en", "We had to dismiss Tyler Brooks this morning (stock theft in the Rotterdam store). Please lock the POS and his email.",
  L("Tyler Brooks", NOW))
m("nl", "Laatste werkdag van Anja Kramer (productmanager) is 30 december. Ze gaat naar de concurrent, dus graag alle toegang dicht per die dag.",
  L("Anja Kramer", D(2026, 12, 30)))
m("nl", "Maya Cohen komt op 4 januari terug van ouderschapsverlof. Even checken of haar laptop nog klaarligt.",
  none=True)
m("nl", "Vanaf zaterdag 19 december helpt Jill Hendriks mee in de winkel in Haarlem als verkoper (weekendkracht).",
  J("Jill Hendriks", ON("zaterdag", D(2026, 12, 19)), AM))
m("en", "I forgot to tell you: our photographer Lars Eriksen left us on Monday (30 November). Can his accounts be closed?",
  L("Lars Eriksen", ON("monday", D(2026, 11, 30))), past=True)
m("nl", "Beste, Ruben De Wilde vervoegt vanaf 4 januari ons team in Antwerpen als accountmanager voor de Belgische boetieks. Gelieve een laptop en gsm te voorzien. Mvg, Griet",
  J("Ruben De Wilde", D(2027, 1, 4), AM))
m("en", "Unfortunately Zara Ahmed, who was going to start as junior designer on 11 January, has withdrawn. Please cancel her onboarding.",
  none=True)
m("nl", "Over twee weken stapt Bart Lodewijks over van de klantenservice van de webshop naar het ontwikkelteam, als ontwikkelaar.",
  MV("Bart Lodewijks", P(14), SE, None))
m("en", "new starter: Amelia Clarke, visual merchandiser, start 07-12-2026",
  J("Amelia Clarke", D(2026, 12, 7)))
m("nl", "Tot onze grote schok is naaister Hatice Öztürk vorige week vrijdag overleden. We missen haar.",
  L("Hatice Öztürk", LW("vrijdag")), past=True)
m("en", "End of the Christmas pop-up: Noor Haddou and Jesse Kroon finish on 3 January, their last day in the pop-up store.",
  L("Noor Haddou", D(2027, 1, 3)), L("Jesse Kroon", D(2027, 1, 3)))
m("nl", "Onze facilitair medewerker Ton Verschuren stopt per 1 februari. Hij heeft alle sleutels van het pand.",
  L("Ton Verschuren", D(2027, 2, 1), FC))
m("en", "Please set up Hiroshi Tanaka, our new head of production, starting Thursday 7 January. He'll travel a lot to our factories in Portugal.",
  J("Hiroshi Tanaka", ON("thursday", D(2027, 1, 7))))

# Part 1 -- an ambulance service

m("nl", "Beste,\nPer 1 februari 2027 start Mirjam de Lange als ambulanceverpleegkundige op post Deventer.\nGroeten,\nTeamleider RAV",
  J("Mirjam de Lange", D(2027, 2, 1)))
m("nl", "Ambulancechauffeur Richard Blom gaat per 1 januari met pensioen, na 38 jaar rijden.",
  L("Richard Blom", D(2027, 1, 1)))
m("en", "Our new dispatcher (meldkamer) Samira Haddad starts on Monday 18 January; she'll need access to the dispatch system.",
  J("Samira Haddad", ON("monday", D(2027, 1, 18))))
m("nl", "Hoe zit het met zzp-verpleegkundigen die af en toe een dienst draaien, moeten die ook via jullie worden aangemeld?",
  none=True)
m("nl", "vanaf 1 jan wordt henk jansen (nu chauffeur) teamleider op de post in zwolle",
  MV("Henk Jansen", D(2027, 1, 1), None, None))
m("en", "We're hiring Emma de Boer as a healthcare assistant for the patient transport service (zorgambulance). She starts Monday the 4th of January.",
  J("Emma de Boer", ON("monday", D(2027, 1, 4)), CW))
m("nl", "Gisteravond is Stefan Mol na een incident met onmiddellijke ingang ontslagen. Zijn pas en de sleutels van de post moeten worden ingetrokken.",
  L("Stefan Mol", P(-1)), past=True)
m("en", "Two new ambulance nurses join on 1 March: Jonas Schmidt and Lieke van Dam.",
  J("Jonas Schmidt", D(2027, 3, 1)), J("Lieke van Dam", D(2027, 3, 1)))
m("nl", "Kees Groot, onze facilitair coördinator van de garage en de posten, vertrekt op 15 januari naar een ziekenhuis.",
  L("Kees Groot", D(2027, 1, 15), FC))
m("en", "Our in-house programmer Dmitri Volkov (the one who built the roster app) will leave us on 31 March 2027.",
  L("Dmitri Volkov", D(2027, 3, 31), SE))
m("nl", "Wendy Scholte stopt als verzorgende op de zorgambulance en wordt per 1 maart planner op de meldkamer.",
  MV("Wendy Scholte", D(2027, 3, 1), None, CW))
m("nl", "Ambulanceverpleegkundige Thomas Berg vertrekt per 1 april 2027, hij emigreert naar Noorwegen.",
  L("Thomas Berg", D(2027, 4, 1)))
m("nl", "Dag Tom, Arne Goossens komt vanaf dinsdag 5 januari als ambulancier ons team in Brugge versterken. Kan je zorgen voor zijn badge? Mvg, Karen",
  J("Arne Goossens", ON("dinsdag", D(2027, 1, 5))))
m("en", "Our colleague Frank Visser died suddenly last Sunday. He was a driver at post Apeldoorn.",
  L("Frank Visser", P(-4)), past=True)
m("nl", "Per week 51 begint Tessa Bouwman als medewerker logistiek (materiaal en voertuigen).",
  J("Tessa Bouwman", WK(51, year=2026)))
m("en", "Dear, Mrs. Aisha Bello is finishing by us on 14/01, her last shift is that day. Thank you",
  L("Aisha Bello", D(2027, 1, 14)))
m("nl", "Twee wijzigingen: Bram Aalbers vertrekt per 31 december, en Joost Pronk gaat per 1 januari van post Deventer naar post Zutphen (zelfde functie, ambulancechauffeur).",
  L("Bram Aalbers", D(2026, 12, 31)), MV("Joost Pronk", D(2027, 1, 1), None, None))
m("en", "The start of our two new dispatchers is postponed until further notice because of the training schedule. No date yet.",
  none=True)
m("nl", "Morgen is de laatste dag van Ilona Smits, zij werkt op het secretariaat. Ze gaat studeren.",
  L("Ilona Smits", P(1)))
m("en", "Could you prepare things for Benjamin Okoro? He starts as a facility coordinator at the central post on the 15th of February.",
  J("Benjamin Okoro", D(2027, 2, 15), FC))
m("nl", "Correctie: Floor Janssen begint niet op 4 januari maar al op maandag 21 december, ze kan eerder weg bij haar oude werkgever.",
  J("Floor Janssen", ON("maandag", D(2026, 12, 21))))
m("en", "Our developer Nadia Petrova becomes information security officer as of 1 February.",
  MV("Nadia Petrova", D(2027, 2, 1), None, SE))



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
        where = "p%03d" % i
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
            out.write(json.dumps({"id": "p%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")







if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-20.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
