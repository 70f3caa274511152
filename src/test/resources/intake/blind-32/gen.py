"""Blind-32: managers' announcements written by hand, one at a time (7 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-31's gen.py, itself blind-30's) only turn the date a reader means into a calendar
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


# --- part 1 (ab001-ab150) ---------------------------------------------------------------

# A women's shelter (vrouwenopvang) with a safe house, a mother-and-child unit and an
# ambulant team, in Arnhem, Nijmegen and Gent.
m("nl", "Goedemiddag,\n\nMet ingang van woensdag 20 januari 2027 komt Ilse Brouwershaven ons team in de opvang versterken als woonbegeleider. Ze werkt vooral avonden.\n\nHartelijke groet,\nMarloes Tjalsma\nTeamleider locatie Arnhem",
  J("Ilse Brouwershaven", ON("wednesday", D(2027, 1, 20))))
m("en", "new night staff at the safe house: tamara oudendijk, first shift sun 20 dec 🌙 she needs a badge + the alarm app pls",
  J("Tamara Oudendijk", ON("sunday", D(2026, 12, 20))))
m("nl", "Onze maatschappelijk werker Gerda Hoogendoorn-Veltman gaat met pensioen. Haar laatste werkdag is dinsdag 23 februari; daarna is ze per 1 maart officieel uit dienst.",
  L("Gerda Hoogendoorn-Veltman", ON("tuesday", D(2027, 2, 23))))
m("nl", "Vraagje: krijgen vrijwilligers die bij ons de kinderopvang draaien eigenlijk ook een account, of alleen een sleutel? Er beginnen er in januari drie.",
  none=True)
m("nl", "Per 1 februari wordt Sanne Kuijpers-Blom, nu nog secretaresse op het centrale bureau, onze nieuwe facilitair coördinator. Ze neemt het over van Ria.",
  MV("Sanne Kuijpers-Blom", D(2027, 2, 1), FC, None))
m("en", "Hi! Our client-registration app gets its own developer at last: Rutger Vlasblom starts Thursday 14 January 2027. Remote mostly, in Arnhem on Tuesdays.",
  J("Rutger Vlasblom", ON("thursday", D(2027, 1, 14)), SE))
m("nl", "Verdrietig nieuws: onze nachtmedewerker Henny Stegeman is woensdagavond plotseling overleden. Wil IT haar accounts netjes afsluiten? Er is geen haast.",
  L("Henny Stegeman", P(-1)), past=True)
m("en", "Good morning, I inform you that Mrs. Larissa Fonseca will start by us like social worker at 15.02.2027. She speaks Portuguese and Spanish, very useful for us. Thank you",
  J("Larissa Fonseca", D(2027, 2, 15)))
m("nl", "vanochtend hebben we afscheid moeten nemen van woonbegeleider kevin lammerse, op staande voet (hij heeft het geheime adres gedeeld). graag alles vandaag nog dicht",
  L("Kevin Lammerse", NOW))
m("nl", "Nieuwe zorgmedewerkers voor de moeder-kindunit:\n- Esther Wagenvoort, start 4 januari\n- Naima Bouchtaoui, start 18 januari\nBeiden 28 uur per week.",
  J("Esther Wagenvoort", D(2027, 1, 4), CW), J("Naima Bouchtaoui", D(2027, 1, 18), CW))
m("en", "FYI: our facilities coordinator Dennis Uitdehaag moves from the Arnhem location to Nijmegen per 1 January, same job, just a different building and different keys.",
  MV("Dennis Uitdehaag", D(2027, 1, 1), FC, FC))
m("nl", "Dag Hans, vanaf maandag 25 januari komt Jolien Verhaegen ons team in Gent vervoegen als begeleidster in de crisisopvang. Gelieve een laptop en een badge te voorzien. Mvg, Katrien",
  J("Jolien Verhaegen", ON("monday", D(2027, 1, 25))))
m("nl", "Onze accountmanager gemeenten, Wouter Kleinjan, stopt over vijf weken. Hij gaat naar een zorgverzekeraar, we zoeken nog een opvolger.",
  L("Wouter Kleinjan", P(35), AM))
m("nl", "Correctie op mijn bericht van gisteren: Yvonne Stoutjesdijk begint niet op 11 januari maar een week later, op maandag 18 januari. Zelfde functie (zorgmedewerker).",
  J("Yvonne Stoutjesdijk", ON("monday", D(2027, 1, 18)), CW))
m("en", "Just so you know, Femke (our kinderwerker) goes on maternity leave from 21 December. No need to close anything, she'll be back in the spring.",
  none=True)
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat de arbeidsovereenkomst van mevrouw Joke Ravensbergen, ambulant hulpverlener, met wederzijds goedvinden eindigt per 31 januari 2027.\n\nHoogachtend,\nP&O Stichting De Linde",
  L("Joke Ravensbergen", D(2027, 1, 31)))
m("en", "Dear Team, This is to inform that Mr. Sandeep Venkataraman, Data Officer, has submitted his resignation and his last working day will be 29th January 2027. Kindly do the needful. Regards, Anil",
  L("Sandeep Venkataraman", D(2027, 1, 29)))
m("nl", "Teamleider nachtdienst Bert Wolthuis vertrekt op woensdag 6 januari; Hatice Karabulut neemt zijn plek over per maandag 11 januari (zij is nu woonbegeleider).",
  L("Bert Wolthuis", ON("wednesday", D(2027, 1, 6))), MV("Hatice Karabulut", ON("monday", D(2027, 1, 11)), None, None))
m("nl", "stagiaire social work lieke van der sluijs begint volgende week woensdag bij ons, graag een account met beperkte rechten (geen toegang tot dossiers)",
  J("Lieke van der Sluijs", NW("wednesday")))
m("en", "The vacancy for a second night carer is off the table for now (budget). So please ignore my earlier request for an account, nobody is coming in January.",
  none=True)
m("en", "From Monday 1 March Priscilla Doornbos will no longer work on the group: she becomes our account manager for the municipalities in Gelderland.",
  MV("Priscilla Doornbos", ON("monday", D(2027, 3, 1)), AM, None))
m("nl", "Mirjam Schotanus (kinderwerker) heeft opgezegd, ze vertrekt over drie weken. Wie regelt het inleveren van haar telefoon?",
  L("Mirjam Schotanus", P(21)))
m("nl", "Vandaag is Daphne Oosterwijk begonnen als woonbegeleider op de locatie Nijmegen, kan haar account zo snel mogelijk aan? Ze zit nu zonder inlog.",
  J("Daphne Oosterwijk", NOW))
m("en", "Two goodbyes in the ambulant team: Noor Kalkhoven leaves on 22 December and Ruud Kempers on 12 January. Both go to the municipality's own team.",
  L("Noor Kalkhoven", D(2026, 12, 22)), L("Ruud Kempers", D(2027, 1, 12)))
m("nl", "Tessa Bruggink draait al sinds maandag mee als verzorgende op de moeder-kindunit, sorry, ik was vergeten haar door te geven!",
  J("Tessa Bruggink", P(-3), CW), past=True)
m("en", "New starter\nName: Ahmed Lamrabet\nPosition: facilitair medewerker (maintenance + keys)\nStart: 2027-02-01\nLocation: Arnhem",
  J("Ahmed Lamrabet", D(2027, 2, 1), FC))
m("nl", "Per 15 februari komt er een accountmanager fondsen & bedrijven bij: Jurre Ankersmit. Hij krijgt een plek op het centrale bureau.",
  J("Jurre Ankersmit", D(2027, 2, 15), AM))
m("nl", "Mag een oud-collega die met pensioen is nog in onze Teams-groep blijven voor de vrijwilligersavonden? Het gaat om Corrie van de receptie.",
  none=True)
m("nl", "Onze enige programmeur, Stefan Wijnbergen, gaat ons helaas verlaten. Laatste werkdag: vrijdag 12 februari. Wie weet waar de broncode staat?",
  L("Stefan Wijnbergen", ON("friday", D(2027, 2, 12)), SE))
m("en", "Quick one: Meryem Akdağ starts tomorrow as a healthcare assistant in the mother-and-child unit. Could her login be ready by 8?",
  J("Meryem Akdağ", P(1), CW))

# A shared e-scooter and e-bike operator with hubs in Amsterdam, Rotterdam, Utrecht and
# Antwerp.
m("nl", "Hoi allemaal,\n\nVanaf woensdag 10 februari 2027 komt Thijmen Altena ons hub-team in Utrecht versterken als monteur e-steps en e-bikes. Hij komt van een fietsenmaker.\n\nGroet,\nLinda Roeterdink\nOperations Utrecht",
  J("Thijmen Altena", ON("wednesday", D(2027, 2, 10))))
m("en", "new swapper for the night route rotterdam-zuid: dylan vreugdenhil, first night wed 16 dec 🛴 needs the swap app + a van key",
  J("Dylan Vreugdenhil", ON("wednesday", D(2026, 12, 16))))
m("nl", "Onze city manager Amsterdam, Babette Kroeze, vertrekt per 1 maart naar een concurrent. Haar laatste dag is donderdag 18 februari, daarna neemt ze verlof op.",
  L("Babette Kroeze", ON("thursday", D(2027, 2, 18))))
m("en", "Do the freelance mechanics we hire in summer need a Zoef account, or do they keep using their own phones? Asking now because contracts go out in January.",
  none=True)
m("nl", "Goed nieuws: Jesse Brinkhuis (nu nog supportmedewerker) wordt per 1 februari accountmanager zakelijke klanten. Hij blijft in Amsterdam zitten.",
  MV("Jesse Brinkhuis", D(2027, 2, 1), AM, None))
m("en", "Please set up Ravi Chandrasekhar, backend developer for the rider app, start date Monday 11 January 2027. He'll need GitHub and the staging VPN.",
  J("Ravi Chandrasekhar", ON("monday", D(2027, 1, 11)), SE))
m("nl", "Heel verdrietig bericht: onze collega Jordy Hengeveld, swapper in Amsterdam-Noord, is afgelopen zondag verongelukt. We zijn er allemaal stil van.",
  L("Jordy Hengeveld", P(-4)), past=True)
m("en", "Good day, Mr. Florian Hagedorn begins at 04.01.2027 as city manager Antwerp. Can you please prepare laptop and phone? With friendly greetings, Katrin Vogt",
  J("Florian Hagedorn", D(2027, 1, 4)))
m("nl", "gisteren swapper mike de graauw ontslagen, hij reed met de bus privé rond. busje is terug, sleutel niet 🙄 graag alles blokkeren",
  L("Mike de Graauw", P(-1)), past=True)
m("nl", "Twee nieuwe monteurs in de werkplaats Rotterdam:\n1. Orlando Winklaar – maandag 21 december\n2. Kerem Bozkurt – maandag 4 januari\nBeiden fulltime, dagdienst.",
  J("Orlando Winklaar", ON("monday", D(2026, 12, 21))), J("Kerem Bozkurt", ON("monday", D(2027, 1, 4))))
m("en", "Hi, Marcha Sprenkels joins us as facility coordinator for the three hubs on the 18th of January. Keys, alarm codes, the lot.",
  J("Marcha Sprenkels", D(2027, 1, 18), FC))
m("nl", "Dag Tom, Lowie Claessens is aangeworven als operations medewerker voor Antwerpen en start op donderdag 7 januari. Gelieve zijn toegang tot het dashboard te voorzien. Mvg, Ellen",
  J("Lowie Claessens", ON("thursday", D(2027, 1, 7))))
m("en", "Our sales rep for Belgium, Maarten Geerts, leaves in two weeks. His accounts go to Jesse for now.",
  L("Maarten Geerts", P(14), AM))
m("nl", "oeps, foutje: data-analist fleur pelckmans start niet op 1 maart maar al op maandag 15 februari",
  J("Fleur Pelckmans", ON("monday", D(2027, 2, 15))))
m("nl", "Onze werkplaatschef Jan-Kees zit voorlopig thuis met een hernia. Accounts gewoon laten staan graag, hij leest af en toe zijn mail.",
  none=True)
m("en", "Dear HR and IT,\n\nPlease be informed that Ms. Chloé Dufresne, customer support agent, leaves Zoef B.V. at her own request. Her employment ends on 28 February 2027.\n\nKind regards,\nPeople & Culture",
  L("Chloé Dufresne", D(2027, 2, 28)))
m("en", "Good day Sir/Ma, kindly be informed that Mr. Chinedu Nwachukwu shall resume duty as Fleet Technician on Monday, 18th January 2027. Thank you.",
  J("Chinedu Nwachukwu", ON("monday", D(2027, 1, 18))))
m("nl", "morgen is de laatste dag van swapper bilal ouchan, hij gaat studeren. pasje ligt al bij mij",
  L("Bilal Ouchan", P(1)))
m("en", "We let go of Sven Dijkhoff (mechanic, Utrecht) last week Friday, end of his probation. Sorry for the late notice!",
  L("Sven Dijkhoff", LW("friday")), past=True)
m("nl", "Per 4 januari starten drie swappers in Utrecht: Robin Schalkwijk, Ilias Azzouzi en Jessica Schipholt. Allemaal nachtdiensten.",
  J("Robin Schalkwijk", D(2027, 1, 4)), J("Ilias Azzouzi", D(2027, 1, 4)), J("Jessica Schipholt", D(2027, 1, 4)))
m("en", "Leaver form – name: Tim Berendsen / role: data analyst / last day: 2027-01-15 / laptop: returns by courier",
  L("Tim Berendsen", D(2027, 1, 15)))
m("nl", "Ik ga vanaf januari vier dagen werken in plaats van vijf, moet ik dat hier ook melden? Groet, Anouk (support)",
  none=True)
m("en", "Youssef Elhamri's last day is Wednesday 30 December — he's going back to Morocco. He's our only developer on the maintenance tool.",
  L("Youssef Elhamri", ON("wednesday", D(2026, 12, 30)), SE))
m("nl", "Vanaf 08-03-2027 wordt Gijs Dallinga facilitair medewerker in de hub Amsterdam (nu nog monteur).",
  MV("Gijs Dallinga", D(2027, 3, 8), FC, None))
m("en", "Internal move: Noah Verbiest stops as developer and becomes product owner of the rider app from 1 February.",
  MV("Noah Verbiest", D(2027, 2, 1), None, SE))
m("nl", "Aanstaande zaterdag begint Mila Zwanenburg als weekend-supportmedewerker, kunnen jullie vrijdag haar laptop klaarzetten?",
  J("Mila Zwanenburg", WD("saturday")))
m("en", "Someone who left in October still shows up in the rota tool, Pieter Heslinga. Can you check if his account is really closed?",
  none=True)
m("nl", "Cityteam-lid Rosa Bijleveld verhuist naar Rotterdam en gaat daar vanaf 1 januari hetzelfde werk doen.",
  MV("Rosa Bijleveld", D(2027, 1, 1), None, None))
m("en", "The two winter helpers in the Antwerp warehouse, Lotte Vanderhaeghen and Arne Goethals, finish on Thursday 24 December.",
  L("Lotte Vanderhaeghen", ON("thursday", D(2026, 12, 24))), L("Arne Goethals", D(2026, 12, 24)))
m("nl", "Jasper Holtkamp is vanochtend begonnen als monteur in Amsterdam. Hij heeft nog geen inlog voor de werkorders!",
  J("Jasper Holtkamp", NOW))

# A steel-construction company in Twente, with a yard in Almelo and a branch in Kortrijk.
m("nl", "Beste collega's,\n\nOp dinsdag 2 februari 2027 start Gerrit-Jan Hulsegge bij ons als constructiebankwerker in hal 2. Hij komt uit Hengelo.\n\nMet vriendelijke groet,\nHenk Nijhof\nProductieleider",
  J("Gerrit-Jan Hulsegge", ON("tuesday", D(2027, 2, 2))))
m("en", "welder starting mon 18 jan: piotr nowakowski, he's good with TIG. needs boots + badge, no laptop",
  J("Piotr Nowakowski", ON("monday", D(2027, 1, 18))))
m("nl", "Na 41 jaar gaat onze calculator Hennie Brunninkhuis met pensioen. Hij werkt nog tot en met dinsdag 26 januari, de receptie is op vrijdag.",
  L("Hennie Brunninkhuis", ON("tuesday", D(2027, 1, 26))))
m("nl", "Hebben de monteurs van onze onderaannemer toegang nodig tot de planningstool? Ze staan vanaf januari op de bouwplaats in Almelo.",
  none=True)
m("nl", "Wendy Schuttert stapt over van de werkvoorbereiding naar de verkoop: per 1 april is zij vertegenwoordiger voor regio Oost.",
  MV("Wendy Schuttert", D(2027, 4, 1), AM, None))
m("en", "Hi IT, Bas Wolbrink starts as ERP developer on Wednesday 27 January. Could you give him access to the test environment as well?",
  J("Bas Wolbrink", ON("wednesday", D(2027, 1, 27)), SE))
m("nl", "Met grote verslagenheid laten we weten dat onze monteur Arjen Hofsteenge op donderdag 26 november is overleden na een kort ziekbed.",
  L("Arjen Hofsteenge", ON("thursday", D(2026, 11, 26))), past=True)
m("en", "Buongiorno, the new colleague Luca Bernardi arrives in our office in Enschede on 11 January, he is structural engineer for steel, he don't make software. Regards, Giulia",
  J("Luca Bernardi", D(2027, 1, 11)))
m("nl", "vanmiddag lasser ronny plegt op staande voet ontslagen ivm diefstal van materiaal. pas graag direct blokkeren",
  L("Ronny Plegt", NOW))
m("nl", "Starters montageploeg:\n- Erwin Bosschert per 11 januari\n- Dewi Hakkert per 25 januari (eerste vrouw in de ploeg 💪)",
  J("Erwin Bosschert", D(2027, 1, 11)), J("Dewi Hakkert", D(2027, 1, 25)))
m("en", "Hi, the new facilitair medewerker for our Almelo yard is Stijn Averdijk, he starts on 1 February. He'll handle the canteen, keys and workwear.",
  J("Stijn Averdijk", D(2027, 2, 1), FC))
m("nl", "Goeiemorgen, vanaf dinsdag 16 februari vervoegt Wannes Vanneste ons team in Kortrijk als staalmonteur. Gelieve zijn werkkledij en een gsm te voorzien. Mvg, Nathalie",
  J("Wannes Vanneste", ON("tuesday", D(2027, 2, 16))))
m("en", "Our account manager for the agricultural sheds, Rob Stroeve, leaves in six weeks. He's not replaced yet.",
  L("Rob Stroeve", P(42), AM))
m("nl", "Kleine correctie: tekenaar Jorien Moekotte begint niet op 4 januari, maar al op maandag 28 december. Ze wil graag eerder.",
  J("Jorien Moekotte", ON("monday", D(2026, 12, 28))))
m("nl", "Mark uit hal 1 neemt vanaf februari elke vrijdag ouderschapsverlof. Moet er in het systeem iets aangepast worden?",
  none=True)
m("en", "Greetings. This serves to notify you that Mr. Otieno Wafula, Quality Inspector, will be exiting the company on 31st December 2026. His clearance should be done before then. Regards",
  L("Otieno Wafula", D(2026, 12, 31)))
m("nl", "nieuwe vertegenwoordiger staalbouw agrarisch, sjoerd wiltjer, begint volgende week maandag. kan hij een tankpas en laptop krijgen?",
  J("Sjoerd Wiltjer", NW("monday"), AM))
m("en", "We dismissed crane operator Dave Oosthoek on Tuesday 1 December after a safety incident. Sorry this is late.",
  L("Dave Oosthoek", ON("tuesday", D(2026, 12, 1))), past=True)
m("nl", "Programmeur Hüseyin Tekin vertrekt per 15-04-2027; hij gaat naar een softwarebedrijf in Deventer.",
  L("Hüseyin Tekin", D(2027, 4, 15), SE))
m("en", "Does an intern from Saxion who only comes in on Mondays need a laptop or can he share the one in the drawing office?",
  none=True)
m("nl", "In week 3 beginnen twee lassers: Rik Oude Elferink op de maandag en Gerben Slotman op de woensdag.",
  J("Rik Oude Elferink", WK(3, "monday")), J("Gerben Slotman", WK(3, "wednesday")))
m("nl", "Ploegleider Ferdi Blokhuis gaat per 4 januari van hal 1 naar de nieuwe hal 3, zelfde functie.",
  MV("Ferdi Blokhuis", D(2027, 1, 4), None, None))
m("en", "As of Monday 8 March, Lisanne Groothuis moves from planning to sales: she'll be our account manager for the utility buildings.",
  MV("Lisanne Groothuis", ON("monday", D(2027, 3, 8)), AM, None))
m("nl", "Sinds vorige week maandag werkt Tom Ekkelkamp bij ons op kantoor als calculator. Is nog niet aangemeld, sorry.",
  J("Tom Ekkelkamp", LW("monday")), past=True)
m("nl", "Twee monteurs gaan ons eind dit jaar verlaten: Harm Lansink (pensioen, laatste werkdag 23 december) en Niels Grobbink (eigen bedrijf, laatste werkdag 18 december).",
  L("Harm Lansink", D(2026, 12, 23)), L("Niels Grobbink", D(2026, 12, 18)))
m("en", "fyi drafter anika roelofsen leaves us tmrw, last day. laptop goes back to IT today",
  L("Anika Roelofsen", P(1)))
m("nl", "Over vier weken begint Esmee Kampherbeek bij ons als facilitair coördinator, ze komt van de gemeente Almelo.",
  J("Esmee Kampherbeek", P(28), FC))
m("en", "Robotic welding cell gets a new operator: Bram Velthuis moves over from manual welding on 1 February. Different job, same hall.",
  MV("Bram Velthuis", D(2027, 2, 1), None, None))
m("nl", "Op de vijftiende februari begint Marjolein ter Voert als HR-adviseur bij ons. Zij komt op het kantoor in Rijssen.",
  J("Marjolein ter Voert", D(2027, 2, 15)))
m("en", "From Monday the 1st of February on, Daniël Stoffers is our new programmer for the nesting software.",
  J("Daniël Stoffers", ON("monday", D(2027, 2, 1)), SE))

# A mineral-water bottling plant on the Veluwe, with a second site in Epe.
m("nl", "Hallo allemaal,\n\nWe hebben een nieuwe procesoperator gevonden: Jeroen Lubbersen begint op donderdag 4 februari 2027 in de ploegendienst.\n\nGroeten,\nAstrid Maatman\nHR De Sprengen",
  J("Jeroen Lubbersen", ON("thursday", D(2027, 2, 4))))
m("en", "forklift driver for the new-year peak: ivan todorov, starts tue 22 dec till end of jan. only needs the warehouse scanner login",
  J("Ivan Todorov", ON("tuesday", D(2026, 12, 22))))
m("nl", "Onze hoofd kwaliteit, Annemiek Rouwenhorst, gaat per 1 april met vervroegd pensioen. Laatste werkdag wordt donderdag 25 maart.",
  L("Annemiek Rouwenhorst", ON("thursday", D(2027, 3, 25))))
m("nl", "Krijgen de uitzendkrachten op de bottellijn een eigen account of werken ze met het ploegaccount? Er komen er in januari vijf bij.",
  none=True)
m("nl", "Leuk nieuws: Koen Brethouwer, nu planner, wordt per 1 maart verkoper horeca voor de regio Randstad.",
  MV("Koen Brethouwer", D(2027, 3, 1), AM, None))
m("en", "Hi team, our new MES developer Aditi Bhattacharya begins on Friday 15 January 2027. She'll work from the plant three days a week.",
  J("Aditi Bhattacharya", ON("friday", D(2027, 1, 15)), SE))
m("nl", "Gisterenmiddag is onze chauffeur Wim Dijkgraaf na een hartaanval overleden. We zijn allemaal erg aangeslagen.",
  L("Wim Dijkgraaf", P(-1)), past=True)
m("en", "Hello, I want to tell that Mrs. Agnieszka Grabowska is begin in our lab as laboratory assistant from 01.02.2027. Thank you, Marta",
  J("Agnieszka Grabowska", D(2027, 2, 1)))
m("nl", "heftruckchauffeur danny bosveld is vandaag ontslagen (alcohol op het werk). per direct, graag account en pas eruit",
  L("Danny Bosveld", NOW))
m("nl", "Vanaf januari twee nieuwe mensen in het lab:\n• Nienke Scheperkamp (laborant), vanaf 5 januari\n• Sem Kolkman (kwaliteitsmedewerker), vanaf 12 januari",
  J("Nienke Scheperkamp", D(2027, 1, 5)), J("Sem Kolkman", D(2027, 1, 12)))
m("en", "Our facilities coordinator Ingrid Haverkort will work from the second bottling site in Epe from 1 February on. Same job, new keys.",
  MV("Ingrid Haverkort", D(2027, 2, 1), FC, FC))
m("nl", "Hallo Sara, Jens Vermeiren start op maandag 1 februari als vertegenwoordiger voor Vlaanderen. Kan je zijn wagen en laptop in orde brengen? Alvast bedankt, Mvg Pieter",
  J("Jens Vermeiren", ON("monday", D(2027, 2, 1)), AM))
m("en", "Kim Tjallema, our key account manager for the supermarkets, leaves us in three weeks. Her last working day is then Thursday 24 December.",
  L("Kim Tjallema", ON("thursday", D(2026, 12, 24)), AM))
m("nl", "Aanpassing: Henk Brugging (monteur TD) stopt niet op 31 januari maar werkt door tot en met vrijdag 26 februari, zijn opvolger is nog niet binnen.",
  L("Henk Brugging", ON("friday", D(2027, 2, 26))))
m("nl", "Karin van de planning komt 4 januari terug van zwangerschapsverlof, haar account staat toch nog aan?",
  none=True)
m("en", "To whom it may concern,\n\nWe confirm that the fixed-term contract of Mr. Hamza Ezzahri, production operator, will not be extended and ends on 31 January 2027.\n\nSincerely,\nHR Department",
  L("Hamza Ezzahri", D(2027, 1, 31)))
m("en", "Respected Sir, this is to inform you that Mr. Rajesh Iyengar, Maintenance Engineer (mechanical, not IT), reported for duty this morning. Kindly arrange his login.",
  J("Rajesh Iyengar", NOW))
m("nl", "Verkoper Martijn Slagman vertrekt per 1 februari; zijn opvolger, Dirk-Jan Hoefsloot, begint op maandag 18 januari zodat ze twee weken kunnen overdragen.",
  L("Martijn Slagman", D(2027, 2, 1), AM), J("Dirk-Jan Hoefsloot", ON("monday", D(2027, 1, 18)), AM))
m("nl", "volgende week vrijdag is de laatste dag van inpakker rachid el fassi, contract niet verlengd",
  L("Rachid El Fassi", NW("friday")))
m("en", "Starter: Julia Wennekes / Job: hydrologist / Start: 2027-03-01 / Location: Epe",
  J("Julia Wennekes", D(2027, 3, 1)))
m("en", "FYI we had to let go of Arno Wessling on Monday (he's from the night shift). Nobody told you yet I think.",
  L("Arno Wessling", P(-3)), past=True)
m("nl", "Vanaf 1 januari werkt Gonny van de administratie nog maar drie ochtenden. Verder verandert er niets.",
  none=True)
m("en", "Next Tuesday Rosalie Tabak joins the customer service desk. Can she get a headset too?",
  J("Rosalie Tabak", WD("tuesday")))
m("nl", "Per 1 januari gaat Sander Voskamp van de IT-afdeling, nu ontwikkelaar, de productieplanning doen.",
  MV("Sander Voskamp", D(2027, 1, 1), None, SE))
m("nl", "Eind dit jaar nemen we afscheid van twee kanjers: Herman Kottink en Jannie Vreeman gaan met pensioen, hun laatste werkdag is woensdag 30 december.",
  L("Herman Kottink", ON("wednesday", D(2026, 12, 30))), L("Jannie Vreeman", D(2026, 12, 30)))
m("en", "Tomorrow Pim Slijkhuis starts in the warehouse, quick login please 🙏",
  J("Pim Slijkhuis", P(1)))
m("nl", "Over twee weken start Laura Beltman als facilitair medewerker (receptie + kantine).",
  J("Laura Beltman", P(14), FC))
m("en", "Our sales rep Frank Hilhorst swaps the south region for the north from 1 January. Same job, different customers.",
  MV("Frank Hilhorst", D(2027, 1, 1), AM, AM))
m("nl", "Kan er voor Chantal Hummelink (begint maandag 11 januari als planner) alvast een account worden aangemaakt?",
  J("Chantal Hummelink", ON("monday", D(2027, 1, 11))))
m("en", "Operator Sevda Aktaş starts on the 25th of January in the evening shift.",
  J("Sevda Aktaş", D(2027, 1, 25)))

# A nightclub with a live room, in Eindhoven, with a second venue in Gent and one opening
# in Tilburg.
m("nl", "Hé team,\n\nPer vrijdag 15 januari 2027 hebben we een nieuwe barmanager: Joost Pennings. Hij draait vooral de vrijdag- en zaterdagnachten.\n\nCheers,\nNadia Maas\nClub Kelder",
  J("Joost Pennings", ON("friday", D(2027, 1, 15))))
m("en", "new bouncer: kofi adjei, first night sat 2 jan. he only needs the door app + radio, no email",
  J("Kofi Adjei", ON("saturday", D(2027, 1, 2))))
m("nl", "Onze hoofd techniek Marcel Doornenbal stopt ermee. Zijn laatste dienst is zaterdag 30 januari, daarna gaat hij op tournee met een band.",
  L("Marcel Doornenbal", ON("saturday", D(2027, 1, 30))))
m("nl", "Vraagje: hebben de gastvrijwilligers bij de concerten (garderobe, merch) een account nodig? Of kunnen die op een gedeelde tablet?",
  none=True)
m("nl", "Vanaf 1 februari is Lars Ophorst niet meer barmedewerker maar accountmanager zakelijke events. Hij verkoopt de zaal aan bedrijven.",
  MV("Lars Ophorst", D(2027, 2, 1), AM, None))
m("en", "Hi IT! Chiara Lombardi is our new developer for the ticketing app, first day Tuesday 5 January 2027. Can you add her to Slack and the repos?",
  J("Chiara Lombardi", ON("tuesday", D(2027, 1, 5)), SE))
m("nl", "Slecht nieuws: Ricardo Sedney, al jaren portier bij ons, is dinsdag overleden. De begrafenis is volgende week.",
  L("Ricardo Sedney", P(-2)), past=True)
m("en", "Hola, Mr. Javier Morales will make the sound in our live room starting from 8 January, he is sound technician (not a developer, only sound!). Thanks, Lucía",
  J("Javier Morales", D(2027, 1, 8)))
m("nl", "barmedewerker sharon blankenstijn gisteravond ontslagen, greep in de kassa. graag alles blokkeren ook de kassapas",
  L("Sharon Blankenstijn", P(-1)), past=True)
m("nl", "Nieuwe garderobemedewerkers per 19 december: Fenna Hoogstraten en Yara Deckers. Allebei alleen in het weekend.",
  J("Fenna Hoogstraten", D(2026, 12, 19)), J("Yara Deckers", D(2026, 12, 19)))
m("en", "Hi, from 4 January our facilitair medewerker Tobias Reuvers becomes facilities coordinator for both halls. Please give him the master key profile.",
  MV("Tobias Reuvers", D(2027, 1, 4), FC, FC))
m("nl", "Dag Jan, vanaf zaterdag 9 januari komt Seppe Vanhoutte de bar in Gent versterken als verantwoordelijke. Gelieve een toegang tot het kassasysteem te voorzien. Mvg, Sofie",
  J("Seppe Vanhoutte", ON("saturday", D(2027, 1, 9))))
m("en", "Esther Lagerwey (sales, corporate events) is leaving us in eight weeks' time, she's moving to Berlin.",
  L("Esther Lagerwey", P(56), AM))
m("nl", "sorry, moet zijn: lichttechnicus dirk stolk begint op donderdag 14 januari, niet op de 7e",
  J("Dirk Stolk", ON("thursday", D(2027, 1, 14))))
m("nl", "Onze programmeur van de concertagenda (booker, geen IT) Femke neemt januari onbetaald verlof. Niks aan haar accounts veranderen graag.",
  none=True)
m("en", "Please note that Gwen Maxwell's contract as marketing coordinator ends on Sunday 28 February. She'll work until then.",
  L("Gwen Maxwell", ON("sunday", D(2027, 2, 28))))
m("nl", "Per 1 maart start Ruben Zijlstra als programmeur van de kleine zaal (boekt de bands, niks met software).",
  J("Ruben Zijlstra", D(2027, 3, 1)))
m("en", "cloakroom girl mandy verwoerd leaves after this weekend, her last shift is sunday. pls close her login monday",
  L("Mandy Verwoerd", WD("sunday")))
m("nl", "Onze app-ontwikkelaar Timo Boerkamp heeft ontslag genomen. Laatste werkdag: maandag 1 februari.",
  L("Timo Boerkamp", ON("monday", D(2027, 2, 1)), SE))
m("en", "If a DJ is on our payroll for just one night a month, does he need a Handover entry at all? Asking for the New Year's Eve line-up.",
  none=True)
m("nl", "Voor oud en nieuw huren we drie extra barmensen in: Gino Baldewsingh, Mels Ottens en Ilona Wierenga, van 28 december tot en met 2 januari.",
  J("Gino Baldewsingh", D(2026, 12, 28)), J("Mels Ottens", D(2026, 12, 28)), J("Ilona Wierenga", D(2026, 12, 28)))
m("nl", "Onze barmanager Iris Bergwerff gaat vanaf 1 maart hetzelfde werk doen in onze nieuwe zaak in Tilburg.",
  MV("Iris Bergwerff", D(2027, 3, 1), None, None))
m("en", "Quinten Spoelder started in the cloakroom on Saturday the 28th, forgot to tell you, sorry!",
  J("Quinten Spoelder", ON("saturday", D(2026, 11, 28))), past=True)
m("nl", "Met ingang van 18-01-2027 komt Nicole Bakhuis ons team versterken als accountmanager bedrijfsfeesten.",
  J("Nicole Bakhuis", D(2027, 1, 18), AM))
m("en", "Tomorrow is the last night of bartender Jasmijn Krabbendam with us 🍻 please shut her account on Saturday.",
  L("Jasmijn Krabbendam", P(1)))
m("nl", "Twee portiers stoppen: Mo Lakhal per 15 januari en Dennis Kuijt per 31 januari.",
  L("Mo Lakhal", D(2027, 1, 15)), L("Dennis Kuijt", D(2027, 1, 31)))
m("en", "New facility coordinator for the venue: Annelot Pruim, starting 11 January.",
  J("Annelot Pruim", D(2027, 1, 11), FC))
m("nl", "Vorige week zaterdag heeft Jelle Bouwmeester na de sluiting zijn laatste dienst gedraaid. Hij is gestopt, account mag dicht.",
  L("Jelle Bouwmeester", LW("saturday")), past=True)
m("en", "Good news: our lighting tech Kay Hoefnagels becomes a developer in the ticketing team from Monday 1 March.",
  MV("Kay Hoefnagels", ON("monday", D(2027, 3, 1)), SE, None))
m("nl", "Morgen begint Danique Spanjaard bij ons aan de bar, ze heeft alleen een kassa-inlog nodig.",
  J("Danique Spanjaard", P(1)))


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
        where = "ab%03d" % i
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
            out.write(json.dumps({"id": "ab%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-32.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
