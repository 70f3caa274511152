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
# Part 2 -- a poultry farm and egg-packing station

m("nl", "Beste Joke,\n\nPer maandag 11 januari komt Gijs Wolbers bij ons werken als stalmedewerker op de locatie in Barneveld. Kun je zorgen dat hij een pas heeft voor de hygiënesluis?\n\nGroet,\nHenri van de Pol\nBedrijfsleider",
  J("Gijs Wolbers", ON("maandag", D(2027, 1, 11))))
m("en", "We've hired two packers for the egg grading line, Marta Nowicka and Agnieszka Wójcik. They start Monday 14 December.",
  J("Marta Nowicka", ON("monday", D(2026, 12, 14))), J("Agnieszka Wójcik", D(2026, 12, 14)))
m("nl", "teun ruitenberg stopt, hij heeft vandaag zijn laatste dag gehad. sleutels liggen bij mij",
  L("Teun Ruitenberg", NOW))
m("nl", "Vanaf 1 februari hebben we een nieuwe vertegenwoordiger voor de eierhandel in Duitsland: Lukas Brenner.",
  J("Lukas Brenner", D(2027, 2, 1), AM))
m("en", "Does the vet who comes every Tuesday need to be in Handover? He's not on our payroll.",
  none=True)
m("nl", "Onze oud-collega en stalmeester Hendrik Westerveld is afgelopen zaterdag overleden. Hij werkte nog twee dagen per week bij ons.",
  L("Hendrik Westerveld", P(-5)), past=True)
m("nl", "Per 1 maart wordt Marieke Hulshof, nu medewerker kwaliteitsdienst, onze facilitair coördinator.",
  MV("Marieke Hulshof", D(2027, 3, 1), FC, None))
m("en", "Hi, we're getting a developer in-house for the traceability software: Bilal Qureshi, starting 11/01/2027.",
  J("Bilal Qureshi", D(2027, 1, 11), SE))
m("nl", "Dag Wim,\nLotte Vandenberghe vervoegt ons team op het pakstation vanaf maandag 4 januari. Gelieve haar account aan te maken.\nMvg,\nGeert",
  J("Lotte Vandenberghe", ON("maandag", D(2027, 1, 4))))
m("nl", "Gerrit Lubbers gaat eind januari met pensioen; laatste werkdag vrijdag 29 januari.",
  L("Gerrit Lubbers", ON("vrijdag", D(2027, 1, 29))))
m("en", "Effective today we've ended the employment of Tyler Brooks (forklift driver). Badge to be deactivated please.",
  L("Tyler Brooks", NOW))
m("nl", "volgende week woensdag begint er een nieuwe chauffeur, Wessel Bruins",
  J("Wessel Bruins", NW("woensdag")))
m("en", "Irene Janssens reduces to 20 hours from 1 January. No other changes.",
  none=True)
m("nl", "Per 31 december vertrekken Arie Boersma en Johan Mensink van de nachtploeg.",
  L("Arie Boersma", D(2026, 12, 31)), L("Johan Mensink", D(2026, 12, 31)))
m("nl", "over 6 weken begint Sevda Aksoy als medewerker kwaliteitsdienst",
  J("Sevda Aksoy", P(42)))
m("en", "Heads-up, Nathan Price handed in his keys and left on Tuesday. Sorry I didn't tell you earlier.",
  L("Nathan Price", P(-2)), past=True)
m("nl", "Vanaf 4 januari gaat Wouter Zandbergen van programmeur naar data-analist.",
  MV("Wouter Zandbergen", D(2027, 1, 4), None, SE))
m("nl", "Onze nieuwe medewerker Jannie Bos is vanochtend niet komen opdagen en heeft laten weten dat ze niet meer komt. Ze zou vandaag beginnen.",
  none=True)
m("en", "Good morning, Mr. Ionut Popescu is starting work by us in the packing station the 7th of December. Thank you.",
  J("Ionut Popescu", D(2026, 12, 7)))
m("nl", "Voor de kerstdrukte op het pakstation:\n- Demi Hak (7 t/m 24 december)\n- Rachid Amrani (7 t/m 24 december)\n- Femke Spijker (14 t/m 24 december)",
  J("Demi Hak", D(2026, 12, 7)), J("Rachid Amrani", D(2026, 12, 7)), J("Femke Spijker", D(2026, 12, 14)))
