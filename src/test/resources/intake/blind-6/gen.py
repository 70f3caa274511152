#!/usr/bin/env python3
"""The sixth blind corpus (issue 18, session 17). Every message below was written by hand,
one at a time, and each is followed by its expected parse, also written by hand. Dates are
computed from TODAY through helpers whose names say how the text is read (see README.md).
Run `python3 gen.py` to check everything and write blind-6.jsonl (byte-identical each run)."""
import json
import random
from datetime import date, timedelta

TODAY = date(2026, 12, 3)  # Thursday, as IntakeCorpusTests
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"
NOW = TODAY


def ymd(y, m, d):
    """A full date written in the text."""
    return date(y, m, d)


def md(m, d):
    """A date without a year: the next such date on or after today."""
    x = date(TODAY.year, m, d)
    return x if x >= TODAY else date(TODAY.year + 1, m, d)


def plus(n):
    """Tomorrow (+1), in a week (+7), in two weeks (+14), ..., yesterday (-1)."""
    return TODAY + timedelta(days=n)


def wd(day):
    """A bare, "next", "this", "aanstaande" or "deze" weekday: the first such day after today."""
    x = TODAY + timedelta(days=1)
    while x.weekday() != WD[day]:
        x += timedelta(days=1)
    return x


def nw(day):
    """"volgende week X" / "next week X": that weekday in the week of Mon 2026-12-07."""
    return date(2026, 12, 7) + timedelta(days=WD[day])


def on(day, d):
    """A weekday written next to a date: they must agree."""
    assert d.weekday() == WD[day], (day, d)
    return d


EOM = date(2026, 12, 31)  # end of this month

MESSAGES = []


def J(name, d, role=None):
    return dict(kind="JOINER", name=name, date=d, role=role)


def L(name, d, role=None):
    return dict(kind="LEAVER", name=name, date=d, role=role)


def M(name, d, role, frm):
    return dict(kind="MOVER", name=name, date=d, role=role, fromRole=frm)


def nl(text, *expect, past=False, lower=False, mail=False):
    MESSAGES.append(dict(lang="nl", text=text, expect=list(expect), past=past, lower=lower, mail=mail))


def en(text, *expect, past=False, lower=False, mail=False):
    MESSAGES.append(dict(lang="en", text=text, expect=list(expect), past=past, lower=lower, mail=mail))

# --- part 1 -----------------------------------------------------------------
nl("mrgn begint er een nieuwe op de afdeling, Fleur Hendriks, verzorgende. pasje + telefoon graag klaarleggen",
   J("Fleur Hendriks", plus(1), CW))
nl("Goedemiddag,\n\nHierbij meld ik de uitdiensttreding van mevrouw Yvonne Brouwer-Smits, coördinator facilitaire zaken. "
   "Haar arbeidsovereenkomst eindigt per 28 februari 2027.\n\nMet vriendelijke groet,\nKarin Mulder\nHR-adviseur",
   L("Yvonne Brouwer-Smits", ymd(2027, 2, 28), FC), mail=True)
nl("Dag collega's, vanaf maandag 11 januari komt Wout Vermeulen ons team versterken als programmeur. "
   "Mogen jullie zorgen voor een laptop en een badge? Merci!",
   J("Wout Vermeulen", on("mon", md(1, 11)), SE))
nl("Hallo, I try in Dutch: mijn team krijgt een nieuwe developer, zij heet Priya Raghunathan en zij begint op 1 februari. Dank je wel!",
   J("Priya Raghunathan", md(2, 1), SE))
en("can you set up everything for Tomasz Wiśniewski? he's joining facilities as coordinator on Monday 18 January",
   J("Tomasz Wiśniewski", on("mon", md(1, 18)), FC))
en("Heads up — Oliver Grant handed in his notice this morning. Last day will be 29 January. He's one of our account managers.",
   L("Oliver Grant", md(1, 29), AM))
nl("Sanne de Jong wisselt per 1 maart van de verkoop naar de facilitaire dienst.",
   M("Sanne de Jong", md(3, 1), FC, AM))
nl("Twee nieuwe zorgmedewerkers voor De Linde: Mohamed El Amrani en Lieke Verbeek. Allebei starten ze op maandag 4 januari.",
   J("Mohamed El Amrani", on("mon", md(1, 4)), CW), J("Lieke Verbeek", on("mon", md(1, 4)), CW))
en("FYI, see below from HR.\n\n---------- Forwarded message ---------\nFrom: HR Services\nSubject: Termination notice\n\n"
   "Please be informed that the employment of Daniel Okafor (Software Engineer) ends on 31 December 2026.",
   L("Daniel Okafor", ymd(2026, 12, 31), SE), mail=True)
nl("Kan iemand een account aanmaken voor Joris van den Heuvel? Hij begint volgende week dinsdag bij ons als accountmanager.",
   J("Joris van den Heuvel", nw("tue"), AM))
nl("Uit dienst: Bram Koster, 18-12.",
   L("Bram Koster", md(12, 18)))
en("Hi bot, quick one. Femke Dijkstra moves from carer to our facilities team starting 1 Feb.",
   M("Femke Dijkstra", md(2, 1), FC, CW))
nl("Goedemorgen! Vandaag is de eerste dag van Noor Bakkali bij ons, ze is onze nieuwe receptioniste. Kan het account snel aangemaakt worden?",
   J("Noor Bakkali", NOW))
en("Ahmed Haddad starts tomorrow as a sofware engineer (sorry, late notice!)",
   J("Ahmed Haddad", plus(1), SE))
nl("Per 15 januari stopt Gert-Jan Postma als vertegenwoordiger, hij gaat met vervroegd pensioen.",
   L("Gert-Jan Postma", md(1, 15), AM))
en("Our new caregiver Marisol Gutiérrez begins on Wednesday 6 January 2027 — she'll be on nights at first.",
   J("Marisol Gutiérrez", on("wed", ymd(2027, 1, 6)), CW))
nl("Hoi, Kees Jansen gaat over drie weken bij ons weg. Hij werkt nu als facilitair medewerker.",
   L("Kees Jansen", plus(21), FC))
en("leaver: Chloe Bennett, 8/1, AM",
   L("Chloe Bennett", md(1, 8), AM))
nl("Wil je alles klaarzetten voor Anouk Visser? Ze komt ons ontwikkelteam versterken vanaf 1-2-2027.",
   J("Anouk Visser", ymd(2027, 2, 1), SE))
nl("Goeiemorgen, ik wou even laten weten dat Jef Peeters ons op 22 januari verlaat. Hij was hier verkoper.",
   L("Jef Peeters", md(1, 22), AM))
en("Please offboard Hannah Schmidt. Her contract ends at the end of this month.",
   L("Hannah Schmidt", EOM))
en("Two starters on Monday 11 January: Lucas Ferreira (developer) and Amara Nwosu (account manager).",
   J("Lucas Ferreira", on("mon", md(1, 11)), SE), J("Amara Nwosu", on("mon", md(1, 11)), AM))
nl("Ik hoor net dat Dewi Sutrisno per direct naar de zorg overstapt, ze was tot nu toe facilitair coördinator. Kun je haar rechten aanpassen?",
   M("Dewi Sutrisno", NOW, CW, FC))
en("Is it possible to get a laptop ready for Ryan O'Neill before he starts on the 14th? He'll be a programmer in the platform team.",
   J("Ryan O'Neill", md(12, 14), SE))
nl("mevrouw Ilse Timmermans treedt op 1 april 2027 in dienst als verzorgende IG",
   J("Ilse Timmermans", ymd(2027, 4, 1), CW))
en("Could you start the leaver process for Martin Kowalczyk? He told me today he's leaving us on Friday 15 January.",
   L("Martin Kowalczyk", on("fri", md(1, 15))))
nl("Vanaf morgen werkt Rik Smeets niet meer als programmeur maar als accountmanager.",
   M("Rik Smeets", plus(1), AM, SE))
nl("Beste,\n\nGraag wil ik u informeren dat dhr. Hüseyin Kaya met ingang van maandag 1 maart 2027 bij ons start als facilitair coördinator. "
   "Zijn leidinggevende is mevrouw Bos.\n\nHoogachtend,\nP. Verhoeven\nPersoneelszaken",
   J("Hüseyin Kaya", on("mon", ymd(2027, 3, 1)), FC), mail=True)
en("Sophie Laurent leaves the care team next Wednesday, she's moving back to France.",
   L("Sophie Laurent", wd("wed"), CW))
nl("Nieuwe stagiair bij IT: Thijs Brouwer, start 4 jan. Hij heeft alleen een laptop nodig.",
   J("Thijs Brouwer", md(1, 4)))
