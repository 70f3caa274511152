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



# Part 2 -- a sawmill and timber merchant

m("nl", "Goedemorgen Karin,\n\nPer maandag 11 januari komt Hidde Wolters bij ons in de zagerij werken als zager op de lintzaag. Wil je zorgen voor een pas en werkkleding?\n\nGroet,\nMartin Lubbers\nBedrijfsleider Houthandel Lubbers & Zn.",
  J("Hidde Wolters", ON("maandag", D(2027, 1, 11))))
m("en", "Hi, just letting you know that our timber buyer Anders Nilsson is retiring. His last working day is 29 January.",
  L("Anders Nilsson", D(2027, 1, 29)))
m("nl", "Vanaf 1 februari hebben we een nieuwe vertegenwoordiger voor de aannemers in Gelderland: Jan-Peter Meulenbelt.",
  J("Jan-Peter Meulenbelt", D(2027, 2, 1), AM))
m("nl", "heftruckchauffeur gerben de vries is gisteren op staande voet ontslagen, hij reed onder invloed. graag z'n pas blokkeren",
  L("Gerben de Vries", P(-1)), past=True)
m("en", "Please create accounts for the two new yard workers starting Monday 7 December: Tomasz Kowalski and Bartosz Lewandowski. They come through the agency.",
  J("Tomasz Kowalski", ON("monday", D(2026, 12, 7))), J("Bartosz Lewandowski", D(2026, 12, 7)))
m("nl", "Sanne Evers, nu medewerker orderverwerking, wordt per 1 januari verkoper in onze bouwmarkt-afdeling.",
  MV("Sanne Evers", D(2027, 1, 1), AM, None))
m("nl", "Moet ik een nieuwe collega die via een detacheringsbureau komt ook hier aanmelden? Hij begint pas in maart.",
  none=True)
m("en", "Our mechanical engineer Ravi Sharma (he maintains the saws, not software!) starts on 18 January 2027.",
  J("Ravi Sharma", D(2027, 1, 18)))
m("nl", "Laatste werkdag van Wilma Hoekman (administratie) is donderdag 24 december. Ze gaat met pensioen na 41 jaar.",
  L("Wilma Hoekman", ON("donderdag", D(2026, 12, 24))))
m("nl", "Dag Lien, Thibault Mertens begint op 4 januari als magazijnier in onze vestiging in Kortrijk. Gelieve zijn badge klaar te leggen. Mvg, Dirk",
  J("Thibault Mertens", D(2027, 1, 4)))
m("en", "Sad to share that our sawyer Gerrit Jan Hulst passed away yesterday evening at home.",
  L("Gerrit Jan Hulst", P(-1)), past=True)
m("nl", "Per 15-01 vertrekt onze ontwikkelaar Koen Bastiaans; hij bouwde onze voorraadkoppeling. Wil je alle sleutels en wachtwoorden laten wijzigen?",
  L("Koen Bastiaans", D(2027, 1, 15), SE))
m("en", "From next Monday, Yusuf Arslan moves from the yard to the sales counter as a salesman for the trade customers.",
  MV("Yusuf Arslan", WD("monday"), AM, None))
m("nl", "Onze nieuwe facilitair coördinator heet Miranda Kok, ze begint volgende week dinsdag.",
  J("Miranda Kok", NW("dinsdag"), FC))
m("en", "Our intern from the wood technology course, Jasmijn Roelofs, starts on the 11th of January and stays until June.",
  J("Jasmijn Roelofs", D(2027, 1, 11)))
m("nl", "De start van de nieuwe chauffeur gaat voorlopig niet door, hij moet eerst zijn code 95 halen. Ik meld hem opnieuw als er een datum is.",
  none=True)
m("nl", "Correctie: Freek Postma vertrekt niet op 31 december, zijn contract is verlengd tot en met 31 maart. Dan is zijn laatste dag.",
  L("Freek Postma", D(2027, 3, 31)))
m("en", "hey, Owen Price starts tomorrow in the planing mill, sorry for the late notice!!",
  J("Owen Price", P(1)))
m("nl", "Twee collega's uit de zagerij gaan ons verlaten: Henk Mensink per 31 december (pensioen) en Roy Scholten per 15 januari (eigen bedrijf).",
  L("Henk Mensink", D(2026, 12, 31)), L("Roy Scholten", D(2027, 1, 15)))
m("nl", "Over zes weken begint Maarten de Wit als calculator houtbouw.",
  J("Maarten de Wit", P(42)))