m("en", "Our account manager for the supermarket chains, Laura Whitfield, is leaving us. Her final day is Wednesday 27 January.",
  L("Laura Whitfield", ON("wednesday", D(2027, 1, 27)), AM))
m("nl", "Esmee Ruiter gaat per 18 januari met zwangerschapsverlof.",
  none=True)
m("nl", "Kleine wijziging: Jelle Scholten begint niet op 4 januari maar op 18 januari.",
  J("Jelle Scholten", D(2027, 1, 18)))
m("en", "From 1 February, Karen Doyle (facilities coordinator) will work from the Ede location instead of Barneveld.",
  MV("Karen Doyle", D(2027, 2, 1), FC, FC))
m("nl", "stefan bouwhuis is gisteren ontslagen ivm diefstal van eieren. pas blokkeren aub",
  L("Stefan Bouwhuis", P(-1)), past=True)
m("en", "Just hired a night-shift stockman, Luke Harding, he starts tomorrow evening.",
  J("Luke Harding", P(1)))
m("nl", "Vanaf 1 januari stapt Gerdien Kooistra over van de verkoop binnendienst naar de inkoop van voer.",
  MV("Gerdien Kooistra", D(2027, 1, 1), None, AM))
m("en", "Temp contract of Dominik Kral ends 8 January; please collect his boots and pass.",
  L("Dominik Kral", D(2027, 1, 8)))

# Part 2 -- a chain of tyre and car-service centres

m("nl", "Hallo ICT,\n\nVanaf maandag 4 januari werkt Robin Scheepers bij ons als bandenmonteur in de vestiging Tilburg. Graag een account voor het werkplaatssysteem.\n\nMvg,\nFrank Aarts\nVestigingsmanager",
  J("Robin Scheepers", ON("maandag", D(2027, 1, 4))))
m("en", "For the winter tyre rush we've taken on Jake Morris and Ali Rahimi as fitters from Monday 7 December to 8 January.",
  J("Jake Morris", ON("monday", D(2026, 12, 7))), J("Ali Rahimi", D(2026, 12, 7)))
m("nl", "dag an, jens claeys stopt bij ons op 31/12, zijn laatste dag. mvg bart",
  L("Jens Claeys", D(2026, 12, 31)))
m("nl", "Onze verkoper zakelijke klanten (leasemaatschappijen) Dennis Vos gaat ons verlaten; hij stopt per 1 februari 2027.",
  L("Dennis Vos", D(2027, 2, 1), AM))
m("en", "Is there a way to see which of our fitters still have a badge for the Breda warehouse?",
  none=True)
m("nl", "Vanaf volgende week maandag is Sandra Heemskerk geen baliemedewerker meer; ze wordt accountmanager voor het wagenparkbeheer.",
  MV("Sandra Heemskerk", NW("maandag"), AM, None))
m("en", "Hello, I want inform you Mr. Tomasz Lewandowski start like tyre fitter on 04.01.2027 in Eindhoven. Regards Pawel",
  J("Tomasz Lewandowski", D(2027, 1, 4)))
m("nl", "Met grote verslagenheid melden wij dat Kees Hoogendoorn, chef werkplaats in Oss, woensdag is overleden.",
  L("Kees Hoogendoorn", P(-1)), past=True)
m("en", "We're taking on Nadia Rahman as a software developer for the online booking tool on the 11th of January.",
  J("Nadia Rahman", D(2027, 1, 11), SE))
m("nl", "over twee weken start mohamed ouali als magazijnmedewerker in breda",
  J("Mohamed Ouali", P(14)))
m("nl", "Jan-Willem Verbeek (uitlijnspecialist) gaat met pensioen. Zijn laatste werkdag is vrijdag 18 december.",
  L("Jan-Willem Verbeek", ON("vrijdag", D(2026, 12, 18))))
m("en", "We have a new facility coordinator for the head office: Paula Green, starting Monday 11 January.",
  J("Paula Green", ON("monday", D(2027, 1, 11)), FC))
