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

# ---- Part 2 (s151-s320) -------------------------------------------------------------
# A chain of petrol stations with shops (motorway and town sites).
m("nl", "Goedemorgen Karin,\n\nVoor het tankstation aan de A12 bij Bunnik hebben we een nieuwe shopmanager: Gertjan Kamphuis. Hij begint op maandag 4 januari en loopt eerst twee diensten mee met Rianne. Wil je zorgen dat hij een kassalogin en een sleutel van de kluis krijgt?\n\nGroet,\nMichel Brands\nRegiomanager Midden",
  J("Gertjan Kamphuis", ON("maandag", D(2027, 1, 4))))
m("en", "night cashier amy walsh starts sunday",
  J("Amy Walsh", WD("sunday")))
m("nl", "Onze verkoper tankpassen en zakelijke klanten, Orlando Martina, stopt per 31 januari. Hij gaat naar een energieleverancier; zijn klanten verdelen we onder het team.",
  L("Orlando Martina", D(2027, 1, 31), AM))
m("nl", "Hoe zit het met medewerkers van de franchisenemers, melden die zelf hun mensen aan?",
  none=True)
m("nl", "Hallo Karin,\n\nTomasz Zieliński, nu ploegleider op ons station in Hoogeveen, gaat per maandag 14 december naar Zwolle-Noord. Hij blijft ploegleider, alleen de locatie verandert. Zijn pas moet dus ook op Zwolle werken.\n\nGroet,\nMichel",
  MV("Tomasz Zieliński", ON("monday", D(2026, 12, 14)), None, None))
m("nl", "joyce ter horst begint morgen in de shop op de a28",
  J("Joyce ter Horst", P(1)))
m("en", "Ryan Holloway was dismissed on Monday for theft from the till at our Arnhem station. Please disable his login and his rights in the loyalty-card portal.",
  L("Ryan Holloway", P(-3)), past=True)
m("nl", "Hoi,\n\nPer 1 februari krijgen we twee nieuwe collega's op het hoofdkantoor: Eveline de Ridder als accountmanager voor de leasemaatschappijen en Sjoerd Wiersma als facilitair medewerker. Beiden werken vanuit Amersfoort.\n\nMvg,\nFemke Post\nHR",
  J("Eveline de Ridder", D(2027, 2, 1), AM), J("Sjoerd Wiersma", D(2027, 2, 1), FC))
m("nl", "Ricky Hazelaar begint maandag week 2 als medewerker wasbox.",
  J("Ricky Hazelaar", WK(2)))
m("en", "It is with sadness that I tell you our cashier Doreen Pike passed away last night.",
  L("Doreen Pike", P(-1)), past=True)
m("nl", "Dag Griet, Jens Aerts vervoegt ons tankstation in Lier vanaf maandag 11 januari als shopbediende. Gelieve zijn toegang tot de kassa te regelen. Mvg, Hans",
  J("Jens Aerts", ON("maandag", D(2027, 1, 11))))
m("nl", "Onze stationsmanager in Ede zit sinds vorige week ziek thuis en dat kan lang gaan duren. Moet ik iets doen in Handover?",
  none=True)
m("nl", "We hebben een ontwikkelaar aangenomen voor de spaarapp, Reza Mohammadi. Start maandag 1 februari; hij werkt de eerste maand vanuit Amersfoort, daarna hybride.",
  J("Reza Mohammadi", ON("maandag", D(2027, 2, 1)), SE))
m("nl", "Correctie: Ingeborg Vlasman stopt niet per 1 januari maar al op 24 december.",
  L("Ingeborg Vlasman", D(2026, 12, 24)))
m("en", "Hello, Mr Serkan Aydemir is starting like station manager in Venlo at 18-01-2027. Thank you.",
  J("Serkan Aydemir", D(2027, 1, 18)))
m("nl", "Over 3 weken begint Marleen Jonkman als regiomanager Noord. Ze krijgt de auto van haar voorganger, dus alleen een laptop en telefoon graag.",
  J("Marleen Jonkman", P(21)))
m("nl", "Ploegleider Demi Hoogland wordt per 1 maart vertegenwoordiger voor onze tankpassen.",
  MV("Demi Hoogland", D(2027, 3, 1), AM, None))
m("nl", "kassamedewerker lotte berg laatste dienst za 19/12",
  L("Lotte Berg", ON("zaterdag", D(2026, 12, 19))))
m("en", "From 1/2/2027 Kofi Boateng is our new facility coordinator for the motorway sites.",
  J("Kofi Boateng", D(2027, 2, 1), FC))
m("nl", "De nieuwe nachtkracht voor Gorinchem komt toch niet, hij heeft zich bedacht.",
  none=True)
m("nl", "Shopmedewerker Nick Schouwenaar is vandaag op staande voet ontslagen; toegang graag meteen intrekken.",
  L("Nick Schouwenaar", NOW))