en("hey! Jasper van Dam is gonna join us as a dev in two weeks, can u sort his accounts",
   J("Jasper van Dam", plus(14), SE))
nl("Marloes ter Horst heeft haar contract niet verlengd, laatste werkdag is vrijdag 8 januari. Ze werkt als zorgmedewerkster op de Esdoorn.",
   L("Marloes ter Horst", on("fri", md(1, 8)), CW))
en("Good morning, this is to confirm that Giulia Romano will transfer from Sales to Software Development effective February 15, 2027.",
   M("Giulia Romano", ymd(2027, 2, 15), SE, AM))
nl("Volgende week donderdag begint Sem Kuipers bij de facilitaire dienst. Alvast bedankt!",
   J("Sem Kuipers", nw("thu"), FC))
en("Kwame Mensah, our HCA on ward 2, finishes with us on 17 December.",
   L("Kwame Mensah", md(12, 17), CW))
nl("Hee, kun jij zorgen dat Yara Mahabier maandag alles heeft? Ze begint als zorgmedewerker bij ons.",
   J("Yara Mahabier", wd("mon"), CW))
en("Pieter-Jan de Smet (Account Manager Benelux) has resigned. His notice period runs until 31 January 2027.",
   L("Pieter-Jan de Smet", ymd(2027, 1, 31), AM))
nl("Lotte van Rijn komt terug van ouderschapsverlof en begint per 1 februari als ontwikkelaar in plaats van als accountmanager.",
   M("Lotte van Rijn", md(2, 1), SE, AM))
en("New joiner!! Mei Ling Tan, facilities coordinator, starting on 4 January. Welcome Mei Ling!",
   J("Mei Ling Tan", md(1, 4), FC))
nl("Wim Hoekstra gaat eind van de maand met pensioen, na 38 jaar als vertegenwoordiger. Wil je de leaseauto-retour regelen?",
   L("Wim Hoekstra", EOM, AM))
en("Morning. Rebecca Stone starts 12 January in the care team, Jack Turner leaves the same team on the 15th of January.",
   J("Rebecca Stone", md(1, 12), CW), L("Jack Turner", md(1, 15), CW))
nl("Hoi! Is het mogelijk om voor Bas Groen een laptop te bestellen? Hij start op 18/1 als junior ontwikkelaar.",
   J("Bas Groen", md(1, 18), SE))
en("Nadia Benali is switching to account management on January 4th. She currently works at our reception desk.",
   M("Nadia Benali", md(1, 4), AM, None))
nl("Even melden: Luuk Maas vertrekt. Datum volgt nog.",
   L("Luuk Maas", None))
en("Starter announcement: Arjun Mehta, Software Engineer, start date 2027-01-25.",
   J("Arjun Mehta", ymd(2027, 1, 25), SE))
nl("Over twee weken stroomt Eline Vos in als verzorgster op de PG-afdeling.",
   J("Eline Vos", plus(14), CW))
en("Farewell to Greg Holloway — Friday 11 December is his last day with us as facilities coordinator.",
   L("Greg Holloway", on("fri", md(12, 11)), FC))
nl("Ik wil graag een nieuwe medewerker aanmelden: Fatma Öztürk, functie accountmanager, startdatum 1 maart.",
   J("Fatma Öztürk", md(3, 1), AM))
en("Do I need to tell you about leavers as well? Ben Carter leaves on Tuesday 22 December. He's a developer.",
   L("Ben Carter", on("tue", md(12, 22)), SE))
nl("Goedendag, Koen Wouters start op dinsdag 5 januari als vertegenwoordiger voor regio Antwerpen. Gelieve een GSM en laptop te voorzien.",
   J("Koen Wouters", on("tue", md(1, 5)), AM))
# --- part 2 -----------------------------------------------------------------
nl("Hoi hoi, Jolien Claes begint er volgende week maandag aan als zorgmedewerker. Ze heeft al een badge van haar stage, maar die moet omgezet worden.",
   J("Jolien Claes", nw("mon"), CW))
en("Hello, writing on behalf of Mark (he's travelling). Isabel Navarro Ruiz joins the sales team as account manager on 1 March 2027.",
   J("Isabel Navarro Ruiz", ymd(2027, 3, 1), AM))
nl("Ik ben nieuw hier, dus sorry als dit niet de juiste plek is: mijn medewerker Dirk-Jan Wessels gaat ons per 1 januari verlaten.",
   L("Dirk-Jan Wessels", md(1, 1)))
en("pls set up Hamza Yilmaz, new carer, starts thurs 7 jan",
   J("Hamza Yilmaz", on("thu", md(1, 7)), CW))
nl("Wij nemen afscheid van Annelies Boon (facilitair medewerker). Haar laatste dag is woensdag 23 december.",
   L("Annelies Boon", on("wed", md(12, 23)), FC))
en("Tom Fischer changes roles: from account manager to developer, as of Monday 8 February.",
   M("Tom Fischer", on("mon", md(2, 8)), SE, AM))
nl("Dag, ik ben Greet, teamcoach bij Zorghuis Ter Beke. Nieuwe collega Ruben Desmet start op 4 januari als verzorgende. Groetjes!",
   J("Ruben Desmet", md(1, 4), CW))
en("Just got word from HR that Alexandra Popescu starts on the first of February. She'll be one of our software developers.",
   J("Alexandra Popescu", md(2, 1), SE))
nl("Goedemorgen, ik spreek niet goed Nederlands. Mijn collega John Whitfield gaat weg van bedrijf, laatste dag is 15 januari. Hij is programmeur.",
   L("John Whitfield", md(1, 15), SE))
nl("Kunnen jullie een werkplek regelen voor Maaike Schouten? Ze begint 1 februari als planner.",
   J("Maaike Schouten", md(2, 1)))
en("Evening all. Lena Hoffmann is leaving Facilities on 31 March 2027 — she's retiring!",
   L("Lena Hoffmann", ymd(2027, 3, 31), FC))
nl("Stefan de Wit stapt per 1 februari over van ontwikkelaar naar facilitair coördinator. Hij blijft op dezelfde locatie.",
   M("Stefan de Wit", md(2, 1), FC, SE))
en("I'd like to register a new starter. Name: Oluwaseun Adeyemi. Role: Care Worker. Start: Monday, 25 January 2027.",
   J("Oluwaseun Adeyemi", on("mon", ymd(2027, 1, 25)), CW))
nl("Romy Verhagen gaat weg bij de verkoop, ze heeft een baan bij een klant aangenomen. Laatste werkdag 29-1.",
   L("Romy Verhagen", md(1, 29), AM))
en("Hi, could you give Ethan Clarke access to everything a developer needs? He started this week and is still waiting.",
   J("Ethan Clarke", None, SE))
nl("Vandaag gehoord: Tessa van Leeuwen-Bakker vertrekt op 31 december. Kun jij haar offboarding opstarten?",
   L("Tessa van Leeuwen-Bakker", md(12, 31)))
en("Starting Jan 4: Liam Murphy, facilities coordinator at the Utrecht office.",
   J("Liam Murphy", md(1, 4), FC))
nl("Beste HR, Niels Vroom (zorgmedewerker) en Esther Kramer (zorgmedewerker) hebben allebei opgezegd. Niels stopt op 31 december, Esther op 15 januari.",
   L("Niels Vroom", md(12, 31), CW), L("Esther Kramer", md(1, 15), CW))
en("Hey there, new person on the team next Tuesday: Zoe Adams, sales rep. Can she have a laptop and phone by then?",
   J("Zoe Adams", wd("tue"), AM))
nl("Graag een account voor Kevin Ramdin, nieuwe programmeur, begint aanstaande maandag.",
   J("Kevin Ramdin", wd("mon"), SE))
en("Olivia Brooks will be moving from our care team into the engineering team on 1 April 2027.",
   M("Olivia Brooks", ymd(2027, 4, 1), SE, CW))
nl("Hallo, Gijs van der Linden uit mijn team verlaat het bedrijf op vr 18 december. Hij is accountmanager.",
   L("Gijs van der Linden", on("fri", md(12, 18)), AM))
en("We've hired Chen Wei as a developer — start date is Monday 4 January. Can you create his accounts?",
   J("Chen Wei", on("mon", md(1, 4)), SE))
nl("Merel Huisman begint morgen op de facilitaire dienst. Ja ik weet het, erg kort dag...",
   J("Merel Huisman", plus(1), FC))
en("Leaving us: Samuel Ashworth (caregiver), last shift on 20 December.",
   L("Samuel Ashworth", md(12, 20), CW))
