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

# --- Part 2 (z151-z320) -----------------------------------------------------------------

# An archaeological research bureau (archeologisch onderzoeksbureau)
m("nl", "Goedemorgen,\n\nPer maandag 4 januari 2027 begint Maarten Tuinman bij ons als veldarcheoloog. Hij gaat meteen "
        "mee naar de opgraving in Nijmegen-Noord, dus graag ook een tablet met de veldapp.\n\nMet vriendelijke groet,\n"
        "Dr. Karlijn Spoelstra\nTerra Incognita Archeologie",
  J("Maarten Tuinman", ON("maandag", D(2027, 1, 4))))
m("en", "new digger for the a12 site: luuk brandenburg, starts mon 11 jan. he'll need boots, a helmet and a login for "
        "the find registration app",
  J("Luuk Brandenburg", ON("monday", D(2027, 1, 11))))
m("nl", "Onze fysisch geograaf Annemiek Schothorst stopt per 1 maart; ze gaat promoveren in Groningen. Tot die tijd "
        "werkt ze de boringen van Dronten nog uit.",
  L("Annemiek Schothorst", D(2027, 3, 1)))
m("en", "Does a volunteer from the local historical society who helps us wash finds need an account? He comes two "
        "mornings a week.", none=True)
m("nl", "Per 1 februari wordt Gijs Rozema, nu veldtechnicus, projectleider van de opgravingen in Limburg. Hij blijft "
        "in Nijmegen wonen, maar krijgt een auto van de zaak.",
  MV("Gijs Rozema", D(2027, 2, 1), None, None))
