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


# ---------------------------------------------------------------- part 2 (y151-y320)
# A paper mill (paper machines, winders, stock preparation, a power plant, dispatch).
m("nl", "Goedemorgen,\n\nHierbij meld ik dat Dennis ten Hove per maandag 4 januari 2027 bij ons begint als machinevoerder op PM3. Hij komt uit de ploeg van een kartonfabriek in Eerbeek.\n\nMet vriendelijke groet,\n\nJ.H. Wagenvoort\nHoofd Productie",
  J("Dennis ten Hove", ON("maandag", D(2027, 1, 4))))
m("en", "winder operator jesse hulzebos starts wed 16 dec, C shift. pls give him a badge and safety training slot",
  J("Jesse Hulzebos", ON("wednesday", D(2026, 12, 16))))
m("nl", "Laborant Wilma Roeterdink stopt per 1 maart.",
  L("Wilma Roeterdink", D(2027, 3, 1)))
m("en", "A waste-paper buyer from our sister mill in Ghent, Pieter Maes, joins our purchasing team on 1 March. Does he get our systems or keep theirs?",
  J("Pieter Maes", D(2027, 3, 1)))
m("nl", "Vanaf 1 februari gaat Roy Heutink van de papiermachine naar de afdeling inkoop oud papier. Hij wordt daar inkoper.",
  MV("Roy Heutink", D(2027, 2, 1), None, None))
m("nl", "Onze nieuwe accountmanager voor verpakkingspapier, Marcel Loohuis, begint op 18 januari. Hij komt van een concurrent uit Duitsland, dus reken maar op Duitse spreadsheets 😄",
  J("Marcel Loohuis", D(2027, 1, 18), AM))
m("nl", "Met diep verdriet delen wij mee dat onze collega Jan Willem Haverkamp, elektrotechnicus, donderdag 26 november is overleden. De uitvaart is volgende week.",
  L("Jan Willem Haverkamp", ON("donderdag", D(2026, 11, 26))), past=True)
m("en", "Heads-up IT: Priya Venkatesh, the developer who built our quality dashboards, leaves on 29 January. Please make sure someone else gets admin on the servers before then.",
  L("Priya Venkatesh", D(2027, 1, 29), SE))
m("nl", "Nieuwe mensen expeditie:\n- Sem Harbers, per 4 januari\n- Luuk Wolbrink, per 11 januari\nBeiden heftruckchauffeur.",
  J("Sem Harbers", D(2027, 1, 4)), J("Luuk Wolbrink", D(2027, 1, 11)))
m("nl", "Afgelopen maandag is ploegleider Erwin Bloemers op staande voet ontslagen na een incident op de vloer. Zijn pas werkt nog steeds!",
  L("Erwin Bloemers", P(-3)), past=True)
m("en", "Hello, from 01.03.2027 Mrs. Katharina Vogel joins our paper mill as process engineer for the stock preparation (chemistry, no software). Best regards, Klaus",
  J("Katharina Vogel", D(2027, 3, 1)))
m("nl", "hoi, gerard wissink (onderhoud) gaat over 3 weken met pensioen. zn laatste dag is dan 24 dec denk ik, ik check t nog",
  L("Gerard Wissink", D(2026, 12, 24)))
m("nl", "We hebben een nieuwe facilitair coördinator! Joyce Lammerink begint 1 februari en gaat over de kantine, het schoonmaakcontract en de bezoekerspassen.",
  J("Joyce Lammerink", D(2027, 2, 1), FC))
m("nl", "Onze ROC-stagiair Timo Bruggeman blijft na zijn stage bij ons: per 4 januari in vaste dienst als operator. Nieuw contract, dus graag als nieuwe medewerker aanmelden.",
  J("Timo Bruggeman", D(2027, 1, 4)))
m("nl", "Beste, graag melden wij dat Wouter Claeys vanaf dinsdag 2 februari ons verkoopteam vervoegt als vertegenwoordiger voor de Benelux. Gelieve een laptop en gsm te voorzien. Met vriendelijke groeten, Griet",
  J("Wouter Claeys", ON("dinsdag", D(2027, 2, 2)), AM))
m("en", "Start date 2027-01-11 for Ahmed Yousef, electrical technician (E&I), day shift. Please add him to the LOTO training list.",
  J("Ahmed Yousef", D(2027, 1, 11)))
m("nl", "Per 1 januari wordt Ingrid Stegeman, nu facilitair medewerker, teamleider van de receptie en het archief.",
  MV("Ingrid Stegeman", D(2027, 1, 1), None, FC))
m("en", "kevin oude wesselink quit, last day fri 11 dec",
  L("Kevin Oude Wesselink", ON("friday", D(2026, 12, 11))))