m("en", "Hi, Elena Popova will work for us as a facilities coordinator from 01/03/2027. She'll be based at the Harderwijk yard.",
  J("Elena Popova", D(2027, 3, 1), FC))
m("nl", "Vanaf vandaag werkt Rutger Klaassen niet meer als verkoper binnendienst maar als inkoper tropisch hout.",
  MV("Rutger Klaassen", NOW, None, AM))
m("en", "Dismissed with immediate effect today: Craig Morrison (yard, forklift). He's not allowed on site anymore.",
  L("Craig Morrison", NOW))
m("nl", "Onze accountmanager Ineke Bruggink stopt per 1 maart. Haar laatste werkdag wordt vrijdag 26 februari.",
  L("Ineke Bruggink", ON("vrijdag", D(2027, 2, 26)), AM))

# Part 2 -- a recruitment agency

m("nl", "Hoi!\nMaandag 4 januari start Isa Wagenaar bij ons als intercedent op de vestiging Apeldoorn. Ze heeft een laptop en een telefoon nodig.\nGroetjes, Mandy\nVestigingsmanager",
  J("Isa Wagenaar", ON("maandag", D(2027, 1, 4))))
m("en", "Please set up our new account manager for the logistics clients, Kwame Asante, who starts on Wednesday 6 January.",
  J("Kwame Asante", ON("wednesday", D(2027, 1, 6)), AM))
m("nl", "Recruiter Naomi Hol heeft ontslag genomen, haar laatste dag is 18-12.",
  L("Naomi Hol", D(2026, 12, 18)))
m("en", "Quick one: do the flex workers we place at clients need accounts in our systems? Or only our own staff?",
  none=True)
m("nl", "per 1/2 wordt dewi kartosen (nu intercedent) accountmanager zorg & welzijn",
  MV("Dewi Kartosen", D(2027, 2, 1), AM, None))
m("en", "Our developer of the candidate portal, Marek Dvořák, leaves us on Friday 22 January. Please rotate the API keys.",
  L("Marek Dvořák", ON("friday", D(2027, 1, 22)), SE))
m("nl", "Afgelopen woensdag is recruiter Sharon Pinas bij ons begonnen, maar ze heeft nog steeds geen account. Kan dit vandaag nog geregeld worden?",
  J("Sharon Pinas", P(-1)), past=True)
m("nl", "Vanaf 18 januari 2027 komen er twee accountmanagers bij: Maud Hendrikx voor de techniek en Bilal Ouali voor de bouw.",
  J("Maud Hendrikx", D(2027, 1, 18), AM), J("Bilal Ouali", D(2027, 1, 18), AM))
m("en", "Heads-up: Rebecca Stone is going on maternity leave from 1 January. She'll be back in May.",
  none=True)
m("nl", "Helaas moeten we melden dat onze collega Marja Westerhof zondag is overleden. Ze werkte bij ons op de salarisadministratie.",
  L("Marja Westerhof", P(-4)), past=True)
m("en", "Hi team, Lucas Moreau joins the Breda branch as a recruitment consultant in two weeks.",
  J("Lucas Moreau", P(14)))
m("nl", "Het tijdelijke contract van Kim Swart (office support) loopt af op 31 januari en wordt niet verlengd. Haar laatste werkdag is vrijdag 29 januari.",
  L("Kim Swart", ON("vrijdag", D(2027, 1, 29))))
m("en", "Hello, I write to inform that Mr. Sandeep Kumar will join us as a software engineer from 1 March 2027 for the matching engine.",
  J("Sandeep Kumar", D(2027, 3, 1), SE))
m("nl", "Dag allemaal, Jolien Maes vervoegt op maandag 1 februari ons kantoor in Hasselt als consulente. Mvg, Veerle",
  J("Jolien Maes", ON("maandag", D(2027, 2, 1))))
m("en", "We dismissed Gary Hall today for misuse of candidate data. Close everything straight away please.",
  L("Gary Hall", NOW))
m("nl", "Kunnen jullie het account van Tess aanpassen? Ze gaat vanaf januari 28 uur werken in plaats van 36.",
  none=True)
m("nl", "Per 1 februari gaat Robin Dekkers van de vestiging Zwolle naar de vestiging Deventer, ze blijft accountmanager.",
  MV("Robin Dekkers", D(2027, 2, 1), AM, AM))
m("en", "Start date change: Olga Sokolova starts on Monday 25 January, not on the 11th as I wrote before.",
  J("Olga Sokolova", ON("monday", D(2027, 1, 25))))
m("nl", "In week 4 beginnen bij de backoffice Lisa Brouwer en Meryem Aksoy, allebei op maandag.",
  J("Lisa Brouwer", WK(4)), J("Meryem Aksoy", WK(4)))