m("nl", "We krijgen eindelijk een eigen ontwikkelaar voor de GIS en de vondstendatabase: Hanna Lindgren, vanaf "
        "maandag 1 februari. Ze komt uit Uppsala en spreekt nog geen Nederlands, dus graag alles in het Engels.",
  J("Hanna Lindgren", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Met grote schok hebben we gehoord dat onze aardewerkspecialist Theo Verschoor gisteravond is overleden. "
        "Hij werkte al dertig jaar bij ons. We laten zijn mailbox nog een maand staan voor de familie.",
  L("Theo Verschoor", P(-1)), past=True)
m("en", "Good morning, I write to inform you that Dr. Chiara Benedetti will begin as osteoarchaeologist the 18 of "
        "January. Best regards, Paolo",
  J("Chiara Benedetti", D(2027, 1, 18)))
m("nl", "ff doorgeven: jesse kloppenburg is per direct weg, hij heeft vanochtend z'n ontslag gemaild en komt niet "
        "meer. vandaag is dus z'n laatste dag",
  L("Jesse Kloppenburg", NOW))
m("nl", "Nieuwe veldassistenten voor het winterproject in Houten:\n- Merel Lagerweij per 4 januari\n- Stijn Oudejans "
        "per 11 januari",
  J("Merel Lagerweij", D(2027, 1, 4)), J("Stijn Oudejans", D(2027, 1, 11)))
m("nl", "Ilse Veerman komt op 18 januari bij ons als facilitair coördinator (depot, busjes, gereedschap). Ze heeft "
        "een sleutel van alle depots en een eigen alarmcode nodig.",
  J("Ilse Veerman", D(2027, 1, 18), FC))
m("nl", "Dag Griet,\nVanaf maandag 25 januari vervoegt Bram Vercruysse ons team in Kortrijk als archeoloog-assistent. "
        "Gelieve zijn account en gsm te voorzien.\nMvg,\nLieven",
  J("Bram Vercruysse", ON("maandag", D(2027, 1, 25))))
m("en", "Our finds specialist Dagmar Helsloot leaves in three weeks, she's going to the provincial depot. In her last "
        "weeks she'll mostly pack the finds from the Houten dig.",
  L("Dagmar Helsloot", P(21)))
m("nl", "sorry, foutje: noah van wijk begint niet op 11 januari maar op 18 januari",
  J("Noah van Wijk", D(2027, 1, 18)))
m("nl", "Loes is vanaf volgende week met zwangerschapsverlof, tot in april. Haar projecten gaan zolang naar Rik.",
  none=True)
m("en", "Respected Sir/Madam, kindly note that Mr. Vikram Nair, GIS analyst, shall be relieved from his duties with "
        "effect from 31st January 2027. Thanks and regards, Ramesh",
  L("Vikram Nair", D(2027, 1, 31)))
m("nl", "Vanmiddag hebben we Jurgen Lamers op staande voet ontslagen, hij heeft vondsten mee naar huis genomen. "
        "Account en sleutels van het depot graag direct blokkeren.",
  L("Jurgen Lamers", NOW))
m("en", "From 1 March Eva Teunissen moves from project support to sales: account manager for the municipalities and "
        "project developers.",
  MV("Eva Teunissen", D(2027, 3, 1), AM, None))
m("nl", "Per 15-02-2027 treedt Sabine Hoeks in dienst als senior KNA-archeoloog. Ze wordt de tweede senior naast Gijs en "
        "heeft een laptop met ArcGIS nodig.",
  J("Sabine Hoeks", D(2027, 2, 15)))
m("en", "The contracts of our two seasonal diggers end on Friday 18 December: Rens Wolff and Tijmen Bais.",
  L("Rens Wolff", ON("friday", D(2026, 12, 18))), L("Tijmen Bais", D(2026, 12, 18)))
m("nl", "Over zes weken begint Wessel Nap bij ons als archeologisch tekenaar. Hij werkt vanuit Amersfoort. Een "
        "tekentablet heeft hij zelf.",
  J("Wessel Nap", P(42)))
m("en", "Can I already request a laptop for a starter whose name I don't know yet? We're still interviewing.",
  none=True)
m("nl", "Sinds afgelopen maandag werkt Mirjam Stoop bij ons als depotbeheerder, kan iemand haar nog een account geven?",
  J("Mirjam Stoop", P(-3)), past=True)
m("en", "Heads-up: our developer Tobias Klein leaves on the 29th of January. He built the field app, so please make "
        "sure someone gets his repos.",
  L("Tobias Klein", D(2027, 1, 29), SE))
m("nl", "laura pieters begint 1 feb als accountmanager overheden, ze zit in utrecht",
  J("Laura Pieters", D(2027, 2, 1), AM))
m("nl", "Vanaf maandag 1 maart neemt Ruud Kamstra, nu depotmedewerker, de facilitaire dienst over.",
  MV("Ruud Kamstra", ON("maandag", D(2027, 3, 1)), FC, None))
m("nl", "Blij om te melden dat Anouk Slagter op 1 februari begint als projectarcheoloog. Ze heeft de afgelopen jaren "
        "in Leiden gewerkt en gaat vooral de rapportages doen.",
  J("Anouk Slagter", D(2027, 2, 1)))
m("nl", "Na 35 jaar in het veld gaat Piet Brummelkamp met pensioen. Zijn laatste werkdag is donderdag 17 december, "
        "de borrel is een dag later.",
  L("Piet Brummelkamp", ON("donderdag", D(2026, 12, 17))))
m("en", "Marco Dijkhuizen, field archaeologist, moves from our Zwolle office to Deventer per 1/3, same work.",
  MV("Marco Dijkhuizen", D(2027, 3, 1), None, None))
m("nl", "Vorige week donderdag is het contract van Bas Hobma in de proeftijd beëindigd. Zijn laptop hebben we al "
        "terug.",
  L("Bas Hobma", LW("donderdag")), past=True)
m("en", "heads up, sem de graaf starts tomorrow in the lab (wood and charcoal). account pls",
  J("Sem de Graaf", P(1)))
m("nl", "Hoe zit het met iemand die al een half jaar ziek is maar nog in dienst is? Moet haar account aan blijven?",
  none=True)
m("nl", "Met ingang van 8 februari komt Niels Vreeken ons versterken als dronepiloot en landmeter. Hij neemt zijn "
        "eigen drone mee, maar heeft wel een laptop met de verwerkingssoftware nodig.",
  J("Niels Vreeken", D(2027, 2, 8)))
m("nl", "morgen is de laatste dag van fenna lindeboom (stage afgerond)",
  L("Fenna Lindeboom", P(1)))

# A nuclear power plant (kerncentrale)
m("nl", "Geachte heer, mevrouw,\n\nHierbij deel ik u mee dat de heer Erik Stolk per maandag 1 februari 2027 in dienst "
        "treedt als reactoroperator in opleiding. Zijn toegang tot het beveiligde terrein wordt apart aangevraagd.\n\n"
        "Hoogachtend,\nA. Minderhoud\nHR Kerncentrale",
  J("Erik Stolk", ON("maandag", D(2027, 2, 1))))
m("en", "new radiation protection tech: yusuf aydin, first day mon 4 jan. badge + dosimeter request already sent",
  J("Yusuf Aydin", ON("monday", D(2027, 1, 4))))
m("nl", "Wachtchef Cor Verhulst gaat per 1 april met pensioen; zijn laatste dienst is woensdag 31 maart. Hij heeft "
        "38 jaar in de centrale gewerkt.",
  L("Cor Verhulst", ON("woensdag", D(2027, 3, 31))))
m("en", "Do the contractors who come for the outage in spring need to be announced through this bot, or via the "
        "contractor desk?", none=True)
m("nl", "Per 1 februari gaat Mieke de Jonge van het chemielab naar de afdeling stralingsbescherming. Haar pas blijft "
        "hetzelfde, alleen krijgt ze andere rechten in het dosimetriesysteem.",
  MV("Mieke de Jonge", D(2027, 2, 1), None, None))
m("en", "We've hired a software engineer for the simulator: Rahul Krishnan, starting Monday 15 February.",
  J("Rahul Krishnan", ON("monday", D(2027, 2, 15)), SE))
m("nl", "Droevig bericht: onze collega Joop Meulenbelt van de beveiliging is maandag overleden. We zijn allemaal erg "
        "geschrokken. Willen jullie zijn pas en accounts netjes afsluiten?",
  L("Joop Meulenbelt", P(-3)), past=True)
m("en", "Hello, I inform you that Mr. Julien Marchand will start the 11 January 2027 as safety engineer (nuclear, "
        "not IT). Cordially, Sophie",
  J("Julien Marchand", D(2027, 1, 11)))
m("nl", "Gisteren is Kees Boonstra op staande voet ontslagen (veiligheidsovertreding). Zijn pas is al ingetrokken, "
        "graag ook de accounts.",
  L("Kees Boonstra", P(-1)), past=True)
m("nl", "Twee nieuwe beveiligers: Rachid Bouzid per maandag 14 december en Tim Goedhart per maandag 4 januari.",
  J("Rachid Bouzid", ON("maandag", D(2026, 12, 14))), J("Tim Goedhart", ON("maandag", D(2027, 1, 4))))
m("en", "Jolanda Wisse, now secretary of the maintenance department, takes over as facilities coordinator per 1 "
        "March.",
  MV("Jolanda Wisse", D(2027, 3, 1), FC, None))
m("nl", "Dag Katrien,\nVanaf maandag 8 februari vervoegt Stijn Lambrechts de ploeg in Doel als operator. Gelieve "
        "zijn badge en account te voorzien.\nMvg,\nGert",
  J("Stijn Lambrechts", ON("maandag", D(2027, 2, 8))))
m("en", "Our chemist Irene Verwey retires in four weeks, on New Year's Eve in fact. There will be a farewell in January, "
        "the date is still open.",
  L("Irene Verwey", P(28)))
m("nl", "laatste werkdag van sander kooijman is 22-12, daarna gaat hij naar tennet",
  L("Sander Kooijman", D(2026, 12, 22)))
m("nl", "Dirk Overbeek begint niet per 4 januari maar pas per 1 februari, zijn screening duurt langer.",
  J("Dirk Overbeek", D(2027, 2, 1)))
m("en", "Our colleague Hanneke is going to work four days a week from January. No change to her job.", none=True)
m("nl", "Morgen begint Eva Koole op de afdeling opleidingen. Kunnen jullie checken of haar account klaarstaat?",
  J("Eva Koole", P(1)))
m("en", "Hello together, from 01.03.2027 Mr. Matthias Vogel will start as reactor physicist at our site. Many "
        "greetings, Jürgen",
  J("Matthias Vogel", D(2027, 3, 1)))
m("nl", "Voor de verkoop van stroom aan grote klanten komt er een accountmanager bij: Lieke Goudswaard, per 4 "
        "januari.",
  J("Lieke Goudswaard", D(2027, 1, 4), AM))
m("nl", "Harold Timmer is dinsdag begonnen als onderhoudsplanner; sorry dat ik het nu pas meld. Hij werkt nu nog op "
        "een leenlaptop.",
  J("Harold Timmer", P(-2)), past=True)
m("nl", "Operator Wim Sinke gaat per maandag 11 januari van ploeg C naar ploeg A, zelfde functie.",
  MV("Wim Sinke", ON("maandag", D(2027, 1, 11)), None, None))
m("en", "Contract ends: Laura Mostert (document control), 31-01-2027. Not extended.",
  L("Laura Mostert", D(2027, 1, 31)))
m("nl", "Onze enige programmeur voor het onderhoudssysteem, Joris Dekkers, stopt per 1 april. We zoeken al een "
        "opvolger.",
  L("Joris Dekkers", D(2027, 4, 1), SE))
m("en", "If someone moves from us to the sister plant in Belgium, is that a leaver or a mover? Asking for next year.",
  none=True)
m("nl", "In week 4 start Youssef Chaouch op maandag als technicus elektrische installaties. Hij komt van een "
        "installatiebedrijf uit Goes.",
  J("Youssef Chaouch", WK(4)))
m("en", "Shift swap from 1 January: Jan-Pieter Kloet goes to the night team and Ronald Meeuwsen to the day team, "
        "both stay control room operators.",
  MV("Jan-Pieter Kloet", D(2027, 1, 1), None, None), MV("Ronald Meeuwsen", D(2027, 1, 1), None, None))
m("nl", "volgende week dinsdag begint mandy de wit bij de receptie",
  J("Mandy de Wit", NW("dinsdag")))
m("en", "Start date for Peter Zwaan (health physicist): 2027-02-01. He comes from a hospital in Rotterdam and needs a "
        "laptop with the dose-calculation software.",
  J("Peter Zwaan", D(2027, 2, 1)))
m("nl", "Met ingang van vandaag is Gerard van Leeuwen niet meer in dienst; hij heeft zelf ontslag genomen en "
        "vandaag was zijn laatste dag.",
  L("Gerard van Leeuwen", NOW))
m("en", "Trainee operators starting Monday 1 March:\n- Lisa Jongejan\n- Olaf Berends\n- Kaan Yılmaz",
  J("Lisa Jongejan", ON("monday", D(2027, 3, 1))), J("Olaf Berends", D(2027, 3, 1)), J("Kaan Yılmaz", D(2027, 3, 1)))
m("nl", "Hanna Boogaard stopt eind januari. Haar laatste werkdag is vrijdag 29 januari. Ze gaat "
        "naar een ingenieursbureau in Middelburg.",
  L("Hanna Boogaard", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Sebastiaan Walraven begint aanstaande woensdag als IT-securityofficer. Zijn screening is al rond, dus alleen "
        "de accounts nog.",
  J("Sebastiaan Walraven", WD("wednesday")))
m("nl", "Per 1 februari komt er een facilitair medewerker bij: Gonda Riemens. Ze gaat vooral de kantine en de schoonmaak "
        "coördineren.",
  J("Gonda Riemens", D(2027, 2, 1), FC))
m("en", "Bert is back from parental leave on Monday; his account is still active I think?", none=True)

# An army barracks (kazerne): soldiers and civilian staff
m("nl", "Goedemiddag,\n\nPer maandag 11 januari 2027 treedt Bart Lenderink in dienst als burgermedewerker "
        "magazijnbeheer. Graag een account en toegang tot het logistieke gebouw.\n\nMet vriendelijke groet,\n"
        "Kapitein H. Zomer\nS1",
  J("Bart Lenderink", ON("maandag", D(2027, 1, 11))))
m("en", "new cook for the mess: dylan baars, starts tue 5 jan. needs a pass for the kitchen entrance",
  J("Dylan Baars", ON("tuesday", D(2027, 1, 5))))
m("nl", "Adjudant Gert-Jan Wiggers gaat per 1 maart met leeftijdsontslag; zijn laatste werkdag is vrijdag 26 "
        "februari.",
  L("Gert-Jan Wiggers", ON("vrijdag", D(2027, 2, 26))))
m("en", "Do reservists who only come in one weekend a month need a full account, or is a guest login enough?",
  none=True)
m("nl", "Per 1 februari wordt korporaal Dani Hoekman chauffeur bij de staf; tot nu toe was hij monteur in de "
        "werkplaats.",
  MV("Dani Hoekman", D(2027, 2, 1), None, None))
m("nl", "Er komt een ontwikkelaar bij het logistieke IT-team: Rutger Stijnen, op maandag 18 januari. Hij heeft een "
        "laptop met ontwikkelrechten nodig.",
  J("Rutger Stijnen", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Met diep verdriet melden wij dat sergeant-majoor Ronald Kip afgelopen zondag bij een verkeersongeval is "
        "omgekomen.",
  L("Ronald Kip", P(-4)), past=True)
m("en", "Lieutenant Jorien Tabak leaves Defence on 15 January, she's starting at the police academy.",
  L("Jorien Tabak", D(2027, 1, 15)))
m("nl", "soldaat eerste klas mike olde hengel is per direct ontslagen, vandaag laatste dag. pas innemen bij de poort",
  L("Mike Olde Hengel", NOW))
m("nl", "Twee nieuwe burgermedewerkers voor de keuken: Samantha Pauwels per 4 januari en Jan Bergsma per 18 januari.",
  J("Samantha Pauwels", D(2027, 1, 4)), J("Jan Bergsma", D(2027, 1, 18)))
m("en", "Rob Hilhorst, now a storeman, becomes facility coordinator of the barracks from Monday 1 February.",
  MV("Rob Hilhorst", ON("monday", D(2027, 2, 1)), FC, None))
m("nl", "Dag Nele,\nAdjudant Tom Van Hove vervoegt vanaf maandag 1 maart het kwartier in Leopoldsburg als lesgever. "
        "Gelieve zijn account te voorzien.\nMvg,\nKristof",
  J("Tom Van Hove", ON("maandag", D(2027, 3, 1))))
m("en", "Private Jamal Bakkali starts in two weeks as a driver for the transport platoon.",
  J("Jamal Bakkali", P(14)))
m("nl", "Op de ziekenboeg komt een nieuwe verzorgende: Petra Oudshoorn begint maandag 18 januari. Ze heeft "
        "haar diploma verzorgende IG en de VOG is al binnen.",
  J("Petra Oudshoorn", ON("maandag", D(2027, 1, 18)), CW))
m("nl", "Vorige week woensdag is Emiel Franssen begonnen in de wasserij van de kazerne. Hij heeft nog geen account.",
  J("Emiel Franssen", LW("woensdag")), past=True)
m("en", "Good day Sir, this is to notify you that Mr. Emeka Obi will resume as IT technician on Monday 4th January, "
        "2027. Thank you.",
  J("Emeka Obi", ON("monday", D(2027, 1, 4))))
m("nl", "De vacature voor de kapper op de kazerne vervalt, we besteden het uit. Daar hoeft niks meer voor te "
        "gebeuren.", none=True)
m("en", "Our programmer Freek Raaijmakers stops at the end of March, last working day Wednesday 31 March. He wrote most "
        "of the planning tool, so please move his repositories to the team.",
  L("Freek Raaijmakers", ON("wednesday", D(2027, 3, 31)), SE))
m("nl", "Overmorgen begint Ilse Prins als telefoniste bij de wacht, kan ze nog een pasje krijgen?",
  J("Ilse Prins", P(2)))
m("en", "Sergeant Wouter Koning, instructor, transfers to our Ede location per 1 February in the same function.",
  MV("Wouter Koning", D(2027, 2, 1), None, None))
m("nl", "jeroen beumer stopt 31/12, hij gaat de burgermaatschappij in 🎖️",
  L("Jeroen Beumer", D(2026, 12, 31)))
m("en", "New healthcare assistant for the medical centre: Grace Mensah, starting Monday 11 January. She comes from a care "
        "home in Apeldoorn and will work day shifts.",
  J("Grace Mensah", ON("monday", D(2027, 1, 11)), CW))
m("nl", "Met ingang van 1 april 2027 wordt majoor Gerben Talsma, nu nog bij de staf, commandant van de B-compagnie.",
  MV("Gerben Talsma", D(2027, 4, 1), None, None))
m("en", "Corporal Nick van Dalen was dismissed on Monday after the incident. Please revoke everything.",
  L("Nick van Dalen", P(-3)), past=True)
m("nl", "Per 1-3-2027 start Marloes Tjeenk als beleidsmedewerker personeelszaken. Ze komt van het "
        "ministerie in Den Haag en werkt twee dagen per week thuis.",
  J("Marloes Tjeenk", D(2027, 3, 1)))
m("en", "Who do I contact when a soldier is detached to another unit for three months? Is that something for this "
        "bot?", none=True)
m("nl", "Per 31 december verlaten twee burgermedewerkers de kazerne: Henny Drost (kantine) en Arjan Slot (poort).",
  L("Henny Drost", D(2026, 12, 31)), L("Arjan Slot", D(2026, 12, 31)))
m("nl", "Tweede luitenant Koen Verdonk komt op 18 januari bij ons als pelotonscommandant. Hij komt rechtstreeks van "
        "de KMA in Breda.",
  J("Koen Verdonk", D(2027, 1, 18)))
m("nl", "Per 1 februari stapt Ingrid Haak over van de administratie naar de ziekenboeg, als zorgmedewerker.",
  MV("Ingrid Haak", D(2027, 2, 1), CW, None))
m("en", "Private Dewi Ramdin starts next Monday in the motor pool. He still has to get his truck licence, so only a basic "
        "account for now.",
  J("Dewi Ramdin", WD("monday")))
m("nl", "Vanaf 11 januari werkt Charlotte Beekman bij ons als ontwikkelaar voor het roosterprogramma. Ze zit de "
        "eerste weken bij de staf in het gebouw naast de poort.",
  J("Charlotte Beekman", D(2027, 1, 11), SE))
m("en", "Tomorrow is the last day of Martijn Hol, our armourer, before he retires.",
  L("Martijn Hol", P(1)))
m("nl", "sergeant mila roest gaat per 4 januari van de werkplaats naar het magazijn",
  MV("Mila Roest", D(2027, 1, 4), None, None))
m("nl", "Over drie weken gaat Frank Derksen met functioneel leeftijdsontslag. Hij heeft 35 jaar gediend; zijn afscheid "
        "vieren we nog op de kazerne.",
  L("Frank Derksen", P(21)))

# A cable factory (kabelfabriek)
m("nl", "Beste collega's,\n\nOp maandag 4 januari 2027 begint Henk Ottens als extrusie-operator in hal 3. Hij komt "
        "via het uitzendbureau, maar krijgt direct een contract bij ons.\n\nGroeten,\nNienke Zwiers\n"
        "HR Kabelfabriek Delta",
  J("Henk Ottens", ON("maandag", D(2027, 1, 4))))
m("en", "hi, new guy for the drum yard: kamil wójcik, starts thu 7 jan 👍",
  J("Kamil Wójcik", ON("thursday", D(2027, 1, 7))))
m("nl", "Accountmanager Bert Haanstra gaat ons verlaten. Zijn laatste werkdag is vrijdag 12 februari. Zijn "
        "klanten gaan tijdelijk naar Lisanne, de leaseauto moet die dag terug.",
  L("Bert Haanstra", ON("vrijdag", D(2027, 2, 12)), AM))
m("en", "Are the testers from the certification institute who sit in our HV lab for weeks supposed to get an "
        "account from us?", none=True)
m("nl", "Vanaf volgende week maandag gaat Marijke Span van de receptie naar de planning. Haar "
        "receptietaken neemt de nieuwe uitzendkracht over.",
  MV("Marijke Span", NW("maandag"), None, None))
m("en", "We're hiring! Well, we hired: Jonas Brink, software developer (MES and label printing), starts on 1 "
        "February.",
  J("Jonas Brink", D(2027, 2, 1), SE))
m("nl", "Afgelopen zaterdag is onze collega Ben Weggeman overleden. Hij werkte 28 jaar in de trekkerij.",
  L("Ben Weggeman", P(-5)), past=True)
m("en", "Hello, Mr. Serkan Arslan is starting at 18.01.2027 like quality inspector in our factory. Best regards",
  J("Serkan Arslan", D(2027, 1, 18)))
m("nl", "gisteren op staande voet ontslagen: remco jansma (drank op het werk). pasje blokkeren graag",
  L("Remco Jansma", P(-1)), past=True)
m("nl", "Twee collega's van de kabelconfectie stoppen: Annie Stevens gaat per 1 januari met pensioen en Hakan Doğru "
        "vertrekt op 15 januari, hij gaat verhuizen.",
  L("Annie Stevens", D(2027, 1, 1)), L("Hakan Doğru", D(2027, 1, 15)))
m("nl", "Nieuwe facilitair coördinator vanaf maandag 11 januari: Patricia Wennink. Ze neemt het werk over van het "
        "interimbureau, dus graag ook de masterkey op haar naam.",
  J("Patricia Wennink", ON("monday", D(2027, 1, 11)), FC))
m("nl", "Dag Sarah,\nKoen Dewulf vervoegt vanaf maandag 15 februari onze vestiging in Kortrijk als "
        "vertegenwoordiger. Gelieve een laptop en wagen te voorzien.\nMvg,\nFilip",
  J("Koen Dewulf", ON("maandag", D(2027, 2, 15)), AM))
m("en", "Roel Bakx leaves in six weeks, he's going back to Brabant. In his last weeks he'll train his successor on the "
        "stranding machine.",
  L("Roel Bakx", P(42)))
m("nl", "Vanaf 1 maart wordt Tim Verweij, nu calculator, verkoper voor de netbeheerders. Hij krijgt een leaseauto "
        "en gaat vooral de regio Oost doen.",
  MV("Tim Verweij", D(2027, 3, 1), AM, None))
m("en", "Correction: Sanne Otten's start is the 25th of January, not the 11th.",
  J("Sanne Otten", D(2027, 1, 25)))
m("nl", "nieuwe collega op de lasafdeling, start maandag 18-1: naima el hadioui",
  J("Naima el Hadioui", ON("maandag", D(2027, 1, 18))))
m("en", "After 40 years Jan Hogenbirk retires. His last shift is Friday 18 December.",
  L("Jan Hogenbirk", ON("friday", D(2026, 12, 18))))
m("nl", "Accountmanager Lisanne Kroeze gaat per 1 februari vanuit ons kantoor in Nijmegen werken in plaats van "
        "Zwolle. Zelfde klanten.",
  MV("Lisanne Kroeze", D(2027, 2, 1), AM, AM))
m("en", "Sorry for the late one: Gino Rossi started yesterday in maintenance. He's an electrician and needs access to the "
        "maintenance system.",
  J("Gino Rossi", P(-1)), past=True)
m("nl", "Onze ontwikkelaar Mark Spijker stopt per 1/3, hij gaat naar een chipmachinebouwer.",
  L("Mark Spijker", D(2027, 3, 1), SE))
m("en", "Three agency workers for the winter peak, all from Monday 7 December until the end of February: Adrian "
        "Popa, Vasile Munteanu and Ion Ciobanu.",
  J("Adrian Popa", ON("monday", D(2026, 12, 7))), J("Vasile Munteanu", D(2026, 12, 7)),
  J("Ion Ciobanu", D(2026, 12, 7)))
m("nl", "Met ingang van woensdag 6 januari komt Ellis Tromp de administratie versterken.",
  J("Ellis Tromp", ON("woensdag", D(2027, 1, 6))))
m("nl", "Het tijdelijke contract van Rachel Vink loopt op 8 januari af. Ze heeft nog een pas en een telefoon van ons.",
  L("Rachel Vink", D(2027, 1, 8)))
m("nl", "Patrick Hulsbos, nu facilitair medewerker, wordt per 1 april teamleider van de expeditie.",
  MV("Patrick Hulsbos", D(2027, 4, 1), None, FC))
m("en", "Mei Chen starts tomorrow as quality engineer (cables, not software). She comes from Taiwan and will sit in the "
        "HV lab.",
  J("Mei Chen", P(1)))
m("nl", "Volgende week vrijdag is de laatste werkdag van Harrie Smeets. Hij gaat na 25 jaar met pensioen; de receptie "
        "regelt een cadeau.",
  L("Harrie Smeets", NW("vrijdag")))
m("en", "Leavers per 31 December:\n- Stefan Hoeve (warehouse)\n- Bianca Ouwerkerk (HR)",
  L("Stefan Hoeve", D(2026, 12, 31)), L("Bianca Ouwerkerk", D(2026, 12, 31)))
m("nl", "Over twee weken begint Yvette Hazeleger als inkoper koper en aluminium. Ze komt van een "
        "metaalhandel in Duisburg.",
  J("Yvette Hazeleger", P(14)))
m("en", "Dear all, Mrs. Katrin Schulte starts from 01.02.2027 as key account manager for Germany. Regards, Dieter",
  J("Katrin Schulte", D(2027, 2, 1), AM))
m("nl", "Vanochtend is Erik Bouma ontslagen wegens diefstal van koperdraad. Graag direct alles blokkeren.",
  L("Erik Bouma", NOW))
m("en", "From Monday 1 March, Anil Sharma moves from the test lab to R&D as cable designer.",
  MV("Anil Sharma", ON("monday", D(2027, 3, 1)), None, None))
m("nl", "A.s. maandag begint Rosa Kaptein op de loonadministratie. Ze werkt vier dagen per week en heeft toegang tot het "
        "salarispakket nodig.",
  J("Rosa Kaptein", WD("maandag")))
m("nl", "stopt vrijdag 8 jan: joyce hermsen, contract niet verlengd",
  L("Joyce Hermsen", ON("vrijdag", D(2027, 1, 8))))
m("en", "Jordi Smits left us last Friday (end of his contract), could you close his account?",
  L("Jordi Smits", P(-6)), past=True)

# A car assembly plant (autofabriek)
m("nl", "Hallo,\n\nPer maandag 11 januari 2027 start Danny Beckers bij ons als productiemedewerker in de "
        "assemblagehal (lijn 2). Willen jullie een account, een pas en veiligheidsschoenen regelen?\n\nGroet,\n"
        "Astrid Schols\nHR Autofabriek",
  J("Danny Beckers", ON("maandag", D(2027, 1, 11))))
m("en", "paint shop: new sprayer luca ferraro starts mon 14 dec",
  J("Luca Ferraro", ON("monday", D(2026, 12, 14))))
m("nl", "Teamleider Rob Senden gaat met vervroegd pensioen; zijn laatste werkdag is donderdag 28 januari.",
  L("Rob Senden", ON("donderdag", D(2027, 1, 28))))
m("en", "Quick one: the people from the robot supplier who stay with us until the new line runs, do they need "
        "accounts?", none=True)
m("nl", "Per 1 februari wordt Mireille Coumans, nu inkoper, accountmanager voor de Duitse opdrachtgevers.",
  MV("Mireille Coumans", D(2027, 2, 1), AM, None))
m("en", "Software engineer for the line control: Bogdan Ilie, starting Monday 8 February.",
  J("Bogdan Ilie", ON("monday", D(2027, 2, 8)), SE))
m("nl", "Heel verdrietig: Jack Hendrix van de carrosseriebouw is eergisteren overleden. Hij was "
        "pas 52. Zijn spullen in het kluisje regelen we zelf met de familie.",
  L("Jack Hendrix", P(-2)), past=True)
m("en", "Hello together, from 15.02.2027 Mr. Florian Hartmann will start as quality auditor. Many greetings",
  J("Florian Hartmann", D(2027, 2, 15)))
m("nl", "patrick schoonbrood heeft vandaag z'n laatste dag, per direct weg. laptop ligt bij de portier",
  L("Patrick Schoonbrood", NOW))
m("nl", "Op de lijn komen twee nieuwe mensen: Kim Frissen op maandag 4 januari en Ralf Crombach op maandag 11 januari.",
  J("Kim Frissen", ON("maandag", D(2027, 1, 4))), J("Ralf Crombach", ON("maandag", D(2027, 1, 11))))
m("nl", "Onze facilitair coördinator Nicole Stassen vertrekt op 31 januari; ze heeft een baan dichter bij huis "
        "gevonden. Haar sleutels en alarmcode moeten dan terug.",
  L("Nicole Stassen", D(2027, 1, 31), FC))
m("nl", "Dag Lotte,\nVanaf maandag 1 februari vervoegt Pieter Van Laere onze fabriek in Gent als "
        "lijnverantwoordelijke. Gelieve zijn account en badge te voorzien.\nMvg,\nWard",
  J("Pieter Van Laere", ON("maandag", D(2027, 2, 1))))
m("en", "Marco Bleijlevens leaves in three weeks; he found a job at a chemical company in Geleen.",
  L("Marco Bleijlevens", P(21)))
m("nl", "Niet op 18 januari maar al op maandag 11 januari begint Dennis Cremers in de persstraat.",
  J("Dennis Cremers", ON("maandag", D(2027, 1, 11))))
m("en", "Shift change: from Monday 4 January Tom Ramakers goes from the late shift to the early shift, same job on "
        "the line.",
  MV("Tom Ramakers", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Vanaf 1 maart komt Lina Haddad ons IT-team versterken als softwareontwikkelaar (MES). Ze "
        "werkt vanuit Maastricht en heeft toegang tot de testomgeving van de lijnbesturing nodig.",
  J("Lina Haddad", D(2027, 3, 1), SE))
m("en", "Peter Knops was dismissed last week Tuesday, but his badge still works! Please block it asap.",
  L("Peter Knops", LW("tuesday")), past=True)
m("nl", "volgende week donderdag laatste dag van ayşe kaplan, ze gaat terug naar turkije",
  L("Ayşe Kaplan", NW("donderdag")))
m("en", "Paul Vrancken starts March 1st as logistics planner.",
  J("Paul Vrancken", D(2027, 3, 1)))
m("nl", "Startdatum Sem Gielen (onderhoudsmonteur): 04-01-2027. Hij werkt in de ploegendienst, dus graag ook een pas "
        "voor de nachtingang.",
  J("Sem Gielen", D(2027, 1, 4)))
m("en", "Leaving at the end of the year (31 December): Math Habets, Leon Wetzels and Guido Bours, all three "
        "retiring.",
  L("Math Habets", D(2026, 12, 31)), L("Leon Wetzels", D(2026, 12, 31)), L("Guido Bours", D(2026, 12, 31)))
m("nl", "Nieuwe accountmanager voor de aftermarket: Carmen Ortiz, begint dinsdag 2 februari. Ze spreekt "
        "Spaans en Duits en reist veel, dus een laptop en een telefoon graag.",
  J("Carmen Ortiz", ON("dinsdag", D(2027, 2, 2)), AM))
m("en", "From next Monday Rick Wolfs is no longer team leader but goes back to the line as operator, his own choice.",
  MV("Rick Wolfs", WD("monday"), None, None))
m("nl", "Per 1 januari neemt Sandra Lemaire de facilitaire dienst over; ze was tot nu toe secretaresse van de "
        "directie.",
  MV("Sandra Lemaire", D(2027, 1, 1), FC, None))
m("en", "Wim Bemelmans's contract ends on Friday 15 January.",
  L("Wim Bemelmans", ON("friday", D(2027, 1, 15))))
m("nl", "Vandaag is Anton Pluijmen begonnen als lasser, maar er is nog niets geregeld. Kan dat snel?",
  J("Anton Pluijmen", NOW))
m("en", "Kevin Simons starts the week after next, on the Monday. He'll be a forklift driver in the parts warehouse and "
        "needs a badge for hall 4.",
  J("Kevin Simons", D(2026, 12, 14)))
m("nl", "Laatste werkdag van onze programmeur Joost Coenen is 26-02-2027. Hij gaat naar een softwarebedrijf in "
        "Eindhoven.",
  L("Joost Coenen", D(2027, 2, 26), SE))
m("en", "Ms. Tamara Jacobi joins HR as recruiter on Monday 25 January.",
  J("Tamara Jacobi", ON("monday", D(2027, 1, 25))))
m("nl", "vanaf 1/2 gaat ruud van wersch van de logistiek naar de kwaliteitsafdeling",
  MV("Ruud van Wersch", D(2027, 2, 1), None, None))
m("en", "Dismissed with immediate effect today: Sjors Lenssen, forklift driver.",
  L("Sjors Lenssen", NOW))
m("nl", "Vertegenwoordiger Frank Muijrers stopt per 1 april, hij gaat met pensioen. Zijn klanten "
        "in België neemt Carmen over.",
  L("Frank Muijrers", D(2027, 4, 1), AM))
m("en", "Starting Monday 7 December in the body shop: Ahmed Tahiri and Lars Jongen.",
  J("Ahmed Tahiri", ON("monday", D(2026, 12, 7))), J("Lars Jongen", D(2026, 12, 7)))
m("nl", "Morgen begint Noortje Vaessen op de afdeling inkoop. Ze heeft al een laptop, alleen nog een account.",
  J("Noortje Vaessen", P(1)))

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
