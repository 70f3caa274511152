"""Blind-28: managers' announcements written by hand, one at a time (7 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-27's gen.py, itself blind-26's) only turn the date a reader means into a calendar
date counted from TODAY (Thursday 2026-12-03). Run: python3 gen.py
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



# --- Part 1 (z001-z150) -----------------------------------------------------------------

# A sail loft (zeilmakerij): sails, covers and awnings
m("nl", "Goedemorgen,\n\nPer maandag 4 januari 2027 komt Wouter Brandsma ons team versterken als zeilmaker. "
        "Hij heeft hiervoor bij een jachtwerf in Makkum gewerkt. Willen jullie een account en een pas regelen?\n\n"
        "Met vriendelijke groet,\nGeertje Hoekstra\nZeilmakerij De Kolk",
  J("Wouter Brandsma", ON("maandag", D(2027, 1, 4))))
m("en", "hey, new guy on the cutting floor: sietse wijnja, starts tue 15 dec. can he get a login for the plotter pc? ⛵",
  J("Sietse Wijnja", ON("tuesday", D(2026, 12, 15))))
m("nl", "Onze naaister Joke Terpstra gaat per 1 februari met pensioen. Haar laatste werkdag is vrijdag 29 januari, "
        "daarna is er nog een afscheidsborrel in de loft.",
  L("Joke Terpstra", ON("vrijdag", D(2027, 1, 29))))
m("en", "Quick question: do the riggers we hire for the regatta weekends need to be announced here, or does the agency "
        "handle their accounts?", none=True)
m("nl", "Vanaf 1 maart gaat Rients Visser van de werkvloer naar de verkoop: hij wordt onze vertegenwoordiger voor de "
        "jachthavens in Friesland.",
  MV("Rients Visser", D(2027, 3, 1), AM, None))
m("en", "Hi all, we hired a developer for the sail-design software: Martina Kowalczyk, first day Monday 18 January. "
        "She'll mostly work from Gdańsk.",
  J("Martina Kowalczyk", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Met verdriet laat ik weten dat onze collega Harm Zijlstra afgelopen zondag is overleden. Willen jullie zijn "
        "zaken netjes afhandelen? Dank je.",
  L("Harm Zijlstra", P(-4)), past=True)
m("en", "Hello together, from the 01.02.2027 Mr. Jens Petersen will start in our loft in Kiel as sailmaker. "
        "Please prepare his account. Best regards, Ute",
  J("Jens Petersen", D(2027, 2, 1)))
m("nl", "ff melden: hidde de boer is vanochtend op staande voet ontslagen, pas en laptop graag vandaag nog blokkeren",
  L("Hidde de Boer", NOW))
m("nl", "Voor de winterklussen (dekzeilen en kussens) komen er twee uitzendkrachten: Emma Postma vanaf maandag 7 "
        "december en Lars Feenstra vanaf maandag 14 december.",
  J("Emma Postma", ON("maandag", D(2026, 12, 7))), J("Lars Feenstra", ON("maandag", D(2026, 12, 14))))
m("en", "Our facilities coordinator Tjitske Bosma moves to the new loft in Lemmer per 1 February, same job, just a "
        "different building.",
  MV("Tjitske Bosma", D(2027, 2, 1), FC, FC))
m("nl", "Dag Anke,\nVanaf maandag 11 januari vervoegt Jonas Verhaegen onze afdeling in Nieuwpoort als zeilhersteller. "
        "Gelieve zijn account en badge te voorzien.\nMvg,\nKoen",
  J("Jonas Verhaegen", ON("maandag", D(2027, 1, 11))))
m("nl", "Femke Kooistra begint over vijf weken als onze nieuwe vertegenwoordiger voor de charterbedrijven. Kunnen "
        "jullie een laptop en telefoon voor haar bestellen?",
  J("Femke Kooistra", P(35), AM))
m("nl", "laatste werkdag van bauke hiemstra is 18-12, hij gaat naar een werf in harlingen",
  L("Bauke Hiemstra", D(2026, 12, 18)))
m("nl", "Anneke van de naaiafdeling is voorlopig ziek thuis, ik weet nog niet hoe lang. Moet ik daar iets voor "
        "regelen?", none=True)
m("nl", "Correctie op mijn bericht van gisteren: Pieter Wiersma begint niet op 4 januari maar op maandag 18 januari. "
        "Sorry voor de verwarring!",
  J("Pieter Wiersma", ON("maandag", D(2027, 1, 18))))
m("en", "Dear Sir, this is to inform that Mr. Rohan Iyer has tendered his resignation and his last working day will "
        "be 12th February 2027. Kindly do the needful. Regards, Manoj",
  L("Rohan Iyer", D(2027, 2, 12)))
m("nl", "Per direct is Ruben Dijkstra niet meer bij ons in dienst, vandaag was zijn laatste dag. Graag alles "
        "dichtzetten.",
  L("Ruben Dijkstra", NOW))
m("en", "Our head of the loft, Klaas Veenstra, retires: his last day is Thursday 31 December. Marije Hoogland, now "
        "our senior sailmaker, takes over as head of the loft from Monday 4 January.",
  L("Klaas Veenstra", ON("thursday", D(2026, 12, 31))),
  MV("Marije Hoogland", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Nieuwe collega voor de facilitaire dienst: Jelle van der Wal, start 1/2. Hij doet ook het onderhoud van de "
        "naaimachines.",
  J("Jelle van der Wal", D(2027, 2, 1), FC))
m("en", "The vacancy for a second canvas worker is withdrawn for now, so no need to prepare anything for January. "
        "Thanks!", none=True)
m("nl", "volgende week woensdag begint sanne tuinstra bij ons in de loft, kan ze een pasje krijgen?",
  J("Sanne Tuinstra", NW("woensdag")))
m("en", "Sales rep Douwe Kramer is leaving us. Last day: Friday 26 February. He goes to a competitor, so please cut "
        "his access that evening.",
  L("Douwe Kramer", ON("friday", D(2027, 2, 26)), AM))
m("nl", "Gerda Smit stopt met naaien en gaat per 1 maart de facilitaire dienst doen, als facilitair medewerker.",
  MV("Gerda Smit", D(2027, 3, 1), FC, None))
m("nl", "morgen is de laatste dag van ids de vries, zijn contract loopt af en we verlengen niet. laptop ligt al bij mij op kantoor",
  L("Ids de Vries", P(1)))

# A diamond-cutting works in Antwerp (diamantslijperij)
m("nl", "Beste collega's,\n\nOp maandag 11 januari 2027 start Tom Peeters bij ons als diamantslijper in het atelier "
        "aan de Hoveniersstraat. Gelieve zijn toegang tot de kluisgang en zijn account te voorzien.\n\n"
        "Met vriendelijke groeten,\nAn Claes\nHR",
  J("Tom Peeters", ON("maandag", D(2027, 1, 11))))
m("en", "new polisher on the 3rd floor: nikhil shah, first day mon 14 dec 💎 needs a badge for the vault corridor",
  J("Nikhil Shah", ON("monday", D(2026, 12, 14))))
m("nl", "Onze klover Frans Wouters gaat met pensioen. Zijn laatste werkdag is woensdag 23 december, na 41 jaar bij "
        "ons.",
  L("Frans Wouters", ON("woensdag", D(2026, 12, 23))))
m("en", "Do the guards from the external security firm at the bourse need accounts from us or not? Nobody here "
        "seems to know.", none=True)
m("nl", "Vanaf 1 februari wordt Elke Mertens, nu nog sorteerster, onze accountmanager voor de juweliers in Nederland.",
  MV("Elke Mertens", D(2027, 2, 1), AM, None))
m("en", "We've taken on a software developer for the grading app, Yael Cohen. She starts Monday 1 February.\n\n"
        "Thanks,\nMiriam Stern\nOperations",
  J("Yael Cohen", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Heel droevig nieuws: Jef Goossens, onze oudste slijper, is gisteren overleden. Zijn familie vraagt om zijn "
        "mailbox nog even te laten staan.",
  L("Jef Goossens", P(-1)), past=True)
m("en", "Hi, I want to inform that Mr. Avi Friedman will start by us as diamond grader from 04.01.2027. Please make "
        "him an account. Thanks, Shira",
  J("Avi Friedman", D(2027, 1, 4)))
m("nl", "dag hr, wim goris is gisteren ontslagen (diefstal van ruwe stenen), gelieve alles te blokkeren",
  L("Wim Goris", P(-1)), past=True)
m("nl", "Twee sorteerders stoppen: Lieve Jacobs op 18 december en Dirk Maes op 31 december. Allebei op eigen verzoek.",
  L("Lieve Jacobs", D(2026, 12, 18)), L("Dirk Maes", D(2026, 12, 31)))
m("en", "Jasper Vermeulen is our new facilities coordinator (vault, alarm, cleaners) from 4 January. Please give him "
        "the master key profile.",
  J("Jasper Vermeulen", D(2027, 1, 4), FC))
m("nl", "Goeiemiddag,\nSinds maandag werkt Ravi Jhaveri bij ons als laserslijper. Sorry dat ik het nu pas doorgeef. "
        "Gelieve zijn account nog aan te maken.\nMvg, Sofie",
  J("Ravi Jhaveri", P(-3)), past=True)
m("en", "Sara Vandenberghe will join our sales team in two weeks as account manager for the Hong Kong buyers. She speaks "
        "Cantonese and will be travelling a lot.",
  J("Sara Vandenberghe", P(14), AM))
m("nl", "Kristof gaat vanaf januari drie maanden met ouderschapsverlof. Moet ik dat hier ook melden?", none=True)
m("nl", "Ilse Wuyts stopt op 15 januari, niet op 31 januari zoals ik eerst schreef.",
  L("Ilse Wuyts", D(2027, 1, 15)))
m("en", "Bart Aerts, our polisher, moves from the Antwerp workshop to our workshop in Ramat Gan as of 1 March, same "
        "work.",
  MV("Bart Aerts", D(2027, 3, 1), None, None))
m("nl", "Over drie weken stopt Hilde Verstraeten bij ons, ze verhuist naar Gent. Haar opvolger zoeken we nog; ik laat het "
        "weten zodra er iemand is.",
  L("Hilde Verstraeten", P(21)))
m("en", "Hello, Mr. Emre Kaya starting at Monday 11 January in our cutting room like laser operator. Regards",
  J("Emre Kaya", ON("monday", D(2027, 1, 11))))
m("nl", "morgen begint jana horemans bij de kwaliteitscontrole, heeft ze al een login?",
  J("Jana Horemans", P(1)))
m("nl", "Per 1 maart wordt onze verkoper Luc Janssen hoofd van de verkoopafdeling. Hij houdt zijn eigen klanten in "
        "Antwerpen erbij, maar krijgt er twee mensen onder zich.",
  MV("Luc Janssen", D(2027, 3, 1), None, AM))
m("en", "If someone only starts in September 2027, can I already announce them now, or is that too early?",
  none=True)
m("nl", "Met ingang van 18-01-2027 treedt Nathalie Dierckx in dienst als boekhoudster. Graag een laptop en een "
        "account voorzien.",
  J("Nathalie Dierckx", D(2027, 1, 18)))
m("en", "Marc Lemmens's last day is Friday next week, he is moving to Dubai. Please collect his laptop that day.",
  L("Marc Lemmens", NW("friday")))
m("nl", "Nieuwe mensen in het atelier:\n- Vincent Claeys, slijper, per 4 januari\n- Amrit Kothari, klover, per 11 "
        "januari",
  J("Vincent Claeys", D(2027, 1, 4)), J("Amrit Kothari", D(2027, 1, 11)))
m("en", "Our only developer, Guy Bogaerts, stops per 1/2. We still have to find someone for the inventory system.",
  L("Guy Bogaerts", D(2027, 2, 1), SE))

# A clockmaker and tower-clock maintenance firm (uurwerkmakerij)
m("nl", "Hallo,\n\nPer maandag 4 januari komt Bram Oosterhuis bij ons werken als uurwerkmaker. Hij gaat vooral de "
        "torenuurwerken onderhouden, dus hij heeft ook een bus nodig.\n\nGroet,\nHenk Rozendaal\nRozendaal Uurwerken",
  J("Bram Oosterhuis", ON("maandag", D(2027, 1, 4))))
m("en", "fyi: the new apprentice tim lubbers starts wed 6 jan, can he get an email address?",
  J("Tim Lubbers", ON("wednesday", D(2027, 1, 6))))
m("nl", "Onze horlogemaker Evert Nijland is zaterdag overleden. Hij werkte na zijn pensioen nog twee dagen per week "
        "bij ons in de werkplaats. Wil iemand zijn account opruimen?",
  L("Evert Nijland", P(-5)), past=True)
m("en", "Is it possible to give our bell-tower subcontractor read access to the planning app without announcing him "
        "as an employee?", none=True)
m("nl", "Per 1 februari wordt Linda Kamphuis, nu planner, vertegenwoordiger voor de gemeenten en kerken.",
  MV("Linda Kamphuis", D(2027, 2, 1), AM, None))
m("en", "Please note: Karin Mulder leaves on 31 January, her contract is not renewed. She has the workshop laptop and a "
        "key to the tower of the Martinikerk, both need to come back.",
  L("Karin Mulder", D(2027, 1, 31)))
m("nl", "joost hendriks stopt per 1 jan, hij gaat voor zichzelf beginnen met horlogereparaties",
  L("Joost Hendriks", D(2027, 1, 1)))
m("en", "The web shop finally gets a proper developer: Nadia Boukhari, 1 March 2027. Can IT prepare a laptop with "
        "admin rights?",
  J("Nadia Boukhari", D(2027, 3, 1), SE))
m("nl", "Dag Tine,\nWillem Van Acker vervoegt ons team in Brugge als beiaardtechnieker vanaf vrijdag 8 januari. "
        "Gelieve alles te voorzien.\nMvg,\nPaul",
  J("Willem Van Acker", ON("vrijdag", D(2027, 1, 8))))
m("en", "Two changes from Monday 1 February: Niels Groen moves from the workshop to the tower team, and Evi de Lange "
        "goes from reception to facilities coordinator.",
  MV("Niels Groen", ON("monday", D(2027, 2, 1)), None, None),
  MV("Evi de Lange", D(2027, 2, 1), FC, None))
m("nl", "Gonnie gaat vanaf januari vier dagen werken in plaats van vijf. Verder verandert er niks.", none=True)
m("nl", "Eergisteren is Koen Brinkman bij ons begonnen als restaurateur van klokken, maar hij heeft nog steeds geen "
        "account. Kan dat vandaag nog?",
  J("Koen Brinkman", P(-2)), past=True)
m("en", "Hi, Mrs. Ingrid Lammers will retire at the end of March; her last working day is Wednesday 31 March.",
  L("Ingrid Lammers", ON("wednesday", D(2027, 3, 31))))
m("nl", "jeroen wessels begint volgende week maandag in de werkplaats 🕰️",
  J("Jeroen Wessels", NW("maandag")))
m("en", "Bas Veldhuis was let go yesterday afternoon. Please disable his account and collect the van keys.",
  L("Bas Veldhuis", P(-1)), past=True)
m("nl", "Startdatum van Floor Meijboom (administratie) is 2027-01-11, ik had het verkeerd in de planning staan.",
  J("Floor Meijboom", D(2027, 1, 11)))
m("en", "The apprentice who was going to start in January has taken another job, so please cancel everything for "
        "her.", none=True)
m("nl", "Rick Haverkamp, onze programmeur van de urenregistratie, vertrekt per 1 maart naar een bank.",
  L("Rick Haverkamp", D(2027, 3, 1), SE))
m("en", "Marloes Eshuis joined today as office manager, we forgot to tell you 🙈 can she get a laptop asap?",
  J("Marloes Eshuis", NOW))
m("nl", "Vertegenwoordiger Sjoerd Heuvelink gaat per 1 april de werkplaats leiden. Zijn klanten neemt Linda over.",
  MV("Sjoerd Heuvelink", D(2027, 4, 1), None, AM))
m("en", "Arthur Klaassen starts tomorrow as a trainee watchmaker. He'll sit at the bench next to Koen, so no laptop "
        "needed, just an account for the time sheets.",
  J("Arthur Klaassen", P(1)))
m("nl", "Einde contract voor onze twee kerstkrachten in de winkel: Lisa Bouwman en Mila Smeenk stoppen allebei op "
        "donderdag 24 december.",
  L("Lisa Bouwman", ON("donderdag", D(2026, 12, 24))), L("Mila Smeenk", D(2026, 12, 24)))
m("en", "Good day. Kindly be informed that Mr. Kofi Asante shall resume duty as Sales Representative with effect "
        "from 1st February 2027. Yours faithfully, E. Darko",
  J("Kofi Asante", D(2027, 2, 1), AM))
m("nl", "Esmee is vanaf 14 december met zwangerschapsverlof, haar werk wordt verdeeld. Niks aanmaken dus.",
  none=True)
m("nl", "tamara hofstede stopt over 2 weken, laatste dag dus 17 december",
  L("Tamara Hofstede", D(2026, 12, 17)))

# A provincial lock-and-bridge operator (brug- en sluisbediening)
m("nl", "Beste servicedesk,\n\nMet ingang van maandag 4 januari 2027 treedt Gert Dijkman in dienst als brug- en "
        "sluiswachter op het Prinses Margrietkanaal. Graag een account en toegang tot de bedieningscentrale.\n\n"
        "Met vriendelijke groet,\nTeamleider Bediening Noord",
  J("Gert Dijkman", ON("maandag", D(2027, 1, 4))))
m("en", "new bridge keeper for the night shift: yvonne stam, first shift sun 13 dec. she'll sit in the central "
        "control room",
  J("Yvonne Stam", ON("sunday", D(2026, 12, 13))))
m("nl", "Sluiswachter Jan Koopmans gaat per 1 maart met pensioen. Zijn laatste dienst draait hij op zondag 28 "
        "februari.",
  L("Jan Koopmans", ON("zondag", D(2027, 2, 28))))
m("en", "Do the seasonal bridge operators for the summer (April to September) have to be announced now, or in "
        "March?", none=True)
m("nl", "Hendrik Boersma stopt als brugwachter en gaat per 1 februari in de centrale werken als operator op afstand.",
  MV("Hendrik Boersma", D(2027, 2, 1), None, None))
m("en", "We hired a developer for the remote-operation software (cameras and PLC interface): Tom Achterberg, "
        "starting Monday 25 January.\n\nKind regards,\nHester Kloosterman\nTeam lead remote operation",
  J("Tom Achterberg", ON("monday", D(2027, 1, 25)), SE))
m("nl", "Onze collega Sietske Hoogeveen is afgelopen dinsdag overleden na een kort ziekbed.",
  L("Sietske Hoogeveen", P(-2)), past=True)
m("en", "Dear colleagues, from 15.01.2027 Mr. Lukas Brandt will start at our Delfzijl lock as lock operator "
        "(contract of six months). Greetings, Heike",
  J("Lukas Brandt", D(2027, 1, 15)))
m("nl", "mehmet yildiz is vandaag ontslagen, hij liet de brug open staan tijdens z'n pauze (2e keer). pas "
        "blokkeren aub",
  L("Mehmet Yildiz", NOW))
m("nl", "Voor de wintermaanden komen er twee invallers: Ricardo Pinas per maandag 7 december en Thijs Oosting per "
        "maandag 21 december.",
  J("Ricardo Pinas", ON("maandag", D(2026, 12, 7))), J("Thijs Oosting", ON("maandag", D(2026, 12, 21))))
m("en", "From Monday 1 March Wilma Kuipers, now our receptionist at the district office, becomes facilities "
        "coordinator for the three lock complexes.",
  MV("Wilma Kuipers", ON("monday", D(2027, 3, 1)), FC, None))
m("nl", "Dag Veerle,\nJoris Vervaet vervoegt vanaf maandag 18 januari de ploeg brugwachters in Brugge. Gelieve een "
        "badge en login te voorzien.\nMvg,\nDirk",
  J("Joris Vervaet", ON("maandag", D(2027, 1, 18))))
m("nl", "Ilona is langdurig ziek, haar diensten worden door de invallers opgevangen. Moet haar account dicht? Ik "
        "denk het niet.", none=True)
m("en", "Peter Hofman's last shift as bridge keeper is Sunday 10 January, then he emigrates to Canada.",
  L("Peter Hofman", ON("sunday", D(2027, 1, 10))))
m("nl", "Per 1 maart komt Yasmina Amrani ons team versterken als vaarwegbeheerder. Ze komt van Rijkswaterstaat en werkt "
        "vanuit het districtskantoor in Leeuwarden.",
  J("Yasmina Amrani", D(2027, 3, 1)))
m("nl", "Sluiswachter Anton Vos gaat per 1 januari van de sluis bij Gaarkeuken naar de sluis in Zoutkamp, zelfde "
        "functie.",
  MV("Anton Vos", D(2027, 1, 1), None, None))
m("nl", "Rutger Bakker (inspectie van de bruggen) gaat met pensioen, zijn laatste werkdag is 29 januari.",
  L("Rutger Bakker", D(2027, 1, 29)))
m("nl", "over twee weken begint laura dekker als planner, kunnen jullie vast iets klaarzetten?",
  J("Laura Dekker", P(14)))
m("nl", "Gerrit komt maandag na zijn knieoperatie weer werken. Zijn account staat nog aan, toch?", none=True)
m("en", "New account manager for the shipping companies and ports: Eline Wolters, starting Wednesday 6 January. She'll "
        "visit a lot of ports, so a laptop and a phone please.",
  J("Eline Wolters", ON("wednesday", D(2027, 1, 6)), AM))
m("nl", "Twee leerlingen van het Noorderpoort lopen stage in de bediening en hebben een account nodig: Kevin "
        "Hulshof en Dewi Sapulette, allebei vanaf maandag 1 februari tot de zomer.",
  J("Kevin Hulshof", ON("maandag", D(2027, 2, 1))), J("Dewi Sapulette", D(2027, 2, 1)))
m("nl", "Vanaf volgende week maandag is Alie Beukema geen brugwachter meer maar teamleider van de centrale.",
  MV("Alie Beukema", NW("maandag"), None, None))
m("en", "Mark Ensing starts in week 2, on the Monday, as technician for the lock gates. He comes from a shipyard in "
        "Delfzijl and knows the hydraulics well.",
  J("Mark Ensing", WK(2)))
m("nl", "Klaas Huizing vertrekt niet op 31 december maar pas op vrijdag 15 januari, hij blijft toch nog twee weken.",
  L("Klaas Huizing", ON("vrijdag", D(2027, 1, 15))))
m("en", "Tomorrow is Sophie Mulders's first day at the Kornwerderzand complex 🙂",
  J("Sophie Mulders", P(1)))

# A candle factory
m("nl", "Goedemiddag,\n\nPer maandag 11 januari 2027 begint Anouk Vrieling bij ons als productiemedewerker in de "
        "gieterij. Wil je haar account en een kluisje regelen?\n\nVriendelijke groet,\nMonique van Beek\n"
        "Kaarsenfabriek Het Licht",
  J("Anouk Vrieling", ON("maandag", D(2027, 1, 11))))
m("en", "dipping line: new operator marek kowalski starts mon 7 dec 🕯️",
  J("Marek Kowalski", ON("monday", D(2026, 12, 7))))
m("nl", "Onze vertegenwoordiger voor de tuincentra, Erwin Kok, vertrekt per 1 april. Laatste werkdag is woensdag 31 "
        "maart.",
  L("Erwin Kok", ON("woensdag", D(2027, 3, 31)), AM))
m("en", "Question: our Christmas-rush temps from the agency, do they get their own account or do they just use the "
        "shared terminal?", none=True)
m("nl", "Per 4 januari gaat Demi Schouten van de inpakafdeling naar de planning. Ze blijft in hetzelfde gebouw, maar "
        "krijgt wel een andere werkplek en rechten in de planningssoftware.",
  MV("Demi Schouten", D(2027, 1, 4), None, None))
m("en", "Hi! Our webshop developer Chris Wijnands is leaving, his last day is Friday 22 January.",
  L("Chris Wijnands", ON("friday", D(2027, 1, 22)), SE))
m("nl", "Treurig bericht: Gijs Haverman van de wasafdeling is gisteravond overleden.",
  L("Gijs Haverman", P(-1)), past=True)
m("en", "Hello, I inform you that Mrs. Agnieszka Nowak is starting work by us from 14.12.2026 as packer. Thank you",
  J("Agnieszka Nowak", D(2026, 12, 14)))
m("nl", "kerstdrukte: 2 uitzendkrachten erbij per 7/12, sem jacobs en noor visscher. alleen een pasje nodig",
  J("Sem Jacobs", D(2026, 12, 7)), J("Noor Visscher", D(2026, 12, 7)))
m("nl", "Fatma Demir wordt vanaf 1 februari onze facilitair coördinator. Ze komt van een distributiecentrum in Tilburg "
        "en heeft daar ook de schoonmaak en de beveiliging geregeld.",
  J("Fatma Demir", D(2027, 2, 1), FC))
m("en", "Dismissed this morning: Jordy Pool, forklift driver. Effective immediately. He has a pass for the warehouse and "
        "a locker key, please block the pass right away.",
  L("Jordy Pool", NOW))
m("nl", "Dag Hanne,\nMaarten Devos vervoegt ons als vertegenwoordiger voor België vanaf maandag 1 februari. "
        "Gelieve hem een laptop en gsm te voorzien.\nMvg,\nEls",
  J("Maarten Devos", ON("maandag", D(2027, 2, 1)), AM))
m("nl", "Wie moet ik mailen als een uitzendkracht langer blijft dan gepland? Gaat dat ook via deze bot?", none=True)
m("en", "Ahmed Benali started on Tuesday in the scent lab. I forgot to announce him, sorry! He needs a login for the "
        "recipe system.",
  J("Ahmed Benali", P(-2)), past=True)
m("nl", "Over vijf weken begint Romy Hendriksen als inkoper van paraffine en stearine. Ze werkt drie dagen op kantoor en "
        "twee dagen thuis, dus graag een laptop.",
  J("Romy Hendriksen", P(35)))
m("en", "As of Monday 1 March, Stefan Roelofs moves from customer service to sales: he will be our account manager "
        "for the hotels.",
  MV("Stefan Roelofs", ON("monday", D(2027, 3, 1)), AM, None))
m("nl", "contract van tess brouwer loopt op 31 december af, wordt niet verlengd",
  L("Tess Brouwer", D(2026, 12, 31)))
m("en", "Starters in January:\n1. Ivo Reinders – wick cutting – 4 Jan\n2. Melissa Tan – quality – 11 Jan",
  J("Ivo Reinders", D(2027, 1, 4)), J("Melissa Tan", D(2027, 1, 11)))
m("nl", "De nieuwe schoonmaker die maandag zou beginnen heeft afgezegd. Alles mag geannuleerd worden.", none=True)
m("nl", "Kim Verbeek werkt nog tot en met vrijdag 8 januari, daarna gaat ze studeren.",
  L("Kim Verbeek", ON("vrijdag", D(2027, 1, 8))))
m("en", "Developer for the ERP koppeling: Daan Hoving, start Monday 11 January. Please give him VPN too.",
  J("Daan Hoving", ON("monday", D(2027, 1, 11)), SE))
m("nl", "Sandra Pijnappel, facilitair medewerker, gaat per 1 maart naar onze vestiging in Veghel. Zelfde werk.",
  MV("Sandra Pijnappel", D(2027, 3, 1), FC, FC))
m("en", "Tessa Geerts starts next week Thursday in the packaging team. She's a student, 16 hours a week, and only needs a "
        "login for the time clock.",
  J("Tessa Geerts", NW("thursday")))
m("nl", "Afgelopen maandag hebben we afscheid genomen van Wendy Claassen (proeftijd niet gehaald). Haar account kan "
        "dicht.",
  L("Wendy Claassen", P(-3)), past=True)
m("nl", "Per 18 januari start Bart Gerritsen als verkoper binnendienst. Hij neemt de telefoon over van Wendy, dus hij "
        "heeft ook haar toestelnummer nodig.",
  J("Bart Gerritsen", D(2027, 1, 18), AM))

# A pet-food factory
m("nl", "Beste allemaal,\n\nOp maandag 18 januari 2027 start Michiel Aarts als procesoperator op de extruder. Hij "
        "draait ploegendienst, dus graag ook een pas voor de nachtingang.\n\nGroet,\nRenate Cuijpers\nP&O",
  J("Michiel Aarts", ON("maandag", D(2027, 1, 18))))
m("en", "hi! new line operator on kibble line 2: jamie oakes, starts thu 10 dec",
  J("Jamie Oakes", ON("thursday", D(2026, 12, 10))))
m("nl", "Onze diervoedingsspecialist Marjolein Ebbers stopt per 1 maart, ze gaat naar een mengvoerbedrijf in "
        "Barneveld.",
  L("Marjolein Ebbers", D(2027, 3, 1)))
m("en", "Can someone tell me whether the vets who come in for the palatability tests need an account? They're not "
        "employees.", none=True)
m("nl", "Per 1 februari gaat Rob Verhagen van de klantenservice naar de buitendienst als accountmanager "
        "dierenspeciaalzaken.",
  MV("Rob Verhagen", D(2027, 2, 1), AM, None))
m("en", "Sad news: our maintenance technician Frank Bosch passed away on Sunday.",
  L("Frank Bosch", P(-4)), past=True)
m("nl", "Softwareontwikkelaar Iris Kuijpers begint op 1-2-2027 (MES en etiketten).",
  J("Iris Kuijpers", D(2027, 2, 1), SE))
m("en", "Two packers are leaving: Paula Ribeiro on Friday 18 December and Joana Costa on Thursday 31 December.",
  L("Paula Ribeiro", ON("friday", D(2026, 12, 18))), L("Joana Costa", ON("thursday", D(2026, 12, 31))))
m("nl", "morgen laatste dag van stijn maas, hij gaat bij defensie werken",
  L("Stijn Maas", P(1)))
m("nl", "Dag Lies,\nVanaf maandag 8 februari vervoegt Ellen Vermeiren ons labo als laborante. Gelieve haar toegang "
        "te voorzien.\nMvg,\nBert",
  J("Ellen Vermeiren", ON("maandag", D(2027, 2, 8))))
m("en", "Sander Wijers, now sales representative, becomes our facilities coordinator from Monday 4 January.",
  MV("Sander Wijers", ON("monday", D(2027, 1, 4)), FC, AM))
m("nl", "In week 3 begint Lotte Rutten op maandag als kwaliteitsmedewerker. Ze komt net van de hbo-opleiding "
        "voedingsmiddelentechnologie.",
  J("Lotte Rutten", WK(3)))
m("en", "Our HR advisor is on holiday until 4 January, so please send questions about starters to me in the "
        "meantime.", none=True)
m("nl", "Vorige week vrijdag is Dennis Smulders op staande voet ontslagen. Ik zie dat hij nog in het systeem staat.",
  L("Dennis Smulders", LW("vrijdag")), past=True)
m("en", "Priya Raman starts Monday as food technologist in R&D. She'll need access to the recipe database and the lab "
        "notebook app.",
  J("Priya Raman", WD("monday")))
m("nl", "Kleine correctie: Hugo Hermans begint al op maandag 4 januari, niet op 11 januari.",
  J("Hugo Hermans", ON("maandag", D(2027, 1, 4))))
m("en", "Account manager Nina Vos moves to our Belgian branch in Ghent per 1 March, same role.",
  MV("Nina Vos", D(2027, 3, 1), AM, AM))
m("nl", "Hoe lang van tevoren moet ik een nieuwe heftruckchauffeur melden? Hij begint pas in maart.", none=True)
m("nl", "vorige week maandag is mustafa öztürk begonnen in de expeditie, hij heeft nog steeds geen login",
  J("Mustafa Öztürk", LW("maandag")), past=True)
m("en", "Three new operators for the night shift start on Monday 14 December: Oliver Grant, Bogdan Marin and Sven "
        "Aalders.",
  J("Oliver Grant", ON("monday", D(2026, 12, 14))), J("Bogdan Marin", D(2026, 12, 14)),
  J("Sven Aalders", D(2026, 12, 14)))
m("nl", "Per 31 december gaat Ria Geurts met pensioen, na 30 jaar in het lab. In januari houden we nog een afscheid, "
        "de datum volgt.",
  L("Ria Geurts", D(2026, 12, 31)))
m("nl", "Het uitzendcontract van Chantal Mol eindigt op 15 januari en wordt niet verlengd. Ze heeft een pas voor de "
        "fabriek en een kluisje.",
  L("Chantal Mol", D(2027, 1, 15)))
m("nl", "Kan ik een starter al aanmelden als het contract nog niet getekend is?", none=True)
m("en", "Frits Leenders, shift leader, goes from nights to the day shift per 4 January, same job. Nothing changes in "
        "his accounts as far as I know.",
  MV("Frits Leenders", D(2027, 1, 4), None, None))
m("nl", "dinsdag 5 januari begint yara el idrissi als planner 🐶",
  J("Yara el Idrissi", ON("dinsdag", D(2027, 1, 5))))

SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
         "ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag",
         "za": "zaterdag", "zo": "zondag"}
MONTHS = {}
for _i, _names in enumerate([
        ("january", "januari", "jan"), ("february", "februari", "feb"), ("march", "maart", "mar", "mrt"),
        ("april", "apr"), ("may", "mei"), ("june", "juni", "jun"), ("july", "juli", "jul"),
        ("august", "augustus", "aug"), ("september", "sep", "sept"), ("october", "oktober", "oct", "okt"),
        ("november", "nov"), ("december", "dec")], 1):
    for _n in _names:
        MONTHS[_n] = _i
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
        where = "z%03d" % i
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
            out.write(json.dumps({"id": "z%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")


def stats(part):
    """Counts for the README (not used by any test)."""
    n = len(part)
    nl = sum(1 for x in part if x[0] == "nl")
    lens = [len(x[1]) for x in part]
    kinds = {}
    for x in part:
        for e in x[2]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("  %d messages, %d nl (%.1f %%), %d people %s, none %d, multi %d, past %d, "
          "len mean %.1f, <75 %d, 75-159 %d, 160+ %d" % (
              n, nl, 100.0 * nl / n, sum(len(x[2]) for x in part), kinds,
              sum(1 for x in part if x[4]), sum(1 for x in part if len(x[2]) > 1),
              sum(1 for x in part if x[3]), sum(lens) / n,
              sum(1 for v in lens if v < 75), sum(1 for v in lens if 75 <= v < 160),
              sum(1 for v in lens if v >= 160)))


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-28.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