m("nl", "Wij zijn blij te melden dat Rianne Kamphuis op 1 maart terugkomt als softwareontwikkelaar voor ons procesbesturingssysteem. Zij werkte hier eerder tot 2022.",
  J("Rianne Kamphuis", D(2027, 3, 1), SE))
m("nl", "De uitzendcontracten van Bart Eggink en Mike Geerdink (allebei inpaklijn) lopen op 23 december af. Niet verlengd.",
  L("Bart Eggink", D(2026, 12, 23)), L("Mike Geerdink", D(2026, 12, 23)))
m("nl", "Foutje in mijn vorige mail: Marit Schuurman begint niet op 11 januari maar op 18 januari als laborant.",
  J("Marit Schuurman", D(2027, 1, 18)))
m("en", "Dear Team, Kindly note that Mr. Suresh Pillai, Senior Software Developer, will be relieved from his duties on 31st January 2027 upon completion of his notice period. Regards",
  L("Suresh Pillai", D(2027, 1, 31), SE))
m("nl", "Overmorgen is de laatste werkdag van Hennie Rouwenhorst, onze operator in de energiecentrale. Hij gaat naar een biomassacentrale.",
  L("Hennie Rouwenhorst", P(2)))
m("en", "Anouk Wigger started on Tuesday in the lab but IT still hasn't got her a login. Can someone pick this up today please?",
  J("Anouk Wigger", P(-2)), past=True)
m("nl", "Beste collega's,\n\nPer maandag 1 maart neemt Hans Brunsveld afscheid als hoofd technische dienst; hij gaat met pensioen. Zijn laatste werkdag is vrijdag 26 februari. Zijn opvolger, Ruben Nijland, begint op maandag 1 maart.\n\nGroet,\nDirectie",
  L("Hans Brunsveld", ON("vrijdag", D(2027, 2, 26))), J("Ruben Nijland", ON("maandag", D(2027, 3, 1))))
m("en", "Is there a way to see which accounts a leaver still has? Asking because Wim from the warehouse left in October and I think his VPN still works.",
  none=True)
m("nl", "Vertegenwoordiger Frits Klein Gunnewiek vertrekt per 1 april naar een klant. Laatste werkdag woensdag 31 maart.",
  L("Frits Klein Gunnewiek", ON("woensdag", D(2027, 3, 31)), AM))
m("en", "Please create an account for Luca Romano, maintenance fitter, starting the 7th of December.",
  J("Luca Romano", D(2026, 12, 7)))
m("nl", "per 1/1 wordt henri slot van ploegleider dagdienst naar nachtdienst gezet. zelfde functie hoor",
  MV("Henri Slot", D(2027, 1, 1), None, None))
m("nl", "Gisteravond kregen we het bericht dat Arnold Beltman, heftruckchauffeur in de expeditie, is overleden. We zijn er stil van.",
  L("Arnold Beltman", P(-1)), past=True)
m("en", "From 1 March Tim Berendsen stops as shift operator and joins the IT team as developer for the mill's MES. He's been coding in his spare time for years.",
  MV("Tim Berendsen", D(2027, 3, 1), SE, None))
m("nl", "Morgen begint Ilse Pasman op de salarisadministratie.",
  J("Ilse Pasman", P(1)))
m("nl", "Het contract van onze uitzendkracht Joris Kleinsman loopt af op 08/01/2027. Graag zijn toegang die dag afsluiten.",
  L("Joris Kleinsman", D(2027, 1, 8)))
m("nl", "In week 2 begint op maandag een nieuwe elektromonteur, Bart-Jan Olthuis. Hij komt via het uitzendbureau maar krijgt een vast contract.",
  J("Bart-Jan Olthuis", WK(2)))

# A meat-processing plant (slaughter line, cutting room, cold store, packing, hygiene crew).
m("nl", "Goedemiddag,\n\nOp maandag 11 januari 2027 start Marcin Kowalczyk bij ons als uitbener in de uitsnijderij. Hij heeft via het uitzendbureau al een jaar bij ons gewerkt en krijgt nu een eigen contract.\n\nMet vriendelijke groet,\nAfdeling HR\nVleesverwerking Van Lieshout",
  J("Marcin Kowalczyk", ON("maandag", D(2027, 1, 11))))
m("en", "two new packers on line 4 from mon 7 dec: andrei popescu and ionut radu. badges + lockers pls",
  J("Andrei Popescu", ON("monday", D(2026, 12, 7))), J("Ionut Radu", ON("monday", D(2026, 12, 7))))
m("nl", "Kwaliteitsmedewerker Yvette Sanders gaat ons verlaten; haar laatste werkdag is donderdag 14 januari.",
  L("Yvette Sanders", ON("donderdag", D(2027, 1, 14))))
m("en", "Can the vet from the NVWA get access to our traceability app? She's not our employee but needs to check batches every day.",
  none=True)
