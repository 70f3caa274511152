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