m("en", "Hello everyone,\n\nOn Wednesday 30 December our longest-serving attendant, Bernard Vissers, works his last shift before his retirement. He started when the station still had pump attendants! Please collect his keys and deactivate his badge after his shift.\n\nThanks,\nMonica Faber\nStation manager Breukelen",
  L("Bernard Vissers", ON("wednesday", D(2026, 12, 30))))
m("nl", "Vertegenwoordiger Hanneke Dros gaat per 1 februari de regio Zuid doen in plaats van Oost; functie blijft hetzelfde.",
  MV("Hanneke Dros", D(2027, 2, 1), AM, AM))
m("nl", "Goedemiddag,\n\nOp het hoofdkantoor begint op 4 januari een nieuwe boekhouder, Natalia Ivanova. Ze komt uit Sofia maar woont al tien jaar in Utrecht. Graag een laptop met twee schermen en toegang tot Exact.\n\nGroet,\nFemke Post\nHR",
  J("Natalia Ivanova", D(2027, 1, 4)))
m("nl", "Dave Koning werkt nog tot en met 15 januari bij ons in Nijkerk. Daarna gaat hij bij de brandweer aan de slag, dus zijn pas en sleutels komen die dag terug.",
  L("Dave Koning", D(2027, 1, 15)))
m("en", "Can you also order a fuel card for Jelmer Bosma? He starts as sales rep for the business customers on 1 February.",
  J("Jelmer Bosma", D(2027, 2, 1), AM))
m("nl", "Nadia Chaouch is vorige week vrijdag gestopt, het was haar eigen keuze. Haar pas moet nog gedeactiveerd worden.",
  L("Nadia Chaouch", LW("vrijdag")), past=True)
m("en", "Please add two students for the weekends at A2 Vinkeveen: Milo Brandsma and Sofia Rossi, both from Saturday 12 December.",
  J("Milo Brandsma", ON("saturday", D(2026, 12, 12))), J("Sofia Rossi", ON("saturday", D(2026, 12, 12))))

# A nature conservation organisation (rangers, ecologists, visitor centres).
m("nl", "Beste collega's,\n\nIk ben blij te melden dat Maaike Hoogenboom per maandag 1 februari bij ons begint als boswachter publiek in het Drents-Friese Wold. Ze komt van Staatsbosbeheer en neemt de excursies en de vrijwilligers over van Gerben.\n\nHartelijke groet,\nTineke Smid\nTeamleider Noord",
  J("Maaike Hoogenboom", ON("maandag", D(2027, 2, 1))))
m("en", "ecologist femi adebayo starts 11 january, herpetology team",
  J("Femi Adebayo", D(2027, 1, 11)))
m("nl", "Onze boswachter beheer Klaas Ruiter gaat na 38 jaar met pensioen; hij stopt op 1 april.",
  L("Klaas Ruiter", D(2027, 4, 1)))
m("nl", "Hebben vrijwilligers die de bezoekerscentra bemensen een account nodig? We hebben er zo'n 80.",
  none=True)
m("en", "Hello HR,\n\nRuud Scholten, currently a ranger in the Veluwe team, moves to the Biesbosch area from 4 January, same work. He'll be based at the Drimmelen post from then on, so his access there should be arranged and his Veluwe keys handed in.\n\nRegards,\nJeroen",
  MV("Ruud Scholten", D(2027, 1, 4), None, None))
m("nl", "Laura Jansen-Bosch begint vanaf dinsdag 2 februari als fondsenwerver (relatiebeheer bedrijven).",
  J("Laura Jansen-Bosch", ON("dinsdag", D(2027, 2, 2))))
m("nl", "We hebben een developer aangenomen voor de vogeltel-app: Mateo Fernández. Hij begint op 18 januari en werkt grotendeels thuis in Nijmegen.",
  J("Mateo Fernández", D(2027, 1, 18), SE))
m("nl", "Onze vrijwilligerscoördinator Johan Bleeker is zondag bij een ongeval om het leven gekomen.",
  L("Johan Bleeker", P(-4)), past=True)
m("en", "Our GIS specialist is on parental leave every Friday from January until the summer.",
  none=True)
m("nl", "Goedemorgen,\n\nPer 1 maart wordt Mirjam Kuipers, nu medewerker bezoekerscentrum, facilitair coördinator van ons kantoor in Driebergen. Ze neemt het over van een extern bureau en heeft dan een sleutel van het hele pand en een alarmcode nodig.\n\nGroet,\nHetty van Dam\nOfficemanager",
  MV("Mirjam Kuipers", D(2027, 3, 1), FC, None))
m("en", "Please close the accounts of seasonal guide Pablo Reyes; his contract ended on 30 November.",
  L("Pablo Reyes", D(2026, 11, 30)), past=True)
m("nl", "dag ine, wout de smet begint 4/1 als natuurwachter in de kempen. mvg",
  J("Wout de Smet", D(2027, 1, 4)))