m("nl", "Per 1 februari start Jeroen van Lieshout junior als accountmanager voor de supermarktketens.",
  J("Jeroen van Lieshout", D(2027, 2, 1), AM))
m("nl", "Met verdriet melden wij dat Bogdan Ionescu, slachter op de slachtlijn, zaterdagavond op weg naar huis is verongelukt.",
  L("Bogdan Ionescu", P(-5)), past=True)
m("nl", "ontslag op staande voet vandaag voor kevin van den heuvel (koelhuis). pas en account blokkeren graag",
  L("Kevin van den Heuvel", NOW))
m("en", "Our traceability software gets its own developer at last: Fleur Hoeksema starts Monday the 1st of February.",
  J("Fleur Hoeksema", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Per 4 januari gaat Gijs Verhoeven van de uitsnijderij naar de planning. Hij wordt productieplanner.",
  MV("Gijs Verhoeven", D(2027, 1, 4), None, None))
m("en", "Hello, I am team leader of packing. I want to say that Mrs. Elena Dumitru is not working anymore by us from tomorrow, today she has the last day. Thank you",
  L("Elena Dumitru", NOW))
m("nl", "Dag Stefaan, Bram Wuyts komt vanaf maandag 8 februari ons team versterken als vertegenwoordiger voor de slagerijen in Antwerpen. Gelieve alles te voorzien. Mvg, Hilde",
  J("Bram Wuyts", ON("maandag", D(2027, 2, 8)), AM))
m("nl", "Over drie weken stopt Sanne Lucassen als kwaliteitsmanager; ze gaat naar een zuivelbedrijf.",
  L("Sanne Lucassen", P(21)))
m("en", "Hi, Marco Pijnenburg from the technical service becomes our facility coordinator per 1 January. He keeps his desk in the workshop though.",
  MV("Marco Pijnenburg", D(2027, 1, 1), FC, None))
m("nl", "We krijgen per 11 januari tien uitzendkrachten voor de paaspiek. De eerste twee namen heb ik al: Adrian Nowicki en Bartosz Kubiak. De rest volgt.",
  J("Adrian Nowicki", D(2027, 1, 11)), J("Bartosz Kubiak", D(2027, 1, 11)))
m("en", "Ricardo Silva starts next Tuesday on the night cleaning crew (hygiene). He doesn't speak Dutch, so an English login page would help.",
  J("Ricardo Silva", WD("tuesday")))
m("nl", "stopt 31/12: freek de bruijn (chauffeur). hij gaat met de vut 🙂",
  L("Freek de Bruijn", D(2026, 12, 31)))
m("en", "Account manager Lisa Driessen takes over the German retail accounts from 1 February; she moves to our Düsseldorf sales office. Same role.",
  MV("Lisa Driessen", D(2027, 2, 1), AM, AM))
m("nl", "Per 1 januari gaan twee uitbeners weg: Piotr Zając keert terug naar Polen en Mariusz Wróbel gaat bij zijn broer werken.",
  L("Piotr Zając", D(2027, 1, 1)), L("Mariusz Wróbel", D(2027, 1, 1)))
m("en", "Please be informed that Ms. Hanna Kuipers, HR advisor, will join us on February 15th, 2027.",
  J("Hanna Kuipers", D(2027, 2, 15)))
m("nl", "Vanaf 18 januari werkt Tim van Eck bij ons als planner koelhuis. Hij is de zoon van Piet van de slachtlijn 😉",
  J("Tim van Eck", D(2027, 1, 18)))
m("nl", "Wijziging: Nathalie Brands begint niet op 4 januari maar op 11 januari als kwaliteitscontroleur. Ze moet eerst nog afronden bij haar oude werkgever.",
  J("Nathalie Brands", D(2027, 1, 11)))
m("nl", "Vorige week dinsdag is Ahmet Doğan bij ons gestopt (inpak). Dat was zijn laatste dag, ik had het nog niet gemeld.",
  L("Ahmet Doğan", LW("dinsdag")), past=True)
m("en", "New sales representative for the food-service market: Olivier Dupont, from Liège. First day Wednesday 13 January.",
  J("Olivier Dupont", ON("wednesday", D(2027, 1, 13)), AM))
m("nl", "Nieuwe facilitair medewerker per 1-2-2027: Gerda Hazelhoff.",
  J("Gerda Hazelhoff", D(2027, 2, 1), FC))
m("en", "Just informing: Sabrina from planning is on maternity leave from 4 January. Her replacement is arranged internally, so nothing needed.",
  none=True)
m("nl", "onze enige programmeur (tracking & tracing), dave meulendijks, heeft ontslag genomen. laatste werkdag 26-02-2027",
  L("Dave Meulendijks", D(2027, 2, 26), SE))
m("en", "Slaughter line operator Thomas Hendriks retires; his last shift is Thursday 24 December. 45 years with us!",
  L("Thomas Hendriks", ON("thursday", D(2026, 12, 24))))
m("nl", "Per maandag 15 februari gaat uitbener Jan Peters over naar onze vestiging in Oss, hij blijft uitbener.",
  MV("Jan Peters", ON("maandag", D(2027, 2, 15)), None, None))
m("en", "Starts tomorrow: Ewa Mazur, cleaner (night hygiene).",
  J("Ewa Mazur", P(1)))
m("nl", "Per maandag 4 januari beginnen in het koelhuis:\n1. Ruben Gerrits\n2. Kelvin Boateng\n3. Stijn Ketelaar\nAllemaal orderpicker, dagdienst.",
  J("Ruben Gerrits", ON("maandag", D(2027, 1, 4))), J("Kelvin Boateng", ON("maandag", D(2027, 1, 4))),
  J("Stijn Ketelaar", ON("maandag", D(2027, 1, 4))))
m("nl", "Ömer Şahin (heftruck, koelhuis) is gisteren ontslagen na de waarschuwing van november. Gisteren was zijn laatste dag.",
  L("Ömer Şahin", P(-1)), past=True)
m("nl", "Met ingang van 1 april wordt Ria Franken, nu vertegenwoordiger, hoofd verkoop binnenland.",
  MV("Ria Franken", D(2027, 4, 1), None, AM))
m("nl", "Hygiënetrainer Sofie Raemaekers begint op 1 februari. Ze heeft beheerrechten in de e-learning nodig, niet alleen een gewoon account.",
  J("Sofie Raemaekers", D(2027, 2, 1)))
m("nl", "Ivo Smulders begint over vier weken als monteur bij de technische dienst, rond de jaarwisseling dus.",
  J("Ivo Smulders", P(28)))


# A record label and music publisher (A&R, royalties and rights, sync, promotion, a vinyl webshop).
m("en", "Hi all,\n\nI'm happy to announce that Noah Akkermans joins the label as A&R manager on Monday 11 January 2027. Noah comes from a booking agency and knows the Dutch hip-hop scene inside out.\n\nCheers,\nFenna\nHead of Label",
  J("Noah Akkermans", ON("monday", D(2027, 1, 11))))
m("nl", "royalty-medewerker stan verbrugge begint ma 4 jan. laptop + toegang tot het royaltysysteem aub",
  J("Stan Verbrugge", ON("maandag", D(2027, 1, 4))))
m("en", "Our sync manager, Jade O'Connor, is leaving us for a film studio in London. Her last day is Friday 15 January.",
  L("Jade O'Connor", ON("friday", D(2027, 1, 15))))
m("en", "Do artists who are signed to us get any kind of account? One of our bands keeps asking for access to the shared drive.",
  none=True)
m("nl", "Met ingang van 1 februari wordt Luuk Mesman, nu stagiair marketing, junior productmanager bij het label.",
  MV("Luuk Mesman", D(2027, 2, 1), None, None))
m("en", "Hi IT, the royalty platform team grows: Sven Lindholm starts as developer on 1 February. He's Swedish and works remotely from Malmö two weeks a month.",
  J("Sven Lindholm", D(2027, 2, 1), SE))
m("nl", "Verdrietig nieuws: onze oud-A&R en huidige archivaris Kees Brandsma is eergisteren overleden, 66 jaar oud.",
  L("Kees Brandsma", P(-2)), past=True)
m("en", "Hello, I am glad to say that Giulia Ferri will start the 18 of January as rights administrator in the publishing team. Grazie, Marco",
  J("Giulia Ferri", D(2027, 1, 18)))
m("nl", "eva de roos stopt per 1 feb, ze gaat freelance. ze doet nu de social media van het label",
  L("Eva de Roos", D(2027, 2, 1)))
m("en", "We've hired an account manager for the streaming platforms (Spotify, Apple, Deezer): Benjamin Okoro. Starts 18/01/2027.",
  J("Benjamin Okoro", D(2027, 1, 18), AM))
m("nl", "Vanaf maandag 11 januari is Petra Zwart onze nieuwe officemanager en facilitair coördinator. Ze komt van een reclamebureau.",
  J("Petra Zwart", ON("maandag", D(2027, 1, 11)), FC))
m("nl", "Ter info: Mark Veltman (productmanager) is vandaag ontslagen. Graag alles intrekken, ook de sociale accounts van het label waar hij wachtwoorden van had.",
  L("Mark Veltman", NOW))
m("nl", "Twee stagiairs van de Herman Brood Academie beginnen op maandag 1 februari: Zoë Hermans en Kay Tjin-A-Tam. Stage loopt tot juni.",
  J("Zoë Hermans", ON("maandag", D(2027, 2, 1))), J("Kay Tjin-A-Tam", ON("maandag", D(2027, 2, 1))))
m("en", "yo, the new intern for the vinyl webshop, milan de graaf, starts monday. can he get a login for shopify + mail",
  J("Milan de Graaf", WD("monday")))
m("nl", "Onze boekhouder Dirk-Jan Kolk gaat na 31 jaar met pensioen. Laatste werkdag: 18 december. De afscheidsborrel volgt in januari.",
  L("Dirk-Jan Kolk", D(2026, 12, 18)))
m("nl", "Kleine correctie: Yara Pinas stopt op 31 maart, niet op 28 februari. Ze maakt eerst de catalogusmigratie af.",
  L("Yara Pinas", D(2027, 3, 31)))
m("nl", "Goed nieuws: Tessa van de publishing-afdeling trekt haar ontslag in en blijft gewoon. Dus niks afsluiten!",
  none=True)
m("en", "As of 1 April, Ruben Lapré moves from our developer team to data; he'll be the label's data analyst from then on.",
  MV("Ruben Lapré", D(2027, 4, 1), None, SE))
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat de arbeidsovereenkomst van de heer Jurriaan Bosma, copyright-administrateur, eindigt op 28 februari 2027.\n\nHoogachtend,\nmr. L. de Wit\nHR & Legal",
  L("Jurriaan Bosma", D(2027, 2, 28)))