nl("FW: uitdiensttreding\n\n> Van: Salarisadministratie\n> Onderwerp: uitdiensttreding\n>\n> Het dienstverband van Ingrid Jacobs, verzorgende, "
   "wordt beëindigd per 1 februari 2027. Haar laatste werkdag is 31 januari 2027.",
   L("Ingrid Jacobs", ymd(2027, 1, 31), CW), mail=True)
en("Can you also sort out Raj Patel? He's going from dev to account manager from next Monday.",
   M("Raj Patel", wd("mon"), AM, SE))
nl("Nieuwe collega's in de zorg per 1 februari: Nina Aksoy, Sophie Reijnders. Beiden verzorgende.",
   J("Nina Aksoy", md(2, 1), CW), J("Sophie Reijnders", md(2, 1), CW))
en("Hi! Could someone please prepare a laptop and an access pass for Emily Watson-Hughes? She's joining as an account manager on the 11th of January.",
   J("Emily Watson-Hughes", md(1, 11), AM))
nl("Dit is Freek van Hal (locatiemanager). Bij ons stopt Harm Veenstra als facilitair medewerker op 15-01-2027.",
   L("Harm Veenstra", ymd(2027, 1, 15), FC))
en("FYI Carlos Mendes starts in three weeks as our new facilities coordinator.",
   J("Carlos Mendes", plus(21), FC))
nl("Iris Kok gaat per 1 maart van de zorg naar het salesteam, als accountmanager.",
   M("Iris Kok", md(3, 1), AM, CW))
en("quick q - Noah Fitzgerald starts as a developer on jan 18th, do i need to do anything else besides telling you?",
   J("Noah Fitzgerald", md(1, 18), SE))
nl("Goedenavond, onze vertegenwoordiger Ruud Hermans vertrekt per 1 januari naar een ander bedrijf. Zijn auto en telefoon moeten terug.",
   L("Ruud Hermans", md(1, 1), AM))
en("Please note that Dr. Anika Sharma joins on Tuesday 2 February 2027. She won't need any of the standard role kit, just a laptop.",
   J("Anika Sharma", on("tue", ymd(2027, 2, 2))))
nl("Hoi! Vanaf woensdag 13 januari is Fenna Dekker onze nieuwe softwareontwikkelaar 🎉",
   J("Fenna Dekker", on("wed", md(1, 13)), SE))
en("Laura Bianchi has decided to leave. Her last working day will be Thursday 28 January. She's in the facilities team.",
   L("Laura Bianchi", on("thu", md(1, 28)), FC))
nl("vertrek anton de groot ivm verhuizing, laatste dag 24 dec, was verzorgende",
   L("Anton de Groot", md(12, 24), CW), lower=True)
en("Hey, Marcus Johansson joins us tomorrow as a backend developer. Sorry for the short notice, it was arranged last minute.",
   J("Marcus Johansson", plus(1), SE))
nl("Goedemiddag. Met ingang van 1 januari 2027 wordt Wendy Kuijpers, nu accountmanager, coördinator van de facilitaire dienst.",
   M("Wendy Kuijpers", ymd(2027, 1, 1), FC, AM))
en("Our new starter Ayesha Khan will join the care team on 4/1/2027.",
   J("Ayesha Khan", ymd(2027, 1, 4), CW))
nl("Jeroen Evers heeft ontslag genomen. Hij is ontwikkelaar en zijn laatste werkdag valt op vrijdag 29 januari.",
   L("Jeroen Evers", on("fri", md(1, 29)), SE))
en("Hi Handover, please create a joiner for Sven Lindqvist, role facilities coordinator, starting next week Wednesday.",
   J("Sven Lindqvist", nw("wed"), FC))
nl("Mijn teamlid Sarita Ramsaran stopt ermee op 8 januari. Ze is verzorgende. Wie regelt het inleveren van haar sleutel?",
   L("Sarita Ramsaran", md(1, 8), CW))
en("Welcome aboard to Jacob Miller, our new account manager! He starts Monday, January 11th.",
   J("Jacob Miller", on("mon", md(1, 11)), AM))
nl("Per volgende week maandag gaat Lars Bosman van de facilitaire dienst naar ons dev-team.",
   M("Lars Bosman", nw("mon"), SE, FC))
en("Matteo Ricci starts as a programmer on 1/3.",
   J("Matteo Ricci", md(3, 1), SE))
nl("Goedemorgen, wij hebben een nieuwe verkoopster aangenomen: Demi Hofstede. Ze begint op 15 februari.",
   J("Demi Hofstede", md(2, 15), AM))
en("Just so you know, Abigail Foster has quit, effective immediately. She was a care worker at the Oak House location.",
   L("Abigail Foster", NOW, CW))
nl("Hallo. Ik heb een vraag. Mijn nieuwe medewerker Ivo Mertens komt over een week. Hij gaat werken als accountmanager. Wat moet ik doen?",
   J("Ivo Mertens", plus(7), AM))
# --- part 3 -----------------------------------------------------------------
en("Hi, Priyanka D'Souza is joining as a Software Engineer on Monday the 1st of February. Priyanka will need GitHub access on day one.",
   J("Priyanka D'Souza", on("mon", md(2, 1)), SE))
nl("Sorry dat het zo laat is: Ahmet Çelik begint overmorgen niet, maar pas maandag 14 december. Hij wordt facilitair medewerker.",
   J("Ahmet Çelik", on("mon", md(12, 14)), FC))
en("Leaver - Moussa N'Diaye - care worker - 31.12.2026",
   L("Moussa N'Diaye", ymd(2026, 12, 31), CW))
nl("Anna Maria van Dijk start op 1 maart als accountmanager. Anna Maria heeft al een telefoon van ons gehad als freelancer, dus alleen een laptop graag.",
   J("Anna Maria van Dijk", md(3, 1), AM))
en("Jan Willem Blom is being promoted from carer to facilities coordinator from 1 January.",
   M("Jan Willem Blom", md(1, 1), FC, CW))
nl("Wil je Robin 't Hooft uitschrijven? Vandaag is zijn laatste werkdag.",
   L("Robin 't Hooft", NOW))
en("Minh Anh Nguyen will join our dev team on 15/02/2027.",
   J("Minh Anh Nguyen", ymd(2027, 2, 15), SE))
nl("Dag allemaal, op donderdag 14 januari begint Jamal Bouzid als zorgmedewerker op locatie Zonnehof.",
   J("Jamal Bouzid", on("thu", md(1, 14)), CW))
en("Can you arrange the exit for Victoria Hale? She's our account manager for the north and her final day is Friday, 26 February 2027.",
   L("Victoria Hale", on("fri", ymd(2027, 2, 26)), AM))
nl("Eva Lambrechts komt vanaf 1 februari het team versterken, maar het contract is nog niet getekend. Functie: ontwikkelaar.",
   J("Eva Lambrechts", md(2, 1), SE))
en("New hire: Diego Alvarez (sales representative). First day: 2027-01-11. Manager: me.",
   J("Diego Alvarez", ymd(2027, 1, 11), AM))
nl("Aanmelding nieuwe medewerker\nNaam: Sara El Idrissi\nFunctie: Verzorgende\nIngangsdatum: 04-01-2027\nLocatie: De Hoven",
   J("Sara El Idrissi", ymd(2027, 1, 4), CW), mail=True)
en("Our facilities coordinator Patrick Doyle is off to pastures new — his leaving date is 15 January.",
   L("Patrick Doyle", md(1, 15), FC))
nl("Goeiemiddag, vanaf 1 april wordt Nathalie Goossens accountmanager. Momenteel is ze nog werkzaam op de facilitaire dienst.",
   M("Nathalie Goossens", md(4, 1), AM, FC))
en("fyi josh keller starts tmrw as dev",
   J("Josh Keller", plus(1), SE), lower=True)
nl("Milan Vos gaat ons helaas verlaten. Laatste werkdag: dinsdag 12 januari. Hij werkt in het ontwikkelteam.",
   L("Milan Vos", on("tue", md(1, 12)), SE))
en("Hello — Sophia Papadopoulos and Nikos Georgiou both join the facilities team on 18 January.",
   J("Sophia Papadopoulos", md(1, 18), FC), J("Nikos Georgiou", md(1, 18), FC))
nl("Kan ik hier ook een verplaatsing doorgeven? Mark Hoogendoorn gaat per 15 februari als programmeur werken, hij was vertegenwoordiger.",
   M("Mark Hoogendoorn", md(2, 15), SE, AM))
en("Hi. Emma-Louise Grant's last day is the 22nd. She's one of the carers on the dementia unit.",
   L("Emma-Louise Grant", md(12, 22), CW))