m("en", "Our facility coordinator Patrick Doyle is leaving, last day is 23 December.",
  L("Patrick Doyle", D(2026, 12, 23), FC))
m("nl", "Volgende week vrijdag is de laatste werkdag van Rens van Dongen, hij gaat reizen.",
  L("Rens van Dongen", NW("vrijdag")))
m("en", "Welcome to Ayesha Siddiqui, who joins us tomorrow as payroll specialist!",
  J("Ayesha Siddiqui", P(1)))
m("nl", "Onze programmeur Stefan Peeters wordt per 1 april 2027 teamlead data. Geen ontwikkelwerk meer, vooral rapportages.",
  MV("Stefan Peeters", D(2027, 4, 1), None, SE))

# Part 2 -- a golf club

m("nl", "Beste Hanneke,\nGreenkeeper Jelmer Terpstra begint per 1 maart 2027 bij ons op de baan. Hij heeft een telefoon nodig en een sleutel van de machineloods.\nMet sportieve groet,\nRoel Wijnja\nHoofdgreenkeeper",
  J("Jelmer Terpstra", D(2027, 3, 1)))
m("en", "Our golf pro, Callum MacLeod, will be leaving the club after this season; his last day is Sunday 20 December.",
  L("Callum MacLeod", ON("sunday", D(2026, 12, 20))))
m("nl", "Vanaf zaterdag 5 december staat Lars Bergsma achter de bar in het clubhuis, als oproepkracht.",
  J("Lars Bergsma", ON("zaterdag", D(2026, 12, 5))))
m("nl", "Zondag 3 januari is de laatste werkdag van wedstrijdleider Otto Dijkgraaf; hij gaat naar een golfclub in Spanje.",
  L("Otto Dijkgraaf", ON("zondag", D(2027, 1, 3))))
m("nl", "Onze caddymaster Ria Zomer gaat met pensioen, na 22 jaar. Haar laatste dag is woensdag 30 december, daarna komt er een afscheidsborrel.",
  L("Ria Zomer", ON("woensdag", D(2026, 12, 30))))
m("en", "From 1 February, Imke Bosgra, now working at reception, becomes our membership sales manager (new members, corporate packages). She'll be our account manager for the business club.",
  MV("Imke Bosgra", D(2027, 2, 1), AM, None))
m("nl", "hoi, niels de jong (baanmedewerker) heeft vandaag z'n laatste dag, hij gaat naar een hoveniersbedrijf. wil je z'n account per morgen dichtzetten?",
  L("Niels de Jong", NOW))
m("nl", "Helaas is onze oud-hoofdgreenkeeper en nog steeds parttime collega Jan Boelens afgelopen maandag overleden.",
  L("Jan Boelens", P(-3)), past=True)
m("en", "Please welcome Ellie Robinson, our new events coordinator, who starts on Monday the 11th of January.",
  J("Ellie Robinson", ON("monday", D(2027, 1, 11))))
m("nl", "Per 4 januari komen er twee nieuwe baanmedewerkers: Dirk Faber en Sietse Wiersma. Ze hebben allebei een clubpas nodig.",
  J("Dirk Faber", D(2027, 1, 4)), J("Sietse Wiersma", D(2027, 1, 4)))
m("en", "Hello, Mr. Jean-Luc Marchand will be our new facility coordinator (building, clubhouse, maintenance). Start: 18.01.2027.",
  J("Jean-Luc Marchand", D(2027, 1, 18), FC))
m("nl", "De barmedewerker die op 1 januari zou beginnen komt niet; hij heeft een andere baan gevonden. Kunnen jullie de aanvraag voor Kevin Vos intrekken?",
  none=True)
m("nl", "Onze ontwikkelaar van de baan-app, Tijs Verhoeven, stopt per 1 februari. Hij werkte als zzp'er maar heeft overal toegang.",
  L("Tijs Verhoeven", D(2027, 2, 1), SE))
m("en", "We let our assistant greenkeeper Liam Foster go on Monday after repeated no-shows. His access should be revoked.",
  L("Liam Foster", P(-3)), past=True)
m("nl", "Vanaf maandag 1 maart wordt Annelies Haverkamp, nu secretariaat, facilitair coördinator van het clubhuis.",
  MV("Annelies Haverkamp", ON("maandag", D(2027, 3, 1)), FC, None))
m("en", "just so you know: james o'neill starts next week monday in the pro shop as a salesman",
  J("James O'Neill", NW("monday"), AM))
