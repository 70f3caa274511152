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

# --- part 2 (ab151-ab320), written after part 1's first run ------------------------------

# A pickle and preserves factory in West-Brabant, with a line in Roeselare.
m("nl", "Goedemorgen,\n\nDinsdag 19 januari 2027 begint Ans Verschuure bij ons als operator op de snijlijn voor augurken. Zij werkt in de vroege dienst.\n\nMet vriendelijke groet,\nJos van Gils\nProductiemanager",
  J("Ans Verschuure", ON("tuesday", D(2027, 1, 19))))
m("en", "new packer on the jar line: bogdan crăciunescu, starts thu 21 jan, early shift. just needs a badge and the time clock",
  J("Bogdan Crăciunescu", ON("thursday", D(2027, 1, 21))))
m("nl", "Onze inkoper groente, Cor Bastiaansen, vertrekt na 22 jaar. Hij heeft per 1 maart een eigen kwekerij; zijn laatste werkdag is woensdag 17 februari.",
  L("Cor Bastiaansen", ON("wednesday", D(2027, 2, 17))))
m("nl", "Vraag over de seizoenskrachten die in juli en augustus komen voor de oogst: moeten we die nu al aanmelden of pas in het voorjaar?",
  none=True)
m("nl", "Vanaf maandag 1 maart gaat Yvette Hoogstraaten van de klantenservice naar de buitendienst, als vertegenwoordiger foodservice voor Zuid-Nederland.",
  MV("Yvette Hoogstraaten", ON("monday", D(2027, 3, 1)), AM, None))
m("en", "Hello IT, we hired an ERP programmer: Tomasz Lewandowski, starting Monday 8 February. He'll sit with finance for the first weeks.",
  J("Tomasz Lewandowski", ON("monday", D(2027, 2, 8)), SE))
m("nl", "Met pijn in het hart melden we dat onze heftruckchauffeur Kees Wagemakers zondagavond thuis is overleden.",
  L("Kees Wagemakers", P(-4)), past=True)
m("en", "Dear colleagues, I kindly inform that Mrs. Eszter Bánkuti will join our quality lab from 1st of March 2027 as food technologist. Best regards, Zsófia",
  J("Eszter Bánkuti", D(2027, 3, 1)))
m("nl", "operator snijlijn patrick van gool vanmorgen naar huis gestuurd en ontslagen, 3e keer te laat + ruzie. graag pas en login uit",
  L("Patrick van Gool", NOW))
m("nl", "Voor de zuurkoolcampagne komen er twee uitzendkrachten:\n- Dorin Vlădescu vanaf 11 januari\n- Vasile Rusu vanaf 18 januari\nAllebei tot eind maart.",
  J("Dorin Vlădescu", D(2027, 1, 11)), J("Vasile Rusu", D(2027, 1, 18)))
m("en", "Marloes Geertsema will be our new facilities coordinator from Monday the 4th of January, she replaces the office manager who left in October.",
  J("Marloes Geertsema", ON("monday", D(2027, 1, 4)), FC))
m("nl", "Hallo Wim, Kobe Deprez komt vanaf donderdag 11 februari ons team in Roeselare vervoegen als lijnverantwoordelijke. Gelieve zijn pc en badge te voorzien. Mvg, An",
  J("Kobe Deprez", ON("thursday", D(2027, 2, 11))))
m("en", "Our export account manager for Germany, Heike Brandstetter, is leaving in eight days. Her last day will be Friday the 11th.",
  L("Heike Brandstetter", ON("friday", P(8)), AM))
m("nl", "Let op, wijziging: Mees Hagelstein begint niet op 4 januari maar pas op maandag 1 februari (opzegtermijn bij zijn oude werkgever).",
  J("Mees Hagelstein", ON("monday", D(2027, 2, 1))))
m("nl", "Annie van de inpak is langdurig ziek, de bedrijfsarts zegt minstens drie maanden. Haar accounts mogen gewoon blijven.",
  none=True)
m("nl", "Betreft: beëindiging dienstverband Frans Oomen\n\nWij bevestigen de ontvangst van zijn ontslagbrief. Het dienstverband eindigt op 28 februari 2027; zijn laatste werkdag is vrijdag 26 februari 2027.\n\nAfdeling HR",
  L("Frans Oomen", ON("friday", D(2027, 2, 26))))
m("en", "Hi Team, please note Ms. Priya Raghunathan (QA Analyst, food safety – no IT) will complete her notice period on 22nd January 2027, which is her last working day. Thanks & Regards",
  L("Priya Raghunathan", D(2027, 1, 22)))