m("nl", "Vandaag is Rick Verhoeven ontslagen wegens herhaaldelijk te laat komen. Zijn toegang moet er vandaag af.",
  L("Rick Verhoeven", NOW))
m("en", "Hamza Idrissi, sales rep, transfers to our Belgian branches from 1 March.",
  MV("Hamza Idrissi", D(2027, 3, 1), AM, AM))
m("nl", "Beste Nele,\nVanaf dinsdag 5 januari komt Jolien De Backer de receptie in Kortrijk versterken. Gelieve haar een login te bezorgen.\nMvg,\nKoen",
  J("Jolien De Backer", ON("dinsdag", D(2027, 1, 5))))
m("en", "Pieter Bosma, our tyre fitter in Breda, is leaving us on Thursday 14 January.",
  L("Pieter Bosma", ON("thursday", D(2027, 1, 14))))
m("nl", "Per 1 januari wordt Erik Baas, nu bandenmonteur, filiaalleider in Waalwijk. Zijn plek wordt ingenomen door Ilias Bakkali, die ook op 1 januari begint.",
  MV("Erik Baas", D(2027, 1, 1), None, None), J("Ilias Bakkali", D(2027, 1, 1)))
m("en", "Tom Cartwright started in the Tilburg workshop yesterday, can someone set him up?",
  J("Tom Cartwright", P(-1)), past=True)
m("nl", "Het contract van Romy Verbunt (facilitair medewerker) wordt niet verlengd, haar laatste werkdag is 22-12.",
  L("Romy Verbunt", D(2026, 12, 22), FC))
m("en", "Marcus Lee, one of our programmers, resigned. He's leaving us in four weeks.",
  L("Marcus Lee", P(28), SE))
m("nl", "Vorige week vrijdag is Mitchell Snijders op staande voet ontslagen. Dat was nog niet doorgegeven.",
  L("Mitchell Snijders", LW("vrijdag")), past=True)
m("nl", "Nieuwe vertegenwoordiger regio Zuid: Bram Lemmens, begint op 18 januari.",
  J("Bram Lemmens", D(2027, 1, 18), AM))
m("en", "Correction: Hailey Ward's last day is 18 December, not 31 December as I wrote yesterday.",
  L("Hailey Ward", D(2026, 12, 18)))
m("nl", "Ronald Peters zou per 4 januari als monteur beginnen, maar heeft afgezegd.",
  none=True)
m("nl", "nieuwe jongen in het magazijn: kofi mensah, begint 8 dec",
  J("Kofi Mensah", D(2026, 12, 8)))
m("nl", "Yvonne Hermans, nu verkoper aan de balie in Breda, gaat vanaf maandag 1 februari naar de planning.",
  MV("Yvonne Hermans", ON("maandag", D(2027, 2, 1)), None, AM))
m("nl", "In week 3 start Thomas Hendrix als monteur in Venlo.",
  J("Thomas Hendrix", WK(3)))
m("en", "Liam O'Connor was let go yesterday. Please disable his account and collect the van keys.",
  L("Liam O'Connor", P(-1)), past=True)

# Part 2 -- an ice-skating rink

m("nl", "Goedemiddag,\n\nPer zaterdag 12 december begint Wiebe Hoekstra bij ons als ijsmeester (dweilen en ijsonderhoud). Graag een pas voor de machinehal.\n\nGroeten,\nSietske de Boer\nHoofd techniek",
  J("Wiebe Hoekstra", ON("zaterdag", D(2026, 12, 12))))
m("en", "Two skating instructors join on Saturday 19 December: Freya Lindholm and Noah Jansen.",
  J("Freya Lindholm", ON("saturday", D(2026, 12, 19))), J("Noah Jansen", D(2026, 12, 19)))
m("nl", "jildou van der meer stopt als baliemedewerker, laatste dag zondag 3 januari",
  L("Jildou van der Meer", ON("zondag", D(2027, 1, 3))))
m("nl", "Voor de bedrijfsuitjes en het schoolschaatsen hebben we een accountmanager aangenomen, Nicole Brands. Ze start op 4 januari.",
  J("Nicole Brands", D(2027, 1, 4), AM))