m("en", "Label manager Chris Oyelaran leaves in three weeks to start his own label. Sad to see him go!",
  L("Chris Oyelaran", P(21)))
m("nl", "Per 4 januari begint Fatima Ait Brahim als receptioniste/telefoniste op de vestiging in Hilversum.",
  J("Fatima Ait Brahim", D(2027, 1, 4)))
m("en", "today is the last day of our temp at reception, noa blom. pls close her account tonight",
  L("Noa Blom", NOW))
m("nl", "Vanaf volgende week maandag neemt Jesse Koopmans de klanten van de uitgeverij over als accountmanager; hij was tot nu toe royalty-analist.",
  MV("Jesse Koopmans", NW("maandag"), AM, None))
m("en", "Good day Sir/Ma, This is to notify you that Miss Chiamaka Eze will resume as Digital Marketing Executive on Monday 25th January, 2027. Thank you.",
  J("Chiamaka Eze", ON("monday", D(2027, 1, 25))))
m("nl", "Sinds afgelopen woensdag is Ties van der Meer ons nieuwe hoofd publishing. Account graag zsm, hij werkt nu met zijn privémail.",
  J("Ties van der Meer", P(-1)), past=True)
m("en", "Personnel news from publishing: Olga Brink retires on 31 January, and her successor as head of rights, Thomas Aldridge, starts on 1 February.",
  L("Olga Brink", D(2027, 1, 31)), J("Thomas Aldridge", D(2027, 2, 1)))