m("nl", "Ploegleider avonddienst Jan Rijnders gaat per 1 januari met pensioen (laatste dienst woensdag 30 december). Operator Gülsen Karakaya volgt hem op per maandag 4 januari.",
  L("Jan Rijnders", ON("wednesday", D(2026, 12, 30))), MV("Gülsen Karakaya", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "overmorgen begint marit huijbregts bij ons op het lab, kan er nog een account komen voor het weekend?",
  J("Marit Huijbregts", P(2)))
m("en", "Good news for once: Henk from maintenance has withdrawn his resignation, so please cancel the leaver request I sent on Monday.",
  none=True)
m("en", "From 1 February Gert Hoogerwerf leaves the production floor and becomes our facilitair medewerker (building, canteen, keys).",
  MV("Gert Hoogerwerf", D(2027, 2, 1), FC, None))
m("nl", "Per 15 maart komt Selma Akkermans ons team versterken als productontwikkelaar (recepturen voor de nieuwe zoetzure lijn, geen software).",
  J("Selma Akkermans", D(2027, 3, 15)))
m("en", "Just confirming Ruud Keijzers' last working day: Thursday the 31st of December. He retires after 40 years in the factory.",
  L("Ruud Keijzers", ON("thursday", D(2026, 12, 31))))
m("nl", "Startdatum nieuwe heftruckchauffeur Emre Sönmezler: 1/2/2027. Hij heeft ook een kluisje en werkschoenen nodig.",
  J("Emre Sönmezler", D(2027, 2, 1)))
m("nl", "In week 2 starten er drie nieuwe inpakkers: Lisa Kranendonk op maandag, Mariska Spierings op dinsdag en Petra Wuijts op donderdag.",
  J("Lisa Kranendonk", WK(2, "monday")), J("Mariska Spierings", WK(2, "tuesday")), J("Petra Wuijts", WK(2, "thursday")))
m("en", "Agency worker Kim Roodbeen hasn't shown up since Tuesday, so the agency ended her assignment today. Please close her login.",
  L("Kim Roodbeen", NOW))
m("nl", "Vertegenwoordiger Arjan de Ronde gaat eind januari weg, zijn laatste werkdag wordt donderdag 28 januari.",
  L("Arjan de Ronde", ON("thursday", D(2027, 1, 28)), AM))
m("en", "Heads-up: tomorrow is the first day of our new planner, Wendelien Spronk. Could someone walk her through the ERP login?",
  J("Wendelien Spronk", P(1)))
m("nl", "Vanaf vandaag is Roel Geurtsen geen operator meer maar teamleider van de glazenlijn.",
  MV("Roel Geurtsen", NOW, None, None))

# A cultivated-meat start-up in Leiden, with a pilot plant in Delft and a lab in Gent.
m("en", "Hi all,\n\nExcited to share that Dr. Nadine Okonkwo-Baars joins our cell biology team on Monday 22 February 2027. She comes from a postdoc in Utrecht.\n\nBest,\nSietske Vellinga\nHead of People",
  J("Nadine Okonkwo-Baars", ON("monday", D(2027, 2, 22))))
m("nl", "nieuwe analist voor het lab: joris ten hulscher, start di 5 jan. heeft een labjas en een account nodig, geen laptop",
  J("Joris ten Hulscher", ON("tuesday", D(2027, 1, 5))))
m("en", "Our regulatory affairs lead, Helen Whitcombe, has resigned. Her notice runs to the end of February, last working day Friday 19 February.",
  L("Helen Whitcombe", ON("friday", D(2027, 2, 19))))
m("en", "Quick question: do visiting chefs who cook with our product in the test kitchen need a guest account or nothing at all?",
  none=True)
m("nl", "Per 1 april stapt Femke Stuifbergen over van het lab naar sales: ze wordt accountmanager voor de restaurantpartners.",
  MV("Femke Stuifbergen", D(2027, 4, 1), AM, None))
m("en", "Please create accounts for Arjun Kulshrestha, software engineer for the bioreactor control system. He starts on Tuesday 2 February 2027.",
  J("Arjun Kulshrestha", ON("tuesday", D(2027, 2, 2)), SE))
m("en", "Sad news from the pilot plant: operator Benjamin Achterberg died in a motorbike accident last Saturday. Please take care of his accounts quietly.",
  L("Benjamin Achterberg", P(-5)), past=True)
m("en", "Bonjour, I confirm you that Mme Camille Rousseau will join us the 1st February 2027 as bioprocess engineer (fermentation, not informatics). Cordialement, Hélène",
  J("Camille Rousseau", D(2027, 2, 1)))
m("nl", "we hebben gisteren afscheid genomen van stagiair-analist niels vermandel, hij heeft data gekopieerd naar een usb-stick. alles graag blokkeren",
  L("Niels Vermandel", P(-1)), past=True)
m("en", "Two new bioreactor operators for the night shift:\n1) Kaan Sarıoğlu – Monday 11 January\n2) Merel Tromp – Monday 25 January",
  J("Kaan Sarıoğlu", ON("monday", D(2027, 1, 11))), J("Merel Tromp", ON("monday", D(2027, 1, 25))))
m("nl", "Onze pilot plant in Delft krijgt een facilitair coördinator: Dewi Pattiwael begint daar op 1 maart.",
  J("Dewi Pattiwael", D(2027, 3, 1), FC))
m("nl", "Dag Lien, Jarne Verlinden start op maandag 8 maart bij ons in het labo in Gent als laborant. Gelieve zijn toegang tot het LIMS te voorzien. Vriendelijke groeten, Bart",
  J("Jarne Verlinden", ON("monday", D(2027, 3, 8))))
m("en", "Data scientist Mikkel Østergaard leaves us in four weeks, he's going back to Copenhagen.",
  L("Mikkel Østergaard", P(28)))
m("en", "Ines Carvalho's start moves by one week: she now begins on Monday 25 January (instead of the 18th).",
  J("Ines Carvalho", ON("monday", D(2027, 1, 25))))
m("nl", "Onze CTO gaat in februari drie maanden op sabbatical. Account mag aan blijven, maar hij hoeft geen meldingen te krijgen.",
  none=True)
m("nl", "Betreft: einde tijdelijke arbeidsovereenkomst\n\nDe arbeidsovereenkomst voor bepaalde tijd van Lotte Knijnenburg (laborant) loopt af op 15 februari 2027 en wordt niet verlengd.\n\nHR",
  L("Lotte Knijnenburg", D(2027, 2, 15)))
m("en", "Good day, please be informed that Dr. Adaeze Nnamdi-Eze will resume as Senior Scientist on the 4th of January 2027. Kindly prepare her system. Thanks.",
  J("Adaeze Nnamdi-Eze", D(2027, 1, 4)))
m("nl", "Twee vertrekkers bij de food-scienceafdeling: Sophie Groeneveld op 31 januari en Bas Ruijs op 12 februari.",
  L("Sophie Groeneveld", D(2027, 1, 31)), L("Bas Ruijs", D(2027, 2, 12)))
m("nl", "onze nieuwe office manager hanneke stapel begint volgende week dinsdag. kan ze meteen bij de gedeelde mailbox?",
  J("Hanneke Stapel", NW("tuesday")))
m("en", "The lab technician I announced for January (Ruben) has accepted another offer, so he's not coming. Please cancel.",
  none=True)
m("en", "Our developer Daan Brouwers becomes head of automation from the 15th of February (management, no more coding).",
  MV("Daan Brouwers", D(2027, 2, 15), None, SE))
m("nl", "Per 5-4-2027 start Noa Eijkelenboom als celbioloog.",
  J("Noa Eijkelenboom", D(2027, 4, 5)))
m("en", "Lab assistant Zara Khoury starts this Saturday, the 5th – we run the reactors seven days a week.",
  J("Zara Khoury", D(2026, 12, 5)))
m("nl", "Bioreactoroperator Lars Hellinga verhuist mee naar de nieuwe pilot plant in Delft, zelfde werk, vanaf maandag 1 februari.",
  MV("Lars Hellinga", ON("monday", D(2027, 2, 1)), None, None))
m("en", "Starter details — Name: Oliver Pemberton | Role: account manager (restaurant partners, UK) | Start date: 2027-02-15",
  J("Oliver Pemberton", D(2027, 2, 15), AM))
m("nl", "Gisteren is Bente Moerkerk begonnen als regulatory specialist, ik had haar nog niet doorgegeven. Kan ze vandaag nog een laptop krijgen?",
  J("Bente Moerkerk", P(-1)), past=True)
m("en", "Our facility coordinator Pauline Verdonk is leaving; her last day is Friday 22 January.",
  L("Pauline Verdonk", ON("friday", D(2027, 1, 22)), FC))
m("nl", "Komende dinsdag start Milan Straatman als technicus in de pilot plant.",
  J("Milan Straatman", WD("tuesday")))
m("en", "Our food scientist Emma Sjöberg moves to Singapore to do the same job in our partner's lab from 1 March.",
  MV("Emma Sjöberg", D(2027, 3, 1), None, None))

# A greenhouse builder in the Westland, building glasshouses abroad, with a yard in
# Maasdijk and an office in Sint-Katelijne-Waver.
m("nl", "Beste allen,\n\nMaandag 1 maart 2027 treedt Cees van der Valk in dienst als projectleider kassenbouw. Hij start op ons kantoor in Naaldwijk.\n\nMet vriendelijke groet,\nMonique Zuijderwijk\nHR",
  J("Cees van der Valk", ON("monday", D(2027, 3, 1))))
m("en", "new fitter for the canada project: wojtek sadowski, starts tue 26 jan in naaldwijk, flies out in feb. needs a phone + the safety app",
  J("Wojtek Sadowski", ON("tuesday", D(2027, 1, 26))))
m("nl", "Onze hoofd montage, Piet Duijndam, gaat op 1 april met pensioen. Laatste werkdag: woensdag 31 maart, borrel volgt.",
  L("Piet Duijndam", ON("wednesday", D(2027, 3, 31))))
m("nl", "Moeten de Poolse montageploegen die we via een bureau inhuren voor het project in Zweden in Handover? Het zijn er zestien.",
  none=True)
m("nl", "Werkvoorbereider Jeroen Barendse wordt per 1 februari vertegenwoordiger voor de Benelux-tuinders.",
  MV("Jeroen Barendse", D(2027, 2, 1), AM, None))
m("en", "New developer for the climate-computer software: Sofia Papadopoulou, starting Wednesday 3 February 2027. Hybrid, two days in Naaldwijk.",
  J("Sofia Papadopoulou", ON("wednesday", D(2027, 2, 3)), SE))
m("nl", "Teun Hoogerbrugge, monteur bij ons sinds 2009, is afgelopen vrijdag tijdens zijn vakantie in Spanje overleden. Een enorme schok voor het hele team.",
  L("Teun Hoogerbrugge", P(-6)), past=True)
m("en", "Hello, Mr. Matthias Wendt starts at 01.03.2027 as area sales manager for Germany and Austria. Please send laptop and car documents. Best greetings, Uwe",
  J("Matthias Wendt", D(2027, 3, 1), AM))
m("nl", "uitvoerder gerard kwakernaak vandaag op staande voet ontslagen (dronken op de bouwplaats in almería). graag alles direct dicht",
  L("Gerard Kwakernaak", NOW))
m("nl", "Nieuwe montagemonteurs:\n- Tim Zwinkels vanaf 4 januari\n- Rens Olsthoorn vanaf 11 januari\n- Younes Belhaj vanaf 18 januari",
  J("Tim Zwinkels", D(2027, 1, 4)), J("Rens Olsthoorn", D(2027, 1, 11)), J("Younes Belhaj", D(2027, 1, 18)))
m("en", "Facilities coordinator Maaike Lelieveld moves from our Naaldwijk office to the new yard in Maasdijk per 1 March. Same role.",
  MV("Maaike Lelieveld", D(2027, 3, 1), FC, FC))
m("nl", "Dag Koen, vanaf dinsdag 19 januari vervoegt Jonas Dewaele onze ploeg in Sint-Katelijne-Waver als montageleider. Gelieve een gsm en een laptop te voorzien. Mvg, Griet",
  J("Jonas Dewaele", ON("tuesday", D(2027, 1, 19))))
m("en", "Karim Nasser, sales rep for the Gulf region, leaves us in five weeks' time; he's joining one of our clients.",
  L("Karim Nasser", P(35), AM))
m("nl", "Correctie: Jolanda Kester start niet op 1 februari maar al op 18 januari, ze kon eerder weg bij haar oude werkgever.",
  J("Jolanda Kester", D(2027, 1, 18)))
m("en", "Our draughtsman Nico is on sick leave after a fall from a ladder, probably until March. No changes needed.",
  none=True)
m("en", "Subject: end of employment – Mr. Daniel Fairbanks\n\nMr. Fairbanks, project manager for the UK projects, has resigned. His employment will end on 31 March 2027.\n\nRegards,\nHR Westland Kassenbouw",
  L("Daniel Fairbanks", D(2027, 3, 31)))
m("nl", "Stagiair constructie Luuk Kerkvliet loopt bij ons stage tot en met vrijdag 29 januari, daarna is hij klaar.",
  L("Luuk Kerkvliet", ON("friday", D(2027, 1, 29))))
m("nl", "Per 1 maart wordt Gerwin Kleijweg (nu tekenaar) werkvoorbereider; zijn plek als tekenaar wordt ingenomen door Nadia El Ouarti, die op 15 februari begint.",
  MV("Gerwin Kleijweg", D(2027, 3, 1), None, None), J("Nadia El Ouarti", D(2027, 2, 15)))
m("nl", "over 2 weken begint vincent ammerlaan als calculator, hij heeft excel nodig en toegang tot de prijzenbank",
  J("Vincent Ammerlaan", P(14)))
m("en", "Please close the account of Johan Vermaas, who moved to our Canadian dealer; his last day with us was Friday 27 November.",
  L("Johan Vermaas", ON("friday", D(2026, 11, 27))), past=True)
m("en", "Starting Monday 18 January, Patricia Schoneveld, now at reception, takes over the facilitaire dienst.",
  MV("Patricia Schoneveld", ON("monday", D(2027, 1, 18)), FC, None))
m("nl", "Ontwikkelaar Bastiaan Hogenboom vertrekt per 1/3, hij gaat bij een klimaatcomputerleverancier werken.",
  L("Bastiaan Hogenboom", D(2027, 3, 1), SE))
m("nl", "De 3e februari start Ilona Stolwijk als medewerker inkoop.",
  J("Ilona Stolwijk", D(2027, 2, 3)))
m("en", "Kevin Poot joined the service team last week Wednesday, I never sent his details, sorry!",
  J("Kevin Poot", LW("wednesday")), past=True)
m("nl", "De contracten van de uitzendmonteurs Stefan Heemskerk en Jeffrey Duivenvoorden lopen op 23 december af, ze komen niet terug.",
  L("Stefan Heemskerk", D(2026, 12, 23)), L("Jeffrey Duivenvoorden", D(2026, 12, 23)))
m("en", "Dries Opdam starts next Monday as site manager for the Mexico project; he'll be in the office for one week first.",
  J("Dries Opdam", WD("monday")))
m("nl", "Vanaf maandag 15 februari hebben we een nieuwe verkoper binnendienst: Larissa Goudswaard.",
  J("Larissa Goudswaard", ON("monday", D(2027, 2, 15)), AM))
m("en", "Today is the last day of Ahmet Çınar at the yard, he's moving back to Turkey. Please close everything tonight.",
  L("Ahmet Çınar", NOW))
m("nl", "Montageleider Arie Barnhoorn gaat per 4 januari voor twee jaar naar ons filiaal in Canada, zelfde functie.",
  MV("Arie Barnhoorn", D(2027, 1, 4), None, None))

# A maker of wheelchairs and mobility scooters in Zwolle, with showrooms and a field
# service.
m("nl", "Goedemiddag collega's,\n\nMet ingang van maandag 18 januari 2027 versterkt Marco Timmers ons buitendienstteam als servicemonteur scootmobielen, regio Overijssel.\n\nGroet,\nIngrid Koning\nTeamleider Service",
  J("Marco Timmers", ON("monday", D(2027, 1, 18))))
m("en", "new welder for the frame line: lukas procházka, starts fri 15 jan. needs safety shoes + badge, thx",
  J("Lukas Procházka", ON("friday", D(2027, 1, 15))))
m("nl", "Onze accountmanager zorgverzekeraars, Bianca Nieuwenweg, stopt per 1 maart. Ze werkt nog tot en met woensdag 24 februari en neemt daarna haar vakantiedagen op.",
  L("Bianca Nieuwenweg", ON("wednesday", D(2027, 2, 24)), AM))
m("nl", "Hoe zit het met ergotherapeuten van de revalidatiecentra die bij ons stage lopen: krijgen die een eigen inlog voor het configuratieprogramma?",
  none=True)
m("nl", "Monteur Rick Wetering gaat per 1 april de showroom in als verkoper. Hij kent de producten als geen ander.",
  MV("Rick Wetering", D(2027, 4, 1), AM, None))
m("en", "Please onboard Yuki Hasegawa, embedded software developer for the power-chair controllers, first day Monday 1 February 2027.",
  J("Yuki Hasegawa", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Vorige week donderdag is onze magazijnmedewerker Albert Lubbinge overleden. Hij werkte hier 31 jaar.",
  L("Albert Lubbinge", LW("thursday")), past=True)
m("en", "Hi! Just to let you know that Mr. Erik Sandström will begin as product engineer (mechanical, no coding) on 8 February 2027. Best regards, Anna",
  J("Erik Sandström", D(2027, 2, 8)))
m("nl", "monteur buitendienst jeroen keizer is gisteren ontslagen, hij heeft een klant bestolen. bus staat hier, graag alles blokkeren",
  L("Jeroen Keizer", P(-1)), past=True)
m("nl", "Per maandag 11 januari starten Gijs Oosterveen en Marije Hessels in de productie (frames en bekleding).",
  J("Gijs Oosterveen", ON("monday", D(2027, 1, 11))), J("Marije Hessels", D(2027, 1, 11)))
m("en", "We've hired a facilitair medewerker for the Zwolle plant: Roy Dolfing, starting on the 1st of February.",
  J("Roy Dolfing", D(2027, 2, 1), FC))
m("nl", "Hallo Kristof, Sien Van Ransbeeck start op maandag 22 februari als verkoopster in onze toonzaal in Hasselt. Gelieve haar account en een gsm te voorzien. Mvg, Els",
  J("Sien Van Ransbeeck", ON("monday", D(2027, 2, 22)), AM))
m("nl", "Planner Evelien Stroink vertrekt over zes weken naar een ziekenhuis.",
  L("Evelien Stroink", P(42)))
m("en", "Update on Hugo Bartels (service technician): his first day has moved to Tuesday 16 February because of his notice period.",
  J("Hugo Bartels", ON("tuesday", D(2027, 2, 16))))
m("nl", "Onze receptioniste Sylvia gaat vanaf januari van 5 naar 4 dagen per week. Hoeft er iets te gebeuren?",
  none=True)
m("en", "This is to confirm that the temporary contract of Ms. Rebecca Osei, assembly worker, ends on Friday 29 January 2027 and will not be renewed.",
  L("Rebecca Osei", ON("friday", D(2027, 1, 29))))
m("nl", "Ons magazijnhoofd Ton Bleijenberg geniet vanaf 1 januari van zijn pensioen; hij werkt nog tot en met 24 december.",
  L("Ton Bleijenberg", D(2026, 12, 24)))
m("en", "Our facility coordinator Monique Ribbers retires on 31 January; Daan Wolterink from the warehouse takes over her job on 1 February.",
  L("Monique Ribbers", D(2027, 1, 31), FC), MV("Daan Wolterink", D(2027, 2, 1), FC, None))
m("nl", "morgen eerste werkdag van esra koçak bij de klantenservice 😊 heeft ze al een inlog?",
  J("Esra Koçak", P(1)))
m("en", "Do drivers from the transport company that deliver our wheelchairs to clients need access to the delivery app? They're not our employees.",
  none=True)
m("nl", "Met ingang van 1 maart stopt Wessel Rozema als ontwikkelaar en wordt hij productmanager elektrische rolstoelen.",
  MV("Wessel Rozema", D(2027, 3, 1), None, SE))
m("en", "Ergotherapist Maud Lefeber joins our advisory team Tuesday next week. She'll visit clients at home.",
  J("Maud Lefeber", NW("tuesday")))
m("nl", "Nieuwe verkoper showroom Deventer: Thomas Scheltinga, begint 22-2.",
  J("Thomas Scheltinga", D(2027, 2, 22), AM))
m("en", "FYI Bram Egberink (assembly) stopped working here on Monday, he found another job closer to home.",
  L("Bram Egberink", P(-3)), past=True)
m("nl", "Maandag aanstaande begint Sinan Öztekin als monteur in de rolstoelwerkplaats.",
  J("Sinan Öztekin", WD("monday")))
m("en", "Service technicians Ewout Brandsma and Kees Ruisendaal swap regions from 1 January: Ewout goes to Drenthe, Kees to Friesland. Same job for both.",
  MV("Ewout Brandsma", D(2027, 1, 1), None, None), MV("Kees Ruisendaal", D(2027, 1, 1), None, None))
m("nl", "Vandaag heeft Carla Vinke haar laatste werkdag op de administratie, morgen is ze weg. Graag haar accounts vanavond sluiten.",
  L("Carla Vinke", NOW))
m("en", "Developer for the configurator: Pieter-Jan Rombouts, start 11/01/2027.",
  J("Pieter-Jan Rombouts", D(2027, 1, 11), SE))
m("nl", "Monteur Lars Tiemersma krijgt geen verlenging van zijn contract, zijn laatste werkdag is 31-12-2026.",
  L("Lars Tiemersma", D(2026, 12, 31)))

# A meal-kit company with a distribution centre in Nieuwegein, hubs and a recipe kitchen.
m("nl", "Hallo,\n\nDonderdag 7 januari 2027 komt Rianne Hoogendijk ons team in het distributiecentrum versterken als shiftleider. Ze start in de avonddienst.\n\nMet vriendelijke groet,\nBarbara Schepers\nHR Smaakbox",
  J("Rianne Hoogendijk", ON("thursday", D(2027, 1, 7))))
m("en", "2 new pickers for the sunday night shift: jamal tahtah + ana rebelo, first shift sun 10 jan. no laptops needed, scanner logins only",
  J("Jamal Tahtah", ON("sunday", D(2027, 1, 10))), J("Ana Rebelo", D(2027, 1, 10)))
m("nl", "Onze hubmanager Utrecht, Roos Kamerbeek, heeft een baan elders gevonden. Laatste werkdag: woensdag 10 februari.",
  L("Roos Kamerbeek", ON("wednesday", D(2027, 2, 10))))
m("nl", "Vraag: we huren voor de feestdagen bezorgers in via een platform. Moeten die in Handover of regelt het platform dat?",
  none=True)
m("nl", "Per 1 februari stapt Thijs Nagelhout over van customer care naar sales, hij wordt accountmanager voor de bedrijfskantines.",
  MV("Thijs Nagelhout", D(2027, 2, 1), AM, None))
m("en", "Hi, the app team grows: Léa Vasseur (iOS developer) starts on Monday 15 February. Please order a MacBook.",
  J("Léa Vasseur", ON("monday", D(2027, 2, 15)), SE))
m("en", "Very sad news: our delivery driver Marvin Kasanwikrama died in a traffic accident on Tuesday. We're all in shock.",
  L("Marvin Kasanwikrama", P(-2)), past=True)
m("en", "Good afternoon, I inform that the cook Mr. Diego Carrasco is starting with us the 18 January in the recipe kitchen. He is cook, not developer of software. Saludos, Marta",
  J("Diego Carrasco", D(2027, 1, 18)))
m("nl", "orderpicker sven rutjes vanochtend ontslagen, heeft dozen meegenomen naar huis. per direct, scanner login graag blokkeren",
  L("Sven Rutjes", NOW))
m("nl", "Per 1 maart begint Hanna Voorthuis als receptontwikkelaar (kok, ze bedenkt de gerechten, niks met IT).",
  J("Hanna Voorthuis", D(2027, 3, 1)))
m("en", "Rob Schotsman moves to the new DC in Eindhoven on 1 February as facility coordinator there (same job).",
  MV("Rob Schotsman", D(2027, 2, 1), FC, FC))
m("nl", "Dag Lotte, Brecht Vanderstraeten is aangeworven als chauffeur voor onze hub in Mechelen, hij start op maandag 1 februari. Gelieve zijn toegang tot de ritapp te voorzien. Mvg, Hilde",
  J("Brecht Vanderstraeten", ON("monday", D(2027, 2, 1))))
m("nl", "Accountmanager zakelijke markt Niels Ploeger vertrekt over drie weken, hij wordt zelfstandige.",
  L("Niels Ploeger", P(21), AM))
m("en", "Small change: Amber Huijsmans starts on Thursday 4 February instead of Monday the 1st.",
  J("Amber Huijsmans", ON("thursday", D(2027, 2, 4))))
m("nl", "Vanaf 15 december is onze planner Noortje met zwangerschapsverlof, ze komt in april terug.",
  none=True)
m("nl", "Onderwerp: uitdiensttreding\n\nHierbij laten wij weten dat de heer Wouter Hilbrands, teamleider inbound, ons per 1 maart 2027 verlaat.\n\nMet vriendelijke groet,\nHR Smaakbox",
  L("Wouter Hilbrands", D(2027, 3, 1)))
m("en", "Dear Sir/Madam, kindly note that Ms. Kavya Sundaram, Data Analyst, is joining us w.e.f. 1st February 2027. Request you to create her login. Regards",
  J("Kavya Sundaram", D(2027, 2, 1)))
m("nl", "Twee nieuwe bezorgers voor regio Amersfoort: Bart Hoogerheide start op 14 december, Soufiane Bakir op 21 december.",
  J("Bart Hoogerheide", D(2026, 12, 14)), J("Soufiane Bakir", D(2026, 12, 21)))
m("nl", "shiftleider rick vonk is vorige week dinsdag gestopt, vergeten door te geven. login mag eruit",
  L("Rick Vonk", LW("tuesday")), past=True)
m("en", "Can you tell me whether Lieke, who started last month, already has her Teams? She says she can't log in.",
  none=True)
m("en", "From Monday 1 March our data analyst Joep Verheugen becomes a backend developer in the app team.",
  MV("Joep Verheugen", ON("monday", D(2027, 3, 1)), SE, None))
m("nl", "Morgen rijdt Henri Oudeman zijn laatste route voor ons, hij gaat met pensioen 🎉",
  L("Henri Oudeman", P(1)))
m("en", "Our new hub manager for Rotterdam, Imke van Dorsser, starts on the eleventh of January.",
  J("Imke van Dorsser", D(2027, 1, 11)))
m("nl", "Onze enige Android-ontwikkelaar, Fedor Ivanov, vertrekt. Zijn laatste werkdag is vrijdag 5 februari.",
  L("Fedor Ivanov", ON("friday", D(2027, 2, 5)), SE))
m("en", "Christmas temps in the DC: Mila Janković and Sara Björklund, from Monday 14 December until 3 January.",
  J("Mila Janković", ON("monday", D(2026, 12, 14))), J("Sara Björklund", D(2026, 12, 14)))
m("nl", "Over vijf weken begint Mariëlle Koppes als facilitair medewerker in Nieuwegein.",
  J("Mariëlle Koppes", P(35), FC))
m("en", "We dismissed driver Kelvin Zeegers this afternoon after his third accident with a van.",
  L("Kelvin Zeegers", NOW))
m("nl", "Planner Loes Terlouw verhuist per 1 januari naar onze hub in Zwolle, zelfde functie.",
  MV("Loes Terlouw", D(2027, 1, 1), None, None))
m("nl", "1 februari: eerste werkdag van Jasper Smedinga als teamleider klantenservice. Graag laptop + headset.",
  J("Jasper Smedinga", D(2027, 2, 1)))

# A taxidermy and natural-history preparation studio in Leiden, with a workshop in Brugge
# and one in Antwerp, working for museums and private clients.
m("nl", "Beste allemaal,\n\nVanaf dinsdag 5 januari 2027 begint Freek Weidema als leerling-preparateur in ons atelier in Leiden.\n\nGroeten,\nMarleen Dekkinga\nAtelier Natura",
  J("Freek Weidema", ON("tuesday", D(2027, 1, 5))))
m("en", "volunteer turned employee at the workshop: sanne hoogervorst, paid contract from 1 jan, mostly skinning birds 🐦 needs a login for the inventory",
  J("Sanne Hoogervorst", D(2027, 1, 1)))
m("nl", "Meesterpreparateur Gijsbert Wilmink gaat na 45 jaar met pensioen; zijn laatste werkdag is donderdag 31 december.",
  L("Gijsbert Wilmink", ON("thursday", D(2026, 12, 31))))
m("nl", "Heeft iemand die bij ons een cursus vogels prepareren volgt (vier zaterdagen) een account nodig? Lijkt me niet, maar ik check het even.",
  none=True)
m("nl", "Restaurator Fenna Teeuwen gaat per 1 maart als accountmanager de musea en scholen bezoeken; ze stopt dan met restaureren.",
  MV("Fenna Teeuwen", D(2027, 3, 1), AM, None))
m("en", "We're hiring a part-time developer for our collection database: Jakub Kratochvíl, first day Wednesday 17 February.",
  J("Jakub Kratochvíl", ON("wednesday", D(2027, 2, 17)), SE))
m("nl", "Onze preparateur Evert Smale (62) is maandag onverwacht overleden. We sluiten het atelier vrijdag voor de uitvaart.",
  L("Evert Smale", P(-3)), past=True)
m("en", "Hello, Mr. Haruto Kobayashi will start as taxidermist in your workshop from 01/03/2027. Thank you for preparing his account. Kind regards, Ms. Ito",
  J("Haruto Kobayashi", D(2027, 3, 1)))
m("nl", "hebben vanmiddag afscheid genomen van leerling ruben de heus (herhaaldelijk niet komen opdagen). per direct weg, account mag dicht",
  L("Ruben de Heus", NOW))
m("nl", "Twee nieuwe mensen in de winkel en webshop: Mirte Bolhuis (start 6 januari) en Jorrit Pasma (start 13 januari).",
  J("Mirte Bolhuis", D(2027, 1, 6)), J("Jorrit Pasma", D(2027, 1, 13)))
m("en", "Wilma Tolsma, currently on the front desk, becomes our facility coordinator from the 1st of March.",
  MV("Wilma Tolsma", D(2027, 3, 1), FC, None))
m("nl", "Dag Joris, vanaf maandag 15 maart komt Lore Vanhecke ons atelier in Brugge versterken als preparatrice. Gelieve een laptop te voorzien. Mvg, Annick",
  J("Lore Vanhecke", ON("monday", D(2027, 3, 15))))
m("en", "Our account manager for the museums, Sebastiaan Keur, is off in two weeks' time; the museums will get a new contact in January.",
  L("Sebastiaan Keur", P(14), AM))
m("nl", "Correctie: Ineke Hamstra stopt niet per 1 februari maar pas per 1 maart (ze blijft langer voor het museumproject).",
  L("Ineke Hamstra", D(2027, 3, 1)))
m("nl", "Bert, onze vrijwilliger op dinsdag, is ernstig ziek. Hij heeft geen account, maar ik wilde het even laten weten.",
  none=True)
m("en", "Dear Sirs,\n\nWe hereby confirm that Mr. Julian Pettigrew, conservator, will end his employment with Atelier Natura on 16 April 2027.\n\nYours sincerely,\nM. Dekkinga",
  L("Julian Pettigrew", D(2027, 4, 16)))
m("nl", "volgende week donderdag laatste dag van stagiaire zoë meijering, daarna terug naar school",
  L("Zoë Meijering", NW("thursday")))
m("en", "End of the museum project: Oscar Witteveen and Lara Hessing finish their project contracts on Friday 26 March.",
  L("Oscar Witteveen", ON("friday", D(2027, 3, 26))), L("Lara Hessing", D(2027, 3, 26)))
m("nl", "Over negen dagen begint Job Heijink als preparateur insecten. Dat is zaterdag de twaalfde, hij werkt vooral in het weekend.",
  J("Job Heijink", ON("saturday", P(9))))
m("en", "Taxidermist Morris Eelman moves to our Antwerp workshop from 1 February, same work.",
  MV("Morris Eelman", D(2027, 2, 1), None, None))
m("nl", "Met ingang van 01-02-2027 is Wiebe Fokkens niet meer onze programmeur, hij begint een eigen bedrijf. Zijn laatste werkdag is 29 januari.",
  L("Wiebe Fokkens", D(2027, 1, 29), SE))
m("en", "Tomorrow Nina Rijkers starts in the shop. Could her till login be ready?",
  J("Nina Rijkers", P(1)))
m("nl", "Vorige week vrijdag is Hester Bijl begonnen als administratief medewerker. Sorry, vergeten te melden!",
  J("Hester Bijl", LW("friday")), past=True)
m("nl", "Leerling-preparateur Jesper Wildschut krijgt per 1 januari een vaste aanstelling als preparateur.",
  MV("Jesper Wildschut", D(2027, 1, 1), None, None))
m("en", "Hi both, Emily Hargreaves starts as sales rep for our museum replicas on Monday 1 February. Cheers, Marleen",
  J("Emily Hargreaves", ON("monday", D(2027, 2, 1)), AM))


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
