"""Blind-21: managers' announcements written by hand, one at a time (session 31).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-20's gen.py) only turn the date a reader means into a calendar date counted from
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



AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"

# Part 1 -- a lift maintenance company
# Part 1 -- an industrial laundry (hospital and hotel linen)

m("nl", "Goedemorgen,\n\nPer maandag 4 januari begint Fenna Wolters bij ons als productiemedewerker in de strijkerij (vroege dienst). Willen jullie haar account en pasje klaarzetten?\n\nMet vriendelijke groet,\nHarm Eshuis\nTeamleider productie",
  J("Fenna Wolters", ON("monday", D(2027, 1, 4))))
m("nl", "Voor de ziekenhuisronde hebben we een nieuwe chauffeur: Dariusz Kowalczyk. Eerste werkdag is maandag 11 januari.",
  J("Dariusz Kowalczyk", ON("monday", D(2027, 1, 11))))
m("nl", "hoi, joyce vermeulen stopt bij ons, laatste werkdag vrijdag 18 december. ze gaat naar een wasserij in deventer",
  L("Joyce Vermeulen", ON("friday", D(2026, 12, 18))))
m("nl", "Met ingang van 1 februari wordt Bart Hofstede, nu monteur van de wasstraten, onze facilitair coördinator voor het hele terrein.",
  MV("Bart Hofstede", D(2027, 2, 1), FC, None))
m("en", "Quick question: do agency workers in the sorting area need a Handover account at all, or only the permanent staff?",
  none=True)
m("nl", "Wij hebben een nieuwe accountmanager zorginstellingen aangenomen: Saskia Brinkhuis. Ze start op 18-01-2027.",
  J("Saskia Brinkhuis", D(2027, 1, 18), AM))
m("en", "Hello, I inform you that Mrs. Oksana Melnyk is finish her work by us on 22.12.2026, she go back to Ukraine.",
  L("Oksana Melnyk", D(2026, 12, 22)))
m("nl", "Met verdriet laten we weten dat onze chauffeur Gerard Nijhuis afgelopen dinsdag plotseling is overleden. Wil iemand zijn pas en telefoon blokkeren?",
  L("Gerard Nijhuis", P(-2)), past=True)
m("nl", "Over drie weken begint Mehmet Kaya als ploegleider in de nachtploeg.",
  J("Mehmet Kaya", P(21)))
m("en", "FYI we're bringing in a developer for the RFID tracking of the garments — Priya Raman, starting on the 1st of February.",
  J("Priya Raman", D(2027, 2, 1), SE))
m("nl", "Dag Kristof,\nVanaf maandag 11 januari vervoegt Jens Vermeersch ons team als technieker van de tunnelwasmachines. Gelieve zijn toegangen in orde te brengen.\nMvg,\nAn",
  J("Jens Vermeersch", ON("monday", D(2027, 1, 11))))
m("nl", "Vanaf januari gaat Ilse Kamphuis 24 uur werken in plaats van 32. Moet daar iets voor aangepast worden?",
  none=True)
m("en", "We dismissed Kevin Dijkman this morning for theft of linen. Please block his badge immediately.",
  L("Kevin Dijkman", NOW))
m("nl", "Nieuwe mensen voor de strijkerij:\n- Naima Bouzid, start 7 december\n- Lotte Harmsen, start 14 december\nBeide via het uitzendbureau, tot eind februari.",
  J("Naima Bouzid", D(2026, 12, 7)), J("Lotte Harmsen", D(2026, 12, 14)))
m("en", "Correction to my message from this morning: Tim Wessels starts as planner on Monday 18 January, not on the 11th.",
  J("Tim Wessels", ON("monday", D(2027, 1, 18))))
m("nl", "Na 41 jaar gaat Jan Schuurman, onze man van de ketelruimte, met pensioen. Zijn laatste werkdag is donderdag 31 december.",
  L("Jan Schuurman", ON("thursday", D(2026, 12, 31))))
m("en", "From next Monday Anita Roelofs moves from the customer desk to sales — she'll be our account manager for the hotels.",
  MV("Anita Roelofs", WD("monday"), AM, None))
m("nl", "volgende week dinsdag start Ruud Kleinjan als monteur, kun je een laptop regelen?",
  J("Ruud Kleinjan", NW("dinsdag")))
m("en", "Hi, Femke Olthof is back from maternity leave on 4 January. Does she need anything new?",
  none=True)
m("nl", "Het tijdelijke contract van Sandra Mulder (facilitair medewerker) loopt eind januari af en wordt niet verlengd.",
  L("Sandra Mulder", D(2027, 1, 31), FC))
m("en", "Our programmer Lucas Bennett has handed in his notice. His last day will be Friday 29 January.",
  L("Lucas Bennett", ON("friday", D(2027, 1, 29)), SE))
m("nl", "De nieuwe chauffeur die maandag zou beginnen, Erik Pastoor, komt toch niet. Hij heeft elders getekend.",
  none=True)
m("en", "Sorry for the late notice — Yusuf Demir started in the sorting area on Monday. Can he get an account?",
  J("Yusuf Demir", P(-3)), past=True)
m("nl", "Per 1 maart gaat Marloes Timmer als facilitair medewerker naar onze vestiging in Hengelo.",
  MV("Marloes Timmer", D(2027, 3, 1), FC, FC))
m("en", "Sales representative for the Benelux hospitality market: Thomas Verbruggen, start date 01/02/2027.",
  J("Thomas Verbruggen", D(2027, 2, 1), AM))

# Part 1 -- a regional bus company

m("nl", "Beste collega's van ICT,\n\nOp maandag 4 januari begint Willem Oosterhuis als buschauffeur op de lijnen rond Zwolle. Hij heeft zijn rijbewijs D al.\n\nGroet,\nMarja Kuipers\nTeamleider rijdend personeel",
  J("Willem Oosterhuis", ON("monday", D(2027, 1, 4))))
m("nl", "hoi, kunnen jullie aisha khan aanmaken? nieuwe centralist op de meldkamer vanaf 14 december",
  J("Aisha Khan", D(2026, 12, 14)))
m("nl", "Rik Gerritsen (chauffeur, standplaats Deventer) heeft ontslag genomen. Laatste dienst: zondag 27 december.",
  L("Rik Gerritsen", ON("zondag", D(2026, 12, 27))))
m("nl", "Henk Brouwer, monteur in de busgarage, gaat per 1 februari met pensioen. Zijn laatste werkdag is vrijdag 29 januari.",
  L("Henk Brouwer", ON("vrijdag", D(2027, 1, 29))))
m("en", "New software engineer for the passenger app: Sven Lindqvist, joining Monday the 1st of February.",
  J("Sven Lindqvist", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Moeten invalchauffeurs die maar een paar ritten per maand rijden ook in Handover?",
  none=True)
m("nl", "Vanaf 1 januari wordt Esther van Dalen (nu chauffeur) planner bij de dienstregeling.",
  MV("Esther van Dalen", D(2027, 1, 1), None, None))
m("en", "Sad news: our mechanic Paul Hendriks died last Sunday after a short illness.",
  L("Paul Hendriks", P(-4)), past=True)
m("nl", "nieuwe chauffeur: mustafa yilmaz, begint morgen. pas graag klaar bij de balie",
  J("Mustafa Yilmaz", P(1)))
m("en", "Dear team, mister Giorgos Papadakis will start by us like bus driver on monday 18 january. Regards Jolanda",
  J("Giorgos Papadakis", ON("monday", D(2027, 1, 18))))
m("nl", "Twee chauffeurs vertrekken: Anton Visscher per 31 december en Gerda Smit per 15 januari.",
  L("Anton Visscher", D(2026, 12, 31)), L("Gerda Smit", D(2027, 1, 15)))
m("en", "We have hired a facilities coordinator for the depots, Rachel Morgan. She starts in two weeks.",
  J("Rachel Morgan", P(14), FC))
m("nl", "Dag Veerle, Wouter De Smet stopt bij ons als chauffeur op vrijdag 8 januari. Gelieve zijn badge af te sluiten. Mvg, Dirk",
  L("Wouter De Smet", ON("vrijdag", D(2027, 1, 8))))
m("nl", "Gisteren is Danny Kroeze op staande voet ontslagen na een incident met een passagier.",
  L("Danny Kroeze", P(-1)), past=True)
m("en", "Marieke Lubbers will work four days a week from January instead of five. Just so you know.",
  none=True)
m("nl", "Voor het besloten vervoer (schoolreizen, bedrijfsuitjes) komt er een vertegenwoordiger: Frank Heijnen. Hij begint op 11 januari.",
  J("Frank Heijnen", D(2027, 1, 11), AM))
m("en", "Heads-up: from 1 March, Noor Hassan leaves the app team (developer) and becomes our product owner for ticketing.",
  MV("Noor Hassan", D(2027, 3, 1), None, SE))
m("nl", "Over vijf weken start Iris Brugman als medewerker klantenservice.",
  J("Iris Brugman", P(35)))
m("en", "Mark Edwards, our fleet manager, has accepted a job elsewhere. Last working day is 15 January.",
  L("Mark Edwards", D(2027, 1, 15)))
m("nl", "Vergeten door te geven: Sanne Wiegman is afgelopen maandag begonnen als planner. Heeft ze al een account?",
  J("Sanne Wiegman", P(-3)), past=True)
m("en", "Two new drivers for the night buses: Jamal Osei and Piotr Zielinski. Both start on Monday 7 December.",
  J("Jamal Osei", ON("monday", D(2026, 12, 7))), J("Piotr Zielinski", D(2026, 12, 7)))
m("nl", "Jeroen Wieringa gaat vanaf 1 februari drie maanden met ouderschapsverlof.",
  none=True)
m("nl", "Per maandag 4 januari wordt Kees Lammers overgeplaatst naar de standplaats Almelo, hij blijft gewoon chauffeur.",
  MV("Kees Lammers", ON("maandag", D(2027, 1, 4)), None, None))
m("en", "The temporary contract of Hannah Price (customer service) ends on 31-12-2026, we won't extend.",
  L("Hannah Price", D(2026, 12, 31)))
m("nl", "De start van onze nieuwe monteur Bjorn Kuiper schuift op: hij begint nu op maandag 18 januari.",
  J("Bjorn Kuiper", ON("maandag", D(2027, 1, 18))))

# Part 1 -- a window-frame factory (kozijnen)

m("nl", "Hallo,\n\nVolgende week maandag begint Dennis Hoekstra als machinebediende op de zaaglijn. Graag een pas en een account voor het MES-systeem.\n\nGroeten,\nRonald\nProductieleider",
  J("Dennis Hoekstra", NW("maandag")))
m("nl", "We hebben Olga Ivanova aangenomen als CNC-programmeur: ze maakt de programma's voor de profielbewerkingscentra. Ze begint op 1 februari 2027.",
  J("Olga Ivanova", D(2027, 2, 1)))
m("nl", "Onze vertegenwoordiger voor de aannemers in Noord-Holland, Erwin Bakker, vertrekt per 1 maart 2027.",
  L("Erwin Bakker", D(2027, 3, 1), AM))
m("en", "hey, glazier kim de boer leaves us tomorrow, last day. pls collect her stuff",
  L("Kim de Boer", P(1)))
m("nl", "Per 1 januari stapt Annemiek Post over van de planning naar de buitendienst: ze wordt accountmanager voor de particuliere markt.",
  MV("Annemiek Post", D(2027, 1, 1), AM, None))
m("en", "Do we need to report a student who does a two-day job shadow next week? Her name is Elin.",
  none=True)
m("nl", "Beste,\nOp 18 januari start Bram Peeters bij ons als schrijnwerker in de houtafdeling. Gelieve een badge te voorzien.\nMet vriendelijke groeten,\nGreet Claes",
  J("Bram Peeters", D(2027, 1, 18)))
m("en", "Terminated: Jason Mulder, installer, effective today. Please revoke all access.",
  L("Jason Mulder", NOW))
m("nl", "Voor de montageploeg beginnen op maandag 11 januari:\n1. Thijs Koster\n2. Ahmet Çelik\n3. Lars Jongsma",
  J("Thijs Koster", ON("maandag", D(2027, 1, 11))), J("Ahmet Çelik", D(2027, 1, 11)), J("Lars Jongsma", D(2027, 1, 11)))
m("en", "Our configurator developer, Maarten Vos, is leaving. He stops at the end of January, his last day is Friday the 29th.",
  L("Maarten Vos", ON("friday", D(2027, 1, 29)), SE))
m("nl", "Onze collega Wim Haverkamp, werkvoorbereider, is vrijdag overleden. De uitvaart is volgende week.",
  L("Wim Haverkamp", P(-6)), past=True)
m("en", "Change of plan: Lisa Hartman (facility coordinator) will start on 4 January instead of 7 December.",
  J("Lisa Hartman", D(2027, 1, 4), FC))
m("nl", "Rianne Stegeman komt na haar ziekte per 1 januari weer volledig aan het werk.",
  none=True)
m("nl", "vanaf maandag is jesse kramer geen monteur meer maar werkvoorbereider",
  MV("Jesse Kramer", WD("maandag"), None, None))
m("en", "Gerrit van Wijk retires on 31 December after 38 years as our head of the paint shop.",
  L("Gerrit van Wijk", D(2026, 12, 31)))
m("nl", "Er komt een programmeur bij voor onze offertetool: Daan Verhoef, vanaf 4-1-2027.",
  J("Daan Verhoef", D(2027, 1, 4), SE))
m("en", "Hello, I want to inform that Mr. Rajesh Kumar will joining our engineering team as a drafter from 11th January.",
  J("Rajesh Kumar", D(2027, 1, 11)))
m("nl", "Over twee weken begint Jolien Wassink als inkoper.",
  J("Jolien Wassink", P(14)))
m("en", "Forgot to tell you: Ryan Cooper left us yesterday, his last day. He went back to Ireland.",
  L("Ryan Cooper", P(-1)), past=True)
m("nl", "Chantal de Groot (facilitair medewerker) stopt per 1 januari; haar opvolger Mirjam Elzinga begint op maandag 4 januari.",
  L("Chantal de Groot", D(2027, 1, 1), FC), J("Mirjam Elzinga", ON("maandag", D(2027, 1, 4)), FC))
m("en", "New salesman for the showroom in Zwolle: Hugo Lefebvre. First day is Tuesday 5 January.",
  J("Hugo Lefebvre", ON("tuesday", D(2027, 1, 5)), AM))
m("nl", "Onze nieuwe lasser Mike Oude Groen heeft zich afgemeld, hij begint niet. Account mag weg.",
  none=True)
m("nl", "Per 1 april 2027 wordt Roel Dekkers, nu vertegenwoordiger, verkoopleider.",
  MV("Roel Dekkers", D(2027, 4, 1), None, AM))
m("en", "Quality inspector Emma Clarke starts next Wednesday.",
  J("Emma Clarke", WD("wednesday")))
m("nl", "Vorige week donderdag hebben we afscheid genomen van Patrick Meijer; zijn contract is toen ontbonden. Graag alles afsluiten.",
  L("Patrick Meijer", LW("donderdag")), past=True)

# Part 1 -- an art and antiques auction house

m("nl", "Goedemiddag,\n\nPer 1 februari 2027 komt Charlotte van Heemstra ons team versterken als specialist oude meesters. Willen jullie alles klaarzetten?\n\nHartelijke groet,\nMaurits de Jonge\nDirecteur",
  J("Charlotte van Heemstra", D(2027, 2, 1)))
m("nl", "Graag een account voor onze nieuwe catalogiseerder, Felix Hartmann, vanaf maandag 11 januari.",
  J("Felix Hartmann", ON("maandag", D(2027, 1, 11))))
m("nl", "saskia ter horst gaat weg, laatste dag 23 december. ze was onze fotograaf",
  L("Saskia ter Horst", D(2026, 12, 23)))
m("en", "From 1 January, Olivia Bennett moves from front desk to client relations as account manager for private collectors.",
  MV("Olivia Bennett", D(2027, 1, 1), AM, None))
m("nl", "Geldt Handover ook voor de extra bodenhulpen die we alleen tijdens de kijkdagen inhuren?",
  none=True)
m("en", "We're hiring a web developer for the online bidding platform: Marco Rossi, starting 18/01/2027.",
  J("Marco Rossi", D(2027, 1, 18), SE))
m("nl", "Onze veilingmeester Frederik Boon stopt na dertig jaar. Hij gaat met pensioen, laatste veiling en laatste werkdag is dinsdag 15 december.",
  L("Frederik Boon", ON("dinsdag", D(2026, 12, 15))))
m("en", "Isabel Moreno started with us on Tuesday as a registrar, sorry for the delay. Can you make her account?",
  J("Isabel Moreno", P(-2)), past=True)
m("nl", "Dag Hilde,\nVanaf 4 januari komt Pieter-Jan Goossens ons kantoor in Antwerpen versterken als expert juwelen. Gelieve zijn toegang te regelen.\nMvg,\nLieven",
  J("Pieter-Jan Goossens", D(2027, 1, 4)))
m("en", "Two porters are leaving after the December sale: Sam Wright on 18 December and Ben Turner on 22 December.",
  L("Sam Wright", D(2026, 12, 18)), L("Ben Turner", D(2026, 12, 22)))
m("nl", "Onze nieuwe facilitair coördinator Tamara Ligtvoet begint op woensdag 6 januari.",
  J("Tamara Ligtvoet", ON("woensdag", D(2027, 1, 6)), FC))
m("en", "Our intern for the spring, Zoe Clark, starts on 1 February and stays until June.",
  J("Zoe Clark", D(2027, 2, 1)))
m("nl", "Vanaf 1 maart werkt Joost Vermeulen als accountmanager vanuit ons kantoor in Brussel in plaats van Amsterdam.",
  MV("Joost Vermeulen", D(2027, 3, 1), AM, AM))
m("en", "It is with great sadness that I inform you that our senior specialist Dr. Robert Ashworth passed away on Saturday.",
  L("Robert Ashworth", P(-5)), past=True)
m("nl", "Volgende week vrijdag is de laatste werkdag van Nadia El Idrissi, onze receptioniste.",
  L("Nadia El Idrissi", NW("vrijdag")))
m("en", "Hello together, Mrs. Katharina Schäfer starts as restorer at 01.03.2027. Best regards",
  J("Katharina Schäfer", D(2027, 3, 1)))
m("nl", "Over twee weken wordt Sjoerd Bos, nu magazijnmedewerker, facilitair medewerker.",
  MV("Sjoerd Bos", P(14), FC, None))
m("en", "We had to let go of Chris Baker, the logistics assistant, yesterday afternoon. Please block his access.",
  L("Chris Baker", P(-1)), past=True)
m("nl", "Anouk Smeets begint toch al op maandag 14 december in plaats van in januari.",
  J("Anouk Smeets", ON("maandag", D(2026, 12, 14))))
m("en", "Lucy Chen joins as sales representative for Asian clients on Monday 25 January.",
  J("Lucy Chen", ON("monday", D(2027, 1, 25)), AM))
m("nl", "Mathijs Rutgers neemt van februari tot en met april een sabbatical.",
  none=True)
m("nl", "Onze ontwikkelaar Koen Bosman vertrekt; zijn laatste werkdag is 26-02-2027.",
  L("Koen Bosman", D(2027, 2, 26), SE))
m("en", "Art handler Tom Fletcher, start 4 Jan.",
  J("Tom Fletcher", D(2027, 1, 4)))
m("nl", "Klopt, Emma Visser begint per 11 januari als assistent van de afdeling moderne kunst.\n\nOp 2 dec. 2026 schreef Ingrid:\n> Begint Emma nou in januari?",
  J("Emma Visser", D(2027, 1, 11)))
m("nl", "Met ingang van 4 januari is Bas Goudsmit niet langer taxateur, maar hoofd van de afdeling zilver.",
  MV("Bas Goudsmit", D(2027, 1, 4), None, None))

# Part 1 -- a wind-turbine service company

m("nl", "Hoi allemaal,\n\nPer maandag 11 januari start Sander Dijkstra als servicemonteur windturbines in het team offshore. Hij heeft zijn GWO-training al gehaald.\n\nGr. Albert\nOperations",
  J("Sander Dijkstra", ON("maandag", D(2027, 1, 11))))
m("en", "New hire: Lena Fischer, blade repair technician, starting Monday 4 January at Eemshaven.",
  J("Lena Fischer", ON("monday", D(2027, 1, 4))))
m("nl", "Erik Jansma komt ons versterken als elektrotechnisch engineer (hoogspanning, geen software). Startdatum: 1 februari.",
  J("Erik Jansma", D(2027, 2, 1)))
m("nl", "Voor de SCADA-dashboards hebben we een softwareontwikkelaar aangenomen, Arjun Mehta. Hij begint op 18 januari.",
  J("Arjun Mehta", D(2027, 1, 18), SE))
m("nl", "bert luiten heeft opgezegd, laatste werkdag 31 dec",
  L("Bert Luiten", D(2026, 12, 31)))
m("en", "Can a subcontractor's technician who works on our turbines for 3 weeks get a temporary account through Handover?",
  none=True)
m("nl", "Verschrikkelijk nieuws: onze collega Jorrit Bouma is gisteren bij een ongeval om het leven gekomen. Wil iemand zijn accounts blokkeren?",
  L("Jorrit Bouma", P(-1)), past=True)
m("en", "As of 1 February, Megan Hughes moves from the service desk to become our facilities coordinator for the Eemshaven warehouse.",
  MV("Megan Hughes", D(2027, 2, 1), FC, None))
m("nl", "Wij hebben Marco de Wit aangenomen als accountmanager voor de windparkeigenaren in Duitsland. Hij begint over zes weken.",
  J("Marco de Wit", P(42), AM))
m("en", "Hi, I let you know that Mikkel Sørensen finish his contract with us 15.01.2027. Thanks, Jesper",
  L("Mikkel Sørensen", D(2027, 1, 15)))
m("nl", "Dag Jelle,\nKevin Wouters vervoegt ons op maandag 18 januari als technieker in Oostende. Gelieve een laptop te voorzien.\nMvg\nEls",
  J("Kevin Wouters", ON("maandag", D(2027, 1, 18))))
m("en", "Rope access techs: Owen Davies starts 7 December, Callum Fraser on 4 January.",
  J("Owen Davies", D(2026, 12, 7)), J("Callum Fraser", D(2027, 1, 4)))
m("nl", "Rutger Veenstra gaat per 1 januari van de buitendienst naar kantoor, hij wordt planner.",
  MV("Rutger Veenstra", D(2027, 1, 1), None, None))
m("nl", "Met ingang van vandaag is het contract van Stefan Koopman beëindigd. Hij mag niet meer op de werf komen.",
  L("Stefan Koopman", NOW))
m("en", "Hi, Nina Petrova (programmer, data team) is leaving on Friday 22 January.",
  L("Nina Petrova", ON("friday", D(2027, 1, 22)), SE))
m("nl", "Volgende week maandag begint Hidde Postma in zijn nieuwe functie als werkplanner; hij was servicemonteur.",
  MV("Hidde Postma", NW("maandag"), None, None))
m("en", "Emily Watson will join us as facility coordinator on 1 March 2027.",
  J("Emily Watson", D(2027, 3, 1), FC))
m("nl", "Eergisteren is Yara Mulders begonnen op de planning. Kan haar account nog aangemaakt worden?",
  J("Yara Mulders", P(-2)), past=True)
m("en", "Update: Daniel Schmidt's last day is not 31 December after all; he stays until 31 March.",
  L("Daniel Schmidt", D(2027, 3, 31)))
m("nl", "Aan het eind van deze maand gaat Klaas Hoogeveen met pensioen; zijn laatste werkdag is woensdag 30 december.",
  L("Klaas Hoogeveen", ON("woensdag", D(2026, 12, 30))))
m("en", "Joe Harris, service technician, transfers from our Eemshaven base to Vlissingen from Monday 1 February.",
  MV("Joe Harris", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Vanaf 1 maart hebben we een nieuwe verkoper onderdelen: Roos Hendriksen.",
  J("Roos Hendriksen", D(2027, 3, 1), AM))
m("en", "Anna Kowalski goes on maternity leave from 15 January, back in the summer.",
  none=True)
m("nl", "ricardo mendes begint 4/1 als magazijnmedewerker offshore logistiek",
  J("Ricardo Mendes", D(2027, 1, 4)))
m("en", "We terminated the contract of Liam Walsh last Friday (27 November). Please make sure everything is closed.",
  L("Liam Walsh", D(2026, 11, 27)), past=True)

# Part 1 -- a pet-shop chain

m("nl", "Hallo,\n\nIn onze winkel in Amersfoort begint per maandag 7 december Lieke Stam als medewerker aquaristiek. Zij werkt op zaterdag en woensdagmiddag.\n\nMet vriendelijke groet,\nMonique Verhagen\nFiliaalmanager",
  J("Lieke Stam", ON("maandag", D(2026, 12, 7))))
m("nl", "Jordan Blake begint komende zaterdag als trimster in de winkel in Utrecht.",
  J("Jordan Blake", WD("zaterdag")))
m("nl", "Filiaalmanager Wendy Koster van de vestiging Ede vertrekt per 1 februari.",
  L("Wendy Koster", D(2027, 2, 1)))
m("nl", "Krijgen vakantiekrachten in december ook een account, of werken die op een algemene kassalogin?",
  none=True)
m("en", "Our webshop developer Tariq Aziz is starting on Monday 4 January — please prepare a developer laptop.",
  J("Tariq Aziz", ON("monday", D(2027, 1, 4)), SE))
m("nl", "Per 1 januari wordt Jeroen Pols, nu winkelmedewerker in Zeist, vertegenwoordiger voor de dierenartsenpraktijken.",
  MV("Jeroen Pols", D(2027, 1, 1), AM, None))
m("en", "fyi maya lindgren quit today, she won't be back. can u block her login",
  L("Maya Lindgren", NOW))
m("nl", "Droevig bericht: Theo Kamps, jarenlang bezorger, is zondag overleden.",
  L("Theo Kamps", P(-4)), past=True)
m("en", "For the Christmas period we've taken on Ella Moore and Grace Hill in the Amersfoort store, both from 14 December until 2 January.",
  J("Ella Moore", D(2026, 12, 14)), J("Grace Hill", D(2026, 12, 14)))
m("nl", "Beste Karen,\nOnze nieuwe medewerker voor de winkel in Gent, Seppe Maes, start op dinsdag 5 januari. Gelieve hem toegang te geven tot de kassa.\nMvg,\nJoke",
  J("Seppe Maes", ON("dinsdag", D(2027, 1, 5))))
m("en", "The facilities coordinator for our distribution hub, Victor Nowak, is leaving on 29 January.",
  L("Victor Nowak", D(2027, 1, 29), FC))
m("nl", "Over drie weken stopt Fleur Dekker als assistent-bedrijfsleider, ze gaat studeren.",
  L("Fleur Dekker", P(21)))
m("en", "Dear, I am informing you that Mr. Ahmed Hassan is not anymore working by us since yesterday. Kind regards, Fatima",
  L("Ahmed Hassan", P(-1)), past=True)
m("nl", "Vanaf 1 februari is Ruben Smit geen ontwikkelaar meer, maar teamleider e-commerce.",
  MV("Ruben Smit", D(2027, 2, 1), None, SE))
m("en", "Olivia Grant's last shift at the Leiden store is on Sunday 20 December.",
  L("Olivia Grant", ON("sunday", D(2026, 12, 20))))
m("nl", "morgen begint ayoub chaouch in de winkel in hoorn, hij komt de vissen en aquaria doen",
  J("Ayoub Chaouch", P(1)))
m("en", "After 25 years, our buyer Margaret Collins will retire. Her last working day is Thursday 28 January.",
  L("Margaret Collins", ON("thursday", D(2027, 1, 28))))
m("nl", "Het contract van Kim Bosch (verkoper in de winkel in Apeldoorn) loopt op 31-01-2027 af. Niet verlengen.",
  L("Kim Bosch", D(2027, 1, 31), AM))
m("en", "Start date for Sebastián Ortega (logistics) is 2027-02-15.",
  J("Sebastián Ortega", D(2027, 2, 15)))
m("nl", "Vorige week dinsdag is Robin van Leeuwen gestopt, dat hadden we nog niet doorgegeven.",
  L("Robin van Leeuwen", LW("dinsdag")), past=True)
m("en", "Please cancel the account for Jack Thompson, he will not start on Monday after all.",
  none=True)
m("nl", "Per 4 januari gaat Eva Schipper als verkoper werken in de vestiging Barneveld in plaats van Ede.",
  MV("Eva Schipper", D(2027, 1, 4), AM, AM))
m("en", "Hi! Sophie Turner starts as our in-store dog trainer on Saturday 9 January.",
  J("Sophie Turner", ON("saturday", D(2027, 1, 9))))
m("nl", "We hebben Dirk-Jan Hofman vanochtend ontslagen. Graag direct zijn pas blokkeren.",
  L("Dirk-Jan Hofman", NOW))
m("nl", "Over vijf weken begint Merel Aalbers als inkoper diervoeding.",
  J("Merel Aalbers", P(35)))


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
        where = "q%03d" % i
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
            out.write(json.dumps({"id": "q%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")







if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-21.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