m("en", "Do the volunteers at the skate rental need an account? They only help out on Sundays.",
  none=True)
m("nl", "Gisteravond is onze koeltechnicus Durk Sikkema overleden.",
  L("Durk Sikkema", P(-1)), past=True)
m("en", "We have hired a developer for the ticketing app and the lap-timing website: Hiroshi Tanaka. First day Tuesday 12 January.",
  J("Hiroshi Tanaka", ON("tuesday", D(2027, 1, 12)), SE))
m("nl", "Vanaf 1 januari wordt Anne Kuipers, nu medewerker horeca, facilitair medewerker.",
  MV("Anne Kuipers", D(2027, 1, 1), FC, None))
m("nl", "Dag Evelien,\nOnze nieuwe lesgever schaatsen, Tibo Verstraete, start op maandag 21 december. Gelieve hem een badge te bezorgen.\nMvg,\nSteven",
  J("Tibo Verstraete", ON("maandag", D(2026, 12, 21))))
m("en", "End of season staff leaving (last day 28 February):\n- Oliver Grant\n- Isla Murray\nThanks",
  L("Oliver Grant", D(2027, 2, 28)), L("Isla Murray", D(2027, 2, 28)))
m("nl", "Over drie weken stopt Bart Veldhuis als ijsmeester en wordt hij hoofd onderhoud.",
  MV("Bart Veldhuis", P(21), None, None))
m("en", "We dismissed one of the bar staff, Ryan Fletcher, this afternoon for drinking on duty.",
  L("Ryan Fletcher", NOW))
m("nl", "Hanneke Dijk komt volgende week maandag terug van haar zwangerschapsverlof.",
  none=True)
m("en", "Dear sirs, Mrs. Svetlana Orlova will begin as figure skating coach from 2 January 2027. With respect, Director",
  J("Svetlana Orlova", D(2027, 1, 2)))
m("nl", "Horeca: Kevin Post stopt op 20 december, Demi van Rijn op 10 januari.",
  L("Kevin Post", D(2026, 12, 20)), L("Demi van Rijn", D(2027, 1, 10)))
m("nl", "Volgende week donderdag begint Nick Hofman als technicus van de koelinstallatie.",
  J("Nick Hofman", NW("donderdag")))
m("en", "Our facilities coordinator, Brian Walsh, retires at the end of March; his last working day is Wednesday 31 March.",
  L("Brian Walsh", ON("wednesday", D(2027, 3, 31)), FC))
m("nl", "Afgelopen zaterdag is Lieke van Veen begonnen bij de schaatsverhuur, ze heeft nog geen account.",
  J("Lieke van Veen", P(-5)), past=True)
m("en", "Our new bar manager's start is postponed, she can't start on 4 January. New date follows.",
  none=True)
m("nl", "Per 1 februari gaat Mark Bruinsma van de receptie naar de verkoop: hij wordt verkoper abonnementen.",
  MV("Mark Bruinsma", D(2027, 2, 1), AM, None))
m("en", "hey, marco jimenez starts monday at the bar, can he get a login for the till",
  J("Marco Jimenez", WD("monday")))
m("nl", "Onze softwareontwikkelaar Jeroen Dam vertrekt per 1 maart; laatste werkdag vrijdag 26 februari.",
  L("Jeroen Dam", ON("vrijdag", D(2027, 2, 26)), SE))
m("nl", "Seizoenskracht ijsbaan Chloë Martin: van 7 december tot en met 28 februari.",
  J("Chloë Martin", D(2026, 12, 7)))
m("nl", "Marja Boonstra wil vanaf februari alleen nog de ochtenden draaien. Moet er iets aangepast?",
  none=True)
m("en", "Our long-time Zamboni driver, Pete Sullivan, passed away yesterday morning.",
  L("Pete Sullivan", P(-1)), past=True)
m("nl", "Vanaf maandag 11 januari werkt Joyce Zwart als facilitair coördinator op onze tweede baan in Heerenveen.",
  MV("Joyce Zwart", ON("maandag", D(2027, 1, 11)), FC, FC))
m("nl", "Het contract van Ilse Wagenaar (receptie) loopt eind januari af, daarna stopt ze.",
  L("Ilse Wagenaar", D(2027, 1, 31)))