m("nl", "Onze twee stagiairs, Hidde Boersma en Lena Vogel, ronden vrijdag 18 december hun stage af.",
  L("Hidde Boersma", ON("vrijdag", D(2026, 12, 18))), L("Lena Vogel", ON("vrijdag", D(2026, 12, 18))))
m("nl", "Martijn Veldkamp, ontwikkelaar van onze waarnemingensite, wordt per 1 februari teamleider data.",
  MV("Martijn Veldkamp", D(2027, 2, 1), None, SE))
m("en", "Contract of field assistant Callum Fraser ends end of February, no extension.",
  L("Callum Fraser", D(2027, 2, 28)))
m("nl", "De start van de nieuwe boswachter in Zeeland gaat voorlopig niet door, de financiering is nog niet rond.",
  none=True)
m("en", "Hi everyone,\n\nAmandine Girard will join us as communications officer next Tuesday. She'll work on the spring campaign for the heathland and on our newsletter. Could IT make sure her laptop and Adobe licence are ready?\n\nThanks!\nCharlotte Visser\nHead of Communications",
  J("Amandine Girard", WD("tuesday")))
m("nl", "nieuwe collega: sem van dijk, vanaf volgende week donderdag op de administratie van het bezoekerscentrum",
  J("Sem van Dijk", NW("donderdag")))
m("en", "Dear HR,\n\nI regret to inform you that our senior ecologist Dr. Hendrika Brouwer has decided to leave the organisation. Her last working day will be Friday 29 January 2027. She is joining the province as a policy advisor. Her field equipment will be handed over to the team.\n\nKind regards,\nPeter Lambers\nHead of Research",
  L("Hendrika Brouwer", ON("friday", D(2027, 1, 29))))
m("nl", "Ivan Petrov is vanmiddag ontslagen. Graag zijn toegang tot de werkschuur en de dienstauto per direct intrekken.",
  L("Ivan Petrov", NOW))
m("nl", "Sanne Oosterhuis en Bart Reitsma van het team Texel stoppen allebei over twee weken; ze beginnen samen een ecologisch adviesbureau.",
  L("Sanne Oosterhuis", P(14)), L("Bart Reitsma", P(14)))
m("nl", "Voor de bedrijfspartnerships hebben we een accountmanager gevonden: Joost Beekman. Hij begint 1 maart 2027 en kent via zijn vorige baan bij een goed doel veel bedrijven in de regio.",
  J("Joost Beekman", D(2027, 3, 1), AM))
m("en", "Tim from the Texel team goes from 36 to 24 hours a week in January.",
  none=True)
m("nl", "Geertje Hof is overmorgen voor het laatst, haar tijdelijke contract zit erop.",
  L("Geertje Hof", P(2)))
m("en", "New seasonal rangers from 1 March: Thijs Aalders, Anouk van der Meer and Ravi Kapoor.",
  J("Thijs Aalders", D(2027, 3, 1)), J("Anouk van der Meer", D(2027, 3, 1)), J("Ravi Kapoor", D(2027, 3, 1)))
m("nl", "Per 18-1 gaat Henk Jan Prins van de buitendienst naar het bezoekerscentrum in Appelscha.",
  MV("Henk Jan Prins", D(2027, 1, 18), None, None))
m("en", "Forgot to tell you: Lukas Hofmann joined on 1 December as a volunteer coordinator.",
  J("Lukas Hofmann", D(2026, 12, 1)), past=True)
m("nl", "Aanvulling op de lijst van januari: ook Sietske Hellinga begint dan, op 11-01, als administratief medewerker.",
  J("Sietske Hellinga", D(2027, 1, 11)))

# A pizza delivery chain (stores, drivers, a franchise desk).
m("nl", "Hoi Jasper,\n\nIn onze vestiging in Leeuwarden begint een nieuwe bedrijfsleider: Yusuf Öztürk. Zijn eerste dag is vrijdag 8 januari, hij krijgt de sleutels van Marco. Kun je zorgen dat hij in het kassasysteem en het roosterprogramma komt?\n\nGroet,\nSandra Wijnberg\nArea manager Noord",
  J("Yusuf Öztürk", ON("vrijdag", D(2027, 1, 8))))
m("en", "new driver kai müller starts fri",
  J("Kai Müller", WD("friday")))
m("nl", "bezorger lars de jong stopt per 20 dec",
  L("Lars de Jong", D(2026, 12, 20)))
