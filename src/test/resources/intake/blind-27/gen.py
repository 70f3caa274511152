"""Blind-27: managers' announcements written by hand, one at a time (7 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-26's gen.py, itself blind-25's) only turn the date a reader means into a calendar
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



# ---------------------------------------------------------------- part 1 (y001-y150)
# A salt works (brine wells, an evaporation plant, packing and road-salt loading).
m("nl", "Goedemiddag,\n\nPer maandag 4 januari 2027 treedt Rutger Olthof bij ons in dienst als procesoperator in de zoutziederij. Willen jullie zijn account en pas klaarzetten?\n\nMet vriendelijke groet,\nIneke Brinkhuis\nHR – Zoutwinning Twente",
  J("Rutger Olthof", ON("maandag", D(2027, 1, 4))))
m("en", "hey, new loader for the winter salt run: jordy wiggers, first shift mon 14 dec. needs a pass for the loading hall 🧂",
  J("Jordy Wiggers", ON("monday", D(2026, 12, 14))))
m("nl", "Onze boormeester Henk ter Braak gaat met pensioen. Hij stopt per 1 februari, zijn laatste werkdag is vrijdag 29 januari.",
  L("Henk ter Braak", ON("vrijdag", D(2027, 1, 29))))
m("en", "Quick question: do the contractors from the drilling company need their own login for the well monitoring system, or can they use ours?",
  none=True)
m("nl", "Vanaf 1 maart wordt Marloes Hesselink, nu planner van de belading, onze accountmanager voor gemeenten en provincies (strooizout).",
  MV("Marloes Hesselink", D(2027, 3, 1), AM, None))
m("nl", "Hoi team, Bastiaan Kroeze komt op 18 januari bij ons als softwareontwikkelaar voor het MES van de fabriek. Hij zit meestal op kantoor in Hengelo.",
  J("Bastiaan Kroeze", D(2027, 1, 18), SE))
m("nl", "Met verslagenheid laten wij weten dat onze collega Gerrit Nijhuis, inpakker in hal 2, afgelopen dinsdag onverwacht is overleden.",
  L("Gerrit Nijhuis", P(-2)), past=True)
m("en", "Hello together, from the 01.02.2027 Mr. Tobias Krämer will work by us as laboratory technician (brine analysis). Please prepare his account. Best greetings, Anja",
  J("Tobias Krämer", D(2027, 2, 1)))
m("nl", "Gisteren is Sven Lammers (heftruckchauffeur) op staande voet ontslagen. Graag zijn pas en account vandaag nog blokkeren.",
  L("Sven Lammers", P(-1)), past=True)
m("nl", "Voor de strooizoutpiek beginnen maandag 7 december twee uitzendkrachten bij de belading: Kevin Tijhuis en Romano Bolk. Contract t/m 28 februari.",
  J("Kevin Tijhuis", ON("maandag", D(2026, 12, 7))), J("Romano Bolk", ON("maandag", D(2026, 12, 7))))
m("en", "FYI: Annelies Roelofs, our facilities coordinator, moves from the Hengelo site to the Delfzijl site per 1 February. Same job, just up north.",
  MV("Annelies Roelofs", D(2027, 2, 1), FC, FC))
m("nl", "Dag Marc, vanaf maandag 11 januari vervoegt Jens Vermeulen ons team als elektromechanieker in de verdamping. Gelieve zijn toegang te voorzien. Mvg, Katrien",
  J("Jens Vermeulen", ON("maandag", D(2027, 1, 11))))
m("nl", "Tom Hulshof begint over vijf weken als onderhoudsmonteur op de verdampers. Kan ICT een laptop regelen? Hij komt van een chemiebedrijf uit Delfzijl.",
  J("Tom Hulshof", P(35)))
m("nl", "laatste werkdag van ellen pots is 31-12, ze gaat naar een baan dichter bij huis. wil iemand haar account dan dichtzetten",
  L("Ellen Pots", D(2026, 12, 31)))
m("en", "Just so you know, Frank Dijkhuis from the packing line is on sick leave for at least six weeks. No changes needed in his accounts I think?",
  none=True)
m("nl", "Correctie op mijn bericht van gisteren: Lisanne Grootenboer begint niet op 4 januari maar op maandag 18 januari als laborant.",
  J("Lisanne Grootenboer", ON("maandag", D(2027, 1, 18))))
m("en", "Dear Sir/Madam, This is to inform that Mr. Arjun Mehta has tendered his resignation as Process Engineer (evaporation) and his last working day will be 12th February 2027. Kindly arrange the exit formalities. Regards, HR",
  L("Arjun Mehta", D(2027, 2, 12)))
m("nl", "Per direct is Bram Wolters niet meer in dienst; vandaag was zijn laatste dag. Hij werkte als operator bij de zoutputten.",
  L("Bram Wolters", NOW))
m("en", "Jan-Hein Morsink retires on 31 December after 38 years on the salt wells. His successor as well supervisor, Niek Sanders, starts on Monday 4 January.",
  L("Jan-Hein Morsink", D(2026, 12, 31)), J("Niek Sanders", ON("monday", D(2027, 1, 4))))
m("nl", "Nieuwe collega voor de facilitaire dienst: Sandra Bruggink, start 1/2. Ze komt op de receptie en doet de kantine en de sleutels.",
  J("Sandra Bruggink", D(2027, 2, 1), FC))
m("en", "The vacancy for a second shift lead in the packing hall is withdrawn, we found an internal solution. So nobody new in January after all.",
  none=True)
m("nl", "volgende week woensdag begint stagiair Daan Oude Luttikhuis bij het lab. ff een account graag 🙏",
  J("Daan Oude Luttikhuis", NW("woensdag")))
m("en", "Our sales rep for the Benelux road-salt contracts, Patrick Leferink, has resigned. Last day: Friday 26 February.",
  L("Patrick Leferink", ON("friday", D(2027, 2, 26)), AM))
m("nl", "Per 1 januari gaat Wim Stokkink van de inpakafdeling naar de facilitaire dienst, als facilitair medewerker.",
  MV("Wim Stokkink", D(2027, 1, 1), FC, None))
m("nl", "morgen is de laatste dag van onze uitzendkracht op de weegbrug, dennis koopman. login mag vrijdagavond dicht",
  L("Dennis Koopman", P(1)))

# A brick factory on the river foreland (clay pit, presses, kilns, yard).
m("nl", "Beste collega's,\n\nOp maandag 11 januari 2027 begint Joost Hendriksen als ovenbrander bij ons op de fabriek in Zevenaar. Hij draait in de ploegendienst, dus hij heeft ook een pas voor 's nachts nodig.\n\nGroet,\nMarja Derksen\nPersoneelszaken",
  J("Joost Hendriksen", ON("maandag", D(2027, 1, 11))))
m("en", "fyi thijs van gorkum (shovel driver) quit. his last day is fri 18 dec",
  L("Thijs van Gorkum", ON("friday", D(2026, 12, 18))))
m("nl", "Vanaf 1 februari hebben we eindelijk een accountmanager voor architecten en projectontwikkelaars: Leonie Gerritsen. Ze komt van een dakpannenfabriek.",
  J("Leonie Gerritsen", D(2027, 2, 1), AM))
m("en", "Does anyone know if the clay-pit contractors need a safety induction in the app before they get a badge? Asking for next spring.",
  none=True)
m("nl", "Ruud Peters stopt als perser en wordt per maandag 1 maart ploegleider van de nachtdienst.",
  MV("Ruud Peters", ON("maandag", D(2027, 3, 1)), None, None))
m("nl", "Triest nieuws: gisteravond is onze oud-ovenbrander en huidige magazijnman Bennie Arntz overleden. Hij was 61.",
  L("Bennie Arntz", P(-1)), past=True)
m("en", "Please set up accounts for Yusuf Demir, our new developer for the facade configurator tool. Start date: 25 January 2027.",
  J("Yusuf Demir", D(2027, 1, 25), SE))
m("nl", "Twee nieuwe stapelaars: Mitchel Rutten begint 4 januari, Jeffrey Ebben een week later, op 11 januari.",
  J("Mitchel Rutten", D(2027, 1, 4)), J("Jeffrey Ebben", D(2027, 1, 11)))
m("en", "Hello, I want to inform that my brother Paweł Nowak will start by us from 07.12.2026 as forklift driver in the yard. Thank you, Marek (team leader yard)",
  J("Paweł Nowak", D(2026, 12, 7)))
m("nl", "De oven gaat in de winterstop. De contracten van de seizoenskrachten Ilse Verhoef en Robin Kamps lopen op vrijdag 18 december af.",
  L("Ilse Verhoef", ON("vrijdag", D(2026, 12, 18))), L("Robin Kamps", ON("vrijdag", D(2026, 12, 18))))
m("nl", "Kenneth Baars (sorteerlijn) is vanochtend ontslagen, per direct.",
  L("Kenneth Baars", NOW))
m("nl", "moet ik voor een uitzendkracht die maar 3 weken komt ook een aanmelding doen? of regelt het bureau dat",
  none=True)
m("en", "From Monday 1 February Anita Jansen (currently receptionist) takes over as facility coordinator from Hans, who retires.",
  MV("Anita Jansen", ON("monday", D(2027, 2, 1)), FC, None))
m("nl", "Onze vertegenwoordiger voor Duitsland, Heinz-Dieter Vos, gaat per 1 april met vervroegd pensioen. Laatste werkdag woensdag 31 maart.",
  L("Heinz-Dieter Vos", ON("woensdag", D(2027, 3, 31)), AM))
m("en", "Carla Wessels is starting on the 1st of March as lab technician – clay and firing tests. She'll need access to the lab data share.",
  J("Carla Wessels", D(2027, 3, 1)))
m("nl", "Sinds maandag werkt Wout Hermsen bij ons als machinist in de kleiput. Sorry, vergeten door te geven! Kan zijn account alsnog?",
  J("Wout Hermsen", P(-3)), past=True)
m("en", "Marieke from planning is on parental leave from January until April. Nothing to change, just so you know who to ask meanwhile.",
  none=True)
m("nl", "Hallo, Stijn De Smet komt ons vanaf maandag 18 januari versterken als vertegenwoordiger voor Vlaanderen. Gelieve zijn laptop en gsm te voorzien. Mvg, Ann",
  J("Stijn De Smet", ON("maandag", D(2027, 1, 18)), AM))
m("nl", "Rick Hoogland vertrekt op 15 januari, niet op 31 januari zoals ik vorige week schreef. Hij kan aan de slag bij een betonfabriek.",
  L("Rick Hoogland", D(2027, 1, 15)))
m("nl", "Per maandag 4 januari gaat laborant Femke Willemsen van onze fabriek in Zevenaar naar de fabriek in Tiel. Zelfde functie.",
  MV("Femke Willemsen", ON("maandag", D(2027, 1, 4)), None, None))
m("en", "Hello, Mr. Emre Kaya is starting at Monday 14 December as production worker on the press line. His shift starts at 6. Thanks",
  J("Emre Kaya", ON("monday", D(2026, 12, 14))))
m("nl", "Over twee weken stopt Dirk Lubbers, hij gaat zelf een hoveniersbedrijf beginnen. Hij is nu shovelmachinist.",
  L("Dirk Lubbers", P(14)))
m("en", "new guy for the kiln starts tomorrow, name is marco teunissen. can someone print a badge",
  J("Marco Teunissen", P(1)))
m("nl", "Erik Jan Gerritsma, nu verkoper binnendienst, wordt per 1 maart hoofd verkoop. Zijn klanten gaan naar de andere verkopers.",
  MV("Erik Jan Gerritsma", D(2027, 3, 1), None, AM))
m("en", "Can I add someone who will only start in September 2027 already now, or is that too early? She's a graduate engineer.",
  none=True)

# A cigar factory (hand rolling, machine line, tobacco storage, a factory shop).
m("nl", "Geachte collega's,\n\nHierbij laat ik u weten dat mevrouw Anke van den Boomen per maandag 1 februari 2027 in dienst treedt als kwaliteitscontroleur dekblad.\n\nMet vriendelijke groet,\nP. Swinkels\nP&O",
  J("Anke van den Boomen", ON("maandag", D(2027, 2, 1))))
m("en", "hi! sophie verhagen starts as bander on the machine line tue 5 jan 🙂 she needs a locker key too",
  J("Sophie Verhagen", ON("tuesday", D(2027, 1, 5))))
m("nl", "Na 44 jaar stopt onze melangeur Toon van Kuijk. Hij gaat per 1 januari met pensioen; zijn laatste werkdag is woensdag 23 december.",
  L("Toon van Kuijk", ON("woensdag", D(2026, 12, 23))))
m("en", "Is it possible to give the tobacco inspector from customs a guest account for our warehouse system? He comes every month.",
  none=True)
m("nl", "Per 18 januari begint Roel Habraken als vertegenwoordiger voor de tabaksspeciaalzaken in Limburg en Brabant. Hij krijgt een leaseauto.",
  J("Roel Habraken", D(2027, 1, 18), AM))
m("nl", "Lotte Scheepers gaat per 1 februari van de handmakerij naar het kwaliteitslab. Ze wordt onze tabakskeurder.",
  MV("Lotte Scheepers", D(2027, 2, 1), None, None))
m("nl", "Droevig bericht: onze collega Hanneke Cuijpers van de sorteerafdeling is zondag na een kort ziekbed overleden.",
  L("Hanneke Cuijpers", P(-4)), past=True)
m("en", "Good day Sir, Please be informed that Mr. Kwame Mensah shall resume duty as Export Sales Representative on Monday, 1st March 2027. Kindly make the necessary arrangements. Yours faithfully",
  J("Kwame Mensah", ON("monday", D(2027, 3, 1)), AM))
m("nl", "vanochtend op staande voet ontslagen: ricardo van hout (magazijn). graag z'n pas blokkeren",
  L("Ricardo van Hout", NOW))
m("en", "Our only developer of the B2B ordering portal, Stefan Raaijmakers, is leaving. His last day is Friday 22 January, so any handover of passwords before that please.",
  L("Stefan Raaijmakers", ON("friday", D(2027, 1, 22)), SE))
m("nl", "Volgende week maandag beginnen twee nieuwe sigarenmaaksters in de handmakerij: Esra Yildiz en Priscilla Manuhutu.",
  J("Esra Yildiz", NW("maandag")), J("Priscilla Manuhutu", NW("maandag")))
m("en", "Nadia will work four days a week from January instead of five. Do I need to tell you this or only payroll?",
  none=True)
m("nl", "Wij hebben een nieuwe facilitair coördinator gevonden! Mirjam Panhuizen begint 1-3-2027. Ze komt van het ziekenhuis in Veldhoven.",
  J("Mirjam Panhuizen", D(2027, 3, 1), FC))
m("en", "Jeroen Smolders starts next Monday as machine operator, night shift. Please make sure his badge works after 22:00.",
  J("Jeroen Smolders", WD("monday")))
m("nl", "Dag Peter, Kobe Peeters (magazijnier in onze opslag in Turnhout) heeft ontslag genomen. Zijn laatste werkdag is vrijdag 8 januari. Gelieve zijn toegangen dan af te sluiten. Mvg, Els",
  L("Kobe Peeters", ON("vrijdag", D(2027, 1, 8))))
m("nl", "Meike Donkers (melangeur) stopt over twee weken. Verhuist naar Groningen.",
  L("Meike Donkers", P(14)))
m("nl", "Vorige week vrijdag is Harrie Biemans al met pensioen gegaan, dat was zijn laatste werkdag. Ik was vergeten het te melden, sorry.",
  L("Harrie Biemans", LW("vrijdag")), past=True)
m("en", "Guus Vermeer stops as sales rep for the north and becomes our facilities coordinator from 1 April. He wanted to stop driving.",
  MV("Guus Vermeer", D(2027, 4, 1), FC, AM))
m("nl", "Kleine wijziging: Fenna de Laat begint niet op 1 februari maar al op maandag 25 januari als bandeerster.",
  J("Fenna de Laat", ON("maandag", D(2027, 1, 25))))
m("en", "Bonjour, I inform you that Mme Camille Lefèvre will start the 11 January 2027 as export account manager for France and Belgium. Cordially, Julien",
  J("Camille Lefèvre", D(2027, 1, 11), AM))
m("nl", "Helaas, Jesse Coolen komt toch niet bij ons werken. Hij zou 4 januari beginnen in de opslag, maar heeft voor een andere baan gekozen.",
  none=True)
m("en", "Starting 4/1: Ivo Brouwers, maintenance technician for the rolling machines. He's ex-Philips, knows his stuff.",
  J("Ivo Brouwers", D(2027, 1, 4)))
m("nl", "Met ingang van 15-02-2027 treedt Shanti Jagessar in dienst als salarisadministrateur.",
  J("Shanti Jagessar", D(2027, 2, 15)))
m("en", "Two leavers for December: Hennie Lathouwers (storage) on the 18th and Petra Bloemen (reception) on the 31st.",
  L("Hennie Lathouwers", D(2026, 12, 18)), L("Petra Bloemen", D(2026, 12, 31)))
m("nl", "morgen begint nicole van rooij als verkoopster in onze winkel bij de fabriek",
  J("Nicole van Rooij", P(1), AM))

# A chip-machine supplier (semiconductor equipment: R&D, cleanroom, assembly, field service).
m("en", "Hi all,\n\nPlease welcome Dr. Mei Lin Zhao, who joins the Optics group as senior software engineer on Monday 4 January 2027. She relocates from Taiwan.\n\nKind regards,\nHR Business Partner – R&D",
  J("Mei Lin Zhao", ON("monday", D(2027, 1, 4)), SE))
m("nl", "hoi, cleanroom operator bart heijmans begint ma 11 jan in de nachtdienst. pasje graag voor de cleanroom ingang",
  J("Bart Heijmans", ON("maandag", D(2027, 1, 11))))
m("en", "Ravi Shankar, test engineer (hardware test rigs, no coding), has resigned. Last working day Friday 29 January.",
  L("Ravi Shankar", ON("friday", D(2027, 1, 29))))
m("en", "Do contractors from our Korean supplier need a full account when they're here for two weeks of installation? Or a guest one?",
  none=True)
m("nl", "Per 1 februari wordt Joris Moonen, nu supply chain planner, accountmanager voor onze klanten in Japan.",
  MV("Joris Moonen", D(2027, 2, 1), AM, None))
m("en", "New software developer for the wafer handler team: Pieter-Jan Claes, start date 15 February 2027.",
  J("Pieter-Jan Claes", D(2027, 2, 15), SE))
m("nl", "Met grote schok hebben we gehoord dat Martijn Aarts, assemblagemonteur, gisteren bij een verkeersongeluk is omgekomen.",
  L("Martijn Aarts", P(-1)), past=True)
m("en", "Laura Ketelaars moves from software development to product management per 1 March; she'll be product owner for the metrology tools.",
  MV("Laura Ketelaars", D(2027, 3, 1), None, SE))
m("en", "Respected Sir/Madam, This is to inform that Mr. Karthik Subramaniam has joined today as Software Engineer (C++) in the motion control group. Kindly create his login at the earliest. Thanks & Regards, Anil",
  J("Karthik Subramaniam", NOW, SE))
m("nl", "Eergisteren is Gijs van Dinther begonnen als monteur in de eindassemblage, maar hij heeft nog steeds geen account. Kan dat snel?",
  J("Gijs van Dinther", P(-2)), past=True)
m("en", "Two mechatronics interns start on Monday 1 February: Sarah Lindqvist and Tom Verbeek. Both in the wafer stage group.",
  J("Sarah Lindqvist", ON("monday", D(2027, 2, 1))), J("Tom Verbeek", ON("monday", D(2027, 2, 1))))
m("nl", "Is er al iets bekend over de nieuwe teamleider van de cleanroom? Ik hoor dat er iemand is aangenomen maar ik weet geen naam.",
  none=True)
m("en", "Dennis Mutsaers (field service engineer, hardware) was let go yesterday afternoon. Please revoke his VPN and remote access to customer fabs today.",
  L("Dennis Mutsaers", P(-1)), past=True)
m("nl", "Voor het nieuwe cleanroomgebouw komt er een tweede facilitair coördinator: Hilde Vos, per 4 januari.",
  J("Hilde Vos", D(2027, 1, 4), FC))
m("en", "Marco Hendrikx joins next week Thursday as assembly technician. He'll need safety shoes, badge and the usual.",
  J("Marco Hendrikx", NW("thursday")))
m("nl", "anouk bakermans stopt per 1/2, ze gaat naar een concurrent in veldhoven 😅 ze is nu software engineer bij ons",
  L("Anouk Bakermans", D(2027, 2, 1), SE))
m("en", "Hello together, from the 15.03.2027 Mr. Florian Weiß will join us as sales representative for the German chip fabs. Many greetings, Sabine",
  J("Florian Weiß", D(2027, 3, 15), AM))
m("nl", "Software engineer Thijs Maas verhuist per 1 januari van ons kantoor in Eindhoven naar de vestiging in Delft, zelfde functie en team.",
  MV("Thijs Maas", D(2027, 1, 1), SE, SE))
m("en", "Emma goes on maternity leave from 11 January. Her laptop stays with her. Nothing else needed?",
  none=True)
m("nl", "Op maandag 8 februari begint Wessel Kuijpers bij ons als ontwikkelaar embedded software.",
  J("Wessel Kuijpers", ON("maandag", D(2027, 2, 8)), SE))
m("nl", "Het contract van onze uitzendkracht in de cleanroom, Lars Hagedoorn, loopt op 31 januari af en wordt niet verlengd.",
  L("Lars Hagedoorn", D(2027, 1, 31)))
m("nl", "Over zes weken begint Noor Bastiaans als inkoper. Laptop met SAP graag.",
  J("Noor Bastiaans", P(42)))
m("en", "Kim Vanderheyden retires at the end of March; her last day will be Wednesday 31 March. She's been our receptionist since 1991.",
  L("Kim Vanderheyden", ON("wednesday", D(2027, 3, 31))))
m("nl", "Per maandag 11 januari ruilen Koen Aerts en Bas van Hoof van ploeg: Koen gaat naar de dagdienst, Bas naar de nachtdienst. Beiden blijven cleanroom operator.",
  MV("Koen Aerts", ON("maandag", D(2027, 1, 11)), None, None), MV("Bas van Hoof", ON("maandag", D(2027, 1, 11)), None, None))
m("en", "We hired a new developer: Aisha Rahman. She starts Monday the 18th of January, team Reticle Handling.",
  J("Aisha Rahman", ON("monday", D(2027, 1, 18)), SE))

# A youth care institution (residential groups, a crisis group, foster-family homes).
m("nl", "Beste servicedesk,\n\nMet ingang van maandag 4 januari 2027 start Yvonne Bakker als pedagogisch medewerker op leefgroep De Linde. Zij werkt ook slaapdiensten.\n\nHartelijke groet,\nTeamleider De Linde",
  J("Yvonne Bakker", ON("maandag", D(2027, 1, 4))))
m("en", "new night carer for group 3: mohamed ouali, first shift sun 13 dec. can he get the door codes",
  J("Mohamed Ouali", ON("sunday", D(2026, 12, 13)), CW))
m("nl", "Jeugdzorgwerker Esther Smeenk heeft haar ontslag ingediend. Haar laatste werkdag is dinsdag 12 januari.",
  L("Esther Smeenk", ON("dinsdag", D(2027, 1, 12))))
m("nl", "Mogen stagiairs van de hbo-opleiding in het cliëntdossier kijken, of krijgen die een beperkt account? Er komen er twee in februari.",
  none=True)
m("nl", "Per 1 februari wordt Kelly Hoitink, nu huishoudelijk medewerker op de groep, zorgmedewerker. Ze heeft haar diploma gehaald! 🎓",
  MV("Kelly Hoitink", D(2027, 2, 1), CW, None))
m("en", "Hi, we finally have an in-house developer for our client dossier: Niels Overbeek, starting 1 March 2027.",
  J("Niels Overbeek", D(2027, 3, 1), SE))
m("nl", "Tot ons grote verdriet is onze collega Wendy Klein Haneveld, gezinshuisouder in Hengelo, afgelopen zaterdag overleden.",
  L("Wendy Klein Haneveld", P(-5)), past=True)
m("en", "Hello, I write to say that Lucía Moreno begins like behavioural scientist the day 1 of February in our team. Can you make her account? Thank you, Carmen",
  J("Lucía Moreno", D(2027, 2, 1)))
m("nl", "marco de groot is gisteren op staande voet ontslagen (groepsleider de wilgen). graag alles dichtzetten",
  L("Marco de Groot", P(-1)), past=True)
m("nl", "Voor de zorggroep (jongeren met een beperking) beginnen twee verzorgenden: Anne Wolthuis op 4 januari en Demi Lansink op 18 januari.",
  J("Anne Wolthuis", D(2027, 1, 4), CW), J("Demi Lansink", D(2027, 1, 18), CW))
m("en", "From Monday 4 January Hatice Uçar moves from the secretariat to the facilitaire dienst – she'll be our facilities coordinator for the three locations.",
  MV("Hatice Uçar", ON("monday", D(2027, 1, 4)), FC, None))
m("nl", "Dag Lieve, Jolien Van Hoecke vervoegt vanaf maandag 15 februari onze leefgroep als opvoedster. Gelieve haar toegang tot het dossier te voorzien. Mvg, Bart",
  J("Jolien Van Hoecke", ON("maandag", D(2027, 2, 15))))
m("nl", "Sander van leefgroep 2 is langdurig ziek, er komt voorlopig geen vervanger. Moet ik zijn account laten staan?",
  none=True)
m("en", "Our care worker Ilona Kruithof is leaving. Her last shift is on Sunday 10 January.",
  L("Ilona Kruithof", ON("sunday", D(2027, 1, 10)), CW))
m("nl", "Per 1 maart begint Rens Hofman als gedragswetenschapper op de locatie in Deventer.",
  J("Rens Hofman", D(2027, 3, 1)))
m("nl", "Zorgmedewerker Samira El Amrani gaat per 1 januari van groep De Eik naar groep De Beuk. Zelfde functie, andere collega's.",
  MV("Samira El Amrani", D(2027, 1, 1), CW, CW))
m("nl", "Jeroen Lubbers (groepsleider) heeft gisteren ontslag genomen. Hij werkt zijn opzegtermijn uit, dus zijn laatste dag is 31 januari.",
  L("Jeroen Lubbers", D(2027, 1, 31)))
m("nl", "over twee weken start er een nieuwe nachtwacht, Henk Veldhuis. Dan heeft hij wel een pas nodig voor alle groepen",
  J("Henk Veldhuis", P(14)))
m("en", "Good news: Marloes is back from her burn-out and starts again on 11 January, four mornings a week.",
  none=True)
m("nl", "Nieuw: een accountmanager gemeenten voor onze contracten met de regio, Frank Oosterhof. Hij start woensdag 6 januari.",
  J("Frank Oosterhof", ON("woensdag", D(2027, 1, 6)), AM))
m("en", "Both of our trainee carers, Jasmijn Koops and Emre Aydın, finish their traineeship on 29 January. Their accounts can go then.",
  L("Jasmijn Koops", D(2027, 1, 29), CW), L("Emre Aydın", D(2027, 1, 29), CW))
m("nl", "Begint morgen: Lotte Nijenhuis, pedagogisch medewerker op de crisisgroep. Sorry voor de late melding!",
  J("Lotte Nijenhuis", P(1)))
m("nl", "Vanaf 1 april is Gert-Jan Brinkman geen groepsleider meer; hij wordt teamleider van de gezinshuizen.",
  MV("Gert-Jan Brinkman", D(2027, 4, 1), None, None))
m("en", "Daniëlle Spekschoor's last day is next Friday. She's going to work in a hospital.",
  L("Daniëlle Spekschoor", WD("friday")))
m("nl", "Laatste werkdag van verzorgende Tineke Bosch: 30-12. Ze gaat met pensioen, 41 jaar in de zorg!",
  L("Tineke Bosch", D(2026, 12, 30), CW))

# A vending-machine operator (coffee and snack machines at offices: route drivers, technicians, sales).
m("nl", "Hallo allemaal,\n\nPer maandag 7 december begint Dylan Scholten als routechauffeur/vuller in regio Utrecht. Kunnen jullie zijn scanner en app-account klaarzetten?\n\nGroet,\nRianne\nPlanning",
  J("Dylan Scholten", ON("maandag", D(2026, 12, 7))))
m("en", "coffee machine tech niels bosman leaves us tmrw, last day. pls collect van keys",
  L("Niels Bosman", P(1)))
m("nl", "Nieuwe accountmanager voor de zakelijke markt in Noord-Holland: Tamara Veenstra. Start 1 februari, komt van een cateraar.",
  J("Tamara Veenstra", D(2027, 2, 1), AM))
m("en", "Does a new route driver need a Microsoft account at all? They only use the filling app on the handheld.",
  none=True)
m("nl", "Stefan Kok stopt met rijden en gaat per 1 januari op kantoor werken als planner.",
  MV("Stefan Kok", D(2027, 1, 1), None, None))
m("en", "Sad news. Our service technician Ronald Wijnands passed away on Sunday. Many of you knew him from the Amersfoort depot.",
  L("Ronald Wijnands", P(-4)), past=True)
m("nl", "Voor de telemetrie-app van de automaten hebben we een softwareontwikkelaar aangenomen: Hamza Benali, per 11-1-2027.",
  J("Hamza Benali", D(2027, 1, 11), SE))
m("en", "Two new fillers start Monday: Sjoerd Kramer (Amersfoort) and Youssef Amrani (Zwolle).",
  J("Sjoerd Kramer", WD("monday")), J("Youssef Amrani", WD("monday")))
m("nl", "Vandaag hebben we afscheid genomen van routechauffeur Patrick Hoekstra wegens diefstal uit de automaten. Per direct, account en tankpas blokkeren aub.",
  L("Patrick Hoekstra", NOW))
m("nl", "Inge Bloemendaal, onze facilitair coördinator, vertrekt per 1 maart. Ze gaat bij de gemeente werken.",
  L("Inge Bloemendaal", D(2027, 3, 1), FC))
m("nl", "lars de jong begint morgen in het magazijn, kan hij een pas? hij is al om 6 uur hier",
  J("Lars de Jong", P(1)))
m("nl", "Goedemorgen, mijn collega Tomasz Lewandowski begint bij ons vanaf 14.12.2026 als vuller in de regio Rotterdam. Dank u, Krzysztof",
  J("Tomasz Lewandowski", D(2026, 12, 14)))
m("en", "The new service technician we announced for January called this morning: he's not coming after all. Please cancel whatever you started.",
  none=True)
m("nl", "Accountmanager Rogier Bos neemt per 1 februari de regio Oost over en verhuist naar ons kantoor in Deventer. Zelfde functie.",
  MV("Rogier Bos", D(2027, 2, 1), AM, AM))
m("en", "As of Monday 1 March, Vincent Hulst (currently service technician) becomes a salesman for the office market. Big step!",
  MV("Vincent Hulst", ON("monday", D(2027, 3, 1)), AM, None))
m("nl", "Vanaf 4 januari werkt Saskia Meulenbelt bij ons als klantenservicemedewerker. Ze neemt de storingslijn aan.",
  J("Saskia Meulenbelt", D(2027, 1, 4)))
m("nl", "Correctie: Arjen Postma stopt op 29 januari, niet op 15 januari. Hij blijft twee weken langer voor de overdracht.",
  L("Arjen Postma", D(2027, 1, 29)))
m("nl", "Wat is de procedure als een vuller van het uitzendbureau maar 2 dagen per week komt? Krijgt die een eigen handheld?",
  none=True)
m("en", "late one sorry: jan-willem kuiper started last week monday in the workshop. he's been using a colleague's login 😬",
  J("Jan-Willem Kuiper", LW("monday")), past=True)
m("nl", "Per 31 december stoppen Gerda Tuinstra (administratie) en Hans Bakker (magazijn). Allebei met pensioen.",
  L("Gerda Tuinstra", D(2026, 12, 31)), L("Hans Bakker", D(2026, 12, 31)))
m("en", "Please note that Ms. Olga Petrenko will join our finance team on the 8th of February as accounts payable clerk.",
  J("Olga Petrenko", D(2027, 2, 8)))
m("nl", "Rob Scheffer is vanaf vandaag niet meer bij ons werkzaam. Hij had een tijdelijk contract als monteur dat niet is verlengd; gisteren was zijn laatste dag.",
  L("Rob Scheffer", P(-1)), past=True)
m("en", "Did the account for the new planner already get created? She's starting on the 4th and I haven't heard anything.",
  none=True)
m("nl", "Per 1 april komt Marieke Doornbos ons team versterken als facilitair medewerker op het hoofdkantoor.",
  J("Marieke Doornbos", D(2027, 4, 1), FC))
m("en", "Joey Smits starts Tuesday 2 February as route driver in Brabant. He'll pick up his van in Tilburg.",
  J("Joey Smits", ON("tuesday", D(2027, 2, 2))))

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
        where = "y%03d" % i
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
            out.write(json.dumps({"id": "y%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-27.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