m("nl", "nieuwe dev voor de royalty-app: ayoub el khatib, start 1/3. remote uit rotterdam",
  J("Ayoub el Khatib", D(2027, 3, 1), SE))
m("en", "Tour coordinator Roos Vink's contract ends next week Wednesday. She's joining the tour of one of our artists as a freelancer.",
  L("Roos Vink", NW("wednesday")))
m("nl", "Eergisteren hebben we op staande voet afscheid genomen van Bas Hoogeveen (promotie). Per direct, dus pas en accounts dicht.",
  L("Bas Hoogeveen", P(-2)), past=True)
m("en", "Intern Jasper Kooiman leaves on 22 January; his successor, Roos Smeets, starts on 25 January and can have his laptop once it's wiped.",
  L("Jasper Kooiman", D(2027, 1, 22)), J("Roos Smeets", D(2027, 1, 25)))
m("nl", "Vanaf 1 maart gaat Marjolein Dekker, onze verkoper van de fysieke releases (vinyl, cd), van ons kantoor in Hilversum naar Amsterdam. Zelfde werk.",
  MV("Marjolein Dekker", D(2027, 3, 1), AM, AM))
m("en", "Welcome to Leila Haddad, our new royalty accountant, starting on March 1st!",
  J("Leila Haddad", D(2027, 3, 1)))
m("nl", "Hallo, Lotte Janssens vervoegt vanaf maandag 18 januari ons Brusselse kantoor als promotiemedewerker. Gelieve haar mailbox te voorzien. Mvg, Pieter",
  J("Lotte Janssens", ON("maandag", D(2027, 1, 18))))
m("en", "Two internal moves per 1 February: Demi Koster goes from reception to the sync team, and Aron Wolff from marketing to A&R.",
  MV("Demi Koster", D(2027, 2, 1), None, None), MV("Aron Wolff", D(2027, 2, 1), None, None))