nl("Vanaf 11 januari is Joost Mulder onze nieuwe accountmanger voor de regio Zwolle.",
   J("Joost Mulder", md(1, 11), AM))
en("Rachel Goldberg moves to the dev team next month, on the 4th. Until then she stays in Sales.",
   M("Rachel Goldberg", ymd(2027, 1, 4), SE, AM))
nl("Jullie krijgen een nieuwe collega op de facilitaire dienst: Tim Lammers, per maandag 4 januari. Tim, welkom!",
   J("Tim Lammers", on("mon", md(1, 4)), FC))
en("Please close all accounts for Owen Price on 31/01/2027, he's leaving the sales team.",
   L("Owen Price", ymd(2027, 1, 31), AM))
nl("Hoi, Marieke hier. Zeynep Arslan gaat van verzorgende naar facilitair medewerker per 1 januari, ivm haar rug.",
   M("Zeynep Arslan", md(1, 1), FC, CW))
en("Aiden Walsh, junior developer, first day Monday 18/01/2027.",
   J("Aiden Walsh", on("mon", ymd(2027, 1, 18)), SE))
nl("Helaas heeft Femke Willemsen besloten te stoppen. Ze werkt bij ons als zorgmedewerker en haar contract loopt af op 31 januari.",
   L("Femke Willemsen", md(1, 31), CW))
en("Hey, this is Kate from the Leeds office. We've got a new facilities co-ordinator, Harriet Lane, starting Monday 4th January.",
   J("Harriet Lane", on("mon", md(1, 4)), FC))
nl("Goedemorgen, hierbij meld ik dat Bart Claessens (verkoper) op 30 december zijn laatste werkdag heeft.",
   L("Bart Claessens", md(12, 30), AM))
en("From 1 February Maya Cohen works as a care worker instead of as a facilities coordinator.",
   M("Maya Cohen", md(2, 1), CW, FC))
nl("Nieuw: Youssef Amrani, programmeur, eerste werkdag 11-01.",
   J("Youssef Amrani", md(1, 11), SE))
en("Can you help? I have a starter next Monday, Grace Kim, a care worker, and I don't know what to do for her keys.",
   J("Grace Kim", wd("mon"), CW))
nl("Lisa Kok vervangt Mark Hoek als accountmanager. Lisa begint op 1 februari, Mark vertrekt op 29 januari.",
   J("Lisa Kok", md(2, 1), AM), L("Mark Hoek", md(1, 29), AM))
en("Stephen Blackwood (software developer) is leaving on 5 February 2027.",
   L("Stephen Blackwood", ymd(2027, 2, 5), SE))
nl("Per 1-3 start Lotte Hermsen op de facilitaire afdeling als coördinator.",
   J("Lotte Hermsen", md(3, 1), FC))
en("Our developer Isaac Levi is moving over to the account management side from Monday 11 January.",
   M("Isaac Levi", on("mon", md(1, 11)), AM, SE))
nl("Hi, hoe gaat het? Ik wilde even doorgeven dat Bo Janssens morgen begint als verzorgende. Kun je dat nog regelen vandaag?",
   J("Bo Janssens", plus(1), CW))
en("Jessica Reid will be leaving us at the end of the month. She's a facilities coordinator.",
   L("Jessica Reid", EOM, FC))
nl("Namens de directie: Willem-Alexander Pronk treedt per 1 februari 2027 in dienst als senior ontwikkelaar.",
   J("Willem-Alexander Pronk", ymd(2027, 2, 1), SE))
en("Hey bot, new account manager coming: Lucía Fernández, 18 January. Thanks!",
   J("Lucía Fernández", md(1, 18), AM))
nl("Marco Rossi gaat 1 maart weg bij de verkoop en begint dan bij de facilitaire dienst.",
   M("Marco Rossi", md(3, 1), FC, AM))
en("Hi, it's Dave from the warehouse. Connor Hughes is leaving on Friday, just him, no replacement yet.",
   L("Connor Hughes", wd("fri")))
nl("Kunnen jullie voor Naima Ouali een telefoon en sleutel klaarleggen? Ze start over 2 weken bij de zorg.",
   J("Naima Ouali", plus(14), CW))
en("Please set up Benjamin Roth. Role: engineer. Start: next Thursday.",
   J("Benjamin Roth", wd("thu"), SE))
nl("Dag, de heer Patrick Van Damme neemt afscheid op vrijdag 15 januari. Hij was verkoper in onze winkel in Gent.",
   L("Patrick Van Damme", on("fri", md(1, 15)), AM))
en("Tanya Ivanova has accepted our offer — she'll start as a developer on 1 March 2027.",
   J("Tanya Ivanova", ymd(2027, 3, 1), SE))
nl("Ter info: Hans Smulders gaat per 1 januari met pensioen. Was jarenlang accountmanager.",
   L("Hans Smulders", md(1, 1), AM))
en("Hi, could you please change Rosa Delgado's role to care worker from Monday 7 December? She's been on the reception desk until now.",
   M("Rosa Delgado", on("mon", md(12, 7)), CW, None))
nl("Er begint maandag 18 januari een nieuwe zorgmedewerker: Dionne Pinas. Dionne werkt vooral nachtdiensten.",
   J("Dionne Pinas", on("mon", md(1, 18)), CW))
en("Leaving: Harry Whitaker, developer, 18/12.",
   L("Harry Whitaker", md(12, 18), SE))
nl("Per 4 januari stroomt Kaj Verschuren in als ontwikelaar (junior).",
   J("Kaj Verschuren", md(1, 4), SE))
# --- part 4 -----------------------------------------------------------------
nl("Re: nieuwe collega\n\nHoi Petra, ja dat klopt. Thomas Beerens start begin volgende maand, op maandag 4 januari, als vertegenwoordiger.\n\n"
   "> Op 2 dec. 2026 schreef Petra:\n> Klopt het dat er een nieuwe vertegenwoordiger komt?",
   J("Thomas Beerens", on("mon", md(1, 4)), AM), mail=True)
nl("Hallo, ik ben de nieuwe manager van team Noord, en mijn Nederlands is nog niet zo goed. Collega Elif Demir gaat weg op 31 december. Ze is verzorgende.",
   L("Elif Demir", md(12, 31), CW))
nl("Hey! Joep Maassen komt ons versterken als developer. Startdatum: 1 feb. Laptop met 32GB graag 😇",
   J("Joep Maassen", md(2, 1), SE))
nl("Beste collega's van ICT, graag een account voor Hanneke Pauwels. Ze begint donderdag 7 januari als facilitair medewerkster.",
   J("Hanneke Pauwels", on("thu", md(1, 7)), FC))
nl("Wordt Jesse Bakker nou echt accountmanager? Ja! Per 1 februari, hij stopt dan als programmeur.",
   M("Jesse Bakker", md(2, 1), AM, SE))
nl("Gisteren is Roel Verbruggen vertrokken, ik was vergeten dat door te geven. Hij was zorgmedewerker. Kan alles nog dicht?",
   L("Roel Verbruggen", plus(-1), CW), past=True)
nl("Pas op, wijziging: Amber Sluiter begint niet op 4 januari maar een week later. Functie blijft accountmanager.",
   J("Amber Sluiter", md(1, 11), AM))
nl("Dag Handover, ik meld de uitstroom van drie... nee, twee mensen: Wilma Stam (verzorgende) per 31-12 en Henk Zijlstra (facilitair medewerker) per 15-01.",
   L("Wilma Stam", md(12, 31), CW), L("Henk Zijlstra", md(1, 15), FC))
nl("Goedemorgen, vanaf 1 januari gaat Laura Hendrix als programmeur aan de slag bij ons. Ze komt van de hogeschool.",
   J("Laura Hendrix", md(1, 1), SE))
nl("Vanaf morgen heeft Patricia Nooitgedagt een andere functie: ze gaat van de receptie naar de facilitaire dienst.",
   M("Patricia Nooitgedagt", plus(1), FC, None))
nl("Christiaan de Vries-van Houten gaat per 1 maart 2027 met pensioen. Hij is onze senior accountmanager.",
   L("Christiaan de Vries-van Houten", ymd(2027, 3, 1), AM))
nl("Kun je alles regelen voor de nieuwe verzorgende? Ze heet Nienke Zwart en ze begint over vier weken.",
   J("Nienke Zwart", plus(28), CW))
nl("Wij zijn blij te melden dat Stijn Aerts vanaf maandag 8 februari onze ploeg vervoegt als programmeur.",
   J("Stijn Aerts", on("mon", md(2, 8)), SE))