m("en", "Hi,\n\nStore manager Priya Nair moves from Haarlem to our new store in Hoofddorp on Monday 1 February. Her deputy will run Haarlem until we find someone. Please give her access to the Hoofddorp alarm and cash office.\n\nThanks,\nSandra",
  MV("Priya Nair", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Hebben scooterbezorgers van het uitzendbureau ook een Handover-formulier nodig?",
  none=True)
m("en", "We fired Connor Mills this afternoon (drove the scooter without a licence). No more access please.",
  L("Connor Mills", NOW))
m("nl", "Goedemorgen,\n\nPer 1 februari begint Wouter Hazeleger als developer van de bestelapp. Hij komt van een webbureau in Utrecht en gaat eerst de betaalmodule herbouwen. Graag toegang tot GitLab en de testomgeving.\n\nGroet,\nNiek Vermeer\nCTO",
  J("Wouter Hazeleger", D(2027, 2, 1), SE))
m("en", "Good morning, I want to say you that Giuseppe Esposito will begin as pizzaiolo in Groningen the 14 of December.",
  J("Giuseppe Esposito", D(2026, 12, 14)))
m("nl", "Bezorger Sami Nasser wordt per 4 januari assistent-bedrijfsleider in Rotterdam-Zuid.",
  MV("Sami Nasser", D(2027, 1, 4), None, None))
m("nl", "Eva Lindholm heeft opgezegd; haar laatste dag in de winkel in Delft is 31 dec.",
  L("Eva Lindholm", D(2026, 12, 31)))
m("nl", "Vier nieuwe bezorgers in Tilburg per week 51: Bilal Aziz, Luca Romano, Jesper Kroes en Damian Wróbel.",
  J("Bilal Aziz", WK(51, year=2026)), J("Luca Romano", WK(51, year=2026)), J("Jesper Kroes", WK(51, year=2026)),
  J("Damian Wróbel", WK(51, year=2026)))
m("en", "Hi team,\n\nOur franchise account manager Sophie Verhaegen is leaving us to join a burger chain. Her last working day is Thursday 28 January. Until we hire someone new, franchisees can go to Mark with their questions.\n\nBest regards,\nDaan Hoogstraten\nHead of Franchise",
  L("Sophie Verhaegen", ON("thursday", D(2027, 1, 28)), AM))
m("nl", "Dag An, vanaf 11 januari vervoegt Kenzo Van den Broeck ons filiaal in Mechelen als ploegverantwoordelijke. Gelieve een login aan te maken. Mvg, Stijn",
  J("Kenzo Van den Broeck", D(2027, 1, 11)))
m("en", "The contract of delivery rider Lucy Armstrong ends on 2/1. She won't be coming back.",
  L("Lucy Armstrong", D(2027, 1, 2)))
m("nl", "Morgen over een week begint Ilona Verschoor in de keuken in Zwolle.",
  J("Ilona Verschoor", P(8)))
m("en", "Update: Tariq Hussain does not start on the 7th but on Monday 14 December, his VOG isn't ready yet.",
  J("Tariq Hussain", ON("monday", D(2026, 12, 14))))
m("nl", "We hebben een facilitair coördinator voor alle vestigingen in Zuid-Holland: Rachel Mulders, ze begint maandag 18 januari.",
  J("Rachel Mulders", ON("maandag", D(2027, 1, 18)), FC))
m("en", "Just heard that Joe Kaminski quit on the spot yesterday evening. Can you block his app access?",
  L("Joe Kaminski", P(-1)), past=True)
m("nl", "Mustafa gaat vanaf 1 januari alleen nog in het weekend werken.",
  none=True)
m("en", "Friday next week is the last day of Stella Rowe, our marketing manager.",
  L("Stella Rowe", NW("friday")))
m("nl", "Per 1-3-2027 gaat softwareontwikkelaar Jeroen Staal naar ons zusterbedrijf; hij verlaat ons dus.",
  L("Jeroen Staal", D(2027, 3, 1), SE))
m("en", "new store manager for Amersfoort-Vathorst: Hakim Belhaj, starting 25/01",
  J("Hakim Belhaj", D(2027, 1, 25)))
m("nl", "Met pijn in het hart laten we weten dat onze bezorger Dylan Brink afgelopen zaterdag is verongelukt.",
  L("Dylan Brink", P(-5)), past=True)
m("nl", "Hoi Sandra,\n\nIn Almere begint op 1 februari een nieuwe bedrijfsleider, Fleur Janssen. Bas Kolk, die de winkel nu runt, heeft zijn laatste werkdag op 29 januari; hij begint een eigen lunchroom. Ze werken dus net niet samen, de overdracht doe ik zelf.\n\nGroet,\nJasper",
  J("Fleur Janssen", D(2027, 2, 1)), L("Bas Kolk", D(2027, 1, 29)))
m("nl", "ontslag genomen: Kim de Boer, bedrijfsleider Apeldoorn. laatste werkdag 17-01.",
  L("Kim de Boer", D(2027, 1, 17)))
m("en", "Hi Jasper,\n\nGood news for the business side: Sam Okonkwo will start as a sales representative for the office-lunch orders on Wednesday 3 February. He'll be based at head office but on the road most days, so he needs a laptop, a phone and a parking card.\n\nCheers,\nNina",
  J("Sam Okonkwo", ON("wednesday", D(2027, 2, 3)), AM))
m("nl", "tom ververs (bezorger) heeft opgezegd, laatste dienst zondag 3 jan",
  L("Tom Ververs", ON("zondag", D(2027, 1, 3))))
m("en", "Driver Ethan Carlisle resigned. Last shift: Sunday 10 January.",
  L("Ethan Carlisle", ON("sunday", D(2027, 1, 10))))

# An indoor karting track with event rooms.
m("nl", "Goedemiddag,\n\nPer zaterdag 2 januari begint Dennis Hoogendoorn bij ons als baanmarshal op de indoorbaan. Hij werkt vooral in de weekenden en in de kerstvakantie. Kunnen jullie een account voor het reserveringssysteem en een portofoon regelen?\n\nMet sportieve groet,\nRené Bakker\nBaanmanager",
  J("Dennis Hoogendoorn", ON("zaterdag", D(2027, 1, 2))))
m("en", "kart mechanic jack o'reilly leaves us, last day 15 jan",
  L("Jack O'Reilly", D(2027, 1, 15)))
m("nl", "Onze verkoper bedrijfsevents Mireille Smeets vertrekt eind februari. Ze heeft zes jaar lang alle personeelsuitjes binnengehaald, we gaan haar missen.",
  L("Mireille Smeets", D(2027, 2, 28), AM))
m("en", "Do the kids' party hosts who work twice a month need their own login?",
  none=True)
m("nl", "Receptioniste Naomi Brinkman wordt vanaf 1 maart facilitair medewerker voor de hal en de horeca.",
  MV("Naomi Brinkman", D(2027, 3, 1), FC, None))
m("en", "Please onboard Valentina Greco, event host, from next Saturday.",
  J("Valentina Greco", WD("saturday")))
m("nl", "Jordy Kramer is afgelopen dinsdag ontslagen na een aanrijding met een klant. Graag alles afsluiten.",
  L("Jordy Kramer", P(-2)), past=True)
m("nl", "Onze programmeur van het boekingssysteem, Felix Wagner, gaat als freelancer verder; zijn laatste dag bij ons is dinsdag 12 januari.",
  L("Felix Wagner", ON("dinsdag", D(2027, 1, 12)), SE))
m("nl", "nieuwe baanmarshal mila hendrix per 19 dec",
  J("Mila Hendrix", D(2026, 12, 19)))
m("en", "Hello, I inform you that Antoine Lefèvre will start by us as track manager the 1 February. Cordialement, Julien",
  J("Antoine Lefèvre", D(2027, 2, 1)))
m("nl", "Niet op 11 januari maar al op maandag 4 januari begint Roy Dekkers in de werkplaats; zijn vorige werkgever laat hem eerder gaan.",
  J("Roy Dekkers", ON("maandag", D(2027, 1, 4))))
m("en", "Sebastian Kraus starts the week after next, on the Monday, as catering lead.",
  J("Sebastian Kraus", D(2026, 12, 14)))
m("nl", "Vanaf 1 februari ruilen Ilse Meijerink (nu planner) en Jort Bakhuis (nu verkoper zakelijke events) van functie.",
  MV("Ilse Meijerink", D(2027, 2, 1), AM, None), MV("Jort Bakhuis", D(2027, 2, 1), None, AM))
m("en", "Our founder Harold Whitfield passed away on 29 November, aged 74. He still came in every week.",
  L("Harold Whitfield", D(2026, 11, 29)), past=True)
m("nl", "Facilitair coördinator Joyce Lammerts stopt; haar laatste werkdag is donderdag 31 december. Ze gaat na twaalf jaar iets heel anders doen.",
  L("Joyce Lammerts", ON("donderdag", D(2026, 12, 31)), FC))
m("en", "Ahmad Rahimi joins as kart mechanic on January 18th.",
  J("Ahmad Rahimi", D(2027, 1, 18)))
m("nl", "Uitstel: Stijn Goris begint een week later dan gepland, dus op 18 januari in plaats van 11 januari.",
  J("Stijn Goris", D(2027, 1, 18)))
m("en", "hi, our cleaner maria santos stopped last friday",
  L("Maria Santos", P(-6)), past=True)
m("nl", "Dag Evi,\n\nGraag laat ik weten dat Ruben Claeys onze baan in Kortrijk vervoegt als onthaalmedewerker. Hij start op woensdag 6 januari 2027. Gelieve zijn badge en login tegen dan in orde te brengen.\n\nMet vriendelijke groeten,\nWard Decock\nZaakvoerder",
  J("Ruben Claeys", ON("woensdag", D(2027, 1, 6))))
m("en", "Still no news about the new event planner, sorry. Probably February.",
  none=True)
m("nl", "Vanaf maandag 25 januari is Lotte van Kempen onze nieuwe accountmanager voor scholen en bedrijfsuitjes.",
  J("Lotte van Kempen", ON("maandag", D(2027, 1, 25)), AM))
m("en", "Effective today, Marcus Grey is no longer employed with us. Please revoke everything.",
  L("Marcus Grey", NOW))
m("nl", "Over vijf weken begint Jesse Rutten als monteur.",
  J("Jesse Rutten", P(35)))
m("nl", "Noor Haddou, gastvrouw bij de events, gaat per 1 januari naar onze baan in Utrecht (zelfde functie).",
  MV("Noor Haddou", D(2027, 1, 1), None, None))
m("nl", "Oud-collega Henny Wessels komt terug als oproepkracht voor de kerstdrukte, vanaf 18 december.",
  J("Henny Wessels", D(2026, 12, 18)))
m("en", "Pedro Henrique Souza starts on 4 January as track marshal.",
  J("Pedro Henrique Souza", D(2027, 1, 4)))
m("nl", "Uitzendkracht Wendy Koopmans werkt t/m 3 januari bij ons en dan stopt haar inzet.",
  L("Wendy Koopmans", D(2027, 1, 3)))
m("en", "Two new hosts for the kids' parties, Zara Ahmed and Lily Bennett, both start on 9 January.",
  J("Zara Ahmed", D(2027, 1, 9)), J("Lily Bennett", D(2027, 1, 9)))

# A blood bank (donor centres, a mobile blood bus, a lab, a distribution hub).
m("nl", "Beste HR,\n\nPer 1 februari begint Femke Groenewegen als donorarts op de afnamelocatie in Nijmegen. Ze werkt drie dagen per week en heeft een BIG-registratie. Graag toegang tot het donorsysteem en een pas voor de locatie.\n\nMet vriendelijke groet,\nDr. Arnoud Bleijenberg\nMedisch leidinggevende",
  J("Femke Groenewegen", D(2027, 2, 1)))
m("en", "donor assistant ji-woo park starts monday 7 december",
  J("Ji-woo Park", ON("monday", D(2026, 12, 7))))
m("nl", "Bloedafnemers Gülay Erdem en Marja Bouwman stoppen allebei per 1 maart. Gülay verhuist naar Turkije en Marja gaat met pensioen.",
  L("Gülay Erdem", D(2027, 3, 1)), L("Marja Bouwman", D(2027, 3, 1)))
m("nl", "Is er een apart proces voor het personeel van de bloedbus, of is het hetzelfde?",
  none=True)
m("nl", "Hallo,\n\nPer 15 februari wordt Ronald Stegeman, nu chauffeur van de bloedbus, facilitair medewerker in Amsterdam. Hij heeft last van zijn knie en wil niet meer rijden. Hij heeft dan wel de sleutels van het pand nodig.\n\nGroet,\nMarjan",
  MV("Ronald Stegeman", D(2027, 2, 15), FC, None))
m("en", "Dear Sir/Madam,\n\nThis is to inform you that Mr. Anil Kumar Reddy has been appointed as software developer for the donor app and will join on 11th January 2027. Kindly create his credentials at the earliest.\n\nWarm regards,\nDeepa Menon\nIT Vendor Management",
  J("Anil Kumar Reddy", D(2027, 1, 11), SE))
m("nl", "Dag Katrien, Jolien Peeters vervoegt vanaf maandag 18 januari het team van het bloedcentrum in Leuven als verpleegkundige. Gelieve alles klaar te zetten. Mvg, Wim",
  J("Jolien Peeters", ON("maandag", D(2027, 1, 18))))
m("en", "FYI: Laura Pemberton left on 27 November. Her accounts are probably still active.",
  L("Laura Pemberton", D(2026, 11, 27)), past=True)
m("nl", "nieuwe donorassistent: bram de groot, begint volgende week dinsdag",
  J("Bram de Groot", NW("dinsdag")))
m("en", "Our lab technician Geoffrey Amankwah died suddenly on Tuesday. We are all in shock.",
  L("Geoffrey Amankwah", P(-2)), past=True)
m("nl", "Voor de ziekenhuizen hebben we nu een vaste accountmanager, Pim Verweij. Hij begint op 4-1-2027.",
  J("Pim Verweij", D(2027, 1, 4), AM))
m("en", "Renate will work four days instead of five from February.",
  none=True)
m("nl", "Programmeur Dirk van Houten van het donorportaal gaat weg, zijn laatste dag is 22 januari. Zijn code staat gelukkig allemaal in Git.",
  L("Dirk van Houten", D(2027, 1, 22), SE))
m("en", "Three new donor assistants in week 4: Chloé Martin (Monday), Ibrahim Sesay (Wednesday) and Hanna Lindström (Thursday).",
  J("Chloé Martin", WK(4)), J("Ibrahim Sesay", WK(4, "wednesday")), J("Hanna Lindström", WK(4, "thursday")))
m("nl", "Teamleider afname Yvette Dam gaat per 1 januari naar de locatie Utrecht, zelfde functie.",
  MV("Yvette Dam", D(2027, 1, 1), None, None))
m("en", "Kyle Morgan has been dismissed with immediate effect today. Please also block his badge for the fridge room.",
  L("Kyle Morgan", NOW))
m("nl", "Rob Kuijsten stopt op 31-01, hij gaat met vervroegd pensioen.",
  L("Rob Kuijsten", D(2027, 1, 31)))
m("en", "Hello,\n\nStart date change: Olaf Jensen, our new lab analyst from Aarhus, now begins on 1 March instead of 1 February. His visa paperwork took longer than expected. Please move his onboarding tasks accordingly.\n\nRegards,\nKarin Mol\nLab Management",
  J("Olaf Jensen", D(2027, 3, 1)))
m("nl", "De verpleegkundige die in januari zou beginnen heeft afgezegd. Het formulier mag weg.",
  none=True)
m("nl", "Beste HR,\n\nVoor het nieuwe distributiecentrum in Amersfoort hebben we een facility coordinator aangenomen: Brenda Achterberg. Haar eerste dag is maandag 11 januari. Ze regelt daar straks de toegang, de schoonmaak en het onderhoud van de koelcellen.\n\nMet vriendelijke groet,\nErwin Bosscher\nManager Logistiek",
  J("Brenda Achterberg", ON("maandag", D(2027, 1, 11)), FC))
m("nl", "Vanaf 1/2 gaat Annemiek Bloem van de planning naar de verkoop: ze wordt accountmanager voor de ziekenhuizen in het oosten.",
  MV("Annemiek Bloem", D(2027, 2, 1), AM, None))
m("en", "Farah Siddiqui, lab analyst, will start on the eighteenth of January.",
  J("Farah Siddiqui", D(2027, 1, 18)))
m("nl", "Vandaag is de laatste werkdag van Tineke Gerritsen, na 27 jaar als laborante.",
  L("Tineke Gerritsen", NOW))
m("en", "Mobile team changes: Patrick Doherty leaves on 18 December and his replacement, Ewa Nowicka, starts on 4 January.",
  L("Patrick Doherty", D(2026, 12, 18)), J("Ewa Nowicka", D(2027, 1, 4)))
m("nl", "Vorige week maandag is Cor Hoeksema begonnen als chauffeur, maar hij staat nog niet in Handover.",
  J("Cor Hoeksema", LW("maandag")), past=True)
m("en", "ahmed yusuf leaves fri 29 jan",
  L("Ahmed Yusuf", ON("friday", D(2027, 1, 29))))
m("nl", "Hallo,\n\nGoed nieuws voor het HR-team: Marloes Wijnands gaat per 1 april bij ons beginnen als HR-adviseur voor de regio Oost. Ze komt van een ziekenhuis in Enschede. Kunnen jullie haar accounts en een telefoon klaarzetten?\n\nGroet,\nIrene Hofman",
  J("Marloes Wijnands", D(2027, 4, 1)))

# A sheltered workshop (sociaal werkbedrijf: packing, wood, bikes, a day-activity group).
m("nl", "Goedemorgen,\n\nBij ons werkbedrijf in Emmen begint per maandag 11 januari een nieuwe werkleider voor de inpakafdeling: Harrie Wubbels. Hij heeft jaren in de metaal gewerkt. Graag een account en een sleutelbos van hal 2.\n\nGroet,\nGea Kloosterman\nAfdelingshoofd Productie",
  J("Harrie Wubbels", ON("maandag", D(2027, 1, 11))))
m("en", "jobcoach nina petrović starts 1 feb",
  J("Nina Petrović", D(2027, 2, 1)))
m("nl", "Zorgmedewerker Joke Bos stopt per 1 januari; ze gaat met pensioen na 35 jaar bij ons, eerst in de inpak en de laatste tien jaar op de dagbesteding.",
  L("Joke Bos", D(2027, 1, 1), CW))
m("nl", "Tellen medewerkers met een Wsw-indicatie ook als medewerker in Handover, of alleen het kader?",
  none=True)
m("en", "Dear colleagues,\n\nMohammed Tahiri, werkleider in the bike repair shop, becomes jobcoach from 1 March. He has been coaching for a while already and got his certificate last month. Until we find a new werkleider, Anton covers the shop.\n\nBest,\nGea Kloosterman",
  MV("Mohammed Tahiri", D(2027, 3, 1), None, None))
m("nl", "Voor de dagbestedingsgroep hebben we twee verzorgenden aangenomen: Miriam Tuinstra en Shanti Ramdin, beiden per 4 januari.",
  J("Miriam Tuinstra", D(2027, 1, 4), CW), J("Shanti Ramdin", D(2027, 1, 4), CW))
m("en", "Our sales representative for the packaging work, Louise Moreau, leaves on Friday 22 January.",
  L("Louise Moreau", ON("friday", D(2027, 1, 22)), AM))
m("nl", "rinus kok (chauffeur) is gisteren ontslagen, sleutels van de bus zijn al terug",
  L("Rinus Kok", P(-1)), past=True)
m("en", "Jolanda's reintegration after her burnout starts in January with 2 hours a day. Nothing to set up, right?",
  none=True)
m("nl", "Per 1 februari gaat zorgmedewerker Hatice Kaplan van de locatie Emmen naar Coevorden, zelfde werk.",
  MV("Hatice Kaplan", D(2027, 2, 1), CW, CW))
m("en", "Dear HR,\n\nA reminder for your planning: the temporary contract of our bookkeeper Gemma Collins ends 31 March 2027 and will not be extended, as the administration moves to the municipality. Please start her offboarding in good time.\n\nBest regards,\nHenk Tiemens\nFinance",
  L("Gemma Collins", D(2027, 3, 31)))
m("nl", "Per direct, dus vandaag, is Frank Nijhuis niet meer werkzaam als werkleider bij ons.",
  L("Frank Nijhuis", NOW))
m("en", "Hello, i want to tell that mister Ramon Doorson start by us on 04-01-2027 like chauffeur for the bus.",
  J("Ramon Doorson", D(2027, 1, 4)))
m("nl", "Tjeerd Zwaagstra bouwt een nieuw planningssysteem voor ons en begint als ontwikkelaar op dinsdag 19 januari.",
  J("Tjeerd Zwaagstra", ON("dinsdag", D(2027, 1, 19)), SE))
m("en", "Please add Esmée Dijkhuizen, who starts Monday next week in the print shop.",
  J("Esmée Dijkhuizen", NW("monday")))
m("nl", "Dag Nathalie, onze begeleider Thibaut Lambrechts verlaat ons maatwerkbedrijf; zijn laatste werkdag is vrijdag 15 januari. Gelieve zijn badge te deactiveren. Mvg, Karel",
  L("Thibaut Lambrechts", ON("vrijdag", D(2027, 1, 15))))
m("en", "Tunde Ogunleye will start as a facilities coordinator in six weeks.",
  J("Tunde Ogunleye", P(42), FC))
m("nl", "Eergisteren is Demi Wolterink begonnen als administratief medewerker.",
  J("Demi Wolterink", P(-2)), past=True)
m("en", "Hi Ellen,\n\nTwo changes in the wood workshop: our werkleider Gert Mulderij retires on 31 January (his last working day is Friday 29 January), and Anton Bijl, now his assistant, takes over his job from Monday 1 February.\n\nThanks,\nRoelof",
  L("Gert Mulderij", ON("friday", D(2027, 1, 29))), MV("Anton Bijl", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "laatste dag van sandra olde monnikhof is morgen",
  L("Sandra Olde Monnikhof", P(1)))
m("nl", "Toch een tweede ICT'er aangenomen: Jacob Fischer, systeembeheerder (geen ontwikkelaar), begint 1 maart.",
  J("Jacob Fischer", D(2027, 3, 1)))
m("nl", "Hoi Gea,\n\nPer 1 maart begint Anouk Leferink als zorgmedewerker op de dagbesteding in Emmen. Ze werkt vier dagen, van maandag tot en met donderdag, en heeft haar VOG al ingeleverd. Wil jij het account en de sleutel van het medicijnkastje regelen?\n\nGroetjes,\nJolien",
  J("Anouk Leferink", D(2027, 3, 1), CW))
m("en", "Jobcoach Pieter Veenhuis leaves on the 21st, he's moving to Groningen.",
  L("Pieter Veenhuis", D(2026, 12, 21)))
m("nl", "Accountmanager Bianca Hulshof wordt per 1 april hoofd van de inpakafdeling. Ze volgt daar Gert op, die met pensioen gaat.",
  MV("Bianca Hulshof", D(2027, 4, 1), None, AM))
m("en", "Liam Fletcher finishes his traineeship tomorrow, that's his last day.",
  L("Liam Fletcher", P(1)))
m("nl", "Nieuwe facilitair medewerker voor de kantine en de schoonmaak: Wilco Brands, per 7 januari.",
  J("Wilco Brands", D(2027, 1, 7), FC))
m("en", "Oliver Quinn was let go on Monday after his trial period.",
  L("Oliver Quinn", P(-3)), past=True)
m("nl", "Per 1-2 is Kees Mensink onze nieuwe vertegenwoordiger voor het montagewerk. Hij komt van een installatiebedrijf en heeft een netwerk bij de bouwers.",
  J("Kees Mensink", D(2027, 2, 1), AM))
m("nl", "Onze werkleider in Hoogeveen gaat vanaf 21 december vijf weken met vaderschapsverlof.",
  none=True)
m("nl", "Volgende week maandag begint Rachid el Ouardi als chauffeur. Hij rijdt de ochtendroute langs de deelnemers in Emmen-Zuid.",
  J("Rachid el Ouardi", NW("maandag")))
m("nl", "Beste collega's,\n\nHierbij het trieste bericht dat onze collega Gerrit-Jan Lanting, al 22 jaar werkzaam in de houtafdeling, afgelopen woensdag is overleden. De uitvaart is volgende week. Wil de ICT zijn account sluiten en de sleutels bij mij laten bezorgen?\n\nGroet,\nGea",
  L("Gerrit-Jan Lanting", P(-1)), past=True)

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
