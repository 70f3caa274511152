#!/usr/bin/env python3
"""Blind corpus 4 for intake (issue 18), session 15.

Every message below was written by hand. The expectations are written next to each
message; dates are computed from TODAY with helpers whose names say how the text is
read. Run `python3 gen.py` to check everything and write blind-4.jsonl.
"""
import datetime as dt
import json
import random

TODAY = dt.date(2026, 12, 3)  # Thursday, the clock of IntakeCorpusTests
ROLES = {"account-manager", "care-worker", "facility-coordinator", "software-engineer", None}
AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def ymd(y, m, d):
    """A full date as written."""
    return dt.date(y, m, d)


def md(m, d):
    """A date without a year: the next such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    return x if x >= TODAY else dt.date(TODAY.year + 1, m, d)


def plus(n):
    """A relative period: tomorrow +1, a week +7, two weeks +14, ..."""
    return TODAY + dt.timedelta(days=n)


def wd(name):
    """A bare weekday or 'next X' / 'komende X' / 'aanstaande X': the first such day after today."""
    n = (WD[name] - TODAY.weekday()) % 7 or 7
    return TODAY + dt.timedelta(days=n)


def nw(name):
    """'volgende week X' / 'next week X': that weekday in the next calendar week (Mon-Sun)."""
    monday = TODAY + dt.timedelta(days=7 - TODAY.weekday())
    return monday + dt.timedelta(days=WD[name])


def eom():
    """End of the (this) month."""
    nxt = dt.date(TODAY.year + (TODAY.month == 12), TODAY.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


NOW = TODAY


def on(day, date):
    """A weekday written next to a date: they must agree; the date is the answer."""
    assert date.weekday() == WD[day], (day, date)
    return date


def contra(day, date):
    """A weekday that contradicts the written date, on purpose: the date is the answer."""
    assert date.weekday() != WD[day], (day, date)
    return date


def J(name, date, role):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def M(name, date, role, from_role):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": from_role}


PAST = set()  # texts whose date lies before today on purpose

NL = []
EN = []


def nl(text, *expect, past=False):
    NL.append((text, list(expect)))
    if past:
        PAST.add(text)


def en(text, *expect, past=False):
    EN.append((text, list(expect)))
    if past:
        PAST.add(text)

# ---------------------------------------------------------------- Dutch
nl("Hoi! Per 1 februari begint Daan Kuipers bij ons als accountmanager. Kun je alles klaarzetten?",
   J("Daan Kuipers", md(2, 1), AM))
nl("Goedemorgen, even een melding: Fatima el Haddouti start maandag 11 januari 2027 als verzorgende op afdeling De Linde.",
   J("Fatima el Haddouti", on("mon", ymd(2027, 1, 11)), CW))
nl("Sjoerd van der Meulen gaat ons verlaten, zijn laatste werkdag is 29 januari.",
   L("Sjoerd van der Meulen", md(1, 29)))
nl("Wil je een account aanmaken voor Priya Ramdin? Ze komt over twee weken bij de facilitaire dienst werken.",
   J("Priya Ramdin", plus(14), FC))
nl("Beste Handover,\n\nGraag zouden wij de indiensttreding van Lars de Jong-Bosman verwerken. Hij start op 4-1-2027 als software engineer in het platformteam.\n\nMet vriendelijke groet,\nMarieke Verhoef\nTeamleider Engineering",
   J("Lars de Jong-Bosman", ymd(2027, 1, 4), SE))
nl("Mehmet Yıldız stapt per 1 maart over van zorgmedewerker naar facilitair coördinator.",
   M("Mehmet Yıldız", md(3, 1), FC, CW))
nl("morgen begint er een nieuwe programmeur, Thijs Hoekstra. sorry voor de late melding!!",
   J("Thijs Hoekstra", plus(1), SE))
nl("Het contract van Noor Bakkali loopt af op 31-12-2026; ze werkt als verzorgster op de Eikenhof.",
   L("Noor Bakkali", ymd(2026, 12, 31), CW))
nl("Vanaf volgende week dinsdag werkt Kees Brouwer als ontwikkelaar bij ons, hij komt van de facilitaire dienst.",
   M("Kees Brouwer", nw("tue"), SE, FC))
nl("Hallo, kun jij zorgen dat Anouk ter Horst op 18 januari een laptop heeft? Ze begint dan als onze nieuwe HR-adviseur.",
   J("Anouk ter Horst", md(1, 18), None))
nl("Dag team, Wouter Smit (vertegenwoordiger regio Zuid) gaat met pensioen op 26 februari 2027. Kunnen we zijn auto en telefoon terugkrijgen?",
   L("Wouter Smit", ymd(2027, 2, 26), AM))
nl("Jasmijn Oosterhuis en Bram Veenstra starten allebei op maandag 4 januari als zorgmedewerker.",
   J("Jasmijn Oosterhuis", on("mon", md(1, 4)), CW), J("Bram Veenstra", on("mon", md(1, 4)), CW))
nl("Eva Wijnands gaat over naar Sales, per 15 januari. Tot nu toe was ze facilitair medewerker.",
   M("Eva Wijnands", md(1, 15), AM, FC))
nl("Hee, Yusuf Demir is aangenomen als developer 🎉 startdatum volgt nog",
   J("Yusuf Demir", None, SE))
nl("Laatste werkdag van Ingrid Pieterse wordt vrijdag 22 januari 2027.",
   L("Ingrid Pieterse", on("fri", ymd(2027, 1, 22))))
nl("Kan je Ruud Zwart offboarden? Hij werkt nog tot en met 18 december.",
   L("Ruud Zwart", md(12, 18)))
nl("Nieuwe collega! Siham Ouali, accountmanager, begint 1 feb.",
   J("Siham Ouali", md(2, 1), AM))
nl("Rik van Dijk neemt per direct ontslag, laatste werkdag is vandaag. Hij was programmeur.",
   L("Rik van Dijk", NOW, SE))
nl("Goedemiddag, per eind van de maand vertrekt Marloes Koster (verzorgende). Zij heeft zelf opgezegd.",
   L("Marloes Koster", eom(), CW))
nl("In het nieuwe jaar komt Tim Kramer ons team versterken als software developer, precieze datum weet ik nog niet.",
   J("Tim Kramer", None, SE))
nl("Graag een werkplek voor Amira Mansour vanaf 8 februari 2027, functie: controller.",
   J("Amira Mansour", ymd(2027, 2, 8), None))
nl("Lisa Dekker gaat vanaf 1 maart als verkoopster aan de slag. Ze werkte hiervoor als verzorgster op de Linde.",
   M("Lisa Dekker", md(3, 1), AM, CW))
nl("Stefan Nowak (Pools, spreekt nog weinig Nederlands) start 11-1 bij de facilitaire dienst, kun je de welkomstmail in het Engels doen?",
   J("Stefan Nowak", md(1, 11), FC))
nl("Dirk-Jan Mulder heeft ontslag genomen. Zijn laatste dag is 15 januari, hij was accountmanager. Wil je zijn CRM-toegang dan intrekken?",
   L("Dirk-Jan Mulder", md(1, 15), AM))
nl("Hoi, is het mogelijk dat Sanne Visser al morgen toegang heeft? Zij begint als zorgmedewerkster.",
   J("Sanne Visser", plus(1), CW))
nl("Op 1 februari 2027 start Hüseyin Çelik als programmeur in het webteam.",
   J("Hüseyin Çelik", ymd(2027, 2, 1), SE))
nl("Pieter-Bas Tjon A Fong stopt bij ons, z'n contract loopt af op 28 februari.",
   L("Pieter-Bas Tjon A Fong", md(2, 28)))
nl("Melding uitdiensttreding: Annelies Broekhuizen-de Graaf, verzorgende, laatste werkdag 5 februari 2027.",
   L("Annelies Broekhuizen-de Graaf", ymd(2027, 2, 5), CW))
nl("Emre Aksoy gaat van verkoper naar het developmentteam, vanaf maandag 1 februari.",
   M("Emre Aksoy", on("mon", md(2, 1)), SE, AM))
nl("kan iemand een pas regelen voor nina de boer? ze begint donderdag als receptioniste",
   J("Nina de Boer", wd("thu"), None))
nl("Bericht van HR: Johan Groeneveld gaat op 31 januari met pensioen. 42 jaar in dienst geweest!",
   L("Johan Groeneveld", md(1, 31)))
nl("Zou je voor Lieke Jansen en Mohamed Amrani alles kunnen klaarzetten? Lieke begint 4 januari als accountmanager, Mohamed een week later als software engineer.",
   J("Lieke Jansen", md(1, 4), AM), J("Mohamed Amrani", md(1, 4) + dt.timedelta(days=7), SE))
nl("Vanaf 15-02-2027 is Kevin Bos onze nieuwe facilitair medewerker.",
   J("Kevin Bos", ymd(2027, 2, 15), FC))
nl("Wij nemen afscheid van Gerda Hofman, zorgmedewerker. Haar laatste dienst is op zondag 20 december.",
   L("Gerda Hofman", on("sun", md(12, 20)), CW))
nl("Bas de Wit begint niet op 4 januari maar pas op 11 januari als ontwikkelaar, de datum is verschoven.",
   J("Bas de Wit", md(1, 11), SE))
nl("Ilse Verbeek wordt per 1 januari accountmanager; ze zit nu nog bij de facilitaire dienst.",
   M("Ilse Verbeek", md(1, 1), AM, FC))
nl("Goedemorgen! Nieuwe starter: Oleksandr Kovalenko, verzorgende, vanaf maandag 7 december.",
   J("Oleksandr Kovalenko", on("mon", md(12, 7)), CW))
nl("Tom van 't Hek vertrekt over drie weken. Kan zijn laptop dan worden ingenomen?",
   L("Tom van 't Hek", plus(21)))
nl("Hoi Handover, Femke Smeets (sales) heeft haar laatste werkdag op 23-12. Groetjes, Jeroen",
   L("Femke Smeets", md(12, 23), AM))
nl("Per 1 april komt Quinten Vermeulen bij ons als engineer.",
   J("Quinten Vermeulen", md(4, 1), SE))
nl("Mw. A.M. de Vos start 1 februari als verzorgende.",
   J("A.M. de Vos", md(2, 1), CW))
nl("Zaterdag 2 januari gaat Patrick Meijer officieel met pensioen, hij was jarenlang vertegenwoordiger.",
   L("Patrick Meijer", on("sat", md(1, 2)), AM))
nl("Chantal Doorson begint morgen bij ons als zorgmedewerker maar ik weet nog niet op welke locatie.",
   J("Chantal Doorson", plus(1), CW))
nl("Kun je checken of alles klaar is voor Wessel Prins? Hij start volgende week maandag als developer.",
   J("Wessel Prins", nw("mon"), SE))
nl("Esther Gerritsen gaat per 1 januari 2027 van programmeur naar accountmanager.",
   M("Esther Gerritsen", ymd(2027, 1, 1), AM, SE))
nl("Inge Verhoeven verlaat ons, ze gaat op 12 februari uit dienst.",
   L("Inge Verhoeven", md(2, 12)))
nl("Hallo allemaal, vanaf 4 jan hebben we versterking: Sven Mertens en Jelle Postma, allebei verzorgers.",
   J("Sven Mertens", md(1, 4), CW), J("Jelle Postma", md(1, 4), CW))
nl("Milan Jovanović komt ons team versterken als softwareontwikkelaar vanaf 1-3-2027.",
   J("Milan Jovanović", ymd(2027, 3, 1), SE))
nl("Yvonne Ketelaar stopt ermee. Datum nog niet bekend, ik laat het weten.",
   L("Yvonne Ketelaar", None))
nl("De nieuwe facilitair coordinator heet Mark Huisman en hij begint op woensdag 16 december.",
   J("Mark Huisman", on("wed", md(12, 16)), FC))
nl("Ahmed Bouzid gaat over twee weken als verkoper aan de slag bij ons filiaal in Utrecht.",
   J("Ahmed Bouzid", plus(14), AM))
nl("Bericht: Roos van Leeuwen - start 18 januari 2027 - functie verzorgende - locatie Zonnehof",
   J("Roos van Leeuwen", ymd(2027, 1, 18), CW))
nl("Hi, kleine wijziging: Jeroen Boer gaat vanaf 1 februari bij Sales werken, hij was developer.",
   M("Jeroen Boer", md(2, 1), AM, SE))
nl("Svetlana Ivanova's contract wordt niet verlengd, ze werkt nog tot en met 31 januari. Ze is zorgmedewerker.",
   L("Svetlana Ivanova", md(1, 31), CW))
nl("Goedendag,\n\nHierbij meld ik de komst van onze nieuwe accountmanager, Gijs van den Heuvel. Zijn eerste werkdag is dinsdag 5 januari 2027.\n\nMet vriendelijke groeten,\n\nH. Koopmans\nManager Verkoop Noord",
   J("Gijs van den Heuvel", on("tue", ymd(2027, 1, 5)), AM))
nl("Laura Castillo Ruiz begint over een week als software engineer.",
   J("Laura Castillo Ruiz", plus(7), SE))
nl("Martijn Schipper vertrekt per eind van de maand bij de facilitaire dienst.",
   L("Martijn Schipper", eom(), FC))
nl("Welkom aan Naima Chaoui! Zij start op 1 maart als zorgmedewerker op de Berkenhof.",
   J("Naima Chaoui", md(3, 1), CW))
nl("Hoi, Bert Zijlstra gaat op 15 maart 2027 met vervroegd pensioen. Hij is onze facilitair coördinator.",
   L("Bert Zijlstra", ymd(2027, 3, 15), FC))
nl("Vanaf maandag werkt Lotte Vink als verkoopster, hiervoor was ze zorgmedewerker.",
   M("Lotte Vink", wd("mon"), AM, CW))
nl("Ontslag Dennis Kok, accountmanager, laatste werkdag 30-12-2026.",
   L("Dennis Kok", ymd(2026, 12, 30), AM))
nl("Is het goed als ik Ayşe Kaya alvast aanmeld? Ze start 1 februari als ontwikkelaar.",
   J("Ayşe Kaya", md(2, 1), SE))
nl("Nieuwe verzorgende op de Linde: Joyce Tol. Ze begint aanstaande maandag.",
   J("Joyce Tol", wd("mon"), CW))
nl("Per 1 januari stopt Henk Dijkstra als programmeur en gaat hij bij de facilitaire dienst aan de slag.",
   M("Henk Dijkstra", md(1, 1), FC, SE))
nl("kunnen jullie een laptop klaarzetten voor Daan Vos, start 11 jan als dev",
   J("Daan Vos", md(1, 11), SE))
nl("Sara Benali en Kim Lammers gaan ons verlaten. Sara's laatste dag is 18 december, Kim werkt nog tot en met 8 januari.",
   L("Sara Benali", md(12, 18)), L("Kim Lammers", md(1, 8)))
nl("Marco Rossi, onze nieuwe sales representative, begint op 25 januari.",
   J("Marco Rossi", md(1, 25), AM))
nl("Graag actie: Gerrit Bosman (facilitair medewerker) gaat over vier weken uit dienst.",
   L("Gerrit Bosman", plus(28), FC))
nl("Jolien Claes start per 1 februari 2027 als marketeer.",
   J("Jolien Claes", ymd(2027, 2, 1), None))
nl("Zeg, wanneer moet ik Hanna Lindqvist aanmelden? Ze begint 14 januari als softwareontwikkelaar.",
   J("Hanna Lindqvist", md(1, 14), SE))
nl("Vincent Blom wordt vanaf 1 maart accountmanager.",
   M("Vincent Blom", md(3, 1), AM, None))
nl("Merel de Haan (verzorgende) vertrekt op 15 januari naar een andere zorginstelling.",
   L("Merel de Haan", md(1, 15), CW))
nl("Goedemorgen, Nicole Wouters begint morgen als HR-medewerker.",
   J("Nicole Wouters", plus(1), None))
nl("Nieuwe zorgmedewerkers per 18 januari: Fleur Peeters, Ricardo Martina.",
   J("Fleur Peeters", md(1, 18), CW), J("Ricardo Martina", md(1, 18), CW))
nl("Julia Wójcik gaat na haar proeftijd niet door; laatste werkdag 11 december.",
   L("Julia Wójcik", md(12, 11)))
nl("Robin Kuijpers stapt over naar de facilitaire dienst, ingangsdatum 1 feb 2027. Hij is nu nog verkoper.",
   M("Robin Kuijpers", ymd(2027, 2, 1), FC, AM))
nl("Mag ik een nieuwe collega aanmelden? Bilal Haddou, programmeur, eerste werkdag maandag 18 januari.",
   J("Bilal Haddou", on("mon", md(1, 18)), SE))
nl("Tessa Mol, facilitair coördinator, heeft haar laatste werkdag op 31 december.",
   L("Tessa Mol", md(12, 31), FC))
nl("Kunnen we voor Arjen Wolters (nieuwe verkoper) een leaseauto regelen? Hij begint 1 maart 2027.",
   J("Arjen Wolters", ymd(2027, 3, 1), AM))
nl("Hi! Per vandaag werkt Dewi Sutrisno bij ons als zorgmedewerker, sorry dat ik het nu pas doorgeef.",
   J("Dewi Sutrisno", NOW, CW))
nl("Bij engineering start op 4 januari Koen Verstappen.",
   J("Koen Verstappen", md(1, 4), SE))
nl("Maria João Ferreira begint 8 februari als verzorgende, ze komt uit Portugal.",
   J("Maria João Ferreira", md(2, 8), CW))
nl("Niels Brink neemt afscheid. Zijn laatste werkdag wordt donderdag 31 december.",
   L("Niels Brink", on("thu", md(12, 31))))
nl("Graag een account voor Erik van der Linden per 5 januari.",
   J("Erik van der Linden", md(1, 5), None))
nl("Wil je Iris Postma omzetten van verzorgende naar accountmanager per 1 februari?",
   M("Iris Postma", md(2, 1), AM, CW))
nl("Goedenavond, Ralph Sedney begint volgende week woensdag bij de facilitaire dienst.",
   J("Ralph Sedney", nw("wed"), FC))
nl("Joris Hermans (dev) heeft opgezegd; zijn opzegtermijn loopt af op 31 januari.",
   L("Joris Hermans", md(1, 31), SE))
nl("Vandaag is de laatste dag van Anton Bakker, hij gaat met pensioen. Kun je z'n account morgen blokkeren?",
   L("Anton Bakker", NOW))
nl("Goed nieuws: Selin Arslan heeft getekend! Ze begint 1 maart als accountmanager.",
   J("Selin Arslan", md(3, 1), AM))
nl("Willem-Alexander de Ruiter start 4 jan als facilitair medewerker.",
   J("Willem-Alexander de Ruiter", md(1, 4), FC))
nl("Hallo,\nOnze zorgmedewerker Petra Vos gaat per 1 februari over naar de facilitaire dienst.\nGroet, Anja",
   M("Petra Vos", md(2, 1), FC, CW))
nl("Khalid el Ouazzani begint op 1-2 als verkoper.",
   J("Khalid el Ouazzani", md(2, 1), AM))
nl("Nadia Verwey en Ruben Dijkman wisselen per 1 maart van functie: Nadia wordt ontwikkelaar en Ruben accountmanager. Nu is het precies andersom.",
   M("Nadia Verwey", md(3, 1), SE, AM), M("Ruben Dijkman", md(3, 1), AM, SE))
nl("Ik wil graag melden dat Gert-Jan Hoogland ons verlaat. Laatste werkdag: 26 februari 2027.",
   L("Gert-Jan Hoogland", ymd(2027, 2, 26)))
nl("Over drie weken begint Yara Toemen als verzorgende.",
   J("Yara Toemen", plus(21), CW))
nl("Charlotte d'Hondt komt per 15 februari bij de verkoop werken.",
   J("Charlotte d'Hondt", md(2, 15), AM))
nl("Hoi, Jan Willem Schouten vertrekt binnenkort, datum volgt.",
   L("Jan Willem Schouten", None))
nl("Onze oudste programmeur, Frans Hartman, gaat op 1 januari met pensioen.",
   L("Frans Hartman", md(1, 1), SE))
nl("Eline van Beek start 1 februari als teamleider.",
   J("Eline van Beek", md(2, 1), None))
nl("Aanmelding: Tanja Meulenbelt-Smit, zorgmedewerker, start ma 11-1-2027.",
   J("Tanja Meulenbelt-Smit", on("mon", ymd(2027, 1, 11)), CW))
nl("Lucas Janssens gaat per 1 maart van Sales naar de facilitaire dienst.",
   M("Lucas Janssens", md(3, 1), FC, AM))
nl("Mag Ewa Kowalczyk al vanaf morgen op de Linde meedraaien? Ze is onze nieuwe verzorgster.",
   J("Ewa Kowalczyk", plus(1), CW))
nl("Bart Wolff stopt als verkoper, zijn laatste werkdag is vrijdag 29 januari.",
   L("Bart Wolff", on("fri", md(1, 29)), AM))
nl("Hee, Mila Koç begint over twee weken, functie weet ik even niet meer, vraag ik na.",
   J("Mila Koç", plus(14), None))
nl("Vanaf maandag 1 februari 2027 hebben we een nieuwe ontwikkelaar: Jesse Verhagen.",
   J("Jesse Verhagen", on("mon", ymd(2027, 2, 1)), SE))
nl("Gisteren was de laatste werkdag van Wim Schaap, kunnen jullie z'n account nog afsluiten?",
   L("Wim Schaap", plus(-1)), past=True)
nl("Nieuwe collega voor de facilitaire dienst: Dionne Biharie, start 7 december.",
   J("Dionne Biharie", md(12, 7), FC))
nl("Thomas Verbruggen wordt per 1 januari verzorgende in plaats van facilitair medewerker.",
   M("Thomas Verbruggen", md(1, 1), CW, FC))
nl("Sophie Lambrechts start op 4-1-2027 als account manger.",
   J("Sophie Lambrechts", ymd(2027, 1, 4), AM))
nl("Graag Rachid Tahiri aanmelden als zorgmedewerkr per 11 januari",
   J("Rachid Tahiri", md(1, 11), CW))
nl("Laatste dag van Evelien Timmer (ontwikkelaar) is 22-12-2026, daarna gaat ze reizen.",
   L("Evelien Timmer", ymd(2026, 12, 22), SE))
nl("Goedemiddag,\n\nPer 1 maart 2027 treedt mevrouw Zeynep Öztürk in dienst als accountmanager binnen team Oost.\nWil je de leaseauto en telefoon regelen?\n\nMet vriendelijke groet,\nP. van Rijn\nHR Business Partner",
   J("Zeynep Öztürk", ymd(2027, 3, 1), AM))
nl("Arno Bakker (verzorger) en Mirjam Kroon (facilitair medewerker) hebben allebei 31 december als laatste werkdag.",
   L("Arno Bakker", md(12, 31), CW), L("Mirjam Kroon", md(12, 31), FC))
nl("Een nieuwe developer, Floris ten Brink, begint vrijdag 15 januari.",
   J("Floris ten Brink", on("fri", md(1, 15)), SE))
nl("Stijn Vos gaat van zorgmedewerker naar facilitair medewerker, per 4 januari.",
   M("Stijn Vos", md(1, 4), FC, CW))
nl("Jamal Idrissi begint woensdag 12 januari als dev.",
   J("Jamal Idrissi", contra("wed", md(1, 12)), SE))
nl("Hoi! Over een week komt Eefje Mulders ons team versterken als verzorgende.",
   J("Eefje Mulders", plus(7), CW))
nl("Stagiair Pim Roelofs begint 1 februari.",
   J("Pim Roelofs", md(2, 1), None))
nl("Het contract van onze verkoper Levi Gomes loopt af op 15 februari 2027.",
   L("Levi Gomes", ymd(2027, 2, 15), AM))
nl("Dag! Ik heb een vraag. Moet ik Amber de Graaf zelf aanmelden? Ze is onze nieuwe zorgmedewerker en begint op 18-01.",
   J("Amber de Graaf", md(1, 18), CW))
# ---------------------------------------------------------------- English
en("Hi there! Just a heads-up: Olivia Bennett is joining us as an account manager on January 4th.",
   J("Olivia Bennett", md(1, 4), AM))
en("Please offboard Rajesh Kumar — his last day is Friday 18 December.",
   L("Rajesh Kumar", on("fri", md(12, 18))))
en("We've hired a new developer, Chloé Martin, starting Monday 11 January 2027.",
   J("Chloé Martin", on("mon", ymd(2027, 1, 11)), SE))
en("Can you set up accounts for Liam O'Connor? He starts tomorrow as a care worker.",
   J("Liam O'Connor", plus(1), CW))
en("Hey, Mateusz Zieliński will move from facilities to our sales team as of 1 February.",
   M("Mateusz Zieliński", md(2, 1), AM, FC))
en("Hannah Schmidt resigned. Final day is 15/01/2027.",
   L("Hannah Schmidt", ymd(2027, 1, 15)))
en("New starter: Kwame Mensah, facilities coordinator, 18th of January.",
   J("Kwame Mensah", md(1, 18), FC))
en("Good morning! Sophie van der Berg starts next Monday as a carer at our Amsterdam location.",
   J("Sophie van der Berg", wd("mon"), CW))
en("Jack Thompson's contract ends on 31 January. He's one of our sales reps.",
   L("Jack Thompson", md(1, 31), AM))
en("Could you make sure Aisha Rahman has her laptop on day one? She starts on the 1st of February as a software engineer.",
   J("Aisha Rahman", md(2, 1), SE))
en("Daniel Okafor is retiring on 26 February 2027 after 30 years with us.",
   L("Daniel Okafor", ymd(2027, 2, 26)))
en("Emily Clarke and Noah Fischer both start in two weeks, Emily as a developer and Noah as a caregiver.",
   J("Emily Clarke", plus(14), SE), J("Noah Fischer", plus(14), CW))
en("Wei Zhang moves into the engineering team next week Tuesday, he's in sales at the moment.",
   M("Wei Zhang", nw("tue"), SE, AM))
en("fyi mark de vries is leaving us, last working day 8 jan",
   L("Mark de Vries", md(1, 8)))
en("Hello,\n\nI'd like to let you know that Grace Adeyemi will be joining us as a care worker on Monday 18 January.\n\nKind regards,\nTom Harris\nLocation Manager, Zonnehof",
   J("Grace Adeyemi", on("mon", md(1, 18)), CW))
en("Luca Bianchi starts 4/1 as dev, can you get him a MacBook?",
   J("Luca Bianchi", md(1, 4), SE))
en("Sarah Mitchell will take over as facility coordinator from 1 March; she's an account manager now.",
   M("Sarah Mitchell", md(3, 1), FC, AM))
en("Ben Walker has handed in his notice. His notice period ends on 29 January.",
   L("Ben Walker", md(1, 29)))
en("Please onboard Priyanka Sharma (SWE) — start date 2027-02-01.",
   J("Priyanka Sharma", ymd(2027, 2, 1), SE))
en("Effective immediately, Ryan Hughes no longer works here. He was a caregiver on the night shift.",
   L("Ryan Hughes", NOW, CW))
en("Hi! Quick one: when Zoë Laurent starts on Jan 25th, can she get access to Salesforce? She'll be an account manager.",
   J("Zoë Laurent", md(1, 25), AM))
en("Alex Murray is joining as a programmer sometime in January, date TBC.",
   J("Alex Murray", None, SE))
en("Isabella García López starts as a healthcare assistant on 8 February.",
   J("Isabella García López", md(2, 8), CW))
en("Our facilities coordinator Peter Novak is leaving at the end of the month.",
   L("Peter Novak", eom(), FC))
en("Nathan Brooks is switching from developer to account manager on Monday 4 January.",
   M("Nathan Brooks", on("mon", md(1, 4)), AM, SE))
en("New hires for Monday: Chiara Romano (carer) and Jonas Weber (carer).",
   J("Chiara Romano", wd("mon"), CW), J("Jonas Weber", wd("mon"), CW))
en("Tomás Herrera will be our new marketing manager from 1 March 2027.",
   J("Tomás Herrera", ymd(2027, 3, 1), None))
en("Can you onboard Kenji Watanabe? He joins the dev team in three weeks.",
   J("Kenji Watanabe", plus(21), SE))
en("Leaver: Olga Petrenko, care worker, last day 03-01-2027.",
   L("Olga Petrenko", ymd(2027, 1, 3), CW))
en("I'm happy to share that Marcus Johnson will join Sales on 11 January!",
   J("Marcus Johnson", md(1, 11), AM))
en("Please change Helen Carter's role to software engineer from next Monday. She's currently a facilities coordinator.",
   M("Helen Carter", wd("mon"), SE, FC))
en("Hey! David Cohen starts today as a facility coordinator, sorry for the late notice.",
   J("David Cohen", NOW, FC))
en("Samuel Osei is leaving, last working day Thursday 14 January 2027.",
   L("Samuel Osei", on("thu", ymd(2027, 1, 14))))
en("Meet our new account manager, Elif Şahin! First day: February 15th.",
   J("Elif Şahin", md(2, 15), AM))
en("Jessica Taylor won't be renewing her contract; it ends on 28/2/2027. She's a carer.",
   L("Jessica Taylor", ymd(2027, 2, 28), CW))
en("As of January 1st, Paul Andersen moves from engineering to facilities.",
   M("Paul Andersen", md(1, 1), FC, SE))
en("Hi, could you create an account for Ananya Iyer, our new HR advisor? She starts on 4 January.",
   J("Ananya Iyer", md(1, 4), None))
en("Michael O'Brien leaves the company on 22 January.",
   L("Michael O'Brien", md(1, 22)))
en("Ethan Wright — software developer — start date: in a fortnight.",
   J("Ethan Wright", plus(14), SE))
en("Two new care workers start next Thursday: Amara Diallo and Lucy Evans.",
   J("Amara Diallo", wd("thu"), CW), J("Lucy Evans", wd("thu"), CW))
en("Ahmed Hassan, our senior developer, has his final day on 31 December.",
   L("Ahmed Hassan", md(12, 31), SE))
en("Hi! Rosa Martínez is joining the facilities team on Wednesday, December 16th.",
   J("Rosa Martínez", on("wed", md(12, 16)), FC))
en("Quick update: Jan-Willem Vos moves to sales from 1 Feb. He was on our facilities team.",
   M("Jan-Willem Vos", md(2, 1), AM, FC))
en("Ivan Horvat starts on the 7th of December as a healthcare assistant.",
   J("Ivan Horvat", md(12, 7), CW))
en("Please deactivate Lauren Hill's account after her last day, which is tomorrow.",
   L("Lauren Hill", plus(1)))
en("Good afternoon. I am pleased to confirm that Dr. Nkechi Obi will start as a software engineer on 1 February 2027.",
   J("Nkechi Obi", ymd(2027, 2, 1), SE))
en("Owen Price moves from our care team to account manager on 1 March.",
   M("Owen Price", md(3, 1), AM, CW))
en("Maya Goldberg starts in 3 weeks as a software engneer.",
   J("Maya Goldberg", plus(21), SE))
en("Hi, Connor Walsh (carer) resigned today. His last day is 31 December.",
   L("Connor Walsh", md(12, 31), CW))
en("We're welcoming Yuki Tanaka to the sales team on 18/1.",
   J("Yuki Tanaka", md(1, 18), AM))
en("Patrick Murphy is retiring at the end of the month.",
   L("Patrick Murphy", eom()))
en("Hey, can you help? Valentina Russo starts as a receptionist next Monday and needs a pass.",
   J("Valentina Russo", wd("mon"), None))
en("Joshua Adams will join as a caregiver, start date not set yet.",
   J("Joshua Adams", None, CW))
en("Charlotte Green and Harry Baker are leaving us. Charlotte's last day is 11 December and Harry's is 18 December.",
   L("Charlotte Green", md(12, 11)), L("Harry Baker", md(12, 18)))
en("Starting 1 February, Ravi Patel will be a developer instead of an account manager.",
   M("Ravi Patel", md(2, 1), SE, AM))
en("Hello, new starter for facilities: Ewan MacLeod, Monday 4 January.",
   J("Ewan MacLeod", on("mon", md(1, 4)), FC))
en("Oscar Lindgren, software engineer, last working day 15 January.",
   L("Oscar Lindgren", md(1, 15), SE))
en("Hi Handover, please onboard Fatou Ndiaye as a care worker from Monday the 11th of January.",
   J("Fatou Ndiaye", on("mon", md(1, 11)), CW))
en("Emma Wilson starts as an AM on 1 Feb.",
   J("Emma Wilson", md(2, 1), AM))
en("Lewis Campbell's final day is 8 January 2027.",
   L("Lewis Campbell", ymd(2027, 1, 8)))
en("Is it possible to get Sofia Petrova set up before she starts? She's joining as a sofware developer on January 11.",
   J("Sofia Petrova", md(1, 11), SE))
en("Kai Müller will move to the facilities team as coordinator on 15 February; currently a developer.",
   M("Kai Müller", md(2, 15), FC, SE))
en("New colleague alert! Nia Campbell-Reid, carer, starting in two weeks.",
   J("Nia Campbell-Reid", plus(14), CW))
en("After 12 years, Gary Turner leaves on 29 January. He's in sales.",
   L("Gary Turner", md(1, 29), AM))
en("Hi there, we have a new controller, Martin Berg, starting 1 March.",
   J("Martin Berg", md(3, 1), None))
en("Abdullah Karimi begins tomorrow as a facilities coordinator.",
   J("Abdullah Karimi", plus(1), FC))
en("Can you offboard Sean Kelly? Contract ends 31/12/2026.",
   L("Sean Kelly", ymd(2026, 12, 31)))
en("Tanvir Hossain is joining engineering on Tuesday 5 January 2027.",
   J("Tanvir Hossain", on("tue", ymd(2027, 1, 5)), SE))
en("Rachel Stein is moving from sales to our care team as a caregiver on 1 March.",
   M("Rachel Stein", md(3, 1), CW, AM))
en("The new sales representative is Diego Fernández, he starts next Wednesday.",
   J("Diego Fernández", wd("wed"), AM))
en("Hi, Lily Chen finishes with us on 19 February, she's a healthcare assistant.",
   L("Lily Chen", md(2, 19), CW))
en("Good morning all,\n\nPlease welcome Thomas Müller-Lüdenscheidt, our new software engineer, who joins us on 1 March 2027.\n\nBest,\nAnna\n\nAnna Kowalski | Head of Engineering",
   J("Thomas Müller-Lüdenscheidt", ymd(2027, 3, 1), SE))
en("Could you revoke Jake Robinson's access? He was a developer and today was his last day.",
   L("Jake Robinson", NOW, SE))
en("We are hiring Leila Haddad as a data analyst from 18 January.",
   J("Leila Haddad", md(1, 18), None))
en("Ahead of her start on Monday 1 February, could Eva Novotná get a phone? She's joining as an account manager.",
   J("Eva Novotná", on("mon", md(2, 1)), AM))
en("Henry Foster (facilities) is leaving in three weeks.",
   L("Henry Foster", plus(21), FC))
en("Jia Hui Lim starts next week Monday as a developer.",
   J("Jia Hui Lim", nw("mon"), SE))
en("Per 1 March, Aaron Levi moves to facilities coordinator; he was a carer.",
   M("Aaron Levi", md(3, 1), FC, CW))
en("Sorry, one more: Callum Reid also starts on the 4th of January, as a carer.",
   J("Callum Reid", md(1, 4), CW))
en("Irina Popescu leaves soon, I'll confirm the date.",
   L("Irina Popescu", None))
en("Our new developers, Mohammed Al-Farsi and Bianca Costa, start on 11 January 2027.",
   J("Mohammed Al-Farsi", ymd(2027, 1, 11), SE), J("Bianca Costa", ymd(2027, 1, 11), SE))
en("Hello! Will Handover email Nora Jensen before her first day? She starts as a facility coordinator on Feb 8.",
   J("Nora Jensen", md(2, 8), FC))
en("Jason Lee, account manager, retires on 31 March 2027.",
   L("Jason Lee", ymd(2027, 3, 31), AM))
en("Hi, Dylan Moore is changing roles, from developer to account manager, date still to be agreed.",
   M("Dylan Moore", None, AM, SE))
en("Can you prep a laptop for Pedro Alves? He joins as a programmer on 15/02/2027.",
   J("Pedro Alves", ymd(2027, 2, 15), SE))
en("Megan Scott's last day with us will be Wednesday 23 December.",
   L("Megan Scott", on("wed", md(12, 23))))
en("Ji-woo Park will start as a carer on Friday.",
   J("Ji-woo Park", wd("fri"), CW))
en("Victoria Hughes-Lane, facilities coordinator, starts 1st March.",
   J("Victoria Hughes-Lane", md(3, 1), FC))
en("Please note that Adebayo Ogunleye is moving to the care team from 18 January. Until then he works in facilities.",
   M("Adebayo Ogunleye", md(1, 18), CW, FC))
en("Hey, Finn O'Sullivan's contract as a software engineer won't be extended — his last day is 29/01/2027.",
   L("Finn O'Sullivan", ymd(2027, 1, 29), SE))
en("New sales rep: Madison Clark, start Monday 7 December.",
   J("Madison Clark", on("mon", md(12, 7)), AM))
en("Ella Thompson starts as a team lead on 4 January.",
   J("Ella Thompson", md(1, 4), None))
en("Hi! Is it ok if I tell you now that Sebastián Torres starts on 1 Feb as developer?",
   J("Sebastián Torres", md(2, 1), SE))
en("Farah Siddiqui is leaving us next Friday.",
   L("Farah Siddiqui", wd("fri")))
en("Andrew Collins starts Monday 12 January as a carer.",
   J("Andrew Collins", contra("mon", md(1, 12)), CW))
en("Nadia Hussein, care worker, starts on 1/3/2027.",
   J("Nadia Hussein", ymd(2027, 3, 1), CW))
en("Simon Clarke leaves today, please lock his account.",
   L("Simon Clarke", NOW))
en("Teodora Ilić joins the facilities team on January 18th as a facility coordinator.",
   J("Teodora Ilić", md(1, 18), FC))
en("From 1 February, Ahmad Nouri will be working as a care worker rather than in facilities.",
   M("Ahmad Nouri", md(2, 1), CW, FC))
en("Please set up Max Hoffmann, our new account manager, who starts in a week.",
   J("Max Hoffmann", plus(7), AM))
en("Hey, Oliver Grant and Sienna Ward are joining; Oliver starts 4 Jan as a developer and Sienna starts 11 Jan as an account manager.",
   J("Oliver Grant", md(1, 4), SE), J("Sienna Ward", md(1, 11), AM))
en("Benjamin Lewis will retire at the end of this month. He was our facility coordinator for 20 years.",
   L("Benjamin Lewis", eom(), FC))
en("Hi, Thandiwe Ndlovu will be joining as care worker, first shift on Sunday 10 January.",
   J("Thandiwe Ndlovu", on("sun", md(1, 10)), CW))
en("Alicia Moreno is moving from caregiver to sales rep, effective 1 March.",
   M("Alicia Moreno", md(3, 1), AM, CW))
en("Matthew Young is leaving, his notice period ends 26 February 2027. He works as a programmer.",
   L("Matthew Young", ymd(2027, 2, 26), SE))
en("Hello! Zara Ahmed starts on 8 Feb. Role: account manager, team North.",
   J("Zara Ahmed", md(2, 8), AM))
en("Could you check with IT whether Anton Ivanov can start on Monday 7 December as a developer?",
   J("Anton Ivanov", on("mon", md(12, 7)), SE))
en("Leo Fitzgerald is quitting; last day 31 Jan.",
   L("Leo Fitzgerald", md(1, 31)))
en("New starter on 1 March 2027: Hiroshi Sato, engineer.",
   J("Hiroshi Sato", ymd(2027, 3, 1), SE))
en("Catalina Vargas moves from software engineer to account manager tomorrow.",
   M("Catalina Vargas", plus(1), AM, SE))
en("Hi all, our carer Patience Boateng leaves us at the end of the month, and a new carer, Joy Mensah, starts 4 January.",
   L("Patience Boateng", eom(), CW), J("Joy Mensah", md(1, 4), CW))
en("Kindly onboard Mr. S. Gupta, developer, start date 11/01/2027.",
   J("S. Gupta", ymd(2027, 1, 11), SE))
en("Jordan Price is leaving on 15 Jan — he's our SWE.",
   L("Jordan Price", md(1, 15), SE))
en("We hope Freya Lund can start as an account manager early next year.",
   J("Freya Lund", None, AM))
# ---------------------------------------------------------------- more Dutch
nl("Goedemorgen,\n\nMet ingang van 1 januari 2027 komt Maarten van Os bij ons in dienst als ontwikelaar.\n\nVriendelijke groet,\nSandra Peters\nafdeling P&O",
   J("Maarten van Os", ymd(2027, 1, 1), SE))
nl("Vijftien januari begint Romy Achterberg als zorgmedewerker, willen jullie haar pas klaarleggen?",
   J("Romy Achterberg", md(1, 15), CW))
nl("m.i.v. 1 maart gaat Hans Kuiper van de facilitaire dienst naar de verkoop.",
   M("Hans Kuiper", md(3, 1), AM, FC))
nl("Ricky Kartosen begint op 2027-01-11 als acountmanager.",
   J("Ricky Kartosen", ymd(2027, 1, 11), AM))
nl("Kunnen jullie voor Demi Hoogendoorn een telefoon regelen? Ze is verzorgende en start komende vrijdag.",
   J("Demi Hoogendoorn", wd("fri"), CW))
nl("Frank de Bruijn gaat per eind van de maand met pensioen, hij was facilitair coordinator.",
   L("Frank de Bruijn", eom(), FC))
nl("Het gaat om Yasmina Boukhari: zij begint over 3 weken als programmeur. Alvast bedankt!",
   J("Yasmina Boukhari", plus(21), SE))
nl("Nieuwe ontwikkelaars in januari: Wouter Dekkers start op 4-1, Ivo Lammerts op 18-1.",
   J("Wouter Dekkers", md(1, 4), SE), J("Ivo Lammerts", md(1, 18), SE))
nl("Per 1 februari werkt Astrid van Vliet niet meer als accountmanager maar als facilitair coördinator.",
   M("Astrid van Vliet", md(2, 1), FC, AM))
nl("Weet jij al wanneer Gijs Koopman begint? Ik dacht 1 februari. Hij wordt in ieder geval onze nieuwe vertegenwoordiger.",
   J("Gijs Koopman", md(2, 1), AM))
nl("Mijn collega Sanne Bouwman (facilitaire dienst) gaat ons verlaten, haar laatste werkdag is op 8.1.2027.",
   L("Sanne Bouwman", ymd(2027, 1, 8), FC))
nl("Beste,\n\nIn de bijlage het contract van Jeroen Hak. Hij start op maandag 15 februari als software engineer.\n\nGroeten,\nLinda",
   J("Jeroen Hak", on("mon", md(2, 15)), SE))
nl("Halima Saïdi gaat van verzorgende naar zorgcoördinator per 1 februari.",
   M("Halima Saïdi", md(2, 1), None, CW))
nl("Per direct stapt Leon Verkerk over naar de verkoop, hij was ontwikkelaar.",
   M("Leon Verkerk", NOW, AM, SE))
nl("Graag aanmelden: Kübra Yilmaz, verzorgster, startdatum 25-01-2027.",
   J("Kübra Yilmaz", ymd(2027, 1, 25), CW))
nl("Rob Hoekman gaat op vrijdag 11 december uit dienst, hij is facilitair medewerker.",
   L("Rob Hoekman", on("fri", md(12, 11)), FC))
nl("Volgende week vrijdag is de laatste werkdag van Carla Mertens, ze gaat verhuizen.",
   L("Carla Mertens", nw("fri")))
nl("Vanaf 1 maart versterkt Mustafa Güneş het team van de facilitaire dienst.",
   J("Mustafa Güneş", md(3, 1), FC))
nl("Nicky en Lara?? Ja: Nicky Goossens en Lara Winters beginnen volgende week dinsdag als zorgmedewerkers.",
   J("Nicky Goossens", nw("tue"), CW), J("Lara Winters", nw("tue"), CW))
nl("Ik heb net gehoord dat Pepijn Scholten per 4 januari bij ons begint. Functie: programmeur.",
   J("Pepijn Scholten", md(1, 4), SE))
nl("Goedemiddag! Jeanine Tjin-A-Djie vertrekt op 29 januari, ze is accountmanager. Kun je de leaseauto laten ophalen?",
   L("Jeanine Tjin-A-Djie", md(1, 29), AM))
nl("Marieke de Wit-Hendriks gaat per 1 januari van verkoopster naar zorgmedewerker.",
   M("Marieke de Wit-Hendriks", md(1, 1), CW, AM))
nl("Vandaag start Ömer Doğan bij ons als verzorger.",
   J("Ömer Doğan", NOW, CW))
nl("Ferdi Hassing, onze salesman, werkt nog tot en met 22 januari.",
   L("Ferdi Hassing", md(1, 22), AM))
nl("Is er al iets geregeld voor Lisa van der Steen-Bakker? Zij start maandag als verkoopster.",
   J("Lisa van der Steen-Bakker", wd("mon"), AM))
nl("Willemijn Groot begint 1 maart als jurist.",
   J("Willemijn Groot", md(3, 1), None))
nl("Hee! Sem Jacobs gaat vanaf de eerste februari het developmentteam versterken.",
   J("Sem Jacobs", md(2, 1), SE))
nl("Onze verzorgenden Jacqueline Boon en Miriam Sluiter vertrekken allebei op 31 januari.",
   L("Jacqueline Boon", md(1, 31), CW), L("Miriam Sluiter", md(1, 31), CW))
nl("Graag het account van Timo Ruiter blokkeren na zijn laatste werkdag (morgen).",
   L("Timo Ruiter", plus(1)))
nl("Ingangsdatum 1-2-2027: Jelmer Hofstra wordt facilitair coördinator, nu is hij nog programmeur.",
   M("Jelmer Hofstra", ymd(2027, 2, 1), FC, SE))
nl("Aanstaande woensdag begint Suzanne Dijkhuis als facilitair medewerker, hopelijk lukt dat nog?",
   J("Suzanne Dijkhuis", wd("wed"), FC))
nl("Hoi, wil je weten wie er weggaat? Thijmen Brouwers, verkoper, laatste werkdag 19 februari 2027.",
   L("Thijmen Brouwers", ymd(2027, 2, 19), AM))
nl("Elise Doornbos begint over vier weken als accountmanager bij ons kantoor in Zwolle.",
   J("Elise Doornbos", plus(28), AM))
nl("Dinsdag 15 december begint Jorrit Wiersma als software developer.",
   J("Jorrit Wiersma", on("tue", md(12, 15)), SE))
# ---------------------------------------------------------------- more English
en("Hiya, Rebecca Lawson is joining as an acount manager on the first of February.",
   J("Rebecca Lawson", md(2, 1), AM))
en("Brandon Cruz starts next Tuesday as one of our new developers.",
   J("Brandon Cruz", wd("tue"), SE))
en("Maria Kowalska is retiring. Her last working day is 1.3.2027. She's a care worker at De Linde.",
   L("Maria Kowalska", ymd(2027, 3, 1), CW))
en("Heads up: Tariq Mahmood is moving from care worker to facility cordinator on 11 January.",
   M("Tariq Mahmood", md(1, 11), FC, CW))
en("Please add Hugo Lefèvre as a new carer, starting Feb 1.",
   J("Hugo Lefèvre", md(2, 1), CW))
en("Hi, I think we forgot to tell you: Naomi Brown started today as an account manager!",
   J("Naomi Brown", NOW, AM))
en("Good morning,\n\nThis is to inform you that Christopher Hall will leave the company. His last working day will be Friday 26 February 2027.\n\nRegards,\nJ. Smith\nHR",
   L("Christopher Hall", on("fri", ymd(2027, 2, 26))))
en("Samira Khan's first day as a developer is the 15th of February.",
   J("Samira Khan", md(2, 15), SE))
en("Could you set up a pass for Liam Murphy-Byrne? He's our new facilities coordinator and starts in two weeks' time.",
   J("Liam Murphy-Byrne", plus(14), FC))
en("Eleanor Price-Jones moves to the sales team on 4 January; she's been a carer with us for two years.",
   M("Eleanor Price-Jones", md(1, 4), AM, CW))
en("Two leavers: Nick Johnson (developer), last day 18/12, and Paula Reyes (care worker), last day 8/1.",
   L("Nick Johnson", md(12, 18), SE), L("Paula Reyes", md(1, 8), CW))
en("Adam Novak will be joining as a recruiter from 11 January.",
   J("Adam Novak", md(1, 11), None))
en("Kofi Asante starts on Monday as a healthcare assistant, can the pass be ready?",
   J("Kofi Asante", wd("mon"), CW))
en("Hi! Just confirming Anjali Mehta's start date as software engineer: 1 February 2027.",
   J("Anjali Mehta", ymd(2027, 2, 1), SE))
en("Our sales representative Bruno Silva will leave on 31 December.",
   L("Bruno Silva", md(12, 31), AM))
en("From next Monday, Greta Olsen takes on the role of account manager. She was a developer.",
   M("Greta Olsen", wd("mon"), AM, SE))
en("Can you please onboard two carers tomorrow: Precious Moyo and Daniel Kim?",
   J("Precious Moyo", plus(1), CW), J("Daniel Kim", plus(1), CW))
en("Patrick van Houten starts in four weeks as a facility coordinator.",
   J("Patrick van Houten", plus(28), FC))
en("Hello, Ines Duarte is leaving us: her contract ends on Sunday 31 January.",
   L("Ines Duarte", on("sun", md(1, 31))))
en("Tim O'Neill, software developer, will start on 2027-01-18.",
   J("Tim O'Neill", ymd(2027, 1, 18), SE))


# ---------------------------------------------------------------- checks and output
def check_and_write(path="blind-4.jsonl"):
    rows = [("nl", t, e) for t, e in NL] + [("en", t, e) for t, e in EN]
    texts = [t for _, t, _ in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    m = TODAY.month - 1 + 18  # 18 months ahead
    far = dt.date(TODAY.year + m // 12, m % 12 + 1, TODAY.day)
    for lang, text, expect in rows:
        assert expect, text
        for e in expect:
            assert e["kind"] in ("JOINER", "LEAVER", "MOVER"), text
            assert e["role"] in ROLES, text
            assert (e["kind"] == "MOVER") == ("fromRole" in e), text
            if "fromRole" in e:
                assert e["fromRole"] in ROLES, text
            assert e["name"] in text or e["name"].lower() in text, (e["name"], text)
            d = e["date"]
            if d is not None:
                if text in PAST:
                    assert d < TODAY, text
                else:
                    assert TODAY <= d <= far, (d, text)
    random.Random(20261205).shuffle(rows)
    counts = {}
    with open(path, "w", encoding="utf-8") as out:
        for i, (lang, text, expect) in enumerate(rows, 1):
            exp = []
            for e in expect:
                e = dict(e)
                e["date"] = None if e["date"] is None else e["date"].isoformat()
                exp.append(e)
                key = (lang, e["kind"])
                counts[key] = counts.get(key, 0) + 1
            out.write(json.dumps({"id": "d%03d" % i, "lang": lang, "text": text, "expect": exp},
                                 ensure_ascii=False) + "\n")
    n_nl = sum(1 for r in rows if r[0] == "nl")
    print("messages", len(rows), "nl", n_nl, "(%.1f %%)" % (100.0 * n_nl / len(rows)), "en", len(rows) - n_nl)
    for lang in ("nl", "en"):
        sub = [r for r in rows if r[0] == lang]
        print(lang, {k: counts.get((lang, k), 0) for k in ("JOINER", "LEAVER", "MOVER")},
              "persons", sum(len(r[2]) for r in sub),
              "two people", sum(1 for r in sub if len(r[2]) > 1),
              "null date", sum(1 for r in sub if any(e["date"] is None for e in r[2])),
              "null role", sum(1 for r in sub if any(e["role"] is None for e in r[2])),
              "e-mail", sum(1 for r in sub if "\n" in r[1]))


if __name__ == "__main__":
    check_and_write()