# A political party's head office (policy, campaign, press, members, fundraising, the parliamentary group).
m("nl", "Beste collega's,\n\nPer maandag 4 januari 2027 komt Sophie Ramaker het campagneteam versterken als campagnecoördinator voor de Provinciale Statenverkiezingen.\n\nHartelijke groet,\nMarleen Jacobs\nPartijbureau",
  J("Sophie Ramaker", ON("maandag", D(2027, 1, 4))))
m("en", "new spokesperson starts tue 12 jan: laurens van beek. needs phone + laptop day one, he's straight into interviews",
  J("Laurens van Beek", ON("tuesday", D(2027, 1, 12))))
m("nl", "Beleidsmedewerker Annemiek Smit vertrekt naar een ministerie. Haar laatste werkdag is vrijdag 5 februari.",
  L("Annemiek Smit", ON("vrijdag", D(2027, 2, 5))))
m("nl", "Krijgen vrijwilligers die de campagne in de regio doen ook een partijmailadres? Het gaat om een man of veertig.",
  none=True)
m("en", "The member app gets a second developer: Anil Kapoor, starting 4 January 2027. Contract for one year.",
  J("Anil Kapoor", D(2027, 1, 4), SE))
m("nl", "Per 1 maart stapt Rob Verschuren over van de ledenadministratie naar het fractiebureau, als fractiemedewerker.",
  MV("Rob Verschuren", D(2027, 3, 1), None, None))
m("en", "For the campaign we hire three temps from 18 January to 17 March: Ayla Kartal, Jop Veenhuis and Isa de Vries. All three campaign assistants.",
  J("Ayla Kartal", D(2027, 1, 18)), J("Jop Veenhuis", D(2027, 1, 18)), J("Isa de Vries", D(2027, 1, 18)))
m("nl", "Tot onze grote schok is onze collega van de ledenadministratie, Truus Hoogendoorn, dinsdagavond overleden.",
  L("Truus Hoogendoorn", P(-2)), past=True)
m("nl", "Onze fondsenwerver Jonathan Kessler heeft ontslag genomen. Zijn laatste werkdag is 29 januari; de grote donateurs draagt hij over aan Eline.",
  L("Jonathan Kessler", D(2027, 1, 29)))
m("nl", "Arjen Mulder neemt per 1 januari de facilitaire dienst over van Gerrit, die met pensioen gaat. Arjen is nu bode.",
  MV("Arjen Mulder", D(2027, 1, 1), FC, None))
m("en", "Per 15 January Rosa Hakkert starts as policy officer climate. She comes from an environmental NGO.",
  J("Rosa Hakkert", D(2027, 1, 15)))
m("nl", "ff melden: maarten scholte is vandaag ontslagen (lekken naar de pers 🙄). alles per direct dicht graag",
  L("Maarten Scholte", NOW))
m("en", "Joost Raven, assistant to one of our MPs, leaves the party office on 31 January: from February he is employed by the parliamentary group. Please close his account here.",
  L("Joost Raven", D(2027, 1, 31)))
m("nl", "Over vijf weken begint Chantal Abdoelrahman als woordvoerder van de fractievoorzitter.",
  J("Chantal Abdoelrahman", P(35)))
m("en", "Hi, Willemijn Faber moves from the campaign team to the website team on 1 February, as web developer. She did a coding bootcamp last year.",
  MV("Willemijn Faber", D(2027, 2, 1), SE, None))
m("nl", "morgen eerste dag voor kim huisman, nieuwe receptioniste. kan iemand haar pas klaarleggen bij de balie",
  J("Kim Huisman", P(1)))
m("nl", "Laatste dag Tom Breukers (data-analist): 22-1-2027.",
  L("Tom Breukers", D(2027, 1, 22)))
m("nl", "Na de verkiezingen vertrekt campagnemedewerker Joep Lommers, per 19 maart.",
  L("Joep Lommers", D(2027, 3, 19)))
m("en", "Dear Sir/Madam,\n\nI write to confirm that Ms. Abena Owusu has been appointed Volunteer Coordinator with effect from 1st February 2027.\n\nYours faithfully,\nHR Officer",
  J("Abena Owusu", D(2027, 2, 1)))
m("nl", "Vanaf dinsdag 2 februari werkt Hidde Vroom bij ons als fondsenwerver. Hij komt van een goed doel in Amsterdam.",
  J("Hidde Vroom", ON("dinsdag", D(2027, 2, 2))))
m("en", "Our intern Marit de Boer finishes on the 15th of January. Please disable her accounts after that day.",
  L("Marit de Boer", D(2027, 1, 15)))
m("nl", "Per 1 april wordt Sevda Koç, nu medewerker ledenadministratie, onze accountmanager voor grote donateurs en bedrijven.",
  MV("Sevda Koç", D(2027, 4, 1), AM, None))