nl("Afmelden graag: Erwin Gerritsen (ontwikkelaar), laatste werkdag donderdag 31 december.",
   L("Erwin Gerritsen", on("thu", md(12, 31)), SE))
nl("Kan Mila van Beek volgende week woensdag beginnen? Het is geregeld met HR, ze wordt zorgmedewerker. Graag alles klaarzetten.",
   J("Mila van Beek", nw("wed"), CW))
nl("Goedemiddag, ik wil graag doorgeven dat Arjen Bos van functie verandert. Hij gaat per 1 april van vertegenwoordiger naar ontwikkelaar.",
   M("Arjen Bos", md(4, 1), SE, AM))
nl("Nieuwe ontwikkelaars per 4 januari: Daan Hoeks en Fleur Oosterhout. Graag beide een dev-laptop.",
   J("Daan Hoeks", md(1, 4), SE), J("Fleur Oosterhout", md(1, 4), SE))
nl("Maandag begint Selin Korkmaz bij ons als accountmanager. Selin zit in Eindhoven.",
   J("Selin Korkmaz", wd("mon"), AM))
nl("Hallo, alles goed? Mijn collega Frank Dirksen van de facilitaire dienst gaat ons verlaten, zijn laatste dag is dinsdag 29 december.",
   L("Frank Dirksen", on("tue", md(12, 29)), FC))
nl("Jelle Wijnands, zorgmedewerker, gaat per direct weg. Wil je zijn pas blokkeren?",
   L("Jelle Wijnands", NOW, CW))
nl("hallo ik ben Mike, nieuwe teamlead. ik wil zeggen: Emma de Boer start bij mijn team op 11 januari, zij is developer.",
   J("Emma de Boer", md(1, 11), SE))
nl("Van: Afdeling P&O\nAan: Handover\nOnderwerp: indiensttreding\n\nGeachte heer/mevrouw,\n\nMet ingang van 15 februari 2027 treedt "
   "mevrouw Kimberly Sno in dienst in de functie van verzorgende.\n\nMet vriendelijke groet,\nAfdeling P&O",
   J("Kimberly Sno", ymd(2027, 2, 15), CW), mail=True)
nl("Over drie weken gaat Pim Rutten naar de verkoop. Nu zit hij nog op de facilitaire dienst.",
   M("Pim Rutten", plus(21), AM, FC))
nl("Kort: Chantal Ramdas, start 12/1, verzorgende.",
   J("Chantal Ramdas", md(1, 12), CW))
nl("Goedemorgen. Emre Doğan werkt tot en met 22 januari bij ons als programmeur.",
   L("Emre Doğan", md(1, 22), SE))
nl("Allo, Lore Van den Broeck start op 1 februari als accountmanager in Brussel. Kunnen jullie haar een laptop en een GSM bezorgen?",
   J("Lore Van den Broeck", md(2, 1), AM))
nl("Vrijdag is de laatste dag van Sjoerd Bijl. Hij heeft bij ons als ontwikkelaar gewerkt.",
   L("Sjoerd Bijl", wd("fri"), SE))
nl("Hoi! Vraagje: moet ik een nieuwe facilitair coördinator hier melden of bij HR? Het gaat om Wouter Meijer, start 1 maart.",
   J("Wouter Meijer", md(3, 1), FC))
nl("Cor Steenbergen verlaat ons eind december. Zijn laatste werkdag is 23 december. Hij was verkoper buitendienst.",
   L("Cor Steenbergen", md(12, 23), AM))
nl("Wil je de overstap van Inge Stevens doorvoeren? Zorgmedewerker wordt accountmanager, ingangsdatum 1-2.",
   M("Inge Stevens", md(2, 1), AM, CW))
nl("Goeie, Yannick Maes begint op 18 januari als zorgmedewerker. Ge moogt hem een telefoon geven, de sleutel krijgt hij van mij.",
   J("Yannick Maes", md(1, 18), CW))
nl("Per 1 januari: Gerda Pool uit dienst (verzorgende), Linda Boersma in dienst (verzorgende).",
   L("Gerda Pool", md(1, 1), CW), J("Linda Boersma", md(1, 1), CW))
nl("Hoi, Ricardo Pinto start op 4-1-2027 als accountmanager. Mag hij ook een leaseauto?",
   J("Ricardo Pinto", ymd(2027, 1, 4), AM))
nl("Wij hebben afscheid genomen van Ellen Vermeer, ontwikkelaar. Haar laatste werkdag is 18 december.",
   L("Ellen Vermeer", md(12, 18), SE))
nl("Volgende week vrijdag gaat Bert-Jan Kroon bij ons weg, hij werkte als facilitair medewerker.",
   L("Bert-Jan Kroon", nw("fri"), FC))
nl("Sorry voor de haast: Aylin Şahin is vandaag gestart als verzorgende en heeft nog niks. Kan dit met spoed?",
   J("Aylin Şahin", NOW, CW))
nl("Hallo, ik ben de nieuwe manager van verkoop. Onze nieuwe accountmanager heet Quinten Vlot en begint maandag 25 januari.",
   J("Quinten Vlot", on("mon", md(1, 25)), AM))
nl("Marjolein van Es gaat over een week van de zorg naar de facilitaire dienst.",
   M("Marjolein van Es", plus(7), FC, CW))
nl("Ik heb een nieuwe programmeur: Timo Kool. Hij begint op 2 februari.",
   J("Timo Kool", md(2, 2), SE))
nl("Dag, Sanne Lemmens werkt haar laatste dag op woensdag 30 december als zorgmedewerker. Nadien gaat ze studeren.",
   L("Sanne Lemmens", on("wed", md(12, 30)), CW))
nl("Goedemiddag, kan er per 1 februari een laptop klaarstaan voor onze nieuwe controller, Ronald Buis?",
   J("Ronald Buis", md(2, 1)))
nl("Maurice Tjin-A-Tsoi wordt per 15 januari accountmanager; hij werkte tot nu toe als ontwikkelaar.",
   M("Maurice Tjin-A-Tsoi", md(1, 15), AM, SE))
nl("Nog even over Jasmijn Prins: zij begint toch al op maandag 11 januari als facilitair coördinator en niet op 18 januari.",
   J("Jasmijn Prins", on("mon", md(1, 11)), FC))
nl("Ik wou melden dat Gilles Dupont ons binnenkort verlaat. Hij werkt als programmeur, de datum weet ik nog niet.",
   L("Gilles Dupont", None, SE))
nl("Vandaag laatste dag voor Sharon Tromp, facilitair medewerker. Pas en sleutels liggen bij mij.",
   L("Sharon Tromp", NOW, FC))
nl("Klopt het dat ik hier een nieuwe collega kan aanmelden? Hamid Rahimi, vertegenwoordiger, per 15 februari 2027.",
   J("Hamid Rahimi", ymd(2027, 2, 15), AM))
nl("Goedemorgen, Naomi Groeneveld gaat op 1 april van ontwikkelaar naar accountmanager en Jorrit Smit, nu nog facilitair medewerker, neemt haar plek in het dev-team in, ook op 1 april.",
   M("Naomi Groeneveld", md(4, 1), AM, SE), M("Jorrit Smit", md(4, 1), SE, FC))
nl("Uitdiensttreding Vincent Sanders, accountmanager, laatste werkdag 26-02-2027. Leaseauto retour graag.",
   L("Vincent Sanders", ymd(2027, 2, 26), AM))
nl("Hallo! Ik werk in Engeland, sorry voor mijn Nederlands. Nieuwe zorg persoon Claire Morgan start in januari de 5e.",
   J("Claire Morgan", md(1, 5), CW))
nl("Even een update, Tobias Wagner stopt per 31 januari 2027. Hij is programmeur.",
   L("Tobias Wagner", ymd(2027, 1, 31), SE))
# --- part 5 -----------------------------------------------------------------
en("Dear Handover team,\n\nI am writing to inform you that Ms Catherine Ellsworth, Account Manager, has tendered her resignation. "
   "Her final working day will be Friday 22 January 2027.\n\nKind regards,\nMargaret Fenwick\nHR Officer",
   L("Catherine Ellsworth", on("fri", ymd(2027, 1, 22)), AM), mail=True)
en("yo, new dev starting monday - Felix Brandt. laptop pls",
   J("Felix Brandt", wd("mon"), SE))
en("Would it be possible to move Hiroshi Tanaka from the facilities team to software engineering on 1 February?",
   M("Hiroshi Tanaka", md(2, 1), SE, FC))
en("Sorry to bother you again — I forgot to mention that Fiona MacLeod is leaving too. Same date as the others, 31 December. She's a carer.",
   L("Fiona MacLeod", md(12, 31), CW))