m("en", "Rink attendant Ethan Wood, starting 15/12.",
  J("Ethan Wood", D(2026, 12, 15)))

# Part 2 -- a rehabilitation centre

m("nl", "Beste collega's,\n\nPer 1 februari 2027 start Annelies Brouwer-Kok bij ons als verzorgende IG op de afdeling neurorevalidatie. Graag haar ONS-account en pas regelen.\n\nMet vriendelijke groet,\nJosé Mulder\nTeamleider zorg",
  J("Annelies Brouwer-Kok", D(2027, 2, 1), CW))
m("en", "New healthcare assistant for the spinal cord unit: Blessing Okoro, starting Monday 11 January.",
  J("Blessing Okoro", ON("monday", D(2027, 1, 11)), CW))
m("nl", "Onze nieuwe fysiotherapeut Maarten Dijkhuizen begint maandag 4 januari.",
  J("Maarten Dijkhuizen", ON("maandag", D(2027, 1, 4))))
m("nl", "zorgmedewerker sanne pieters stopt per 31 december, ze gaat naar een ziekenhuis",
  L("Sanne Pieters", D(2026, 12, 31), CW))
m("en", "Do student nurses on a ten-week placement get a Handover account or do they use the shared one?",
  none=True)
m("nl", "Wij verwelkomen Fatma Yildirim als verpleegkundige op de afdeling orthopedie vanaf 18 januari.",
  J("Fatma Yildirim", D(2027, 1, 18)))
m("en", "From 1 March, Grace Adeyemi moves up from carer to team leader on the day ward.",
  MV("Grace Adeyemi", D(2027, 3, 1), None, CW))
m("nl", "Dag Ann,\nVanaf maandag 4 januari vervoegt Ellen Janssens onze dienst als zorgkundige. Gelieve haar toegangen te voorzien.\nMvg,\nMarleen",
  J("Ellen Janssens", ON("maandag", D(2027, 1, 4)), CW))
m("nl", "Heel verdrietig: ergotherapeut Hans Hoekman is afgelopen vrijdag overleden.",
  L("Hans Hoekman", P(-6)), past=True)
m("en", "Carer Daniel Morris was dismissed this morning following an investigation. Please block everything today.",
  L("Daniel Morris", NOW, CW))
m("nl", "Twee nieuwe verzorgenden voor de nachtdienst: Priscilla Asante (per 7 december) en Nienke Bouwman (per 14 december).",
  J("Priscilla Asante", D(2026, 12, 7), CW), J("Nienke Bouwman", D(2026, 12, 14), CW))
m("en", "Hello, I am informing that Mrs. Ana Ferreira is finishing by us as care worker on 10/01/2027.",
  L("Ana Ferreira", D(2027, 1, 10), CW))
m("nl", "Vanaf 1 maart hebben we weer een facilitair medewerker: Johan Kroon.",
  J("Johan Kroon", D(2027, 3, 1), FC))
m("nl", "Daphne Verkerk is terug van zwangerschapsverlof en werkt vanaf maandag weer op de afdeling.",
  none=True)
m("en", "We've hired Oskar Engström as a developer for the patient portal; starts 1 February.",
  J("Oskar Engström", D(2027, 2, 1), SE))
m("nl", "Riet van Bommel, zorgmedewerker op de revalidatieafdeling, gaat per 1 januari met pensioen. Haar laatste werkdag is woensdag 30 december.",
  L("Riet van Bommel", ON("woensdag", D(2026, 12, 30)), CW))
m("nl", "volgende week dinsdag begint logopedist Sem Willemsen",
  J("Sem Willemsen", NW("dinsdag")))
m("en", "Sorry, should have said earlier: Julia Harper left on Monday. Her contract as a healthcare assistant ended.",
  L("Julia Harper", P(-3), CW), past=True)
m("nl", "Per 1 februari gaat Sabine Jansen van verzorgende naar de opleiding verpleegkunde (leerling-verpleegkundige).",
  MV("Sabine Jansen", D(2027, 2, 1), None, CW))