m("nl", "Onze directeur, Herman Wiersma, stopt per 1 januari. Zijn mailbox moet dan naar zijn secretaresse worden doorgestuurd.",
  L("Herman Wiersma", D(2027, 1, 1)))
m("en", "Hi, Frederik Haas will start on Monday 8 February as senior policy advisor for the party's think tank. He comes from the university.",
  J("Frederik Haas", ON("monday", D(2027, 2, 8))))
m("nl", "Per direct vertrekt Rianne Jonker, hoofd communicatie. Vandaag is haar laatste dag. Meer informatie volgt.",
  L("Rianne Jonker", NOW))
m("en", "ps the new volunteer coordinator for limburg is called bart linssen, he starts jan 11",
  J("Bart Linssen", D(2027, 1, 11)))
m("nl", "Volgende week vrijdag is de laatste werkdag van Hester Buitenhuis, onze webredacteur. Ze gaat naar de gemeente Den Haag.",
  L("Hester Buitenhuis", NW("vrijdag")))
m("en", "Mohammed Amrani from the IT desk becomes office manager & facilities coordinator from Monday 1 March.",
  MV("Mohammed Amrani", ON("monday", D(2027, 3, 1)), FC, None))
m("nl", "De fractiemedewerker die op 4 januari zou beginnen, Ewout van Dam, heeft afgezegd. Hij blijft bij zijn huidige werkgever.",
  none=True)
m("en", "Please set up accounts for Priya Nandakumar, data analyst for the campaign, starting 11-01-2027. She'll work mostly from home.",
  J("Priya Nandakumar", D(2027, 1, 11)))
m("nl", "Per maandag 25 januari begint Wessel Dijkstra als ontwikkelaar van de partijwebsite.",
  J("Wessel Dijkstra", ON("maandag", D(2027, 1, 25)), SE))
m("en", "Our researcher Joanna Mills leaves on 31 December; from January she works for the parliamentary group, which has its own IT. Please close her account here.",
  L("Joanna Mills", D(2026, 12, 31)))
m("nl", "vorige week maandag begonnen en nog steeds geen laptop: jelle zandstra, campagne. kan dit met spoed",
  J("Jelle Zandstra", LW("maandag")), past=True)
m("en", "Two new people in the membership team from Monday 18 January: Hannah Groen and Tariq Aziz.",
  J("Hannah Groen", ON("monday", D(2027, 1, 18))), J("Tariq Aziz", ON("monday", D(2027, 1, 18))))

# A coin mint (engravers, die makers, press shop, vault, collectors' sales, a webshop).
m("nl", "Goedemiddag,\n\nHierbij laten wij u weten dat de heer Matthijs Oosterhuis met ingang van 1 februari 2027 bij ons in dienst treedt als stempelmaker.\n\nMet vriendelijke groet,\nAfdeling P&O",
  J("Matthijs Oosterhuis", D(2027, 2, 1)))
m("en", "engraver anna-sophie lindemann starts mon 15 feb 🪙 she'll need access to the design server",
  J("Anna-Sophie Lindemann", ON("monday", D(2027, 2, 15))))
m("nl", "Muntpersbediener Gerrit-Jan Meijerink gaat met pensioen. Zijn laatste werkdag is dinsdag 29 december.",
  L("Gerrit-Jan Meijerink", ON("dinsdag", D(2026, 12, 29))))
m("en", "Does security staff from the cash-transport company need a badge for our vault area, or do they always get escorted?",
  none=True)
m("nl", "Per 1 maart komt er een nieuwe verkoper voor de verzamelaarsmarkt: Pieter Vrolijk. Hij gaat ook naar de muntenbeurzen.",
  J("Pieter Vrolijk", D(2027, 3, 1), AM))
m("nl", "Mila Haverkort, ontwikkelaar van onze webshop voor verzamelaars, vertrekt per 1 februari naar een start-up in Utrecht.",
  L("Mila Haverkort", D(2027, 2, 1), SE))
m("nl", "Per 1 januari wordt Nanda Overdijk, nu kwaliteitscontroleur, teamleider van de persafdeling.",
  MV("Nanda Overdijk", D(2027, 1, 1), None, None))
m("en", "With great sadness we inform you that our security officer Frank Oudshoorn passed away unexpectedly yesterday evening.",
  L("Frank Oudshoorn", P(-1)), past=True)
m("nl", "stagiair bram koning begint volgende week dinsdag bij de graveurs",
  J("Bram Koning", NW("dinsdag")))
m("en", "Our facilitair coördinator, Wendy Zandbergen, has accepted a job elsewhere. Last working day: Thursday 28 January.",
  L("Wendy Zandbergen", ON("thursday", D(2027, 1, 28)), FC))
m("nl", "Vanmiddag is Roy Baaijens (magazijn/kluis) op staande voet ontslagen. Alle toegang tot de kluis graag direct intrekken.",
  L("Roy Baaijens", NOW))