en("Announcing a new hire: Sebastián Torres will be our new account manager, starting January 25, 2027.",
   J("Sebastián Torres", ymd(2027, 1, 25), AM))
en("Hi, I'm the night manager at Willow Court. Bethany Cole starts with us as a healthcare assistant on Tuesday 15 December.",
   J("Bethany Cole", on("tue", md(12, 15)), CW))
en("Re: leaver form\n\nThanks. And for Nathan Price please put the last day as 8 January, not 15. He's a software engineer.\n\n"
   "> Can you confirm the last day for Nathan?",
   L("Nathan Price", md(1, 8), SE), mail=True)
en("We are sad to announce that Margaret O'Brien, facilities coordinator for 22 years, will retire on 31 March 2027.",
   L("Margaret O'Brien", ymd(2027, 3, 31), FC))
en("Kenji Watanabe - new engineer - starts 1st Feb",
   J("Kenji Watanabe", md(2, 1), SE))
en("Hey, we'd like Samira Haddou to step into an account manager role from 15 January. She's been in our care team for two years.",
   M("Samira Haddou", md(1, 15), AM, CW))
en("Hello! Please set up everything for two new carers: Precious Moyo and Tendai Chikwanha, both starting next week Monday.",
   J("Precious Moyo", nw("mon"), CW), J("Tendai Chikwanha", nw("mon"), CW))
en("The leaver is Luke Hammond, he's a developer, and his last day is tomorrow. Yes, I know, very late.",
   L("Luke Hammond", plus(1), SE))
en("Can you set up Anna-Lena Krüger? She joins the facilities team as coordinator on 8 February 2027.",
   J("Anna-Lena Krüger", ymd(2027, 2, 8), FC))
en("Quick update: Marco Bellini moves from software developer to account manager in two weeks.",
   M("Marco Bellini", plus(14), AM, SE))
en("Ellie Patterson, who works at our front desk, is leaving on 18 December.",
   L("Ellie Patterson", md(12, 18)))
en("Starting Monday 1 March 2027: Javier Morales, care worker, Hillside location.",
   J("Javier Morales", on("mon", ymd(2027, 3, 1)), CW))
en("Hi team. Charlotte Evans is going to be our new sales rep from 11 January. Her manager will be Peter Lowe.",
   J("Charlotte Evans", md(1, 11), AM))
en("Offboarding request: Dmitri Volkov, Software Engineer, last working day 2026-12-18, return laptop by courier.",
   L("Dmitri Volkov", ymd(2026, 12, 18), SE))
en("Hey, what do I need to do when someone changes jobs? Harriet Moss is going from facilities coordinator to carer on Monday 4 January.",
   M("Harriet Moss", on("mon", md(1, 4)), CW, FC))
en("Welcome Adaeze Okonkwo, who joins the engineering team on the 11th of January!",
   J("Adaeze Okonkwo", md(1, 11), SE))
en("Leaving on 22/12: Callum Fraser (account manager). Leaving on 23/12: Imogen Wright (account manager).",
   L("Callum Fraser", md(12, 22), AM), L("Imogen Wright", md(12, 23), AM))
en("I think I have to tell you this: Megan Howell won't be extending her contract with us. It runs until 28 February. She's a care worker.",
   L("Megan Howell", md(2, 28), CW))
en("Brand new developer joining: Mateusz Zieliński on January 4th.",
   J("Mateusz Zieliński", md(1, 4), SE))
en("Hello, Jack O'Sullivan is transferring to Facilities as of 1 March. No change to his location.",
   M("Jack O'Sullivan", md(3, 1), FC, None))
en("Good afternoon. Please be advised that Simon Whitfield-Jones will commence employment as an Account Manager on Monday 15 February 2027.",
   J("Simon Whitfield-Jones", on("mon", ymd(2027, 2, 15)), AM))
en("Reminder that Ravi Kumar leaves Friday 8 January — he's a developer on the payments team.",
   L("Ravi Kumar", on("fri", md(1, 8)), SE))
en("Hey, can you get a phone ready for Lily Chapman? She's our new care worker and starts Tuesday.",
   J("Lily Chapman", wd("tue"), CW))
en("Ana Costa will be joining as a facility coordinator. We haven't agreed a start date yet.",
   J("Ana Costa", None, FC))
en("heads-up: Tyler Brooks, sales, last day 12/31",
   L("Tyler Brooks", md(12, 31), AM))
en("From next Monday Sienna Ward will be working as a developer; she's been an account manager with us until now.",
   M("Sienna Ward", wd("mon"), SE, AM))
en("Could you please create accounts for our new engineer Pavel Novák? He starts 18 January 2027 in Prague but reports to me.",
   J("Pavel Novák", ymd(2027, 1, 18), SE))
en("Morning! Jade Thompson's final shift as a caregiver is this Sunday, 6 December.",
   L("Jade Thompson", on("sun", md(12, 6)), CW))
en("Can I announce two changes at once? Daniel Schwarz starts as a developer on 1 February and Mia Russo from facilities leaves the company on 29 January.",
   J("Daniel Schwarz", md(2, 1), SE), L("Mia Russo", md(1, 29), FC))
en("Please onboard Alejandro Ruiz Vega, account manager, from 1 February 2027.",
   J("Alejandro Ruiz Vega", ymd(2027, 2, 1), AM))
en("Noelle Carter starts as a care worker on Monday 11 Jan.",
   J("Noelle Carter", on("mon", md(1, 11)), CW))
en("Hi, I need to let you know that one of my developers, Ibrahim Diallo, has resigned. His notice ends on 15 January.",
   L("Ibrahim Diallo", md(1, 15), SE))
en("---------- Forwarded message ----------\nFrom: Recruitment\nSubject: Offer accepted\n\nGreat news, Ingrid Solberg has accepted the Facilities "
   "Coordinator position. Start date: 4 January 2027.\n\n----------\nCan you take it from here? Thanks",
   J("Ingrid Solberg", ymd(2027, 1, 4), FC), mail=True)
en("Holly Baxter is moving to account management. Starts in the new role on 1 Feb. Currently in facilities.",
   M("Holly Baxter", md(2, 1), AM, FC))
en("Our new developer, Thiago Santos, starts on Wednesday 20 January 2027. Thiago will work remotely from Lisbon.",
   J("Thiago Santos", on("wed", ymd(2027, 1, 20)), SE))
en("Please can you deactivate Gemma Lloyd after the 31st? That's her last day in the care team.",
   L("Gemma Lloyd", md(12, 31), CW))
en("Hey, Ollie Bradshaw joins as an engineer on Monday, Sam Ruiz, also an engineer, leaves us on Friday. Thanks in advance!",
   J("Ollie Bradshaw", wd("mon"), SE), L("Sam Ruiz", wd("fri"), SE))
en("New starter next Wednesday, Erin Doherty, facilities coordinator.",
   J("Erin Doherty", wd("wed"), FC))
en("Hi, Marta Kowalska has been offered a permanent role as a care worker. She's currently a temp in our facilities team. The change starts 1 January 2027.",
   M("Marta Kowalska", ymd(2027, 1, 1), CW, FC))
en("Samuel Okoro finishes with us on 26 February. Account manager, Midlands region.",
   L("Samuel Okoro", md(2, 26), AM))
en("Hi there, we just hired Bilal Hussain as our new software developer! He's starting on 15th February.",
   J("Bilal Hussain", md(2, 15), SE))
en("Can you set up Dutch colleague Marieke van der Zande as an account manager? She starts on 4 January.",
   J("Marieke van der Zande", md(1, 4), AM))
en("Unfortunately Ruth Abernathy has been dismissed. Her employment ends today. She was a care worker.",
   L("Ruth Abernathy", NOW, CW))
en("Zara Ahmed moves to the care team on Monday 18 January; she's been at reception.",
   M("Zara Ahmed", on("mon", md(1, 18)), CW, None))
en("New account manager for the Rotterdam office, Hugo Lambert, starting 1/2/2027. Hugo speaks French and English, no Dutch yet.",
   J("Hugo Lambert", ymd(2027, 2, 1), AM))
en("Jamie Nolan leaves on 15/1. Not sure what his role is in the system, he does our payroll.",
   L("Jamie Nolan", md(1, 15)))
# --- part 6 -----------------------------------------------------------------
nl("Goedemorgen! Dinsdag 2 feb start Lucas Vermaat als ontwikkelaar. Lucas komt uit Groningen en werkt hybride.",
   J("Lucas Vermaat", on("tue", md(2, 2)), SE))
en("In a fortnight we welcome Oscar Lindgren to the sales team as an account manager.",
   J("Oscar Lindgren", plus(14), AM))