m("nl", "Per 31-01-2027 vertrekt Jeanine van Beek, medewerker ledenadministratie.",
  L("Jeanine van Beek", D(2027, 1, 31)))
m("en", "The junior golf coach, Harriet Lang, starts in three weeks. She'll need a laptop for the lesson planning.",
  J("Harriet Lang", P(21)))
m("nl", "Even ter info: Koos Meijerink gaat vanaf januari minder werken, twee dagen in plaats van vier. Verder verandert er niks.",
  none=True)
m("en", "Two changes in the restaurant: chef Antonio Ricci leaves on 10 January and his sous-chef Jelle Kuipers takes over as head chef from 11 January.",
  L("Antonio Ricci", D(2027, 1, 10)), MV("Jelle Kuipers", D(2027, 1, 11), None, None))
m("nl", "Stagiair Thomas van der Wal (sportkunde) begint 11-1 bij ons en blijft tot eind april.",
  J("Thomas van der Wal", D(2027, 1, 11)))
m("nl", "Dag Nathalie, Kobe Vandamme vervoegt ons team greenkeepers vanaf maandag 15 februari. Mvg, Filip",
  J("Kobe Vandamme", ON("maandag", D(2027, 2, 15))))
m("en", "Mechanic Gary Wilson (he maintains our mowers) retires at the end of February; his last day is Friday the 26th.",
  L("Gary Wilson", ON("friday", D(2027, 2, 26))))
m("nl", "Morgen begint Eline Smit als receptioniste, kan ze nog een account krijgen? Dank je!",
  J("Eline Smit", P(1)))

# Part 2 -- a nature conservation organisation

m("nl", "Hallo,\n\nPer 1 februari start Wessel Brinkman als boswachter in het gebied Veluwe-Noord. Hij krijgt een dienstauto en een telefoon.\n\nVriendelijke groet,\nJudith Aalders\nTeamleider Beheer",
  J("Wessel Brinkman", D(2027, 2, 1)))
m("en", "Our ecologist Dr. Fiona McKenzie leaves us for a university job; her last working day is Thursday 28 January.",
  L("Fiona McKenzie", ON("thursday", D(2027, 1, 28))))
m("nl", "Vanaf maandag 14 december komt Gijs Ottens ons team fondsenwerving versterken als accountmanager bedrijven.",
  J("Gijs Ottens", ON("maandag", D(2026, 12, 14)), AM))
m("nl", "Vraagje: de vrijwillige excursieleiders, moeten die ook een account bij ons hebben om het rooster te zien?",
  none=True)
m("en", "Please set up Ananya Iyer, our new GIS developer for the monitoring database. She starts 1 March.",
  J("Ananya Iyer", D(2027, 3, 1), SE))
m("nl", "Boswachter Hendrik-Jan Koops gaat per 1 januari met pensioen. Zijn laatste werkdag is woensdag 23 december, daarna is hij met verlof.",
  L("Hendrik-Jan Koops", ON("woensdag", D(2026, 12, 23))))
m("nl", "met pijn in ons hart: onze collega joris hazelaar is zaterdag overleden bij een ongeluk tijdens het werk in het bos",
  L("Joris Hazelaar", P(-5)), past=True)