m("en", "The following agency carers finish on Sunday 3 January:\n- Amira Said\n- Tom Baxter",
  L("Amira Said", ON("sunday", D(2027, 1, 3)), CW), L("Tom Baxter", D(2027, 1, 3), CW))
m("nl", "Over twee weken begint Noortje Kamp als zorgmedewerker op de afdeling.",
  J("Noortje Kamp", P(14), CW))
m("en", "Rosa Martinez, carer, moves from the neuro ward to the children's unit from 4 January.",
  MV("Rosa Martinez", D(2027, 1, 4), CW, CW))
m("nl", "De nieuwe zorgmedewerker Ilona de Graaf komt toch niet werken bij ons. Kan haar account verwijderd worden?",
  none=True)
m("en", "Dr. Samuel Adjei (rehabilitation physician) will now start on Monday 1 February instead of 4 January.",
  J("Samuel Adjei", ON("monday", D(2027, 2, 1))))
m("nl", "Over drie weken vertrekt Rinske Postma, verzorgende op de dagbehandeling.",
  L("Rinske Postma", P(21), CW))
m("nl", "Gisteren hebben we het dienstverband met Mehmet Arslan beëindigd (facilitaire dienst). Pas en sleutels zijn ingenomen.",
  L("Mehmet Arslan", P(-1), FC), past=True)
m("en", "A new night carer, Zainab Hussain, starts in three weeks.",
  J("Zainab Hussain", P(21), CW))
m("nl", "Het tijdelijke contract van zorgmedewerker Lisa van Dijk loopt af op 31-01-2027.",
  L("Lisa van Dijk", D(2027, 1, 31), CW))
m("nl", "Vanaf maandag 18 januari werkt Esther Smit niet meer als zorgmedewerker maar als roosterplanner.",
  MV("Esther Smit", ON("maandag", D(2027, 1, 18)), None, CW))

# Part 2 -- a flight school

m("nl", "Hoi Marloes,\n\nVanaf maandag 4 januari komt Jasper Vink ons team versterken als vlieginstructeur. Kun je zijn account en een sleutel van de hangar regelen?\n\nGroet,\nEdwin\nHead of Training",
  J("Jasper Vink", ON("maandag", D(2027, 1, 4))))
m("en", "Please add Charlotte Davies, our new ground school instructor, starting Tuesday 19 January.",
  J("Charlotte Davies", ON("tuesday", D(2027, 1, 19))))
m("nl", "roel tuinstra (monteur) stopt, laatste werkdag 15 jan",
  L("Roel Tuinstra", D(2027, 1, 15)))
m("en", "Can students get an account for the booking system via Handover, or is that a different process?",
  none=True)
m("nl", "Per 1 februari begint Youssef Tahiri als ontwikkelaar van ons boekingssysteem.",
  J("Youssef Tahiri", D(2027, 2, 1), SE))
m("en", "Sad news: our chief engineer Alan Pritchard died on Sunday.",
  L("Alan Pritchard", P(-4)), past=True)
m("nl", "Met ingang van 1 januari wordt Lotte Brands, nu instructeur, hoofd opleidingen.",
  MV("Lotte Brands", D(2027, 1, 1), None, None))
m("nl", "Voor de bedrijfsopleidingen (airlines, politie) komt er een accountmanager bij: Wouter Pranger, vanaf 11 januari.",
  J("Wouter Pranger", D(2027, 1, 11), AM))
m("en", "Hi, my name is Klaus. I want to inform that Mr. Stefan Becker ends his work as mechanic at 31.01.2027.",
  L("Stefan Becker", D(2027, 1, 31)))
m("nl", "Beste,\nOnze nieuwe grondinstructeur, Arne Wuyts, start op woensdag 13 januari in Antwerpen. Gelieve zijn toegang te regelen.\nMvg,\nHilde",
  J("Arne Wuyts", ON("woensdag", D(2027, 1, 13))))
m("en", "Instructor Mike Reynolds was dismissed today after a safety breach.",
  L("Mike Reynolds", NOW))
m("nl", "Dinsdag is Floor de Ridder begonnen op de operations-balie, graag nog een account.",
  J("Floor de Ridder", P(-2)), past=True)