nl("Uit dienst per 1 jan. 2027: Miranda Koopmans, verzorgende. In dienst per 1 jan. 2027: niemand, helaas.",
   L("Miranda Koopmans", ymd(2027, 1, 1), CW))
en("Can we get Aoife Byrne set up as a developer for Monday the 25th of January? Aoife is coming over from our Dublin office, she's new to the company.",
   J("Aoife Byrne", on("mon", md(1, 25)), SE))
nl("Per 1/1 gaat Ferdi Hartman van accountmanager naar verzorgende. Bijzondere overstap, maar hij wil het graag.",
   M("Ferdi Hartman", md(1, 1), CW, AM))
en("This is to let you know that Victor Hugo Almeida, care worker, will be leaving us on 17 January.",
   L("Victor Hugo Almeida", md(1, 17), CW))
nl("Hoi, Sofie Maes komt bij ons werken als facilitair medewerker. Haar eerste dag is maandag 1 februari 2027. Sofie heeft een sleutel nodig.",
   J("Sofie Maes", on("mon", ymd(2027, 2, 1)), FC))
en("Account for new starter please: Tomás Ó Briain, software engineer, starts 4 Jan 2027.",
   J("Tomás Ó Briain", ymd(2027, 1, 4), SE))
nl("Jammer maar waar: onze programmeur Wessel Dijkman gaat weg per 1 februari.",
   L("Wessel Dijkman", md(2, 1), SE))
en("Hi, Rosie Turner moves from care worker to account manager on Friday 1 January 2027.",
   M("Rosie Turner", on("fri", ymd(2027, 1, 1)), AM, CW))
nl("Ik ben vergeten door te geven dat Mees Hoogland sinds maandag bij ons werkt als programmeur. Kan hij alsnog een account krijgen?",
   J("Mees Hoogland", ymd(2026, 11, 30), SE), past=True)
en("Hi, Oskar Nilsson (account manager) leaves in three weeks.",
   L("Oskar Nilsson", plus(21), AM))
nl("Aanvraag: account + laptop + pas voor Benthe Kuiper, nieuwe accountmanager per 8 februari.",
   J("Benthe Kuiper", md(2, 8), AM))
en("Please note: Elijah Johnson's start date has moved from 4 January to 11 January. He's joining as a developer.",
   J("Elijah Johnson", md(1, 11), SE))
nl("Goedenmiddag, Henk van 't Veer, facilitair coördinator, neemt per 1 april 2027 afscheid.",
   L("Henk van 't Veer", ymd(2027, 4, 1), FC))
en("Hi — Lukas Becker and Jonas Weber, both software engineers, leave on Thursday 31 December.",
   L("Lukas Becker", on("thu", md(12, 31)), SE), L("Jonas Weber", on("thu", md(12, 31)), SE))
nl("Nieuwe medewerker bij de verkoop: Jasmin Benhaddou. Ze start op woensdag 3 februari 2027.",
   J("Jasmin Benhaddou", on("wed", ymd(2027, 2, 3)), AM))
en("Heads up: Leah Morrison swaps from account manager to facilities coordinator on 1st March.",
   M("Leah Morrison", md(3, 1), FC, AM))
nl("Sander Kort, zorgmedewerker, heeft een andere baan gevonden. Hij is hier nog tot en met 15 januari.",
   L("Sander Kort", md(1, 15), CW))
en("Hello, just confirming that Amelia Hart begins as a care worker next week Thursday. Amelia is from an agency.",
   J("Amelia Hart", nw("thu"), CW))
nl("Kan je dit doorzetten? Ayoub Bakkali begint per 1 maart als programmeur en Lieke Hermans (programmeur) gaat per 28 februari weg.",
   J("Ayoub Bakkali", md(3, 1), SE), L("Lieke Hermans", md(2, 28), SE))
en("I'm pleased to share that Ewan Campbell joins us on Monday 8 February 2027 as a Facilities Coordinator.",
   J("Ewan Campbell", on("mon", ymd(2027, 2, 8)), FC))
nl("Beste, mevrouw Nadine Willaert gaat ons op 31 januari verlaten als verzorgende. Gelieve alles in orde te brengen.",
   L("Nadine Willaert", md(1, 31), CW))
en("Hey! Can u help me onboard Ji-woo Park? Starting 1st of Feb as software dev.",
   J("Ji-woo Park", md(2, 1), SE))
nl("Goedemorgen, per 15-2 wordt Kirsten Blom accountmanager. Ze zit nu bij de facilitaire dienst.",
   M("Kirsten Blom", md(2, 15), AM, FC))
en("Our receptionist Paula Reyes leaves on 24 December.",
   L("Paula Reyes", md(12, 24)))
nl("Ha, ik heb goed nieuws, Ties van Wijk komt vanaf 11 januari bij ons als zorgmedewerker. Ties heeft al een VOG.",
   J("Ties van Wijk", md(1, 11), CW))
en("Please process the move of Derek Ng from facilities coordinator to software engineer, effective Tuesday 5 January 2027.",
   M("Derek Ng", on("tue", ymd(2027, 1, 5)), SE, FC))
nl("Onze ontwikkelaar Finn de Ruiter heeft ontslag genomen; laatste werkdag donderdag 14 januari.",
   L("Finn de Ruiter", on("thu", md(1, 14)), SE))
en("Starting Monday: Beatriz Oliveira, account manager. Sorry for the late notice!",
   J("Beatriz Oliveira", wd("mon"), AM))
nl("Hallo, Nina Cornelissen gaat vanaf maandag 4 januari aan de slag als facilitair coordinator. Zij vervangt Gerard, die met pensioen is.",
   J("Nina Cornelissen", on("mon", md(1, 4)), FC))
en("Offboard Kieran Walsh, developer, on 15 January please.",
   L("Kieran Walsh", md(1, 15), SE))
nl("Ik wil een nieuwe collega aanmelden, maar ik weet de startdatum nog niet. Het gaat om Mirjam Vos, verzorgende.",
   J("Mirjam Vos", None, CW))
en("Hi, new in my team from 18 January: Nia Williams, care worker. And from 25 January: Seren Hughes, care worker.",
   J("Nia Williams", md(1, 18), CW), J("Seren Hughes", md(1, 25), CW))
nl("Goedemorgen, vanaf 1 januari is Ruben Pereira geen vertegenwoordiger meer maar ontwikkelaar.",
   M("Ruben Pereira", md(1, 1), SE, AM))
en("Adam Nowicki is leaving the company on 29th January. He's a facilities coordinator.",
   L("Adam Nowicki", md(1, 29), FC))
nl("Morgen start Jill Beekman als accountmanager. Vandaag pas gehoord. Kan dit nog?",
   J("Jill Beekman", plus(1), AM))
en("Hello, could you set up Nathaniel Brooks-Owusu? He's our new carer, first day 14 December.",
   J("Nathaniel Brooks-Owusu", md(12, 14), CW))
nl("Laatste werkdag van Erik-Jan Staal (programmeur) is 8-1-2027.",
   L("Erik-Jan Staal", ymd(2027, 1, 8), SE))
en("Rohan Kapoor joins us as a software engineer on 1 April 2027, after finishing his master's.",
   J("Rohan Kapoor", ymd(2027, 4, 1), SE))
nl("Vanaf volgende week dinsdag werkt Els Moerman als verzorgende in plaats van op de facilitaire dienst.",
   M("Els Moerman", nw("tue"), CW, FC))
en("Max Schneider leaves tomorrow, he was an account manager. Please collect his car keys and phone.",
   L("Max Schneider", plus(1), AM))
nl("Beste ICT, hierbij de aanmelding van Rachid Ait Taleb, accountmanager, ingangsdatum 18 januari 2027.",
   J("Rachid Ait Taleb", ymd(2027, 1, 18), AM))
en("We've got a new care worker starting on 4 Jan: Blessing Adebayo. Blessing needs a phone and the med cabinet key.",
   J("Blessing Adebayo", md(1, 4), CW))
nl("Hoi, is het nog op tijd? Floor Jonker begint volgende week maandag op de facilitaire dienst.",
   J("Floor Jonker", nw("mon"), FC))
en("Hi, I manage the sales team. Freya Collins joins us as account manager on Tuesday 12 January.",
   J("Freya Collins", on("tue", md(1, 12)), AM))
nl("Pieter de Graaff, ontwikkelaar, uit dienst per 31-1-2027.",
   L("Pieter de Graaff", ymd(2027, 1, 31), SE))
en("Just a note that Maximilian von Bergen joins the developers on 15 February. He'll be based in Amsterdam.",
   J("Maximilian von Bergen", md(2, 15), SE))
