"""Blind-23: managers' announcements written by hand, one at a time (session 33).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-22's gen.py, itself blind-21's) only turn the date a reader means into a calendar
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

# ---- Part 1 (s001-s150) -------------------------------------------------------------
# An offshore wind-farm service company (bases in Eemshaven, Den Helder, Oostende, Esbjerg).
m("nl", "Goedemiddag,\n\nMet ingang van maandag 4 januari treedt Sven Mulder bij ons in dienst als servicetechnicus offshore. Hij draait de eerste twee weken mee met de ploeg van Jorrit in Eemshaven; zijn GWO-trainingen heeft hij al. Graag een account, telefoon en toegangspas voor de haven.\n\nGroet,\nMarleen Dijkstra\nTeamleider Service Noord",
  J("Sven Mulder", ON("maandag", D(2027, 1, 4))))
m("en", "crew transfer vessel skipper tom ashworth starts 14 dec",
  J("Tom Ashworth", D(2026, 12, 14)))
m("nl", "Piet Kramer heeft ontslag genomen, laatste werkdag 29 januari.",
  L("Piet Kramer", D(2027, 1, 29)))
m("en", "Hi, our SCADA developer Ravi Shankar is leaving us for a competitor. His last day will be Friday 15 January. Please make sure his VPN tokens are revoked that evening.",
  L("Ravi Shankar", ON("friday", D(2027, 1, 15)), SE))
m("nl", "Vraagje: moeten de technici van onderaannemer Windcrew ook een account bij ons krijgen of regelen zij dat zelf?",
  none=True)
m("nl", "Jelle Bouma gaat per 1 februari van servicetechnicus naar werkvoorbereider offshore.",
  MV("Jelle Bouma", D(2027, 2, 1), None, None))
m("en", "Hello, I want to let you know that Mads Kjærgaard will begin by us in the Esbjerg base at 11.01.2027 as blade technician. Best regards Henrik",
  J("Mads Kjærgaard", D(2027, 1, 11)))
m("nl", "Tot onze grote schok is gisteren onze collega Arjen Postma overleden. Hij werkte twaalf jaar als monteur in Den Helder.",
  L("Arjen Postma", P(-1)), past=True)
m("nl", "vanaf maandag komt ook noor visser erbij op planning",
  J("Noor Visser", WD("maandag")))
m("en", "Two new technicians for the Borssele crew: Gareth Hughes from Monday 11 January and Dmitri Volkov one week later, Monday 18 January.",
  J("Gareth Hughes", ON("monday", D(2027, 1, 11))), J("Dmitri Volkov", ON("monday", D(2027, 1, 18))))
m("nl", "Per 1 maart begint Eline Roos bij ons als accountmanager voor de windparkeigenaren in Duitsland.",
  J("Eline Roos", D(2027, 3, 1), AM))
m("en", "FYI Karin from HSE is on maternity leave from next week, back in May. No action needed I think.",
  none=True)
m("nl", "Dag Hilde,\nAnnelies Goossens vervoegt vanaf maandag 1 februari ons team in Oostende als HSE-adviseur. Gelieve haar badge en laptop tegen dan klaar te zetten.\nMvg,\nKoen",
  J("Annelies Goossens", ON("maandag", D(2027, 2, 1))))
m("en", "Please block all access for Lukas Brandt with immediate effect. He was dismissed this morning after the incident on the vessel.",
  L("Lukas Brandt", NOW))
m("nl", "Het contract van uitzendkracht Rik Hofman loopt op 31 december af en wordt niet verlengd.",
  L("Rik Hofman", D(2026, 12, 31)))
m("nl", "Yvonne Kok, nu nog receptioniste in Eemshaven, wordt per 18 januari facilitair coördinator van de nieuwe basis in Harlingen.",
  MV("Yvonne Kok", D(2027, 1, 18), FC, None))
m("en", "Small change: Callum Reid does not start on 4 January but on 25 January, his offshore medical is delayed.",
  J("Callum Reid", D(2027, 1, 25)))
m("nl", "Over zes weken start Wouter Schipper als projectleider retrofit.",
  J("Wouter Schipper", P(42)))
m("en", "How long do leavers keep their mailbox after the last day? One of our technicians asked me and I honestly don't know.",
  none=True)
m("nl", "Beste collega's,\n\nNa 31 jaar gaat onze magazijnbeheerder Hennie Wolters met pensioen. Zijn laatste werkdag is woensdag 23 december; daarna neemt hij nog wat vrije dagen op. Wil de IT zijn spullen die dag ophalen?\n\nHartelijke groet,\nAnja Smit",
  L("Hennie Wolters", ON("woensdag", D(2026, 12, 23))))
m("en", "Daniel Ferreira (sales, offshore O&M contracts) moves from our Hamburg office to Rotterdam from 1 February, same job.",
  MV("Daniel Ferreira", D(2027, 2, 1), AM, AM))
m("nl", "Patrick Meijer begint in week 3 als rope access technicus.",
  J("Patrick Meijer", WK(3)))
m("en", "Bad news, the new electrician we announced, Mark O'Connor, has accepted another offer and won't be joining us.",
  none=True)
m("nl", "Vergeten door te geven: Robin Stam is afgelopen vrijdag gestopt. Kunnen jullie zijn accounts nog dichtzetten?",
  L("Robin Stam", P(-6)), past=True)
m("en", "ahmed saidi (developer, turbine data platform) starts tuesday",
  J("Ahmed Saidi", WD("tuesday"), SE))

# A plumbing and heating installer (cv-ketels, warmtepompen, sanitair).
m("nl", "Hoi Wendy,\n\nWe hebben eindelijk een warmtepompmonteur gevonden! Stefan de Bruijn begint op maandag 11 januari. Hij krijgt bus 14, dus die moet nog met tablet en tankpas worden uitgerust. Kun jij de rest regelen?\n\nGroeten,\nGerard Hoekman\nInstallatiebedrijf Hoekman & Zn.",
  J("Stefan de Bruijn", ON("maandag", D(2027, 1, 11))))
m("nl", "leerling loodgieter kevin van beek begint 4-1",
  J("Kevin van Beek", D(2027, 1, 4)))
m("nl", "Hallo HR,\n\nOnze serviceplanner Monique Aarts heeft haar ontslag ingediend. Haar laatste werkdag is 22/12; ze gaat bij een groothandel in Breda aan de slag. Haar planborden neemt Kees voorlopig over.\n\nGroet,\nRon Vermaat\nBedrijfsleider",
  L("Monique Aarts", D(2026, 12, 22)))
m("nl", "Vanaf 1 februari wordt werkvoorbereider Thijs Brouwer onze vertegenwoordiger voor de woningcorporaties.",
  MV("Thijs Brouwer", D(2027, 2, 1), AM, None))
m("nl", "Sandra van de administratie werkt vanaf januari vier dagen in plaats van vijf, op woensdag is ze vrij.",
  none=True)
m("en", "Good morning, Mister Krzysztof Nowak will start work by us on 07.12.2026 as a plumber. He have VCA certificate. Regards, Ewa",
  J("Krzysztof Nowak", D(2026, 12, 7)))
m("nl", "Gisteren hebben we afscheid genomen van monteur Dennis Groen, op staande voet. Per direct geen toegang meer tot de bussen en de app.",
  L("Dennis Groen", P(-1)), past=True)
m("nl", "Dinsdag 5 januari begint Fatih Demir als servicemonteur cv.",
  J("Fatih Demir", ON("dinsdag", D(2027, 1, 5))))
m("en", "Good news: Bart Willems has withdrawn his resignation and stays with us.",
  none=True)
m("nl", "Per 4 januari hebben we een facilitair medewerker voor de werkplaats en het magazijn: Gerda Hulst.",
  J("Gerda Hulst", D(2027, 1, 4), FC))
m("en", "Two leavers at the Breda branch: Jos Verhagen (retires, last day 31 December) and Sem Lammers, who quits at the end of January.",
  L("Jos Verhagen", D(2026, 12, 31)), L("Sem Lammers", D(2027, 1, 31)))
m("nl", "dag hilde, jonas claes begint maandag als sanitair installateur in gent. mvg",
  J("Jonas Claes", WD("maandag")))
m("en", "Correction to my mail of Tuesday: Liam Brooks starts on Monday 18 January, not on the 11th.",
  J("Liam Brooks", ON("monday", D(2027, 1, 18))))
m("nl", "Voor onze planningssoftware hebben we een eigen programmeur aangenomen, Bas Verhoef. Hij start vrijdag 8 januari.",
  J("Bas Verhoef", ON("vrijdag", D(2027, 1, 8)), SE))
m("nl", "Onze calculator Wim Jacobs stopt over twee weken; hij gaat bij zijn broer in de zaak werken.",
  L("Wim Jacobs", P(14)))
m("en", "From next Monday Olga Petrenko (verkoper, showroom) moves to our Tilburg showroom, same role.",
  MV("Olga Petrenko", WD("monday"), AM, AM))
m("nl", "Eindelijk een tweede werkvoorbereider: Wouter Lamers begint op 1 maart.",
  J("Wouter Lamers", D(2027, 3, 1)))
m("nl", "Henk Lubbers heeft maandag 30 november zijn laatste werkdag gehad; hij is nu met pensioen. Willen jullie zijn laptop nog ophalen?",
  L("Henk Lubbers", ON("maandag", D(2026, 11, 30))), past=True)
m("en", "hi! new apprentice for the heating team: Oumar Diallo, first day 6 jan",
  J("Oumar Diallo", D(2027, 1, 6)))
m("nl", "Goedemorgen,\n\nHierbij laat ik weten dat onze accountmanager zakelijke markt, Ruben Schouten, heeft besloten ons te verlaten. Zijn laatste werkdag is vrijdag 26 februari. Zijn klanten gaan tijdelijk naar mij.\n\nMet vriendelijke groet,\nErik Jongeling\nCommercieel directeur",
  L("Ruben Schouten", ON("vrijdag", D(2027, 2, 26)), AM))
m("en", "Sad news. Our colleague Jan Hofstede, service technician, passed away on Sunday after a short illness.",
  L("Jan Hofstede", P(-4)), past=True)
m("nl", "Per direct is Marco Smits niet meer in dienst. Graag vandaag nog zijn accounts blokkeren.",
  L("Marco Smits", NOW))
m("nl", "Het tijdelijke contract van Lisa Hermans (planning) eindigt op 28-02-2027.",
  L("Lisa Hermans", D(2027, 2, 28)))
m("en", "Please set up accounts for our two new solar-and-heatpump fitters, Marek Horváth and Tibor Szabó. Both start on the 4th of January.",
  J("Marek Horváth", D(2027, 1, 4)), J("Tibor Szabó", D(2027, 1, 4)))
m("nl", "volgende week woensdag begint anouk peters bij ons op de klantenservice",
  J("Anouk Peters", NW("woensdag")))

# A chain of car washes (wasstraten).
m("nl", "Hallo,\n\nVoor onze nieuwe wasstraat in Amersfoort hebben we een vestigingsleider aangenomen: Mehmet Kaya. Hij begint per maandag 18 januari en draait de eerste twee weken mee in Utrecht.\n\nMet vriendelijke groet,\nDiana Verbeek\nHR CleanCar",
  J("Mehmet Kaya", ON("maandag", D(2027, 1, 18))))
m("en", "jordan blake starts saturday at the zwolle site, weekend washer",
  J("Jordan Blake", WD("saturday")))
m("nl", "Mohamed Bakkali stopt bij ons, zijn laatste dienst is zondag 20 december.",
  L("Mohamed Bakkali", ON("zondag", D(2026, 12, 20))))
m("en", "Do weekend students need a Handover form or do you just give them a badge?",
  none=True)
m("nl", "Priscilla Martens gaat van de kassa in Nieuwegein naar ons hoofdkantoor, waar ze per 1 maart facilitair medewerker wordt.",
  MV("Priscilla Martens", D(2027, 3, 1), FC, None))
m("en", "We hired two sales reps for fleet contracts (lease companies, taxi firms): Hannah Clarke starts 1 February, Oscar Lindberg on 1 March.",
  J("Hannah Clarke", D(2027, 2, 1), AM), J("Oscar Lindberg", D(2027, 3, 1), AM))
m("nl", "Ivo Stevens is vanochtend ontslagen na de kasverschillen. Pas en sleutels zijn ingeleverd, account graag blokkeren.",
  L("Ivo Stevens", NOW))
m("en", "Hello, I inform you that Alejandro Moreno finish his work with us the day 9 of January, he go back to Spain.",
  L("Alejandro Moreno", D(2027, 1, 9)))
m("nl", "Hoi,\n\nDe ontwikkelaar van onze abonnementen-app, Joris Dekker, vertrekt per 1 april. Hij gaat voor zichzelf beginnen en blijft misschien als freelancer beschikbaar, maar zijn eigen accounts moeten dan wel dicht.\n\nGroet,\nMaurits\nIT CleanCar",
  L("Joris Dekker", D(2027, 4, 1), SE))
m("nl", "nieuwe medewerker wasstraat arnhem: dilan yilmaz, start 12/12",
  J("Dilan Yilmaz", D(2026, 12, 12)))
m("en", "Sorry for the late notice: Tyrone Mitchell started at the Almere wash this Monday.",
  J("Tyrone Mitchell", P(-3)), past=True)
m("nl", "Ricardo is sinds oktober ziek thuis en dat gaat nog wel even duren. Moet ik daar iets mee in Handover?",
  none=True)
m("nl", "Per 4 januari wisselen twee vestigingsleiders van plek: Koen Willemsen gaat naar Ede en Laura Bosman naar Veenendaal.",
  MV("Koen Willemsen", D(2027, 1, 4), None, None), MV("Laura Bosman", D(2027, 1, 4), None, None))
m("en", "Dear all,\n\nAfter 18 years at our Hilversum wash, Gerrit Timmermans will retire. His final working day is Thursday 31 December, and we will have cake at 3 pm that day. Please arrange the return of his keys and phone.\n\nKind regards,\nSaskia Hendriks\nRegional manager",
  L("Gerrit Timmermans", ON("thursday", D(2026, 12, 31))))
m("nl", "De start van Ilse Verschuren schuift een week op: niet op 4 januari maar op maandag 11 januari.",
  J("Ilse Verschuren", ON("maandag", D(2027, 1, 11))))
m("en", "Femke Dijkman will stop at the end of this month, she's going back to school.",
  L("Femke Dijkman", D(2026, 12, 31)))
m("nl", "Wij zoeken al maanden, en nu is hij er: Bert Kuijpers, facility coordinator voor alle 14 vestigingen. Start 1 februari 2027.",
  J("Bert Kuijpers", D(2027, 2, 1), FC))
m("en", "Nathan Hughes walked out on Tuesday and hasn't come back. Please treat him as a leaver as of that day.",
  L("Nathan Hughes", P(-2)), past=True)
m("nl", "Onze verkoper wagenparken Sander Pauwels gaat per 1 januari met pensioen.",
  L("Sander Pauwels", D(2027, 1, 1), AM))
m("en", "Zofia Wójcik joins as shift leader at Apeldoorn from Monday the 7th.",
  J("Zofia Wójcik", ON("monday", D(2026, 12, 7))))
m("nl", "Dag Veerle, Thomas Maes vervoegt op 15 januari ons team in Antwerpen als carwashbediende. Gelieve zijn badge klaar te leggen. Mvg, Dirk",
  J("Thomas Maes", D(2027, 1, 15)))
m("en", "Please offboard Chris Ewing, contract ends 10 January, not renewed.",
  L("Chris Ewing", D(2027, 1, 10)))
m("nl", "Sven Lindqvist, nu developer van de wasapp, wordt per 1 februari productmanager.",
  MV("Sven Lindqvist", D(2027, 2, 1), None, SE))
m("nl", "Goedemiddag allemaal,\n\nIn Zeist neemt Gijs Vermeulen afscheid; hij werkt daar tot en met zaterdag 16 januari. Zijn opvolger als vestigingsleider is Naima Ouali, die op maandag 11 januari begint zodat ze een week kunnen overdragen.\n\nGroet,\nPeter Brink",
  L("Gijs Vermeulen", ON("zaterdag", D(2027, 1, 16))), J("Naima Ouali", ON("maandag", D(2027, 1, 11))))
m("en", "Hi, please add Rashid Karimi, new washer at Deventer, start Tuesday 15 December.",
  J("Rashid Karimi", ON("tuesday", D(2026, 12, 15))))

# A fertility clinic (IVF lab, day unit, two locations).
m("nl", "Beste HR,\n\nPer 1 februari komt dr. Charlotte van Leeuwen ons team versterken als gynaecoloog-fertiliteitsarts. Ze werkt op maandag, dinsdag en donderdag. Graag toegang tot het EPD en het labsysteem.\n\nHartelijke groet,\nProf. Maarten Evers\nMedisch manager",
  J("Charlotte van Leeuwen", D(2027, 2, 1)))
m("en", "Hello HR,\n\nOur embryologist Sophie Laurent has handed in her notice: she is leaving us on 28 February to move back to Lyon with her family. Could you plan her exit interview and the return of her lab badge?\n\nThank you,\nRenée Dubois\nLab manager",
  L("Sophie Laurent", D(2027, 2, 28)))
m("nl", "klinisch embryoloog i.o. wessel de graaf begint 1 feb",
  J("Wessel de Graaf", D(2027, 2, 1)))
m("nl", "Kan een gynaecoloog die bij ons alleen op zaterdag punctiedienst draait een eigen account krijgen, of gaat dat via het ziekenhuis?",
  none=True)
m("en", "Marieke Jansen, one of our IVF nurses, becomes our facility coordinator from 1 March (new building).",
  MV("Marieke Jansen", D(2027, 3, 1), FC, None))
m("nl", "Na het datalek hebben we de samenwerking met secretaresse Kim Brouwers vandaag per direct beëindigd.",
  L("Kim Brouwers", NOW))
m("en", "Dear Team, I wish to inform that Dr. Priya Raghunathan will be joining as andrologist with effect from 4th January 2027. Kindly arrange her login. Thanks and regards, Suresh",
  J("Priya Raghunathan", D(2027, 1, 4)))
m("nl", "Softwareontwikkelaar Tim Peeters (patiëntportaal) gaat ons helaas verlaten, laatste werkdag donderdag 14 januari.",
  L("Tim Peeters", ON("donderdag", D(2027, 1, 14)), SE))
m("en", "The lab analyst who was supposed to start in January: we had to withdraw the vacancy because of the budget. Nobody is coming.",
  none=True)
m("nl", "Nieuw bij ons: Esther Blom, doktersassistente, vanaf dinsdag 12 januari op de locatie Leiden.",
  J("Esther Blom", ON("dinsdag", D(2027, 1, 12))))
m("en", "Our counselor (psychosocial support) Amira Haddad leaves in three weeks.",
  L("Amira Haddad", P(21)))
m("nl", "Laborant Freek Hendriks verhuist per 1 januari mee naar ons lab in Den Haag; zelfde functie.",
  MV("Freek Hendriks", D(2027, 1, 1), None, None))
m("en", "New nurses for the IVF day unit: Grace Okafor (11 Jan), Mei Tanaka (18 Jan) and Julia Schmidt (1 Feb).",
  J("Grace Okafor", D(2027, 1, 11)), J("Mei Tanaka", D(2027, 1, 18)), J("Julia Schmidt", D(2027, 2, 1)))
m("nl", "marloes de vries (verpleegkundige) stopt per 1/2, ze gaat naar het umc",
  L("Marloes de Vries", D(2027, 2, 1)))
m("nl", "Hoi Saskia,\n\nGoed nieuws: we hebben een accountmanager gevonden voor de contacten met verzekeraars en verwijzers. Het is Hamza Amrani, hij begint maandag 1 maart. Hij komt bij mij op de kamer.\n\nGroetjes,\nLinda",
  J("Hamza Amrani", ON("maandag", D(2027, 3, 1)), AM))
m("en", "FYI Dr. Jonathan Weiss retired on 30 November; we forgot to tell you. Please close his accounts.",
  L("Jonathan Weiss", D(2026, 11, 30)), past=True)
m("nl", "Kleine wijziging: Rosalie Kroon begint niet op 4 januari maar pas op 18 januari, ze heeft nog een opzegtermijn.",
  J("Rosalie Kroon", D(2027, 1, 18)))
m("en", "tmrw is the last day of our receptionist bianca costa",
  L("Bianca Costa", P(1)))
m("nl", "Anna Kowalczyk komt vanaf volgende week maandag de schoonmaak van het lab doen (eigen dienst, geen uitzendkracht).",
  J("Anna Kowalczyk", NW("maandag")))
m("en", "New receptionist at the Utrecht clinic: Imane Benali, 11-01-2027.",
  J("Imane Benali", D(2027, 1, 11)))
m("nl", "Per 1 februari wordt Niels Vos, nu programmeur bij ons, hoofd IT.",
  MV("Niels Vos", D(2027, 2, 1), None, SE))
m("en", "The temporary contract of lab technician Olivia Brown ends on 31 January. She will not stay.",
  L("Olivia Brown", D(2027, 1, 31)))
m("nl", "Gisteravond is onze collega Diederik Smulders, anesthesioloog, plotseling overleden.",
  L("Diederik Smulders", P(-1)), past=True)
m("en", "Hi Jolanda,\n\nPlease start onboarding for Sara Lindgren, our new patient coordinator. Her first day is Wednesday 6 January; she'll sit at the front desk in Leiden the first week and in Utrecht after that.\n\nCheers,\nMaaike",
  J("Sara Lindgren", ON("wednesday", D(2027, 1, 6))))
m("nl", "Per 15-02-2027 start Youssef El Idrissi als ICT-beheerder (geen ontwikkelaar, hij doet de werkplekken).",
  J("Youssef El Idrissi", D(2027, 2, 15)))

# A care farm (zorgboerderij: day activities, a living group, a farm shop).
m("nl", "Goedemorgen,\n\nOp onze zorgboerderij begint per maandag 4 januari een nieuwe zorgmedewerker: Wilma Koster. Ze begeleidt de dagbesteding bij de koeien en in de moestuin. Kan haar VOG nog even nagelopen worden?\n\nGroet,\nJannie Bosch\nDe Hooiberg",
  J("Wilma Koster", ON("maandag", D(2027, 1, 4)), CW))
m("en", "Hi, two of our farmhands are leaving on Friday: Lucas Meyer (dairy farm job) and Pieter Zijlstra (back to school).",
  L("Lucas Meyer", WD("friday")), L("Pieter Zijlstra", WD("friday")))
m("nl", "begeleider daan hoekstra stopt per 1 jan",
  L("Daan Hoekstra", D(2027, 1, 1)))
m("nl", "Wij krijgen in januari twee stagiaires van het Clusius, hebben die een account nodig?",
  none=True)
m("nl", "Hoi allemaal,\n\nDe woongroep krijgt versterking: Ayşe Korkmaz komt als zorgmedewerker en begint maandag 11 januari. Ze heeft eerder in de gehandicaptenzorg gewerkt en heeft haar rijbewijs, dus ze kan ook de ritjes naar de markt doen.\n\nGroetjes,\nJannie",
  J("Ayşe Korkmaz", ON("monday", D(2027, 1, 11)), CW))
m("nl", "Marjolein Vink gaat per 1 maart van verzorgende in de woongroep naar de planning.",
  MV("Marjolein Vink", D(2027, 3, 1), None, CW))
m("nl", "Dag Lieve, Elke Verstraeten vervoegt ons vanaf 18 januari als zorgkundige op de boerderij in Herentals. Gelieve alles in orde te brengen. Mvg, Bart",
  J("Elke Verstraeten", D(2027, 1, 18), CW))
m("en", "We let go of Jake Turner yesterday (repeated no-shows). He no longer works here.",
  L("Jake Turner", P(-1)), past=True)
m("nl", "Vanaf januari werkt Trudy drie dagen in plaats van vier.",
  none=True)
m("nl", "Per zaterdag 19 december komt Bram Otten de weekenden helpen bij de dieren, als oproepkracht.",
  J("Bram Otten", ON("zaterdag", D(2026, 12, 19))))
m("en", "Two new colleagues from 1 February: Ellen Visscher (care worker) and Ton Molenaar (facilities coordinator for the farm and the shop).",
  J("Ellen Visscher", D(2027, 2, 1), CW), J("Ton Molenaar", D(2027, 2, 1), FC))
m("nl", "Vergeten te melden: Fenna Bakker is afgelopen maandag al begonnen als zorgmedewerker. Kan ze nog een account krijgen?",
  J("Fenna Bakker", P(-3), CW), past=True)
m("en", "Our caregiver Rosa Alvarez is going on unpaid leave for three months from January.",
  none=True)
m("nl", "Boer Gerrit Pool, die de boerderij 25 jaar heeft gerund, gaat eind januari met pensioen.",
  L("Gerrit Pool", D(2027, 1, 31)))
m("en", "Hi all,\n\nNoah de Jong (carer) moves to our second location in Lochem from Monday 4 January; same job, same hours. His key for the medication cabinet here has to be handed in, and he needs one for Lochem.\n\nRegards,\nPim",
  MV("Noah de Jong", ON("monday", D(2027, 1, 4)), CW, CW))
m("nl", "Martin Leenders komt ons team versterken als verkoper in de boerderijwinkel, start 9 januari.",
  J("Martin Leenders", D(2027, 1, 9), AM))
m("en", "Short one: Victor Lemaire, our carer on the weekend shifts, leaves 31/12.",
  L("Victor Lemaire", D(2026, 12, 31), CW))
m("nl", "laatste werkdag van tessa de wit is vrijdag 18 december",
  L("Tessa de Wit", ON("vrijdag", D(2026, 12, 18))))
m("en", "Good day, kindly note that Mrs. Chiamaka Eze shall resume duty as healthcare assistant on Monday, 1st February 2027. Thank you.",
  J("Chiamaka Eze", ON("monday", D(2027, 2, 1)), CW))
m("nl", "Het contract van Hanna Berends, verzorgende op de woongroep, loopt 31 januari af. We verlengen niet.",
  L("Hanna Berends", D(2027, 1, 31), CW))
m("en", "Luuk's start is postponed, we don't know until when. I'll let you know.",
  none=True)
m("nl", "Vanaf 1 april wordt Ingrid Smeets, nu zorgmedewerker, coördinator vrijwilligers.",
  MV("Ingrid Smeets", D(2027, 4, 1), None, CW))
m("en", "Kwabena Mensah will start as carer in three weeks.",
  J("Kwabena Mensah", P(21), CW))
m("nl", "Volgende week vrijdag is de laatste werkdag van Corrie Evers, onze kok.",
  L("Corrie Evers", NW("vrijdag")))
m("nl", "Onze dierverzorger Joost Maas stopt per 1 maart, hij gaat naar de kinderboerderij in Deventer.",
  L("Joost Maas", D(2027, 3, 1)))

# A crane hire company (mobile cranes, tower cranes, heavy transport).
m("nl", "Beste Petra,\n\nWe hebben een nieuwe machinist voor de 200-tons mobiele kraan: Erik Zwart. Hij begint dinsdag 5 januari en heeft zijn TCVT-diploma. Graag een account voor de urenapp en een telefoon.\n\nMet vriendelijke groet,\nHarm Mulder\nPlanning Kraanverhuur Mulder",
  J("Erik Zwart", ON("dinsdag", D(2027, 1, 5))))
m("en", "rigger ben carter starts mon 14 dec",
  J("Ben Carter", ON("monday", D(2026, 12, 14))))
m("nl", "Onze vertegenwoordiger voor het zuiden, Roel Janssens, vertrekt per 1 maart naar een concurrent.",
  L("Roel Janssens", D(2027, 3, 1), AM))
m("nl", "Mogen chauffeurs van ingehuurde diepladers ook in de planningsapp, of alleen ons eigen personeel?",
  none=True)
m("nl", "Goedemiddag Petra,\n\nSinan Arslan, die nu nog op de 60-tons kraan zit, wordt per 1 februari planner op kantoor. Zijn rug maakt het kraanwerk lastig en hij kent de klanten goed. Hij heeft dus een werkplek en een laptop nodig.\n\nGroet,\nHarm",
  MV("Sinan Arslan", D(2027, 2, 1), None, None))
m("nl", "Jeroen Wouters is vandaag ontslagen; hij heeft onder invloed met een kraan gereden. Alles per direct blokkeren.",
  L("Jeroen Wouters", NOW))
m("en", "Hello together, from 01.03.2027 Mr. Florian Becker begins by us as sales representative for the region Niedersachsen. Many greetings, Uwe",
  J("Florian Becker", D(2027, 3, 1), AM))
m("nl", "Over twee weken begint Dirk-Jan Veenstra als werkplaatschef.",
  J("Dirk-Jan Veenstra", P(14)))
m("en", "Hi! Our facilities coordinator Paula Greene leaves at the end of February.",
  L("Paula Greene", D(2027, 2, 28), FC))
m("nl", "Per maandag 8 februari ruilen Hakan Yildiz en Stefan Kuiper van vestiging: Hakan gaat naar Moerdijk, Stefan naar Venlo. Beiden blijven machinist.",
  MV("Hakan Yildiz", ON("maandag", D(2027, 2, 8)), None, None), MV("Stefan Kuiper", ON("maandag", D(2027, 2, 8)), None, None))
m("en", "Milan Horvat had his last shift on Sunday; he's moved back to Croatia. Sorry for the delay.",
  L("Milan Horvat", P(-4)), past=True)
m("nl", "Onze planner gaat vanaf februari een half jaar op sabbatical. Wie regelt dat?",
  none=True)
m("nl", "Per 1-2 komt er een softwareontwikkelaar bij voor het telematicasysteem, Lars Bakker.",
  J("Lars Bakker", D(2027, 2, 1), SE))
m("en", "Correction: Owen Price leaves on 15 January, not on 29 January as I wrote earlier.",
  L("Owen Price", D(2027, 1, 15)))
m("nl", "hoi, jesse de haan (monteur) begint morgen",
  J("Jesse de Haan", P(1)))
m("en", "Good afternoon,\n\nAfter 41 years in cranes, our senior operator Derek Walsh is retiring. His last working day is Friday 22 January 2027. We'll give him a proper send-off at the yard.\n\nBest,\nAlison Ward\nOperations",
  L("Derek Walsh", ON("friday", D(2027, 1, 22))))
m("nl", "Sanne Huisman, nu administratief medewerker, gaat vanaf 4 januari naar de facilitaire dienst in Moerdijk.",
  MV("Sanne Huisman", D(2027, 1, 4), FC, None))
m("en", "Extra rigger for the windmill job: Cezary Mazur, from 4 Jan until the end of March.",
  J("Cezary Mazur", D(2027, 1, 4)))
m("nl", "Twee uitzendkrachten per week 2: Pawel Kaminski en Andrzej Lis, beiden als rigger.",
  J("Pawel Kaminski", WK(2)), J("Andrzej Lis", WK(2)))
m("en", "Please note Kevin Doyle's last day is today. He resigned last month.",
  L("Kevin Doyle", NOW))
m("nl", "Beste collega's,\n\nVanaf 18 januari 2027 is Bouchra Ziani onze nieuwe accountmanager voor de bouwbedrijven in de Randstad. Ze komt van een steigerbouwer en kent de markt dus goed. Willen jullie haar de eerste weken wegwijs maken?\n\nMet vriendelijke groet,\nDirectie Kraanverhuur Mulder",
  J("Bouchra Ziani", D(2027, 1, 18), AM))
m("nl", "Met groot verdriet melden we dat onze kraanman Luc Vermeersch vorige week dinsdag is overleden.",
  L("Luc Vermeersch", LW("dinsdag")), past=True)
m("en", "Elif Şahin will join our planning team next Wednesday.",
  J("Elif Şahin", WD("wednesday")))
m("nl", "Het contract van stagiair Thijmen Vos loopt eind januari af.",
  L("Thijmen Vos", D(2027, 1, 31)))
m("en", "The developer we hired for the load-chart calculator, Arjun Mehta, starts 1/3.",
  J("Arjun Mehta", D(2027, 3, 1), SE))

# ---- end of messages ----


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
        where = "s%03d" % i
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
            out.write(json.dumps({"id": "s%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-23.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