m("en", "Hello together, I inform you that Mr. Lukas Brenner will begin by us from the 01.04.2027 as metallurgist in the lab. Best greetings, Ulrike",
  J("Lukas Brenner", D(2027, 4, 1)))
m("nl", "Twee nieuwe beveiligers vanaf maandag 14 december: Gökhan Arslan en Dewi Tahapary.",
  J("Gökhan Arslan", ON("maandag", D(2026, 12, 14))), J("Dewi Tahapary", ON("maandag", D(2026, 12, 14))))
m("en", "Die maker Hugo Lemmens starts in two weeks. Can you make sure his safety shoes and badge are ready by then?",
  J("Hugo Lemmens", P(14)))
m("nl", "Vanaf 1 februari gaat Karin Stam van de receptie naar de facilitaire dienst. Ze wordt daar facilitair medewerker.",
  MV("Karin Stam", D(2027, 2, 1), FC, None))
m("en", "The engraver who was supposed to start on 1 February has found another job and won't come. Please stop the onboarding.",
  none=True)
m("nl", "Dag Koen, Jana Willems, graveerster in ons atelier in Brussel, stopt op vrijdag 12 februari. Gelieve haar toegang tot de ontwerpserver af te sluiten. Mvg, Ilse",
  L("Jana Willems", ON("vrijdag", D(2027, 2, 12))))
m("en", "Sales rep Marco Bianchi moves from the Utrecht shop to the new collectors' desk in Amsterdam as of 1 March. Same job.",
  MV("Marco Bianchi", D(2027, 3, 1), AM, AM))
m("nl", "Met ingang van 18-01-2027 treedt Jolanda Groeneveld in dienst als medewerker orderverwerking.",
  J("Jolanda Groeneveld", D(2027, 1, 18)))
m("en", "hey, quick one: tobias meijer (press shop) quit, works until 8 jan",
  L("Tobias Meijer", D(2027, 1, 8)))
m("nl", "Het herdenkingsmuntproject is af. Daarmee lopen de contracten van Sem Veldkamp, Ilona Brouwer en Thijs Rademaker op 31 januari af.",
  L("Sem Veldkamp", D(2027, 1, 31)), L("Ilona Brouwer", D(2027, 1, 31)), L("Thijs Rademaker", D(2027, 1, 31)))
m("en", "Chloe Martin joins on March 15th as marketing manager for the collector coins.",
  J("Chloe Martin", D(2027, 3, 15)))
m("nl", "Gijs van de stempelmakerij is na zijn operatie weer gedeeltelijk aan het werk. Hoeft er iets te gebeuren met zijn pas?",
  none=True)
m("en", "Tomorrow is Ben Akkerman's first day as security guard (nights). Please have his badge at the gate.",
  J("Ben Akkerman", P(1)))
m("nl", "Vertegenwoordiger Rob van Dongen stopt met de buitendienst en wordt per 1 maart onze inkoper edelmetalen.",
  MV("Rob van Dongen", D(2027, 3, 1), None, AM))
m("en", "New developer for the webshop: Daan Mertens, start 4 Jan.",
  J("Daan Mertens", D(2027, 1, 4), SE))
m("nl", "Over drie weken zit het erop voor Marianne Lubbers-Smit, onze secretaresse: ze gaat met pensioen!",
  L("Marianne Lubbers-Smit", P(21)))
m("nl", "Laboratoriumassistent Emma Kraaijeveld begint a.s. woensdag. Tijdelijk contract tot de zomer.",
  J("Emma Kraaijeveld", WD("wednesday")))
m("nl", "Goed om te weten: Esther komt 4 januari terug van zwangerschapsverlof. Haar account staat nog gewoon aan, toch?",
  none=True)
m("en", "Let you know that Kevin Sleegers (vault logistics) was dismissed last Friday. I thought it was already passed on but apparently not.",
  L("Kevin Sleegers", P(-6)), past=True)
m("nl", "per 4-1 begint jorien hekman als receptioniste, kan ze een pas",
  J("Jorien Hekman", D(2027, 1, 4)))
m("en", "Developer Tim Schouten moves from the webshop team to the ERP team per 1 February. Same job, different product.",
  MV("Tim Schouten", D(2027, 2, 1), SE, SE))
m("nl", "Hoi allemaal,\n\nIn januari krijgen we versterking: Lisa Hoekman begint op 4 januari als graveur, Youri Bakx op 11 januari als softwareontwikkelaar voor de webshop.\n\nGroet, Annet",
  J("Lisa Hoekman", D(2027, 1, 4)), J("Youri Bakx", D(2027, 1, 11), SE))
m("en", "Last day for Femke Aalbers (collector sales) is 18/12.",
  L("Femke Aalbers", D(2026, 12, 18), AM))

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