nl("Melding: Karim Essaidi wordt per 1 februari verzorgende. Hij is nu nog accountmanager.",
   M("Karim Essaidi", md(2, 1), CW, AM))
en("Cancel that — Jodie Marsh is not leaving on the 18th after all, it's the 23rd of December. She's one of our carers.",
   L("Jodie Marsh", md(12, 23), CW))
nl("Hallo! Wij verwelkomen op 4 januari Priscilla Kromodimedjo als nieuwe zorgmedewerker.",
   J("Priscilla Kromodimedjo", md(1, 4), CW))
en("Sorry, one more: Dylan Hayes, account manager, starts on Monday 1 February 2027.",
   J("Dylan Hayes", on("mon", ymd(2027, 2, 1)), AM))
nl("Graag de toegang aanpassen voor Tamara Lodewijks: ze gaat per 1 maart van de facilitaire dienst naar de verkoop.",
   M("Tamara Lodewijks", md(3, 1), AM, FC))
en("Hi, Elena Petrova starts as a software engineer on 2027-02-01 and Igor Petrov, facilities coordinator, leaves on 2027-01-29. Not related, despite the names!",
   J("Elena Petrova", ymd(2027, 2, 1), SE), L("Igor Petrov", ymd(2027, 1, 29), FC))
nl("Wil je Daphne Mol verwijderen uit de systemen? Ze werkt tot en met 18 december bij ons. Ze is facilitair medewerker.",
   L("Daphne Mol", md(12, 18), FC))
en("Chris Evans-Lee (developer) resigned; last day Wednesday 13 January.",
   L("Chris Evans-Lee", on("wed", md(1, 13)), SE))
nl("Goeiedag, Jens Wouters start als verkoper op 15 maart 2027.",
   J("Jens Wouters", ymd(2027, 3, 15), AM))
en("Hey, remind me, do I need to tell you when someone starts? Because Ayla Demir starts Monday as a care worker.",
   J("Ayla Demir", wd("mon"), CW))
nl("Na 12 jaar neemt Marja Hofman afscheid als verzorgende. Laatste werkdag: vrijdag 26 februari 2027.",
   L("Marja Hofman", on("fri", ymd(2027, 2, 26)), CW))
en("Good morning, Priya Nair is going from account manager to developer on the 1st of March.",
   M("Priya Nair", md(3, 1), SE, AM))

# --- part 7 -----------------------------------------------------------------
nl("Hoi, Gwen Pauwels en haar tweelingbroer Dries Pauwels beginnen allebei op 1 februari, zij als verzorgende en hij als facilitair medewerker.",
   J("Gwen Pauwels", md(2, 1), CW), J("Dries Pauwels", md(2, 1), FC))
en("Swapping desks: from 1 March Hamish Reid goes from account manager to developer, and Orla Quinn goes from developer to account manager.",
   M("Hamish Reid", md(3, 1), SE, AM), M("Orla Quinn", md(3, 1), AM, SE))
nl("Per 1 januari stoppen twee verzorgenden bij ons: Trees Bouma en Joke Wiersma. Allebei met pensioen.",
   L("Trees Bouma", md(1, 1), CW), L("Joke Wiersma", md(1, 1), CW))
en("Hi! Two new account managers: Kofi Boateng starts Monday 11 January and Ama Owusu starts a week later.",
   J("Kofi Boateng", on("mon", md(1, 11)), AM), J("Ama Owusu", md(1, 18), AM))
nl("Laurens Brinkman (ontwikkelaar) gaat 31 december weg; zijn opvolger Tijn Schipper begint 4 januari als ontwikkelaar.",
   L("Laurens Brinkman", md(12, 31), SE), J("Tijn Schipper", md(1, 4), SE))
en("Fwd from HR: \"Starters January: Grace Mwangi (care worker) 4 January; Leon Hartmann (software engineer) 11 January.\"",
   J("Grace Mwangi", md(1, 4), CW), J("Leon Hartmann", md(1, 11), SE))
nl("Dag iedereen, Lien Jacobs en Arne Willems vervoegen ons op maandag 1 maart als verkopers.",
   J("Lien Jacobs", on("mon", md(3, 1)), AM), J("Arne Willems", on("mon", md(3, 1)), AM))
en("Faith Mutua, one of our carers, leaves the company on 15 January, and Jonah Fields from facilities will take over her role from 18 January.",
   L("Faith Mutua", md(1, 15), CW), M("Jonah Fields", md(1, 18), CW, FC))
nl("Kunnen jullie accounts maken voor twee stagiairs? Bente Kramer en Olaf de Lange, allebei vanaf 1 februari.",
   J("Bente Kramer", md(2, 1)), J("Olaf de Lange", md(2, 1)))
en("Tomorrow Lewis Grant leaves and Poppy Shaw starts, both in sales.",
   L("Lewis Grant", plus(1), AM), J("Poppy Shaw", plus(1), AM))
nl("Wijziging in de zorg: Gea Hoekstra wordt per 1 maart facilitair medewerker en Anouk Brands komt per dezelfde datum als nieuwe verzorgende.",
   M("Gea Hoekstra", md(3, 1), FC, CW), J("Anouk Brands", md(3, 1), CW))
en("Hi, I'm covering for Rachel this week. Two leavers from her team: Tom Bradley on 18 December and Nicole Adams on 8 January, both developers.",
   L("Tom Bradley", md(12, 18), SE), L("Nicole Adams", md(1, 8), SE))
nl("Hallo, mijn team: Sunil Varma begint 4 januari als developer en Deepa Iyer 11 januari ook als developer. Bedankt!",
   J("Sunil Varma", md(1, 4), SE), J("Deepa Iyer", md(1, 11), SE))
en("Joiners next week: Mon – Harvey Mills (facilities coordinator), Wed – Isla Graham (care worker).",
   J("Harvey Mills", nw("mon"), FC), J("Isla Graham", nw("wed"), CW))
nl("Tijdens het overleg afgesproken: Kasper Donkers, accountmanager, gaat per 1 februari uit dienst, en Mirthe Lansink wordt vanaf dan accountmanager in zijn plaats. Zij is nu verzorgende.",
   L("Kasper Donkers", md(2, 1), AM), M("Mirthe Lansink", md(2, 1), AM, CW))


# --- checks -----------------------------------------------------------------
KINDS = {"JOINER", "LEAVER", "MOVER"}
ROLES = {AM, CW, FC, SE, None}
LIMIT = date(2028, 6, 3)  # 18 months ahead
texts, names = set(), set()
for m in MESSAGES:
    assert m["text"] not in texts, m["text"]
    texts.add(m["text"])
    assert m["expect"], m["text"]
    for e in m["expect"]:
        assert e["kind"] in KINDS and e["role"] in ROLES, e
        if e["kind"] == "MOVER":
            assert "fromRole" in e and e["fromRole"] in ROLES, e
        else:
            assert "fromRole" not in e, e
        hay, needle = (m["text"].lower(), e["name"].lower()) if m["lower"] else (m["text"], e["name"])
        assert needle in hay, (e["name"], m["text"])
        assert e["name"] not in names, e["name"]
        names.add(e["name"])
        d = e["date"]
        if d is not None:
            assert m["past"] or TODAY <= d <= LIMIT, (d, m["text"])
            assert not m["past"] or d < TODAY, (d, m["text"])

# --- writer -----------------------------------------------------------------
order = list(range(len(MESSAGES)))
random.Random(20261217).shuffle(order)
with open("blind-6.jsonl", "w", encoding="utf-8", newline="\n") as out:
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        expect = []
        for e in m["expect"]:
            x = dict(kind=e["kind"], name=e["name"], date=None if e["date"] is None else e["date"].isoformat(), role=e["role"])
            if e["kind"] == "MOVER":
                x["fromRole"] = e["fromRole"]
            expect.append(x)
        out.write(json.dumps(dict(id="f%03d" % n, lang=m["lang"], text=m["text"], expect=expect), ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    for lang in ("nl", "en", None):
        ms = [m for m in MESSAGES if lang is None or m["lang"] == lang]
        people = [e for m in ms for e in m["expect"]]
        k = Counter(e["kind"] for e in people)
        print(lang or "total", len(ms), "messages", len(people), "persons", dict(k),
              "two:", sum(len(m["expect"]) == 2 for m in ms), "mail:", sum(m["mail"] for m in ms),
              "nulldate:", sum(any(e["date"] is None for e in m["expect"]) for m in ms),
              "nullrole:", sum(any(e["role"] is None for e in m["expect"]) for m in ms),
              "past:", sum(m["past"] for m in ms), "lower:", sum(m["lower"] for m in ms))
