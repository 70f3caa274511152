"""Blind-15: managers' announcements written by hand, one at a time (session 25).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-14's gen.py) only turn the date a reader means into a calendar date counted from
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
# Part 1 (k001-k150): a trucking company, childcare (kinderopvang), car dealerships, a
# museum, a secondary school, a real-estate agency, a festival organiser, home care

# --- trucking company
m("nl", "Hoi, per 1 januari komt er een nieuwe chauffeur bij: Gerrit-Jan Postma. CE-rijbewijs en code 95 zijn in orde. Kun je een tankpas en een telefoon regelen?",
  J("Gerrit-Jan Postma", D(2027, 1, 1)))
m("en", "Planner needed in the system: Oksana Kovalenko starts Monday 14 December as transport planner (international). Thanks!",
  J("Oksana Kovalenko", ON("monday", D(2026, 12, 14))))
m("nl", "Chauffeur Henk Brouwer gaat met pensioen, laatste rit op vrijdag 18 december. Hij krijgt nog een afscheid bij de loods.",
  L("Henk Brouwer", ON("friday", D(2026, 12, 18))))
m("nl", "dennis ter horst begint maandag op de loods als heftruckchauffeur",
  J("Dennis ter Horst", WD("monday")))
m("en", "Good morning, from agency we send driver Paweł Wiśniewski, he can begin on 08.12.2026 in the night shift.\nRegards, Marta / FlexDrive",
  J("Paweł Wiśniewski", D(2026, 12, 8)))
m("nl", "Ik moet helaas melden dat onze collega Johan Mulder (chauffeur distributie) afgelopen dinsdag is overleden. De uitvaart is volgende week.",
  L("Johan Mulder", P(-2)), past=True)
m("en", "Can you check whether the offboarding for Rik is already running? I sent it last week.",
  none=True)
m("nl", "Ricardo Gomes da Silva gaat per 4 januari van planner naar accountmanager voor de koeltransporten.",
  MV("Ricardo Gomes da Silva", D(2027, 1, 4), "account-manager", None))
m("nl", "Wegens diefstal van brandstof is chauffeur Marco Veldkamp gisteren op staande voet ontslagen. Pas en tankkaart graag direct blokkeren.",
  L("Marco Veldkamp", P(-1)), past=True)
m("en", "Hi team, two new drivers for the Venlo depot next week: Tomasz Nowak on Monday and Florin Popescu on Wednesday.",
  J("Tomasz Nowak", NW("monday")), J("Florin Popescu", NW("wednesday")))
m("nl", "Het tijdelijke contract van magazijnmedewerker Bas Hendriks loopt af op 31 december en wordt niet verlengd.",
  L("Bas Hendriks", D(2026, 12, 31)))
m("en", "Our new developer for the planning software, Kwame Mensah, will join on the 11th of January.",
  J("Kwame Mensah", D(2027, 1, 11), "software-engineer"))
m("nl", "Vraagje: moet ik voor een uitzendkracht ook een melding doen of regelt het uitzendbureau de pas?",
  none=True)
m("nl", "Wim van 't Hek (wagenparkbeheerder) vertrekt naar een andere werkgever. Zijn laatste werkdag is 29 januari.",
  L("Wim van 't Hek", D(2027, 1, 29)))
m("en", "FYI: Yusuf Demirci moves from the Rotterdam depot to Venlo, same job (driver), from 1 February.",
  MV("Yusuf Demirci", D(2027, 2, 1), None, None))
m("nl", "Dag collega's, vanaf maandag 11 januari vervoegt Jens Vermeulen onze dispatching in Genk. Gelieve zijn account en gsm klaar te zetten.\nGroetjes, Ann",
  J("Jens Vermeulen", ON("monday", D(2027, 1, 11))))
m("en", "Lars Bakker handed in his notice, his last working day will be Friday the 15th of January.",
  L("Lars Bakker", ON("friday", D(2027, 1, 15))))
m("nl", "Kun je de start van Sanne Kuipers annuleren? Ze heeft toch voor een ander bedrijf gekozen.",
  none=True)
m("nl", "Per week 2 begint Mohamed el Idrissi als planner op de nachtdienst.",
  J("Mohamed el Idrissi", WK(2)))
m("en", "Morning! Just so you know, the new facilities coordinator for the head office, Petra Lindqvist, starts next Tuesday.",
  J("Petra Lindqvist", WD("tuesday"), "facility-coordinator"))

# --- childcare (kinderopvang)
m("nl", "Goedemorgen, per 1 februari start Lotte de Bruijn als pedagogisch medewerker op locatie De Boomhut.",
  J("Lotte de Bruijn", D(2027, 2, 1)))
m("nl", "Fatima Azzouzi (PM babygroep) gaat met zwangerschapsverlof vanaf 18 december.",
  none=True)
m("en", "Hello, I'm the location manager of KDV Zonnestraal. Our cook Marieke Dijkstra resigned, she works until 22 December.",
  L("Marieke Dijkstra", D(2026, 12, 22)))
m("nl", "Nieuwe collega's BSO De Vliegeraar: Iris Smit (ma 7/12), Daan Verhoeven (wo 9/12) en Noor Yilmaz (vr 11/12). Alle drie pedagogisch medewerker.",
  J("Iris Smit", ON("monday", D(2026, 12, 7))), J("Daan Verhoeven", ON("wednesday", D(2026, 12, 9))),
  J("Noor Yilmaz", ON("friday", D(2026, 12, 11))))
m("nl", "Anouk Verbeek wordt per 1 januari locatiemanager van De Boomhut; ze is nu nog pedagogisch medewerker bij De Vlinder.",
  MV("Anouk Verbeek", D(2027, 1, 1), None, None))
m("en", "Please offboard Sophie Janssen-Willems, pedagogical employee, last day Thursday 31 December.",
  L("Sophie Janssen-Willems", ON("thursday", D(2026, 12, 31))))
m("nl", "Stagiaire Yasmina Bouzid (MBO pedagogisch werk) begint 11-01 en blijft tot de zomer.",
  J("Yasmina Bouzid", MD(1, 11)))
m("nl", "Ik heb iemand voor de peutergroep gevonden: Hatice Aydın begint 1 februari, 24 uur per week.",
  J("Hatice Aydın", D(2027, 2, 1)))
m("en", "Our facilitair medewerker Ronald Koster is moving to the central office as facility coordinator from 4 January.",
  MV("Ronald Koster", D(2027, 1, 4), "facility-coordinator", "facility-coordinator"))
m("nl", "Helaas is Evelien Bos (PM peutergroep) per direct ontslagen, vandaag was haar laatste dag.",
  L("Evelien Bos", NOW))
m("nl", "Kees-Jan Scholten komt vanaf maandag 4 januari de administratie van de kinderopvang doen (32 uur).",
  J("Kees-Jan Scholten", ON("monday", D(2027, 1, 4))))
m("en", "Hi! Correction to my message of this morning: Jade Peeters starts on 15 December, not the 14th.",
  J("Jade Peeters", D(2026, 12, 15)))
m("nl", "Beste,\n\nIne Claes, kinderbegeleidster in onze crèche te Mechelen, stopt op 8 januari.\n\nMet vriendelijke groeten,\nHilde Wouters – verantwoordelijke",
  L("Ine Claes", D(2027, 1, 8)))
m("en", "Gijs van den Brink starts in two weeks as a developer on our parent app.",
  J("Gijs van den Brink", P(14), "software-engineer"))
m("nl", "De invalkracht Chantal Meijer begint over twee weken bij BSO De Kikker, tijdelijk voor 3 maanden.",
  J("Chantal Meijer", P(14)))
m("nl", "Het contract van Wendy Mol verlengen we tot 1 juli, ze blijft dus gewoon.",
  none=True)
m("en", "Heads up: Naima Haddou leaves us on 31 January. She is going back to study.",
  L("Naima Haddou", D(2027, 1, 31)))
m("nl", "Roos Hoekstra stopt als PM'er en gaat per 1 maart bij ons op het hoofdkantoor werken als planner.",
  MV("Roos Hoekstra", D(2027, 3, 1), None, None))
m("en", "The kitchen help Ilse Vos and the cleaner Margreet Bakker-Oosterhuis both stop on the last day of December.",
  L("Ilse Vos", D(2026, 12, 31)), L("Margreet Bakker-Oosterhuis", D(2026, 12, 31)))
m("nl", "Op 7 januari start Thijs Wouda als groepshulp op de babygroep.",
  J("Thijs Wouda", D(2027, 1, 7)))

# --- car dealerships
m("nl", "Per 1 januari komt er een nieuwe verkoper bij in de showroom in Amersfoort: Joost Lammers.",
  J("Joost Lammers", D(2027, 1, 1), "account-manager"))
m("en", "Hi, new workshop technician (APK keurmeester) Erwin Hulst starts Monday, can you arrange a laptop for the diagnosis software?",
  J("Erwin Hulst", WD("monday")))
m("nl", "Kevin Ooms (werkplaats) heeft ontslag genomen, laatste werkdag vrijdag 8 januari.",
  L("Kevin Ooms", ON("friday", D(2027, 1, 8))))
m("en", "Please note that our workshop manager Dirk-Jan Schouten passed away on Tuesday. We are all shocked.",
  L("Dirk-Jan Schouten", P(-2)), past=True)
m("nl", "Sales team Utrecht: Laura Brouwers gaat vanaf 1 februari van lease-verkoop naar de fleet-afdeling, nog steeds als accountmanager.",
  MV("Laura Brouwers", D(2027, 2, 1), "account-manager", "account-manager"))
m("en", "Starting 11 January, Ahmed Benjelloun will join us as service advisor at the Peugeot dealership in Breda.",
  J("Ahmed Benjelloun", D(2027, 1, 11)))
m("nl", "Kunnen jullie alvast het account van de nieuwe magazijnman aanmaken? Naam weet ik nog niet, hij begint in januari.",
  none=True)
m("nl", "jelle de wit stopt eind deze maand als poetser",
  L("Jelle de Wit", D(2026, 12, 31)))
m("en", "Hello together,\non 1.2.2027 begins Herr Matthias Krüger as Werkstattleiter in Venlo.\nMany greetings, Udo",
  J("Matthias Krüger", D(2027, 2, 1)))
m("nl", "Bart Jacobs is afgelopen maandag in zijn proeftijd ontslagen; dat was ook zijn laatste dag.",
  L("Bart Jacobs", P(-3)), past=True)
m("en", "Two new car salesmen for Audi Zwolle from 4/1: Stefan Visser and Ruben Koopman.",
  J("Stefan Visser", D(2027, 1, 4), "account-manager"), J("Ruben Koopman", D(2027, 1, 4), "account-manager"))
m("nl", "Wijziging: Hanneke Groot begint niet op 4 januari maar al op maandag 28 december als receptioniste.",
  J("Hanneke Groot", ON("monday", D(2026, 12, 28))))
m("en", "Hi, new parts specialist for the Kia dealer: Gabriel Santos, he is with us from the 7th of December.",
  J("Gabriel Santos", D(2026, 12, 7)))
m("nl", "Onze schadehersteller Ali Çelik gaat per 1 maart als werkplaatschef naar onze vestiging in Deventer.",
  MV("Ali Çelik", D(2027, 3, 1), None, None))
m("en", "Sadly we have to let go of our lot attendant Tyrone Jackson, last day is tomorrow.",
  L("Tyrone Jackson", P(1)))
m("nl", "Melding nieuwe medewerker\nNaam: Saskia van der Veen-Prins\nFunctie: administratief medewerker\nStartdatum: 2027-01-18\nVestiging: Apeldoorn",
  J("Saskia van der Veen-Prins", D(2027, 1, 18)))
m("en", "Hi, Pieter-Bas Mulders joins as a CRM developer (Salesforce) on December 21.",
  J("Pieter-Bas Mulders", D(2026, 12, 21), "software-engineer"))
m("nl", "Marcel Terpstra gaat na 32 jaar met pensioen. Zijn laatste werkdag is donderdag 28 januari.",
  L("Marcel Terpstra", ON("thursday", D(2027, 1, 28))))
m("nl", "Hallo, Wout Maes komt bij ons als carrosseriehersteller vanaf 4 januari. Kan zijn badge tegen dan in orde zijn?\nMvg, Griet",
  J("Wout Maes", D(2027, 1, 4)))
m("en", "The contract of our trainee mechanic Sem Dekker ends on 15 January, he will not stay.",
  L("Sem Dekker", D(2027, 1, 15)))

# --- museum
m("nl", "Vanaf 1 februari versterkt Maartje Hofstede ons als conservator moderne kunst.",
  J("Maartje Hofstede", D(2027, 2, 1)))
m("en", "Dear HR,\n\nPlease be informed that our head of collections, Dr. Amelia Whitfield, will retire on 31 March 2027.\n\nKind regards,\nThe Director",
  L("Amelia Whitfield", D(2027, 3, 31)))
m("nl", "Voor de wintertentoonstelling beginnen volgende week dinsdag drie nieuwe suppoosten: Gerda Willemsen, Hamid Rahimi en Jolien Peeters.",
  J("Gerda Willemsen", NW("tuesday")), J("Hamid Rahimi", NW("tuesday")), J("Jolien Peeters", NW("tuesday")))
m("en", "Hi, the museum shop's cashier Bettina Schulz stops on 24/12.",
  L("Bettina Schulz", D(2026, 12, 24)))
m("nl", "Educatiemedewerker Thomas de Groot gaat per 1 januari naar de afdeling collectiebeheer als registrar.",
  MV("Thomas de Groot", D(2027, 1, 1), None, None))
m("en", "Question: do volunteers (vrijwilligers) at the museum also get an account? We have about 40 of them.",
  none=True)
m("nl", "Onze webontwikkelaar Niels Verhagen vertrekt; zijn laatste dag is 15 januari.",
  L("Niels Verhagen", D(2027, 1, 15), "software-engineer"))
m("en", "We have hired Chiara Bianchi as restorer (paintings); she starts on Monday January 4th.",
  J("Chiara Bianchi", ON("monday", D(2027, 1, 4))))
m("nl", "Beveiliger Ronald Pieters (extern, via G4S) stopt bij ons op 11 december, zijn opvolger volgt nog.",
  L("Ronald Pieters", D(2026, 12, 11)))
m("nl", "Vandaag is onze nieuwe facilitair coördinator begonnen: Joke Brinkman! Kunnen jullie haar pas nog activeren?",
  J("Joke Brinkman", NOW, "facility-coordinator"))
m("en", "Mark Adeyemi, currently our AV technician, will take over as facilities coordinator starting 1 February.",
  MV("Mark Adeyemi", D(2027, 2, 1), "facility-coordinator", None))
m("nl", "De tijdelijke aanstelling van projectmedewerker Linde Vos eindigt per 28 februari.",
  L("Linde Vos", D(2027, 2, 28)))
m("en", "Please cancel the onboarding for Dieter Hahn, he won't come after all.",
  none=True)
m("nl", "Wouter Smeets en Ellen Vroom (beiden suppoost) gaan 1 januari over naar de museumwinkel.",
  MV("Wouter Smeets", D(2027, 1, 1), None, None), MV("Ellen Vroom", D(2027, 1, 1), None, None))
m("en", "Greetings! I write to inform that Mr. Rajesh Iyer is joining the digitisation project from 7th December as a photographer.",
  J("Rajesh Iyer", D(2026, 12, 7)))
m("nl", "Per maandag 1 maart start Eline Ruiter als hoofd marketing & communicatie.",
  J("Eline Ruiter", ON("monday", D(2027, 3, 1))))
m("en", "Our gallery attendant Olga Petrenko is leaving us at the end of the exhibition, that is on 10 January.",
  L("Olga Petrenko", D(2027, 1, 10)))
m("nl", "Gisteren is Hans van Dongen begonnen als collectiebeheerder; ik was vergeten hem aan te melden, sorry!",
  J("Hans van Dongen", P(-1)), past=True)

# --- secondary school
m("nl", "Beste, per 1 februari komt er een nieuwe docent wiskunde: Erik-Jan van Beek. Hij krijgt een laptop en toegang tot Magister.",
  J("Erik-Jan van Beek", D(2027, 2, 1)))
m("nl", "Mevrouw Nadia El Amrani, docent Frans, vertrekt na de kerstvakantie naar een school in Utrecht. Haar laatste werkdag is vrijdag 18 december.",
  L("Nadia El Amrani", ON("friday", D(2026, 12, 18))))
m("en", "Hi, our TOA (lab technician) Frank Meijers goes on sabbatical from January for six months.",
  none=True)
m("nl", "Teamleider onderbouw wordt per 4 januari Ingrid Kok, nu nog docent biologie.",
  MV("Ingrid Kok", D(2027, 1, 4), None, None))
m("nl", "De conciërge van de locatie Zuid, Piet Hermans, is op 30 november overleden.",
  L("Piet Hermans", D(2026, 11, 30)), past=True)
m("en", "New ICT coordinator starting Monday 11 January: Bram Oosterveld.",
  J("Bram Oosterveld", ON("monday", D(2027, 1, 11))))
m("nl", "Invaller geschiedenis: Sevda Kaya, van 7 december tot de voorjaarsvakantie.",
  J("Sevda Kaya", D(2026, 12, 7)))
m("nl", "Graag het account van Mike Verbruggen blokkeren, hij is per vandaag ontslagen.",
  L("Mike Verbruggen", NOW))
m("en", "Correction: Hélène Dubois (French language assistant) leaves on 22 January instead of 29 January.",
  L("Hélène Dubois", D(2027, 1, 22)))
m("nl", "Hoi, is de aanmelding van de nieuwe gymdocent al binnen? Ik heb hem vorige week gestuurd.",
  none=True)
m("nl", "Onze roostermaker Albert Visscher gaat met pensioen per 1 maart; laatste werkdag 26 februari.",
  L("Albert Visscher", D(2027, 2, 26)))
m("en", "Two student teachers (LIO) join the science department on the 4th of January: Merel Dam and Jesse Wolters.",
  J("Merel Dam", D(2027, 1, 4)), J("Jesse Wolters", D(2027, 1, 4)))
m("nl", "Ivo Kramer stopt als docent informatica en wordt per 1 januari ontwikkelaar bij onze ICT-afdeling.",
  MV("Ivo Kramer", D(2027, 1, 1), "software-engineer", None))
m("en", "Please set up accounts for the new receptionist, Marloes Hendriksen, who starts on Wednesday the 6th of January.",
  J("Marloes Hendriksen", ON("wednesday", D(2027, 1, 6))))
m("nl", "Beste,\nvanaf 1 februari vervoegt leerkracht Nederlands Lore Van den Bossche ons lerarenkorps.\nAlvast bedankt,\nDirectie Sint-Jozefscollege",
  J("Lore Van den Bossche", D(2027, 2, 1)))
m("nl", "Zorgcoördinator Marijke Prins en mentor Stijn Boer wisselen per 1 januari van locatie (Noord ↔ Zuid).",
  MV("Marijke Prins", D(2027, 1, 1), None, None), MV("Stijn Boer", D(2027, 1, 1), None, None))
m("en", "The maths teacher Jan-Willem Kuiper has been dismissed; his last day was last Friday.",
  L("Jan-Willem Kuiper", P(-6)), past=True)
m("nl", "Per 1 januari gaat administratief medewerker Tineke Bakker naar de leerlingenadministratie van locatie Noord.",
  MV("Tineke Bakker", D(2027, 1, 1), None, None))
m("nl", "Op maandag 18 januari begint Rachid Ouali als onderwijsassistent bij de techniekafdeling.",
  J("Rachid Ouali", ON("monday", D(2027, 1, 18))))
m("en", "Heads-up, Diana Popa (Romanian teacher, exchange) leaves on Friday, 22/01.",
  L("Diana Popa", ON("friday", D(2027, 1, 22))))

# --- real-estate agency
m("nl", "Per 1 januari begint Jeroen van Wijk als makelaar-taxateur bij ons kantoor in Haarlem.",
  J("Jeroen van Wijk", D(2027, 1, 1)))
m("en", "Hi! Welcome aboard to our new lettings negotiator, Priya Raman, from Monday.",
  J("Priya Raman", WD("monday")))
m("nl", "Commercieel medewerker binnendienst Esther Ploeg stopt per 1 februari; laatste werkdag is vrijdag 29 januari.",
  L("Esther Ploeg", ON("friday", D(2027, 1, 29))))
m("nl", "Danny Bos en Linda Bos-de Jong (geen familie 😉) beginnen allebei op 11 januari als assistent-makelaar.",
  J("Danny Bos", D(2027, 1, 11)), J("Linda Bos-de Jong", D(2027, 1, 11)))
m("en", "Sorry for the late notice: our office manager Caroline Fitzgerald resigned and worked her last day yesterday.",
  L("Caroline Fitzgerald", P(-1)), past=True)
m("nl", "Renée Schipper komt ons team versterken als binnendienstmedewerker verhuur, startdatum maandag 7 december.",
  J("Renée Schipper", ON("monday", D(2026, 12, 7))))
m("en", "Ruud Hoogendoorn (valuer) moves from our Amsterdam office to Amstelveen per 1 February, same role.",
  MV("Ruud Hoogendoorn", D(2027, 2, 1), None, None))
m("nl", "Vanaf 15 december gaat Tamara Smulders als accountmanager projectontwikkeling aan de slag.",
  J("Tamara Smulders", D(2026, 12, 15), "account-manager"))
m("en", "Our property photographer Luca Romano finishes on 19/12 (freelance contract ends).",
  L("Luca Romano", D(2026, 12, 19)))
m("nl", "Nieuwe stagiair per 4/1: Koen Arts (HBO vastgoed). Hij zit bij de verhuur.",
  J("Koen Arts", D(2027, 1, 4)))
m("en", "Joris van Leeuwen, now one of our makelaars, takes over as branch manager in Leiden from 1 March.",
  MV("Joris van Leeuwen", D(2027, 3, 1), None, None))
m("nl", "Jammer nieuws: Sandra Verschoor heeft ontslag genomen en werkt nog tot en met 15 januari.",
  L("Sandra Verschoor", D(2027, 1, 15)))
m("en", "Please onboard Zeynep Arslan (rental administrator) starting Monday December 14.",
  J("Zeynep Arslan", ON("monday", D(2026, 12, 14))))
m("nl", "Ik wil graag Gert-Jan Hoek afmelden, hij gaat met pensioen. Laatste werkdag: 31-12-2026.",
  L("Gert-Jan Hoek", D(2026, 12, 31)))
m("en", "We hired a developer for our listings website, Tobias Lind - he starts 2027-02-01.",
  J("Tobias Lind", D(2027, 2, 1), "software-engineer"))
m("nl", "Het dienstverband van Ferdinand Claassen eindigt op 31 januari in onderling overleg.",
  L("Ferdinand Claassen", D(2027, 1, 31)))
m("en", "Start of Aisha Okafor moves from 4 January to 11 January.",
  J("Aisha Okafor", D(2027, 1, 11)))
m("nl", "Taxateur Hidde Kamphuis wordt per 1 januari teamleider taxaties.",
  MV("Hidde Kamphuis", D(2027, 1, 1), None, None))

# --- festival organiser
m("en", "Hey! Our new production assistant Lieke Brandsma starts on Monday the 11th of January.",
  J("Lieke Brandsma", ON("monday", D(2027, 1, 11))))
m("nl", "Vanaf 1 februari hebben we een nieuwe ticketingmanager: Job Heemskerk.",
  J("Job Heemskerk", D(2027, 2, 1)))
m("en", "Stagehands for the winter festival (via crew agency), first day Friday 18 December: Mo Abdi, Kai Jansen, Lucas Ferreira.",
  J("Mo Abdi", ON("friday", D(2026, 12, 18))), J("Kai Jansen", ON("friday", D(2026, 12, 18))),
  J("Lucas Ferreira", ON("friday", D(2026, 12, 18))))
m("nl", "Sponsorwerving: Vera Mulder (accountmanager partners) vertrekt per 1 maart naar een concurrent.",
  L("Vera Mulder", D(2027, 3, 1), "account-manager"))
m("en", "Our long-time stage manager Colm O'Reilly is leaving after this season; his last day with us is 30 January.",
  L("Colm O'Reilly", D(2027, 1, 30)))
m("nl", "Sven Dijkman, onze front-end developer, stopt op 22 december.",
  L("Sven Dijkman", D(2026, 12, 22), "software-engineer"))
m("en", "Production manager Hannah Okonkwo will be site manager of the new festival terrain starting 1 April.",
  MV("Hannah Okonkwo", D(2027, 4, 1), None, None))
m("nl", "Gisteravond is onze hoofd techniek, Arjan Lubbers, onverwacht overleden na een hartstilstand.",
  L("Arjan Lubbers", P(-1)), past=True)
m("en", "Please arrange access for Maud Vermeer (marketing intern) - she starts on 5/1.",
  J("Maud Vermeer", D(2027, 1, 5)))
m("nl", "Kun je zien of Ties Hoeksema al een laptop heeft? Hij is vorige week begonnen.",
  none=True)
m("en", "Leaving: Benjamin Cohen, finance controller, last day Thursday 7 January.",
  L("Benjamin Cohen", ON("thursday", D(2027, 1, 7))))
m("nl", "Per maandag 4 januari komt Fleur van Houten als facilitair medewerker op ons kantoor.",
  J("Fleur van Houten", ON("monday", D(2027, 1, 4)), "facility-coordinator"))
m("en", "Olivier Lefèvre joins the booking team next week Wednesday.",
  J("Olivier Lefèvre", NW("wednesday")))
m("nl", "Eén van onze programmeurs, Dewi Kartika, gaat vanaf 1 januari als scrum master werken.",
  MV("Dewi Kartika", D(2027, 1, 1), None, "software-engineer"))
m("en", "Our volunteer coordinator Grace Mwangi's contract ends at the end of February.",
  L("Grace Mwangi", D(2027, 2, 28)))
m("nl", "Graag een account voor Nick Scholtens (logistiek medewerker), start 8 december.",
  J("Nick Scholtens", D(2026, 12, 8)))
m("en", "FYI - the start of Pim Vlaar has been postponed indefinitely, please put it on hold.",
  none=True)

# --- home care (thuiszorg)
m("nl", "Per 1 januari start Wilma Evers als verzorgende IG in team Oost.",
  J("Wilma Evers", D(2027, 1, 1), "care-worker"))
m("nl", "Wijkverpleegkundige Annemiek Rutten gaat met pensioen, laatste werkdag 30 december.",
  L("Annemiek Rutten", D(2026, 12, 30)))
m("en", "Hello, two new care workers for the Zeist team from Monday 14 December: Blessing Adeyemi and Marta Kowalczyk.",
  J("Blessing Adeyemi", ON("monday", D(2026, 12, 14)), "care-worker"),
  J("Marta Kowalczyk", ON("monday", D(2026, 12, 14)), "care-worker"))
m("nl", "Zorgmedewerker Gonny Veenstra verhuist naar Groningen en stopt per 1 februari.",
  L("Gonny Veenstra", D(2027, 2, 1), "care-worker"))
m("nl", "Cor de Haan (nu huishoudelijke hulp) wordt per 1 maart verzorgende IG, nu hij zijn diploma heeft.",
  MV("Cor de Haan", D(2027, 3, 1), "care-worker", None))
m("en", "Our planner Esra Yıldız leaves the team. Her last shift is on Sunday, 20 December.",
  L("Esra Yıldız", ON("sunday", D(2026, 12, 20))))
m("nl", "Leerling-verzorgende Amber Nijhuis start 1 februari in team Zuid (BBL).",
  J("Amber Nijhuis", D(2027, 2, 1), "care-worker"))
m("nl", "Treurig bericht: onze collega Dorien Jaspers, verzorgende in team West, is zondag overleden.",
  L("Dorien Jaspers", P(-4), "care-worker"), past=True)
m("en", "Starting in week 3 (Monday), Fenna Bosman joins as healthcare assistant.",
  J("Fenna Bosman", WK(3), "care-worker"))
m("nl", "Stagiair Luuk Brink stopt eerder dan gepland: morgen is zijn laatste dag.",
  L("Luuk Brink", P(1)))
m("en", "Hi there, I'd like to offboard Jacqueline Morel, caregiver, whose temporary contract ends on 31/12.",
  L("Jacqueline Morel", D(2026, 12, 31), "care-worker"))
m("nl", "Nieuwe ICT'er voor het zorgsysteem: Rutger Hoogland, vanaf 18 januari. Hij is Nedap-specialist, geen programmeur.",
  J("Rutger Hoogland", D(2027, 1, 18)))
m("nl", "Karin Vonk (zorgmedewerker) gaat per 1 januari van team Noord naar team Centrum.",
  MV("Karin Vonk", D(2027, 1, 1), "care-worker", "care-worker"))
m("en", "Please offboard our night-shift carer Ibrahim Sesay, he has found another job; his last night is 16 December.",
  L("Ibrahim Sesay", D(2026, 12, 16), "care-worker"))
m("nl", "Dag,\nJana Goossens, verpleegkundige bij onze thuisverpleging, wordt vanaf 1 februari hoofdverpleegkundige van de dagopvang.\nMvg, Kristel",
  MV("Jana Goossens", D(2027, 2, 1), None, None))
m("en", "Our new finance manager Alexander Ng will start January 18th.",
  J("Alexander Ng", D(2027, 1, 18)))
m("nl", "Graag Hanna Lindeman en Miep Boersma (beiden huishoudelijke hulp) uitschrijven, hun contracten stoppen 31 december.",
  L("Hanna Lindeman", D(2026, 12, 31)), L("Miep Boersma", D(2026, 12, 31)))


# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320): a managed IT provider, a funeral company, a brewery, a public
# library, a catering company, a flower exporter, a housing corporation, a travel agency

# --- managed IT provider
m("en", "Hi HR, new service desk engineer: Jurgen Hofman, start date Monday 4 January 2027. He will be on the Rotterdam customers.",
  J("Jurgen Hofman", ON("monday", D(2027, 1, 4))))
m("nl", "Per 1 februari komt Sanne Wijnberg ons versterken als software developer in het integratieteam.",
  J("Sanne Wijnberg", D(2027, 2, 1), "software-engineer"))
m("nl", "Onze acountmanager zorg, Mitchell de Lange, vertrekt per 1 maart. Laatste werkdag 26 februari.",
  L("Mitchell de Lange", D(2027, 2, 26), "account-manager"))
m("en", "Please deprovision Arnav Kulkarni (Java developer, contractor). His contract is ending on 18/12/2026.",
  L("Arnav Kulkarni", D(2026, 12, 18), "software-engineer"))
m("nl", "yes! Tim van Aalst tekent vandaag, hij begint 1/2 als netwerkbeheerder",
  J("Tim van Aalst", D(2027, 2, 1)))
m("en", "From: Recruitment <recruitment@itpartners.example>\nSent: Wednesday 2 December 2026 16:12\nSubject: New hire\n\nHi Mariska, as discussed: Ingmar Solberg accepted our offer and starts as security analyst on the 1st of March.\n\n---\nMariska: please arrange onboarding, thanks. Dave",
  J("Ingmar Solberg", D(2027, 3, 1)))
m("nl", "Lisa Hoogeveen gaat van de servicedesk naar het developmentteam als programmeur, ingangsdatum 1 januari.",
  MV("Lisa Hoogeveen", D(2027, 1, 1), "software-engineer", None))
m("en", "Quick question - does the bot also handle contractors who only need a VPN account?",
  none=True)
m("nl", "Ontwikkelaars Bas Ververs en Nina Hamdi stoppen allebei op 31 januari, ze beginnen samen een eigen bedrijf.",
  L("Bas Ververs", D(2027, 1, 31), "software-engineer"), L("Nina Hamdi", D(2027, 1, 31), "software-engineer"))
m("en", "Our facility coordinator Gwen Roberts is retiring - her last working day is Wednesday 30 December.",
  L("Gwen Roberts", ON("wednesday", D(2026, 12, 30)), "facility-coordinator"))
m("nl", "Graag onboarding voor Youssef Amrani, systeembeheerder, start over vijf weken.",
  J("Youssef Amrani", P(35)))
m("en", "Andrei Ionescu (software engineer) moves to our Cluj office on 1 February; same team, same job.",
  MV("Andrei Ionescu", D(2027, 2, 1), "software-engineer", "software-engineer"))
m("nl", "Onze receptioniste Gerda Plomp stopt over drie weken, op kerstavond is haar laatste dag.",
  L("Gerda Plomp", P(21)))
m("en", "The new sales rep for the SME segment, Ryan O'Connor, starts on Tuesday 5 January.",
  J("Ryan O'Connor", ON("tuesday", D(2027, 1, 5)), "account-manager"))
m("nl", "Erik Zandbergen (servicedesk) vertrekt, zijn laatste werkdag is dinsdag 15 december.",
  L("Erik Zandbergen", ON("tuesday", D(2026, 12, 15))))
m("en", "It's with great sadness that I share that our colleague Femi Adebayo died last weekend after a short illness.",
  L("Femi Adebayo", None))
m("nl", "Per maandag 7 december begint Stephanie Kruijt als facilitair coördinator bij ons in Zwolle.",
  J("Stephanie Kruijt", ON("monday", D(2026, 12, 7)), "facility-coordinator"))
m("en", "Hi, hired: Mateo García Fernández, cloud architect, start 2027-01-11. Please order a developer laptop.",
  J("Mateo García Fernández", D(2027, 1, 11)))
m("nl", "Vanaf 1 januari wordt Rik Westerhof teamlead van de servicedesk; hij is nu nog accountmanager.",
  MV("Rik Westerhof", D(2027, 1, 1), None, "account-manager"))
m("en", "Wendell Brooks was let go yesterday after the incident, please revoke all his admin rights ASAP.",
  L("Wendell Brooks", P(-1)), past=True)
m("nl", "Stagiair software development Jasper Mol begint op 1 februari en loopt 20 weken stage.",
  J("Jasper Mol", D(2027, 2, 1), "software-engineer"))
m("en", "Can we make the offboarding for Chloé Martin start earlier? Her last day is now 11 December instead of 18 December.",
  L("Chloé Martin", D(2026, 12, 11)))

# --- funeral company
m("nl", "Per 1 januari treedt Gijsbert van der Linden in dienst als uitvaartverzorger in regio Gouda.",
  J("Gijsbert van der Linden", D(2027, 1, 1)))
m("nl", "Onze drager Klaas Bouma (oproepkracht) stopt per 31 december.",
  L("Klaas Bouma", D(2026, 12, 31)))
m("en", "Dear colleagues, I'm sorry to tell you that our founder Mr. Hendrik Aalbers passed away peacefully on 1 December, aged 84. He was still on our payroll as advisor.",
  L("Hendrik Aalbers", D(2026, 12, 1)), past=True)
m("nl", "Vanaf komende maandag start Rianne Smit-Boerma op de planning (uitvaartcentrum Leiden).",
  J("Rianne Smit-Boerma", WD("monday")))
m("nl", "Uitvaartbegeleider Erwin Jansma wordt per 1 februari vestigingsleider in Alphen.",
  MV("Erwin Jansma", D(2027, 2, 1), None, None))
m("en", "Our new funeral director, Siobhan Kelly, will join us on the fourth of January.",
  J("Siobhan Kelly", D(2027, 1, 4)))
m("nl", "Thanatopractor Luc Dumont komt vanaf 11 januari bij ons werken, drie dagen per week. Kan zijn badge tegen dan klaarliggen?\nMvg",
  J("Luc Dumont", D(2027, 1, 11)))
m("nl", "Kunnen oproepkrachten die maar af en toe rijden ook een account krijgen zonder laptop?",
  none=True)
m("en", "Monique Verheul (administration) is leaving; her last day will be Monday 21 December.",
  L("Monique Verheul", ON("monday", D(2026, 12, 21))))
m("nl", "Wij hebben afscheid genomen van Hasan Doğan, rouwauto-chauffeur. Ontslag op staande voet, vandaag.",
  L("Hasan Doğan", NOW))
m("nl", "Per 15 januari: Marieke Bleeker van de receptie naar de administratie.",
  MV("Marieke Bleeker", D(2027, 1, 15), None, None))
m("en", "Hi, our developer of the online condolence register, Ole Hansen, finishes his assignment on 31-01-2027.",
  L("Ole Hansen", D(2027, 1, 31), "software-engineer"))
m("nl", "Tessa Lammerts, die bij ons de laatste verzorging van overledenen doet, gaat op 29 januari met pensioen.",
  L("Tessa Lammerts", D(2027, 1, 29)))
m("en", "Please add Kofi Boateng as a bearer (pall bearer, on-call) from Saturday the 12th.",
  J("Kofi Boateng", D(2026, 12, 12)))
m("nl", "Joop Hazenberg, onze facilitair medewerker, gaat per 1 april naar onze zusterorganisatie; laatste werkdag 31 maart.",
  L("Joop Hazenberg", D(2027, 3, 31), "facility-coordinator"))
m("en", "Two apprentices start in the first week of January: Noah Peters on Monday and Elif Şahin on Wednesday.",
  J("Noah Peters", D(2027, 1, 4)), J("Elif Şahin", D(2027, 1, 6)))
m("nl", "Rectificatie: Tom Kuijpers begint niet 7 december maar 14 december.",
  J("Tom Kuijpers", D(2026, 12, 14)))
m("nl", "Sterftegeval in ons team: Anton Wijers is donderdag 26 november overleden. Kunnen jullie zijn accounts netjes afsluiten?",
  L("Anton Wijers", ON("thursday", D(2026, 11, 26))), past=True)

# --- brewery
m("nl", "Nieuwe vertegenwoordiger horeca voor Noord-Brabant: Bram van Hout, per 1 januari.",
  J("Bram van Hout", D(2027, 1, 1), "account-manager"))
m("en", "Hey, our new brewer's assistant Dagny Eriksen starts Monday 11th January, she's from Norway, speaks English only.",
  J("Dagny Eriksen", ON("monday", D(2027, 1, 11))))
m("nl", "Bottelarijmedewerker Frits Hoekman is vandaag met pensioen gegaan; gisteren was zijn laatste werkdag.",
  L("Frits Hoekman", P(-1)), past=True)
m("en", "Brewmaster Tom Schäfer leaves us at the end of January (31/1).",
  L("Tom Schäfer", D(2027, 1, 31)))
m("nl", "Vanaf 1 maart gaat Lotte Zijlstra van de taproom naar de verkoop als accountmanager.",
  MV("Lotte Zijlstra", D(2027, 3, 1), "account-manager", None))
m("en", "Could you tell me which laptop a sales person gets? I'm hiring two in spring.",
  none=True)
m("nl", "Voor de kerstdrukte komen er drie uitzendkrachten in de logistiek: Patrick Olthof, Ewa Zielińska en Demi Broekhuis, allemaal vanaf maandag 14 december tot en met 24 december.",
  J("Patrick Olthof", ON("monday", D(2026, 12, 14))), J("Ewa Zielińska", ON("monday", D(2026, 12, 14))),
  J("Demi Broekhuis", ON("monday", D(2026, 12, 14))))
m("nl", "Bezorger Danny Verweij is per direct ontslagen wegens rijden onder invloed.",
  L("Danny Verweij", NOW))
m("en", "Please note: Hugo Lambert moves from sales rep to key account manager, effective Feb 1.",
  MV("Hugo Lambert", D(2027, 2, 1), "account-manager", "account-manager"))
m("nl", "Graag een nieuwe medewerker aanmaken: Mirjam de Vries-van Dam, marketing, start 4-1-2027.",
  J("Mirjam de Vries-van Dam", D(2027, 1, 4)))
m("en", "Our webshop developer Kasper Nielsen stops on 15 January.",
  L("Kasper Nielsen", D(2027, 1, 15), "software-engineer"))
m("nl", "Brouwer Dirk Wolthuis gaat per volgende week maandag naar onze brouwerij in Eindhoven, zelfde functie.",
  MV("Dirk Wolthuis", NW("monday"), None, None))
m("en", "Welcome to Brigitte Lemaire, our new quality manager! First day: the 18th of January.",
  J("Brigitte Lemaire", D(2027, 1, 18)))
m("nl", "Ik meld af: Harm Kiewiet, chauffeur, laatste werkdag 24-12.",
  L("Harm Kiewiet", D(2026, 12, 24)))
m("nl", "Jorien Stam (facilitaire dienst) komt vanaf 1 februari op de locatie in Tilburg werken, ze verhuist daarheen.",
  MV("Jorien Stam", D(2027, 2, 1), "facility-coordinator", "facility-coordinator"))
m("en", "Hi, I'd like to register a starter: name Thijs Overbeek, role: verkoper buitendienst, starting 2 Feb.",
  J("Thijs Overbeek", D(2027, 2, 2), "account-manager"))
m("nl", "De proeftijd van Ricky Tan wordt niet omgezet; zijn laatste dag is vrijdag 11 december.",
  L("Ricky Tan", ON("friday", D(2026, 12, 11))))
m("en", "Correction on the previous message: it's Meike Brouwer, not Maike. She still starts on 7 January.",
  J("Meike Brouwer", D(2027, 1, 7)))
m("nl", "Onze financieel directeur Cees Vermaat vertrekt per 1 juli 2027.",
  L("Cees Vermaat", D(2027, 7, 1)))
m("en", "Tapster Inge Dekkers and barista Luis Ortega both join the taproom on Friday 4 December.",
  J("Inge Dekkers", ON("friday", D(2026, 12, 4))), J("Luis Ortega", ON("friday", D(2026, 12, 4))))

# --- public library
m("nl", "Per 1 januari start Hanna de Boer als bibliothecaris in vestiging Oost.",
  J("Hanna de Boer", D(2027, 1, 1)))
m("nl", "Mediacoach Farid Benali stopt 18 december; zijn contract wordt niet verlengd.",
  L("Farid Benali", D(2026, 12, 18)))
m("en", "Hi! Niamh Byrne starts tomorrow as a literacy coach. Sorry for the short notice!",
  J("Niamh Byrne", P(1)))
m("nl", "Medewerker klantenservice Bep Zuidema gaat per 1 februari naar de afdeling collectie.",
  MV("Bep Zuidema", D(2027, 2, 1), None, None))
m("nl", "Onze vestigingsmanager Ans Kamstra is gisteren overleden. Dit raakt ons allemaal.",
  L("Ans Kamstra", P(-1)), past=True)
m("en", "Library assistants for the new branch, all starting on Monday 1 February: Ayla Koç, Robin Stevens, Marit Sønderby, Joshua Blom.",
  J("Ayla Koç", ON("monday", D(2027, 2, 1))), J("Robin Stevens", ON("monday", D(2027, 2, 1))),
  J("Marit Sønderby", ON("monday", D(2027, 2, 1))), J("Joshua Blom", ON("monday", D(2027, 2, 1))))
m("nl", "Hoi! Is het mogelijk om een onboarding in te plannen voor een vrijwilliger die maar 4 uur per week komt?",
  none=True)
m("en", "Our ICT developer Tarik Mansour will become product owner of the library app from 1 March.",
  MV("Tarik Mansour", D(2027, 3, 1), None, "software-engineer"))
m("nl", "Leesconsulent Annelies ten Brink werkt vanaf 1 januari niet meer bij ons; haar laatste werkdag is 31 december.",
  L("Annelies ten Brink", D(2026, 12, 31)))
m("nl", "Per 11-01-2027 is Stijn van der Meulen onze nieuwe coördinator educatie.",
  J("Stijn van der Meulen", D(2027, 1, 11)))
m("en", "Dear HR,\nI regret to inform you that we have terminated the employment of Mr. Graham Whitely with effect from today.\nYours sincerely,\nP. Visser\nBranch Manager",
  L("Graham Whitely", NOW))
m("nl", "Invalkracht balie Sterre Koopmans komt van 14 t/m 31 december.",
  J("Sterre Koopmans", D(2026, 12, 14)))
m("en", "Please change the end date for Martin Falk; he stays until 31 March now (extension).",
  L("Martin Falk", D(2027, 3, 31)))
m("nl", "Marjolein Oude Groeniger gaat met ingang van 1 februari 2027 als teamleider naar vestiging Centrum.",
  MV("Marjolein Oude Groeniger", D(2027, 2, 1), None, None))
m("en", "FYI the facilties coordinator for all branches, Ron Hagen, starts 7 Jan.",
  J("Ron Hagen", D(2027, 1, 7), "facility-coordinator"))
m("nl", "Gaat over van programmeur naar projectleider: Evert Nauta, per 1 januari.",
  MV("Evert Nauta", D(2027, 1, 1), None, "software-engineer"))
m("en", "Zainab Hussein (makerspace coordinator) leaves on Wednesday 16 December, last day.",
  L("Zainab Hussein", ON("wednesday", D(2026, 12, 16))))
m("nl", "Welkom aan Pieternel Duyvestein, die 7 december bij ons begint in de frontoffice!",
  J("Pieternel Duyvestein", D(2026, 12, 7)))
m("nl", "Per 1 januari gaat Koen Lodewijks als bibliothecaris naar vestiging Noord; hij werkt nu nog in Zuid.",
  MV("Koen Lodewijks", D(2027, 1, 1), None, None))
m("en", "Our courier Ben Hoogstraten retires on his 67th birthday, 9 February, which is also his last working day.",
  L("Ben Hoogstraten", D(2027, 2, 9)))

# --- catering company
m("nl", "Per 4 januari start Ayşe Yılmaz als kok in de bedrijfsrestaurants van ons team West.",
  J("Ayşe Yılmaz", D(2027, 1, 4)))
m("en", "Hi, two new catering assistants from next Monday: Precious Nkosi and Viktor Horváth.",
  J("Precious Nkosi", WD("monday")), J("Viktor Horváth", WD("monday")))
m("nl", "Chef-kok Maurice van Rijn gaat per 1 februari naar onze vestiging bij de Universiteit van Amsterdam.",
  MV("Maurice van Rijn", D(2027, 2, 1), None, None))
m("nl", "Gastvrouw Ilona Stuut heeft vandaag haar laatste werkdag, ze gaat studeren.",
  L("Ilona Stuut", NOW))
m("en", "Our account manager for the hospital contracts, Daniel Weiss, leaves on 29 January.",
  L("Daniel Weiss", D(2027, 1, 29), "account-manager"))
m("nl", "Nieuwe salesmanager? Nee hoor, nieuwe accountmanagers! Vanaf 1 februari: Romy Hazelaar en Sjoerd Kleefstra.",
  J("Romy Hazelaar", D(2027, 2, 1), "account-manager"), J("Sjoerd Kleefstra", D(2027, 2, 1), "account-manager"))
m("en", "A question about the dishwashers on agency contracts: do they need a pass for the client's building?",
  none=True)
m("nl", "Ons hoofd inkoop, Gerard Overdijk, is op zondag 29 november plotseling overleden.",
  L("Gerard Overdijk", ON("sunday", D(2026, 11, 29))), past=True)
m("en", "Starting Wednesday 13 January, Kenji Watanabe joins as sushi chef for the corporate events.",
  J("Kenji Watanabe", ON("wednesday", D(2027, 1, 13))))
m("nl", "Graag offboarden: Rutger Bakhuis (kok), laatste werkdag zaterdag 19 december.",
  L("Rutger Bakhuis", ON("saturday", D(2026, 12, 19))))
m("en", "Facility coordinator Nadine Hermsen moves from the Schiphol location to Hoofddorp on 1 January.",
  MV("Nadine Hermsen", D(2027, 1, 1), "facility-coordinator", "facility-coordinator"))
m("nl", "De BBL-leerling Dylan Verhoef stopt na zijn proeftijd, laatste dag 8 januari.",
  L("Dylan Verhoef", D(2027, 1, 8)))
m("nl", "Melding uit dienst: mevr. Carla Wester-Ruiter, medewerker bediening, datum uit dienst 01-03-2027, laatste werkdag 26-02-2027.",
  L("Carla Wester-Ruiter", D(2027, 2, 26)))
m("en", "We've hired a developer for the ordering app, Sebastián Ruiz, who starts on January 25th.",
  J("Sebastián Ruiz", D(2027, 1, 25), "software-engineer"))
m("nl", "Femke Rozendaal begint al op 5 januari i.p.v. 7 januari.",
  J("Femke Rozendaal", D(2027, 1, 5)))
m("en", "Bonjour, I inform you that Mme Amélie Rousseau will begin with us the 11 January as pastry chef. Cordialement, Jean-Pierre",
  J("Amélie Rousseau", D(2027, 1, 11)))
m("nl", "Kees Doornbos (vertegenwoordiger, regio Oost) en Jolanda Meester (planner) verlaten ons per 1 maart.",
  L("Kees Doornbos", D(2027, 3, 1), "account-manager"), L("Jolanda Meester", D(2027, 3, 1)))
m("en", "From Monday of week 2, Lieve De Smet joins us as HR advisor.",
  J("Lieve De Smet", WK(2)))
m("nl", "Gisteren is onze afwasser Mustafa Aksoy na een ruzie ontslagen; hij hoeft niet meer terug te komen.",
  L("Mustafa Aksoy", P(-1)), past=True)
m("nl", "Vanaf volgende week donderdag komt Eva Lindhout de kantine op locatie Rijswijk runnen.",
  J("Eva Lindhout", NW("thursday")))
m("en", "Per 1/3 Jan-Peter Hogenboom moves from events to the corporate catering division as operations manager.",
  MV("Jan-Peter Hogenboom", D(2027, 3, 1), None, None))
m("nl", "Zomerkracht? Nee, winterkracht: Stan Rijnders helpt vanaf 12 december in de keuken bij de kerstdiners.",
  J("Stan Rijnders", D(2026, 12, 12)))

# --- flower exporter
m("nl", "Per 1 januari nieuwe exportverkoper voor Scandinavië: Mikkel Jørgensen.",
  J("Mikkel Jørgensen", D(2027, 1, 1), "account-manager"))
m("en", "Hello, I want to inform you that our new order picker Piotr Kamiński will start with us 07-12-2026.",
  J("Piotr Kamiński", D(2026, 12, 7)))
m("nl", "Kweker Arie Vreugdenhil gaat na 45 jaar met pensioen; laatste werkdag dinsdag 22 december.",
  L("Arie Vreugdenhil", ON("tuesday", D(2026, 12, 22))))
m("nl", "Teeltmedewerker Gijs Zwinkels gaat per 1 februari naar onze kas in Bleiswijk.",
  MV("Gijs Zwinkels", D(2027, 2, 1), None, None))
m("en", "Sad news: our driver Waldemar Nowicki died in a traffic accident on Monday 30 November.",
  L("Waldemar Nowicki", ON("monday", D(2026, 11, 30))), past=True)
m("nl", "Per week 5 beginnen er vier oogstmedewerkers via het uitzendbureau: Radu Marin, Ionel Stan, Bogdan Lupu en Krzysztof Wójcik.",
  J("Radu Marin", WK(5)), J("Ionel Stan", WK(5)), J("Bogdan Lupu", WK(5)), J("Krzysztof Wójcik", WK(5)))
m("en", "Please deactivate Sander Kortekaas, inside sales, who resigned. Last day 15.01.2027.",
  L("Sander Kortekaas", D(2027, 1, 15), "account-manager"))
m("nl", "Onze ICT'er Joost Brandsma gaat als softwareontwikkelaar aan de slag in het nieuwe ERP-project, per 1 maart.",
  MV("Joost Brandsma", D(2027, 3, 1), "software-engineer", None))
m("nl", "Hoi, Marleen Hoogendijk is gestart vandaag bij de administratie. Kun je haar nog aanmaken?",
  J("Marleen Hoogendijk", NOW))
m("en", "The contract of seasonal worker Tatiana Morozova ends on Christmas Eve.",
  L("Tatiana Morozova", D(2026, 12, 24)))
m("nl", "Sophie van der Kooij-Wassenaar (inkoop) is aangenomen als teamleider inkoop per 1 januari.",
  MV("Sophie van der Kooij-Wassenaar", D(2027, 1, 1), None, None))
m("en", "Can you prepare everything for Jamal Idrissi? He joins the logistics team on Monday, January 18.",
  J("Jamal Idrissi", ON("monday", D(2027, 1, 18))))
m("nl", "Vertegenwoordiger Duitsland, Klaus Berger, stopt per eind februari.",
  L("Klaus Berger", D(2027, 2, 28), "account-manager"))
m("en", "How do I announce someone who is coming back after a year abroad? Same job as before.",
  none=True)
m("nl", "Ik wil graag doorgeven dat Lars Vink (kwaliteitscontroleur) met ingang van morgen niet meer bij ons werkt.",
  L("Lars Vink", NOW))
m("en", "Our new facilitair medewerker Henny Groeneveld starts on the fifteenth of December.",
  J("Henny Groeneveld", D(2026, 12, 15), "facility-coordinator"))
m("nl", "Klaas-Willem Roodenburg start 01-02-2027 als productiemanager.",
  J("Klaas-Willem Roodenburg", D(2027, 2, 1)))
m("en", "Just to confirm: Aleksandra Nowak-Lewandowska starts Tuesday the 2nd of February as planner.",
  J("Aleksandra Nowak-Lewandowska", ON("tuesday", D(2027, 2, 2))))
m("nl", "Hoofd logistiek Bart Hoogstad vertrekt. Zijn laatste dag is vrijdag 29 januari.",
  L("Bart Hoogstad", ON("friday", D(2027, 1, 29))))
m("en", "Oops, wrong name in my earlier message! The new planner is Evi Schouwenaar, not Evi Schouten. Start 4 January.",
  J("Evi Schouwenaar", D(2027, 1, 4)))
m("nl", "Onze oud-collega Fred Kerkhof komt terug! Per 1 maart start hij weer als teeltadviseur.",
  J("Fred Kerkhof", D(2027, 3, 1)))
m("nl", "Hennie Bol stopt op 31 december als heftruckchauffeur en gaat vanaf 1 januari als planner bij ons verder.",
  MV("Hennie Bol", D(2027, 1, 1), None, None))

# --- housing corporation
m("nl", "Per 1 februari start Sandra Kuiper als wijkconsulent in Utrecht-Overvecht.",
  J("Sandra Kuiper", D(2027, 2, 1)))
m("nl", "Huismeester Theo Bulthuis gaat met vervroegd pensioen per 1 april; laatste werkdag 31 maart.",
  L("Theo Bulthuis", D(2027, 3, 31)))
m("en", "Hi all, our new IT developer Maja Novak joins on Monday the 1st of February.",
  J("Maja Novak", ON("monday", D(2027, 2, 1)), "software-engineer"))
m("nl", "Opzichter Ramon Sitaldin wordt per 1 januari projectleider onderhoud.",
  MV("Ramon Sitaldin", D(2027, 1, 1), None, None))
m("en", "We dismissed our maintenance technician Daryl Clarke this morning. Please block everything now.",
  L("Daryl Clarke", NOW))
m("nl", "Beste collega's,\n\nMet ingang van 11 januari komt Nathalie Vos-van Es ons team Verhuur versterken als verhuurmakelaar.\n\nHartelijke groet,\nMarjan\nteamleider Verhuur",
  J("Nathalie Vos-van Es", D(2027, 1, 11)))
m("nl", "Onze collega Edwin Nijboer, medewerker facilitaire dienst, is op 1 december overleden.",
  L("Edwin Nijboer", D(2026, 12, 1), "facility-coordinator"), past=True)
m("en", "Good afternoon, kindly note that Mr. Olusegun Bakare shall be resuming as Finance Officer on 4th January 2027. Best regards",
  J("Olusegun Bakare", D(2027, 1, 4)))
m("nl", "Wie moet ik mailen als een nieuwe collega geen laptop wil maar haar eigen Mac?",
  none=True)
m("nl", "Klantadviseur Manon Brugman gaat per 1 maart als accountmanager bedrijfsmatig vastgoed werken.",
  MV("Manon Brugman", D(2027, 3, 1), "account-manager", None))
m("en", "Leaver: Priscilla Owusu, tenant liaison, last day 08/01/2027.",
  L("Priscilla Owusu", D(2027, 1, 8)))
m("nl", "De uitzendkrachten op de huurincasso, Dewi de Ruiter en Gert Hulshof, stoppen vrijdag 18 december.",
  L("Dewi de Ruiter", ON("friday", D(2026, 12, 18))), L("Gert Hulshof", ON("friday", D(2026, 12, 18))))
m("nl", "Per volgende week maandag werkt Jesper Kalkman bij ons als onderhoudsmonteur.",
  J("Jesper Kalkman", NW("monday")))
m("en", "Heads up - our facilities coordinator Marcia Tjon-A-Fat moves to the head office (same role) in week 3.",
  MV("Marcia Tjon-A-Fat", WK(3), "facility-coordinator", "facility-coordinator"))
m("nl", "Bewonersconsulent Fatma Öztürk is aangenomen en begint 1 feb.",
  J("Fatma Öztürk", D(2027, 2, 1)))
m("nl", "Wilco Vrieling, die al maanden ziek is, gaat per 1 februari uit dienst.",
  L("Wilco Vrieling", D(2027, 2, 1)))
m("en", "The programmer of our tenant portal, Aditya Sharma, is moving to the data team as data analyst from 15 February.",
  MV("Aditya Sharma", D(2027, 2, 15), None, "software-engineer"))
m("nl", "Helaas heeft Joyce Verkerk (administratie) besloten te stoppen. Ze werkt nog t/m vrijdag 22 januari.",
  L("Joyce Verkerk", ON("friday", D(2027, 1, 22))))
m("en", "New starter in 2 weeks: Gideon Asante, handyman for the Zuid portfolio.",
  J("Gideon Asante", P(14)))
m("nl", "Projectleider nieuwbouw Wessel ten Hove vertrekt per 1 maart naar een bouwbedrijf.",
  L("Wessel ten Hove", D(2027, 3, 1)))
m("en", "Matthijs van Zanten (ICT) is joining from our sister corporation Woonstad on 1 January as software developer.",
  J("Matthijs van Zanten", D(2027, 1, 1), "software-engineer"))
m("nl", "Ik meld de indiensttreding van Yara El Khatib, medewerker woonfraude, per maandag 4 januari.",
  J("Yara El Khatib", ON("monday", D(2027, 1, 4))))
m("nl", "Opzichters Niek Brouwer en Karel Smeenk wisselen per 1 februari van rayon.",
  MV("Niek Brouwer", D(2027, 2, 1), None, None), MV("Karel Smeenk", D(2027, 2, 1), None, None))
m("en", "Our receptionist Olga de Wit will stay on, her contract was extended until next summer.",
  none=True)

# --- travel agency
m("nl", "Per 1 januari start Isa Goudsmit als reisadviseur in onze winkel in Amstelveen.",
  J("Isa Goudsmit", D(2027, 1, 1)))
m("en", "Our new salesperson for group travel, Benedikt Maier, starts on the 1st of February.",
  J("Benedikt Maier", D(2027, 2, 1), "account-manager"))
m("nl", "Reisleider Jorge Álvarez Méndez stopt na dit seizoen; laatste werkdag 31 maart.",
  L("Jorge Álvarez Méndez", D(2027, 3, 31)))
m("en", "Hi there! Valentina Rossi starts as a developer on our booking engine next Monday. She'll need GitHub access.",
  J("Valentina Rossi", WD("monday"), "software-engineer"))
m("nl", "Dag iedereen,\nKim Terlouw (ticketing) verhuist vanaf 1 februari naar de dienst groepsreizen.\nGroetjes",
  MV("Kim Terlouw", D(2027, 2, 1), None, None))
m("en", "Sad to say, our colleague Rashid Khan passed away on Wednesday.",
  L("Rashid Khan", P(-1)), past=True)
m("nl", "Per 1/2 wordt Eveline Roodbeen teamleider binnendienst; ze is nu accountmanager in ons team.",
  MV("Eveline Roodbeen", D(2027, 2, 1), None, "account-manager"))
m("en", "Please offboard Jolene Fitzpatrick (travel consultant) - last working day Sunday 31 January.",
  L("Jolene Fitzpatrick", ON("sunday", D(2027, 1, 31))))
m("nl", "Gisteren begonnen: Ravi Ramdin, medewerker customer service. Sorry, vergeten door te geven!",
  J("Ravi Ramdin", P(-1)), past=True)
m("nl", "Graag account aanmaken voor onze nieuwe vertegenwoordiger zakelijke reizen Arjen Siebenga, start 04-01-2027.",
  J("Arjen Siebenga", D(2027, 1, 4), "account-manager"))
m("en", "Our receptionist Gemma Hartley has been promoted to office manager, effective 1 January.",
  MV("Gemma Hartley", D(2027, 1, 1), None, None))
m("nl", "Marketingmedewerker Noa Bakkali verlaat ons op 15 januari om te gaan reizen (ironisch genoeg 😄).",
  L("Noa Bakkali", D(2027, 1, 15)))
m("en", "Reservations agents starting on 11 January:\n1) Esperanza Torres\n2) Wouter Pronk\n3) Lina Haddad",
  J("Esperanza Torres", D(2027, 1, 11)), J("Wouter Pronk", D(2027, 1, 11)), J("Lina Haddad", D(2027, 1, 11)))
m("nl", "Onze developer Bart-Jan Voskuil gaat per 1 april van het boekingsplatform naar het team Data, als developer.",
  MV("Bart-Jan Voskuil", D(2027, 4, 1), "software-engineer", "software-engineer"))
m("en", "Our finance assistant Greta Lundgren will be leaving us on the last day of February.",
  L("Greta Lundgren", D(2027, 2, 28)))
m("nl", "Reisbureau Leiden sluit; Hans Kooiman en Margot Stapel gaan per 1 januari naar Den Haag, zelfde functie.",
  MV("Hans Kooiman", D(2027, 1, 1), None, None), MV("Margot Stapel", D(2027, 1, 1), None, None))
m("en", "Hi, Tuesday 8 December is the first day of our new office manager, Femke Oudshoorn.",
  J("Femke Oudshoorn", ON("tuesday", D(2026, 12, 8))))
m("nl", "Helaas moest ik gisteren Brian Nooitgedagt ontslaan (proeftijd). Zijn laatste werkdag was dus gisteren.",
  L("Brian Nooitgedagt", P(-1)), past=True)
m("en", "Ms. Deepa Venkatesh joins as accountant from 2027-03-01.",
  J("Deepa Venkatesh", D(2027, 3, 1)))
m("nl", "Vanaf morgen is Wouter Hazeu niet meer werkzaam bij ons (eigen verzoek).",
  L("Wouter Hazeu", NOW))
m("en", "Sabbatical for Kirsten Haak from March to August, she keeps her laptop.",
  none=True)
m("nl", "Nieuwe collega bij de groepsreizen: Ilse Koenders, start a.s. dinsdag.",
  J("Ilse Koenders", WD("tuesday")))


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
        where = "k%03d" % i
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
            out.write(json.dumps({"id": "k%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")






if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-15.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