m("en", "Two new flight instructors: Sarah Quinn from 4 January and Matteo Bianchi from 18 January.",
  J("Sarah Quinn", D(2027, 1, 4)), J("Matteo Bianchi", D(2027, 1, 18)))
m("nl", "Na 35 jaar vliegen gaat Cor Bakker met pensioen. Hij geeft zijn laatste les op zaterdag 19 december.",
  L("Cor Bakker", ON("zaterdag", D(2026, 12, 19))))
m("nl", "Instructeur Rob de Haas gaat vanaf 1 januari parttime werken, 3 dagen per week.",
  none=True)
m("en", "Facilities coordinator Helen Carter starts on Monday 25 January at the Lelystad hangar.",
  J("Helen Carter", ON("monday", D(2027, 1, 25)), FC))
m("nl", "Vanaf 1 februari werkt Joris Kamphuis als instructeur vanuit Teuge in plaats van Lelystad.",
  MV("Joris Kamphuis", D(2027, 2, 1), None, None))
m("en", "Ella Schofield, ground instructor, moves to our Teuge base next Monday, same job.",
  MV("Ella Schofield", WD("monday"), None, None))
m("nl", "Over vier weken vertrekt Mila Verbeek, onze planner.",
  L("Mila Verbeek", P(28)))
m("en", "Aidan Hughes, our programmer, becomes IT manager as of 1 April 2027.",
  MV("Aidan Hughes", D(2027, 4, 1), None, SE))
m("nl", "sjors de jong is per direct ontslagen, vandaag. sleutels zijn ingeleverd",
  L("Sjors de Jong", NOW))
m("en", "FYI: mechanic Ben Holloway resigned and his last day was yesterday.",
  L("Ben Holloway", P(-1)), past=True)
m("nl", "Onze vertegenwoordiger Patrick Smulders vertrekt op 29 januari naar een concurrent.",
  L("Patrick Smulders", D(2027, 1, 29), AM))
m("nl", "Planner Amy Collins begint volgende week woensdag.",
  J("Amy Collins", NW("woensdag")))
m("nl", "Leerling-monteur Tygo Zijlstra begint niet in januari maar al op 14 december.",
  J("Tygo Zijlstra", D(2026, 12, 14)))
m("en", "Welcome Rebecca Stone, our new sales representative for the private pilot courses, first day 1 March.",
  J("Rebecca Stone", D(2027, 3, 1), AM))
m("nl", "Per 31 december stoppen de instructeurs Dirk Pol en Anouk Hazeveld.",
  L("Dirk Pol", D(2026, 12, 31)), L("Anouk Hazeveld", D(2026, 12, 31)))
m("nl", "Vrijdag begint Stijn Hermsen als medewerker hangar.",
  J("Stijn Hermsen", WD("vrijdag")))

# Part 2 -- a chain of mobile-phone shops

m("nl", "Hallo,\n\nPer maandag 7 december begint Anouar Azzouzi als verkoper in onze winkel in Rotterdam-Zuid. Hij heeft een kassalogin en een laptop nodig.\n\nGroet,\nSander\nRegiomanager",
  J("Anouar Azzouzi", ON("maandag", D(2026, 12, 7)), AM))
m("en", "New store manager for Utrecht Centraal: Gemma Lawson, starting 1 February.",
  J("Gemma Lawson", D(2027, 2, 1)))
m("nl", "lars de bruijn stopt, laatste dag zaterdag 19 december",
  L("Lars de Bruijn", ON("zaterdag", D(2026, 12, 19))))
m("nl", "Per 11 januari komt Dylan Vos onze reparatiewerkplaats versterken als telefoonreparateur.",
  J("Dylan Vos", D(2027, 1, 11)))
m("en", "Quick one: do the staff of our franchise stores go through Handover as well, or only our own stores?",
  none=True)
m("nl", "Vanaf 1 januari wordt Sarah Bouzidi, nu verkoper in Den Haag, filiaalmanager in Delft.",
  MV("Sarah Bouzidi", D(2027, 1, 1), None, AM))
m("en", "Our app developer, Jonas Weber, is leaving on 26 February.",
  L("Jonas Weber", D(2027, 2, 26), SE))