m("en", "Starting Monday 4 January, Mees Verwoerd moves from field work to the visitor centre as its manager.",
  MV("Mees Verwoerd", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Per 18-1 beginnen twee nieuwe medewerkers bij de ledenservice: Fenna Kloosterman en Rachid Bennani.",
  J("Fenna Kloosterman", D(2027, 1, 18)), J("Rachid Bennani", D(2027, 1, 18)))
m("en", "Pieter-Bas Hooijer's contract as project officer ends on 31 December and won't be renewed.",
  L("Pieter-Bas Hooijer", D(2026, 12, 31)))
m("nl", "Onze webdeveloper Anouk Verbeek gaat per 1 april 2027 over naar het team communicatie als contentmarketeer.",
  MV("Anouk Verbeek", D(2027, 4, 1), None, SE))
m("en", "sorry, forgot to announce: Ida Lindgren started on Monday as a communications officer and still has no laptop",
  J("Ida Lindgren", P(-3)), past=True)
m("nl", "De boswachter die we in januari zouden krijgen begint later, waarschijnlijk in het voorjaar. Zodra de datum bekend is laat ik het weten.",
  none=True)
m("en", "Our facilities coordinator for the visitor centres, Malcolm Reed, is leaving; his last day will be 15 January.",
  L("Malcolm Reed", D(2027, 1, 15), FC))
m("nl", "Vanaf woensdag 6 januari werkt Lotte van Wijngaarden bij ons als ecoloog weidevogels.",
  J("Lotte van Wijngaarden", ON("woensdag", D(2027, 1, 6))))
m("en", "Hi! Marta Nowicka joins as a fundraiser (major donors) on the 8th of February.",
  J("Marta Nowicka", D(2027, 2, 8)))
m("nl", "Wim Brouwer, terreinbeheerder, is gisteren ontslagen na een ernstig incident met een machine. Hij mag niet meer op de werven komen.",
  L("Wim Brouwer", P(-1)), past=True)
m("nl", "Over 3 weken begint Sterre Bos als facilitair medewerker op het hoofdkantoor in Zeist.",
  J("Sterre Bos", P(21), FC))
m("nl", "Per 1 januari stapt Femke Lenferink over van de ledenservice naar de fondsenwerving, als accountmanager grote gevers.",
  MV("Femke Lenferink", D(2027, 1, 1), AM, None))
m("nl", "Nieuwe vaste medewerkers in het terreinbeheer, allemaal per 4 januari:\nArjen Stoel\nMaaike Dorenbos\nBerend Nijhof\nGraag pas en telefoon voor alle drie.",
  J("Arjen Stoel", D(2027, 1, 4)), J("Maaike Dorenbos", D(2027, 1, 4)), J("Berend Nijhof", D(2027, 1, 4)))
m("en", "Can you offboard Jonathan Price-Evans? He is our grant writer and his last day is 12 February 2027.",
  L("Jonathan Price-Evans", D(2027, 2, 12)))
m("nl", "Per 1 maart gaat boswachter Evert Schipper van de Veluwe naar de Utrechtse Heuvelrug, zelfde functie.",
  MV("Evert Schipper", D(2027, 3, 1), None, None))
m("en", "We're taking on a new programmer for the bird counting app, Viktor Hansen, from Tuesday 2 February.",
  J("Viktor Hansen", ON("tuesday", D(2027, 2, 2)), SE))
m("nl", "Ellen Vrielink heeft haar ontslag genomen en werkt tot en met 31-12.",
  L("Ellen Vrielink", D(2026, 12, 31)))

# Part 2 -- a medical diagnostic laboratory

m("nl", "Goedemiddag,\nPer maandag 4 januari begint Noortje Veldkamp als analist klinische chemie in het lab in Enschede. Ze werkt in ploegendienst.\nMet vriendelijke groet,\nDr. Marcel Hazeleger\nKlinisch chemicus",
  J("Noortje Veldkamp", ON("maandag", D(2027, 1, 4))))
m("en", "Our LIMS developer, Sebastian Krüger, is leaving; his last day is Friday 15 January. Please rotate the database passwords he knew.",
  L("Sebastian Krüger", ON("friday", D(2027, 1, 15)), SE))
m("nl", "Vanaf volgende week maandag werken twee nieuwe bloedafnemers op de prikpost in Hengelo: Zeynep Kaya en Mirthe Oosterveld.",
  J("Zeynep Kaya", NW("maandag")), J("Mirthe Oosterveld", NW("maandag")))
m("nl", "Onze koerier Sjaak Bouma is gisteren met pensioen gegaan, gisteren was zijn laatste werkdag. Ik was vergeten het door te geven.",
  L("Sjaak Bouma", P(-1)), past=True)
m("nl", "Vanaf 1/2 nemen Gert-Jan Rozendaal en Wendelien Poot de ritten van de koerierdienst over; ze komen allebei bij ons in dienst als koerier.",
  J("Gert-Jan Rozendaal", D(2027, 2, 1)), J("Wendelien Poot", D(2027, 2, 1)))
m("nl", "Per 1 februari wordt Marloes Wijnhoven, nu secretaresse van de medische staf, facilitair coördinator van de drie labs.",
  MV("Marloes Wijnhoven", D(2027, 2, 1), FC, None))
m("en", "Welcome to our new account manager for the GP practices in the region, Thomas Whitfield! He starts on Monday 1 February.",
  J("Thomas Whitfield", ON("monday", D(2027, 2, 1)), AM))
m("nl", "Analist Saskia Lubbers stopt per 1 maart 2027. Haar laatste werkdag is vrijdag 26 februari, ze heeft nog wat vakantiedagen.",
  L("Saskia Lubbers", ON("vrijdag", D(2027, 2, 26))))
m("en", "We dismissed lab technician Jordan Hayes on Tuesday for falsifying results. Please make sure his accounts are closed.",
  L("Jordan Hayes", P(-2)), past=True)
m("nl", "hoi, kun je voor aylin yıldız een account maken? ze begint 14-12 als bloedafnemer, ze komt uit de thuiszorg",
  J("Aylin Yıldız", D(2026, 12, 14)))
m("nl", "Zorgmedewerker Petra Hulshof (begeleiding van patiënten bij de prikpost) begint op 11 januari bij ons.",
  J("Petra Hulshof", D(2027, 1, 11), CW))
m("en", "Our microbiologist Dr. Ingrid Solberg will start on the 1st of March 2027, not on 1 February as previously planned.",
  J("Ingrid Solberg", D(2027, 3, 1)))
m("nl", "Het contract van Robbert Lansink (uitzendkracht logistiek) loopt af, zijn laatste dag is zondag 3 januari.",
  L("Robbert Lansink", ON("zondag", D(2027, 1, 3))))
m("en", "Hi, Femi Adebayo is joining the IT team as a software engineer for our lab integrations from Monday 18 January 2027.",
  J("Femi Adebayo", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Eva Kamphuis komt per 1 februari weer terug na haar bevallingsverlof. Hoeft er iets te gebeuren?",
  none=True)
m("nl", "Per 1 januari gaat Bart Hofstra van de prikpost in Almelo naar de prikpost in Oldenzaal, als zorgmedewerker, net als nu.",
  MV("Bart Hofstra", D(2027, 1, 1), CW, CW))
m("en", "Sad news: our colleague Henk Overbeek, courier for 15 years, passed away last Friday.",
  L("Henk Overbeek", P(-6)), past=True)
m("nl", "Over vier weken start Rosalie Nijenhuis als kwaliteitsmedewerker; ze heeft een laptop nodig met toegang tot de documentenbeheer-app.",
  J("Rosalie Nijenhuis", P(28)))
m("en", "New starter in week 2: Oliver Grant, biomedical analyst, on the Tuesday of that week.",
  J("Oliver Grant", WK(2, "tuesday")))
m("nl", "Onze programmeur Yvonne Snijders wordt per 1 maart functioneel beheerder van het LIMS. Ze schrijft dan zelf geen code meer.",
  MV("Yvonne Snijders", D(2027, 3, 1), None, SE))
m("en", "Could you offboard Leila Haddadi, secretary at the pathology department? She leaves on 31 December.",
  L("Leila Haddadi", D(2026, 12, 31)))
m("nl", "De nieuwe analist die ik vorige week heb aangemeld, Niek Brands, begint toch niet op 4 januari; de datum wordt later bepaald.",
  none=True)
m("nl", "Dag Els, Lore Van den Bossche vervoegt ons labo in Gent als laborante vanaf maandag 11 januari. Mvg, Kris",
  J("Lore Van den Bossche", ON("maandag", D(2027, 1, 11))))
m("en", "Effective immediately, i.e. today, we've ended our cooperation with courier Dean Fletcher. Please block his pass and the app.",
  L("Dean Fletcher", NOW))

# Part 2 -- a publishing house

m("nl", "Beste collega's,\n\nMaandag 1 februari begint Charlotte Heemskerk als redacteur non-fictie. Welkom!\n\nHartelijke groet,\nLiesbeth\nUitgever",
  J("Charlotte Heemskerk", ON("maandag", D(2027, 2, 1))))
m("en", "Our rights manager, Sophie Beaumont, leaves us at the end of January. Her last day is the 29th.",
  L("Sophie Beaumont", D(2027, 1, 29)))
m("nl", "Vertegenwoordiger Ruud Spijkers gaat per 1 januari met pensioen, na 35 jaar de boekhandels in het zuiden te hebben bezocht.",
  L("Ruud Spijkers", D(2027, 1, 1), AM))
m("nl", "kan iemand checken of de nieuwe vormgever al een account heeft? ik weet z'n achternaam niet, hij heet jan en begint maandag",
  none=True)
m("en", "Please set up an account for Benedict Clarke, our new developer for the e-book platform; he starts on 4/1.",
  J("Benedict Clarke", D(2027, 1, 4), SE))
m("nl", "Per 1 maart wordt Hanna Lindeman, nu bureauredacteur, accountmanager voor de scholen en bibliotheken.",
  MV("Hanna Lindeman", D(2027, 3, 1), AM, None))
m("en", "We said goodbye to our typesetter Ronald Kemp this morning - dismissed for cause. His access must be shut off today.",
  L("Ronald Kemp", NOW))
m("nl", "Tot ons verdriet is onze oud-hoofdredacteur en huidige adviseur mr. Pieter van den Akker gisteravond overleden.",
  L("Pieter van den Akker", P(-1)), past=True)
m("en", "Hi, our two interns in marketing start on Monday the 1st of February: Lina Berg and Matteo Conti.",
  J("Lina Berg", ON("monday", D(2027, 2, 1))), J("Matteo Conti", D(2027, 2, 1)))
m("nl", "Onze facilitair medewerker Gerard Hoek vertrekt naar een andere uitgeverij. Laatste dag: dinsdag 22 december.",
  L("Gerard Hoek", ON("dinsdag", D(2026, 12, 22)), FC))
m("en", "From 11 January Hannah Schultz becomes editor-in-chief of the children's list; she's currently an editor in the same team.",
  MV("Hannah Schultz", D(2027, 1, 11), None, None))
m("nl", "Sander Gerritsen begint over twee weken als productiemedewerker (drukwerkinkoop).",
  J("Sander Gerritsen", P(14)))
m("en", "Correction to yesterday's message: the last day of Paula Reyes is 8 January, not 15 January.",
  L("Paula Reyes", D(2027, 1, 8)))
m("nl", "Even melden: Marleen Oudshoorn is vanaf januari met sabbatical, een half jaar. Ze komt daarna terug.",
  none=True)
m("en", "Per 1 April 2027 we welcome a new sales representative for Belgium, Maxime Dubois.",
  J("Maxime Dubois", D(2027, 4, 1), AM))
m("nl", "Afgelopen zondag is Teun Hazebroek, verkoper in onze boekwinkel aan de Oudegracht, op staande voet ontslagen. Hij had geld uit de kassa genomen.",
  L("Teun Hazebroek", P(-4), AM), past=True)
m("en", "Hello, Ms. Priya Nair will be our new editorial assistant starting on the 7th of December. Sorry this is so late!",
  J("Priya Nair", D(2026, 12, 7)))
m("nl", "Per 4-1 gaan Fleur Dekker en Wouter Zandbergen over van de redactie van het tijdschrift naar de boekenredactie; ze blijven allebei redacteur.",
  MV("Fleur Dekker", D(2027, 1, 4), None, None), MV("Wouter Zandbergen", D(2027, 1, 4), None, None))
m("nl", "Luisterboekproducent Joel Andersson verlaat ons per 26 maart 2027.",
  L("Joel Andersson", D(2027, 3, 26)))
m("nl", "Volgende week dinsdag begint Merel Dijkhuizen bij ons als marketeer jeugdboeken.",
  J("Merel Dijkhuizen", NW("dinsdag")))
m("en", "The new editor we hired for the poetry list won't come after all - she accepted a counter-offer. Please stop the onboarding.",
  none=True)
m("nl", "Onze ontwikkelaar Ahmed el Khatib heeft ontslag genomen. Zijn laatste werkdag is 12-02-2027.",
  L("Ahmed el Khatib", D(2027, 2, 12), SE))
m("en", "tomorrow is Hugo Verstappen's first day as our new office manager - can you make sure he can log in?",
  J("Hugo Verstappen", P(1)))

# Part 2 -- a language school

m("nl", "Hoi Petra,\nPer maandag 4 januari start Marieke Zuiderveld als docent NT2 op onze locatie in Arnhem. Ze geeft de inburgeringscursussen.\nGroet,\nHans\nOnderwijsmanager",
  J("Marieke Zuiderveld", ON("maandag", D(2027, 1, 4))))
m("en", "Our Spanish teacher Alejandra Gómez Ruiz is leaving us at the end of the term; her last lesson and last day is Friday 18 December.",
  L("Alejandra Gómez Ruiz", ON("friday", D(2026, 12, 18))))
m("nl", "Vanaf 1 februari hebben we een verkoper voor de incompanytrainingen: Joost Brinkhorst. Hij gaat bij bedrijven langs.",
  J("Joost Brinkhorst", D(2027, 2, 1), AM))
m("en", "Do freelance teachers who give one evening course per week need an account, or can they use the shared teacher login?",
  none=True)
m("nl", "cursusadviseur mila jacobs stopt, ze heeft vandaag haar laatste dag gehad. vanaf morgen is ze weg",
  L("Mila Jacobs", NOW))
m("en", "Hello, I am happy to announce that Mrs. Oksana Bondarenko will start by us as Ukrainian and Russian teacher on 11.01.2027.",
  J("Oksana Bondarenko", D(2027, 1, 11)))
m("nl", "Per 1 januari wordt Erwin Lamers, nu docent Engels, coördinator van de taalcursussen voor bedrijven.",
  MV("Erwin Lamers", D(2027, 1, 1), None, None))
m("en", "We ended the contract of our receptionist Chloe Evans today during her probation period. Please revoke her access.",
  L("Chloe Evans", NOW))
m("nl", "Onze softwareontwikkelaar Dennis Huijbregts (leerplatform) vertrekt per 1 maart 2027. Zijn laatste werkdag is vrijdag 26 februari.",
  L("Dennis Huijbregts", ON("vrijdag", D(2027, 2, 26)), SE))
m("en", "Two new Dutch teachers join the Utrecht location on Monday 11 January: Bas Rutgers and Ilse de Kock.",
  J("Bas Rutgers", ON("monday", D(2027, 1, 11))), J("Ilse de Kock", D(2027, 1, 11)))
m("nl", "Met verdriet melden we dat onze docent Frans, Jean-Pierre Lefort, vorige week donderdag is overleden.",
  L("Jean-Pierre Lefort", LW("donderdag")), past=True)
m("en", "Please set up Aiko Watanabe, our new facilities coordinator for the three locations, who starts the day after tomorrow (Saturday) so she can help with our open day.",
  J("Aiko Watanabe", P(2), FC))
m("nl", "Dag Ann, Sien Verhaegen vervoegt op 1 februari ons team in Leuven als lesgeefster Nederlands. Gelieve haar account aan te maken. Mvg, Johan",
  J("Sien Verhaegen", D(2027, 2, 1)))
m("nl", "Karin Bolk gaat vanaf januari met onbetaald verlof, drie maanden. Moet haar account blijven bestaan?",
  none=True)
m("en", "Our account manager for corporate clients, Daniel Fraser, leaves on Wednesday 20 January; his successor will follow later.",
  L("Daniel Fraser", ON("wednesday", D(2027, 1, 20)), AM))
m("nl", "Per 11 januari komt Youssef El Amrani ons versterken als programmeur voor de toetsapp.",
  J("Youssef El Amrani", D(2027, 1, 11), SE))
m("en", "Update: Nora Lindholm will not start on 4 January but a week later, on Monday 11 January.",
  J("Nora Lindholm", ON("monday", D(2027, 1, 11))))
m("nl", "Docent Duits Kathrin Vogel gaat per 1 januari van onze vestiging in Nijmegen naar de vestiging in Arnhem; zelfde baan.",
  MV("Kathrin Vogel", D(2027, 1, 1), None, None))
m("nl", "In week 3 begint Lucas Tjoa bij ons als planner van de cursusroosters, op maandag.",
  J("Lucas Tjoa", WK(3)))
m("en", "Hi! Emre Doğan (evening receptionist) finishes with us in five weeks. He's moving to Germany.",
  L("Emre Doğan", P(35)))
m("nl", "Onze facilitair medewerker Henny Zwiers wordt per 1 maart facilitair coördinator en gaat dan ook de locatie Ede doen.",
  MV("Henny Zwiers", D(2027, 3, 1), FC, FC))
m("en", "We hired two language coaches who will start in February; I'll send their names when the contracts are back.",
  none=True)
m("nl", "Afgelopen dinsdag is Ingmar Velthuis begonnen als docent Engels in Zwolle. Hij kan nog niet inloggen op het leerplatform.",
  J("Ingmar Velthuis", P(-2)), past=True)
m("nl", "Op maandag 18 januari beginnen Sarita Ramdin en Koen Wuyts als docent inburgering in Almere.",
  J("Sarita Ramdin", ON("maandag", D(2027, 1, 18))), J("Koen Wuyts", D(2027, 1, 18)))
m("en", "Please offboard our teacher Margaret O'Brien, who retires. Her last day is the 23rd of December.",
  L("Margaret O'Brien", D(2026, 12, 23)))
m("nl", "Vanaf 1 maart wordt Thijs Hoogland, nu verkoper incompany, onderwijsmanager in Amersfoort.",
  MV("Thijs Hoogland", D(2027, 3, 1), None, AM))
m("nl", "Voor de intensieve wintercursus hebben we drie invaldocenten van 4 t/m 22 januari: Roos Haverkamp, Wiebe Dijkstra en Ayla Demir.",
  J("Roos Haverkamp", D(2027, 1, 4)), J("Wiebe Dijkstra", D(2027, 1, 4)), J("Ayla Demir", D(2027, 1, 4)))
m("en", "Our developer of the placement test, Kasper Holm, becomes head of IT from 1 March 2027; he'll manage the team instead of writing code.",
  MV("Kasper Holm", D(2027, 3, 1), None, SE))


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