m("nl", "Treurig nieuws: Peter Stoffels, onze verkoper in Gouda, is afgelopen maandag overleden.",
  L("Peter Stoffels", P(-3), AM), past=True)
m("en", "Hello, I must inform that Mr. Adebayo Ogunleye will leave the company at 15/01/2027. He is sales advisor in Amsterdam store.",
  L("Adebayo Ogunleye", D(2027, 1, 15), AM))
m("nl", "Dag Katrien,\nVanaf maandag 11 januari vervoegt Jana Peeters onze winkel in Hasselt als verkoopster. Gelieve haar toegang tot het kassasysteem te regelen.\nMvg,\nWard",
  J("Jana Peeters", ON("maandag", D(2027, 1, 11)), AM))
m("en", "Two sales assistants for the Christmas season in Eindhoven: Mia Roberts and Jack Evans, both starting Monday 14 December.",
  J("Mia Roberts", ON("monday", D(2026, 12, 14)), AM), J("Jack Evans", D(2026, 12, 14), AM))
m("nl", "Vorige week woensdag is Jordy Kuipers ontslagen, graag alles blokkeren.",
  L("Jordy Kuipers", LW("woensdag")), past=True)
m("nl", "Onze facilitair coördinator van het hoofdkantoor, Monique van Rooij, vertrekt per 1 april 2027.",
  L("Monique van Rooij", D(2027, 4, 1), FC))
m("en", "Customer service agent Tyrone Baptiste starts in five weeks.",
  J("Tyrone Baptiste", P(35)))
m("nl", "Karin Stam is langdurig ziek, moet haar laptop ingeleverd worden?",
  none=True)
m("nl", "Per maandag 4 januari gaat verkoper Tim Hulsbos van de winkel in Zwolle naar Kampen.",
  MV("Tim Hulsbos", ON("maandag", D(2027, 1, 4)), AM, AM))
m("en", "Sorry, Abigail Foster starts on Wednesday 6 January, not Tuesday the 5th.",
  J("Abigail Foster", ON("wednesday", D(2027, 1, 6))))
m("nl", "Thijs van Os (verkoper Arnhem) stopt eind januari.",
  L("Thijs van Os", D(2027, 1, 31), AM))
m("nl", "We nemen een programmeur aan voor de koppeling met de providers: Koen Mertens, start 1/2.",
  J("Koen Mertens", D(2027, 2, 1), SE))
m("en", "Laura Bennett is returning from her sabbatical on 11 January.",
  none=True)
m("nl", "Morgen is de laatste werkdag van Ilse Verhoef in de winkel in Leiden.",
  L("Ilse Verhoef", P(1)))
m("en", "From Monday 8 February, Nathan Cole moves from the stockroom to the facilities team as facilities coordinator.",
  MV("Nathan Cole", ON("monday", D(2027, 2, 8)), FC, None))
m("nl", "Nieuwe verkopers per 4 januari:\n- Shanice Brown (Breda)\n- Luuk van der Laan (Tilburg)\n- Fenne Jacobs (Oss)",
  J("Shanice Brown", D(2027, 1, 4), AM), J("Luuk van der Laan", D(2027, 1, 4), AM), J("Fenne Jacobs", D(2027, 1, 4), AM))
m("nl", "Afgelopen woensdag is Niek Gerritsen begonnen als magazijnmedewerker; hij heeft nog geen pas.",
  J("Niek Gerritsen", P(-1)), past=True)
m("en", "Today is Leah Morgan's last day with us, her temp contract is over.",
  L("Leah Morgan", NOW))
m("nl", "Vanaf vandaag is Rachid Boukhari niet langer verkoper maar trainer voor alle winkels.",
  MV("Rachid Boukhari", NOW, None, AM))
m("en", "Please set up Owen Mitchell, IT support, starting Monday the 18th of January.",
  J("Owen Mitchell", ON("monday", D(2027, 1, 18))))
m("nl", "Over twee weken stopt onze zakelijk accountmanager Erik van Houten.",
  L("Erik van Houten", P(14), AM))
m("nl", "Volgende week vrijdag begint Yasmina Aarts in de winkel in Nijmegen, ze komt de reparaties aannemen.",
  J("Yasmina Aarts", NW("vrijdag")))



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
