"""Blind-14: managers' announcements written by hand, one at a time (session 24).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-13's gen.py) only turn the date a reader means into a calendar date counted from
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


# ---------------------------------------------------------------------------------------
# Part 1 (k001-k150): airport ground handling, supermarket distribution centre, hospital
# ward, football club, newspaper, construction firm, insurance company, energy call centre.

m("nl", "Hoi, per 1 januari begint Sanne Oosterhuis bij ons als platformmedewerker op Schiphol-Oost. Kun je alles klaarzetten?",
  J("Sanne Oosterhuis", D(2027, 1, 1)))
m("en", "Ramp agent leaving: Kwame Mensah, last shift 19 December. He's going back to Ghana.",
  L("Kwame Mensah", MD(12, 19)))
m("nl", "Bagagekelder: Dirk-Jan Hoogeveen stapt per maandag 11 januari over van bagage-afhandeling naar de pushback-ploeg (tugdriver).",
  MV("Dirk-Jan Hoogeveen", ON("monday", D(2027, 1, 11)), None, None))
m("en", "hey, new de-icing crew for the winter — Piotr Wiśniewski and Tomasz Zieliński start tomorrow, both seasonal till March",
  J("Piotr Wiśniewski", P(1)), J("Tomasz Zieliński", P(1)))
m("nl", "Gate-agent Fleur van 't Hof heeft ontslag genomen, laatste werkdag vrijdag 8 januari.",
  L("Fleur van 't Hof", ON("friday", D(2027, 1, 8))))
m("en", "Please onboard Aisha Bello (load controller), first day 14/12.",
  J("Aisha Bello", MD(12, 14)))
m("nl", "Goedemiddag, wij nemen een nieuwe teamleider ramp aan: Youssef El Khatib. Hij begint volgende week woensdag.",
  J("Youssef El Khatib", NW("wednesday")))
m("en", """---------- Forwarded message ---------
From: Crew Planning <crewplanning@groundhandling.example>
Date: Wed, 2 Dec 2026 at 16:12
Subject: Leaver - Marco Bianchi

Marco Bianchi (baggage handler, night shift) finishes on 31 Dec 2026. Please arrange offboarding.

Can you take care of this? Thx, Lotte""",
  L("Marco Bianchi", D(2026, 12, 31)))
m("nl", "Vraagje: moet ik voor uitzendkrachten op de bagagehal ook een melding doen, of loopt dat via het uitzendbureau?",
  none=True)
m("en", "Operations agent Chen Wei moves to the Lost & Found desk from 4 January",
  MV("Chen Wei", D(2027, 1, 4), None, None))
m("nl", "Dag collega, Jens Vermeulen vervoegt ons team op Zaventem als grondsteward vanaf maandag 4 januari. Gelieve zijn badge aan te vragen. Mvg, Els",
  J("Jens Vermeulen", ON("monday", D(2027, 1, 4))))
m("en", "Good morning, I want to inform you that Mr. Rajesh Kumar will joining the cargo handling on the 7th of January 2027 as warehouse agent.",
  J("Rajesh Kumar", D(2027, 1, 7)))
m("nl", "Ik heb slecht nieuws: Bart Luijendijk stopt. Zijn laatste dienst is 23-12.",
  L("Bart Luijendijk", MD(12, 23)))
m("en", "Two new pushback drivers starting Monday: Liam O'Connor and Ruben Aydın. Cheers",
  J("Liam O'Connor", WD("monday")), J("Ruben Aydın", WD("monday")))
m("nl", "Hoi! Kun jij de onboarding regelen voor onze nieuwe ontwikkelaar van het planningssysteem, Joost Brouwer? Hij start 1 februari.",
  J("Joost Brouwer", D(2027, 2, 1), "software-engineer"))
m("en", "Correction to my message of yesterday: Hannah Fischer starts on 11 January, not the 4th.",
  J("Hannah Fischer", D(2027, 1, 11)))
m("nl", "Contract van Mohamed Amrani (bagage) wordt niet verlengd; hij werkt tot en met 31 januari.",
  L("Mohamed Amrani", D(2027, 1, 31)))
m("en", "Ground ops: Sofia Papadopoulou, currently ramp supervisor, becomes duty manager per 1 March.",
  MV("Sofia Papadopoulou", D(2027, 3, 1), None, None))
m("nl", "Nieuwe collega voor de vrachtafhandeling: Gerrit-Jan ter Beek, per 15 december.",
  J("Gerrit-Jan ter Beek", MD(12, 15)))
m("en", "Just checking — is the leaver for Paul (ramp) already in the system? I sent it last week.",
  none=True)

m("nl", "Orderpicker Ilse Jansen begint maandag 7 december in de vriescel.",
  J("Ilse Jansen", ON("monday", MD(12, 7))))
m("en", """Hi team, we've hired three reach truck drivers for the Christmas peak:
- Bogdan Popescu
- Mariusz Kowalczyk
- Andrei Ionescu
All three start on 9 December.""",
  J("Bogdan Popescu", MD(12, 9)), J("Mariusz Kowalczyk", MD(12, 9)), J("Andrei Ionescu", MD(12, 9)))
m("nl", "Hee, Kees Verbeek gaat per 1/1 van expeditie naar de inslag. Zelfde uren.",
  MV("Kees Verbeek", D(2027, 1, 1), None, None))
m("en", "Leaver: Tanisha Brown, shift lead inbound. Last day Friday the 18th.",
  L("Tanisha Brown", ON("friday", MD(12, 18))))
m("nl", "Goeiemorgen. Per volgende week maandag komt Ahmet Yılmaz bij ons in de nachtploeg als orderpicker.",
  J("Ahmet Yılmaz", NW("monday")))
m("nl", "Onze groothandelstak krijgt een nieuwe vertegenwoordiger voor de regio Noord: Marloes Bakker-de Wit. Start 1 februari 2027.",
  J("Marloes Bakker-de Wit", D(2027, 2, 1), "account-manager"))
m("en", "Can you set up an account for Jamal Haddad? He's our new facilities coordinator for the DC, starting 4 Jan.",
  J("Jamal Haddad", D(2027, 1, 4), "facility-coordinator"))
m("nl", "Uitzendkracht Wendy Koster stopt morgen al, ze heeft een vaste baan elders gevonden.",
  L("Wendy Koster", P(1)))
m("en", "Dennis van Dijk (planner transport) is leaving us, notice ends 15 January 2027.",
  L("Dennis van Dijk", D(2027, 1, 15)))
m("nl", "laatste werkdag van jeroen smit is 24 december, hij gaat met pensioen na 41 jaar in het magazijn 🎉",
  L("Jeroen Smit", MD(12, 24)))
m("en", "How long does it take before a new forklift driver has his access badge? We have one starting soon but no date yet.",
  none=True)
m("nl", "Per 4-1-2027 wordt Priscilla Doorson teamleider retouren (nu nog medewerker retouren).",
  MV("Priscilla Doorson", D(2027, 1, 4), None, None))
m("en", "New IT guy for the WMS: Stefan Novak, software developer, starts 18 January.",
  J("Stefan Novak", D(2027, 1, 18), "software-engineer"))
m("nl", "Graag een account voor onze nieuwe facilitair medewerker, Anouk Zwart. Ze begint op dinsdag 5 januari.",
  J("Anouk Zwart", ON("tuesday", D(2027, 1, 5)), "facility-coordinator"))
m("en", "Heads-up: Gary Whitfield was dismissed on the spot yesterday after the incident in dock 4. Please block everything today.",
  L("Gary Whitfield", P(-1)), past=True)
m("nl", "Week 2 starten er twee nieuwe chauffeurs: Henk Post en Erwin Mulder. Maandag de 11e is hun eerste dag.",
  J("Henk Post", ON("monday", D(2027, 1, 11))), J("Erwin Mulder", D(2027, 1, 11)))
m("en", "Quality: Lucía Fernández moves from inbound QC to the fresh produce team on 1/2.",
  MV("Lucía Fernández", D(2027, 2, 1), None, None))
m("nl", "Marieke Hofstede gaat ons verlaten. Ze werkt nog tot 8 januari (laatste werkdag).",
  L("Marieke Hofstede", D(2027, 1, 8)))
m("en", "Hello, starting next Monday: Ayodele Okafor, inventory controller.",
  J("Ayodele Okafor", WD("monday")))
m("nl", "Ter info: het zwangerschapsverlof van Nadia Bouzid begint 14 december, ze komt in april terug. Moet er iets gebeuren?",
  none=True)

m("nl", "Op afdeling Cardiologie begint per 1 januari een nieuwe verpleegkundige: Esther Vos.",
  J("Esther Vos", D(2027, 1, 1)))
m("en", "Our new healthcare assistant on ward 7B is Grace Mwangi, first shift Tuesday 8 December.",
  J("Grace Mwangi", ON("tuesday", MD(12, 8)), "care-worker"))
m("nl", "Afdelingssecretaresse Joke Meijerink gaat met vervroegd pensioen. Laatste werkdag: 29 januari 2027.",
  L("Joke Meijerink", D(2027, 1, 29)))
m("en", "Dr. Felix Hartmann, anaesthesiologist, joins on 1 March.",
  J("Felix Hartmann", D(2027, 3, 1)))
m("nl", "Ruud Kamphuis, nu zorgmedewerker op de geriatrie, gaat per 1 februari naar de afdeling longziekten. Zelfde functie.",
  MV("Ruud Kamphuis", D(2027, 2, 1), "care-worker", "care-worker"))
m("en", "Please offboard Nurse Olivia Bennett — she left the ward abruptly, last shift was Monday 30 November.",
  L("Olivia Bennett", ON("monday", D(2026, 11, 30))), past=True)
m("nl", "2 nieuwe zorgmedewerkers op de kraamafdeling: Fatma Demir en Lisa de Bruijn. Ze starten 15-12-2026.",
  J("Fatma Demir", D(2026, 12, 15), "care-worker"), J("Lisa de Bruijn", D(2026, 12, 15), "care-worker"))
m("en", "Is there a way to put a start date on hold? Our new nurse's BIG registration isn't through yet.",
  none=True)
m("nl", "Hallo, verpleegkundige Tim Groenewegen wordt per 1 maart teamleider van de SEH.",
  MV("Tim Groenewegen", D(2027, 3, 1), None, None))
m("en", "Leaving: Priya Raman, ward clerk, end of contract 31/12.",
  L("Priya Raman", D(2026, 12, 31)))
m("nl", "De nachtdienst krijgt versterking van Jolanda Schipper (verzorgende IG). Ze draait haar eerste nacht op zondag 13 december.",
  J("Jolanda Schipper", ON("sunday", MD(12, 13)), "care-worker"))
m("en", "Pls set up Dr Ngozi Adeyemi-Clarke, locum physician, from Jan 4 to Feb 26.",
  J("Ngozi Adeyemi-Clarke", D(2027, 1, 4)))
m("nl", "Wim Hak is afgelopen zaterdag onverwacht overleden. Hij werkte als portier bij de hoofdingang. Willen jullie zijn accounts en pas afsluiten?",
  L("Wim Hak", P(-5)), past=True)
m("en", "Ward 3 welcomes two new care workers in January: Bethany Hughes on the 4th and Dominik Schulz on the 11th.",
  J("Bethany Hughes", D(2027, 1, 4), "care-worker"), J("Dominik Schulz", D(2027, 1, 11), "care-worker"))
m("nl", "Sorry, de start van Jasmijn Kroon moet een week opschuiven: niet 7 december maar 14 december.",
  J("Jasmijn Kroon", MD(12, 14)))
m("en", "Physiotherapist Hugo Lefèvre moves from the rehab ward to outpatients on Monday Jan 18.",
  MV("Hugo Lefèvre", ON("monday", D(2027, 1, 18)), None, None))
m("nl", "Hoi, Saskia Wolters (nu nog op onze IC) komt vanaf 1-2 bij ons op de dialyse werken als verpleegkundige.",
  MV("Saskia Wolters", D(2027, 2, 1), None, None))
m("en", "The patient transport team loses Terrence Jackson at the end of the year — his last working day is Thursday 31 December.",
  L("Terrence Jackson", ON("thursday", MD(12, 31))))
m("nl", "Voor de afdeling interne: nieuwe zorgmedewerker Anke Smeets, start over twee weken.",
  J("Anke Smeets", P(14), "care-worker"))
m("en", "hi, quick one: the new ward manager for 5A is Rebecca Thornton-Lowe, starting 1st Feb. she comes from another hospital.",
  J("Rebecca Thornton-Lowe", D(2027, 2, 1)))

m("nl", "Nieuwe kitman bij de eerste selectie: Sjoerd Wiersma, vanaf 2 januari.",
  J("Sjoerd Wiersma", D(2027, 1, 2)))
m("en", "Our new performance analyst, Mateo Rodríguez, will start on January 5th. He comes from Valencia.",
  J("Mateo Rodríguez", D(2027, 1, 5)))
m("nl", "Groundsman Henk-Jan Dijkstra neemt afscheid na 25 jaar; laatste werkdag 18 december.",
  L("Henk-Jan Dijkstra", MD(12, 18)))
m("en", "ticketing: Chloe Simmons leaves us tomorrow, please close her stuff",
  L("Chloe Simmons", P(1)))
m("nl", "Jeugdtrainer Onder-17 Mustafa Öztürk wordt per 1 januari hoofdtrainer van Onder-19.",
  MV("Mustafa Öztürk", D(2027, 1, 1), None, None))
m("nl", "Beste, wil je onze nieuwe accountmanager sponsoring, Lieke Verhoeven, aanmaken? Eerste werkdag is woensdag 6 januari 2027.",
  J("Lieke Verhoeven", ON("wednesday", D(2027, 1, 6)), "account-manager"))
m("en", "The club doctor, Dr. Sven Lindqvist, is leaving after this season; last day 30 June 2027.",
  L("Sven Lindqvist", D(2027, 6, 30)))
m("nl", "Kun je mij uitleggen hoe ik een stagiair aanmeld die maar twee dagen per week komt? Datum weet ik nog niet.",
  none=True)
m("en", "Scouting dept: Kenji Watanabe joins as Asia scout on the 14th.",
  J("Kenji Watanabe", MD(12, 14)))
m("nl", "Stadionmanager Ria Verschoor vertrekt per 1 februari naar een andere club. Haar laatste werkdag is 29 januari.",
  L("Ria Verschoor", D(2027, 1, 29)))
m("en", "Hi there — from Monday the 7th, Danny Boateng switches from the academy to the first-team staff as assistant video analyst.",
  MV("Danny Boateng", ON("monday", MD(12, 7)), None, None))
m("nl", "Per 4 januari start Tessa Hoekstra als facilitair medewerker in het stadion.",
  J("Tessa Hoekstra", D(2027, 1, 4), "facility-coordinator"))
m("en", "Commercial team: new sales representative Ross McAllister starts 11/01/2027.",
  J("Ross McAllister", D(2027, 1, 11), "account-manager"))
m("nl", "Onze fysio Koen van der Heijden gaat per 1 maart naar het vrouwenteam (zelfde rol).",
  MV("Koen van der Heijden", D(2027, 3, 1), None, None))
m("en", "Please remove access for Ivan Petrov (former goalkeeping coach); he was let go on Monday.",
  L("Ivan Petrov", P(-3)), past=True)
m("nl", "Gerard Nijland (kantinebeheerder) stopt ermee, 31-12-2026 is zijn laatste dag.",
  L("Gerard Nijland", D(2026, 12, 31)))
m("en", "New physio: Amara Diallo, start date Tue 12 Jan.",
  J("Amara Diallo", ON("tuesday", D(2027, 1, 12))))
m("nl", "Hallo HR, de nieuwe kitvrouw voor de jeugd is Yvette Brinkman. Begint vrijdag 11 december.",
  J("Yvette Brinkman", ON("friday", MD(12, 11))))
m("en", "Data scientist (not a developer, pure analytics) Elif Kaya joins the performance dept on 1 Feb.",
  J("Elif Kaya", D(2027, 2, 1)))
m("nl", "De verzorger van het eerste elftal, Bennie Lammers, stopt per 30 juni 2027 (einde seizoen).",
  L("Bennie Lammers", D(2027, 6, 30)))

m("en", "Newsroom: Sarah Goldberg joins as political reporter on 4 January.",
  J("Sarah Goldberg", D(2027, 1, 4)))
m("nl", "Eindredacteur Pieter-Bas de Vries gaat per 1 februari naar de sportredactie.",
  MV("Pieter-Bas de Vries", D(2027, 2, 1), None, None))
m("nl", "Wij hebben een nieuwe frontend developer voor de site: Lotte Ammerlaan. Ze start 11 januari.",
  J("Lotte Ammerlaan", D(2027, 1, 11), "software-engineer"))
m("en", "Columnist Harold Finch retires at the end of December; his last day is the 23rd.",
  L("Harold Finch", MD(12, 23)))
m("nl", "fotograaf ayoub benali komt op freelance-basis, maar heeft wel een account nodig vanaf maandag",
  J("Ayoub Benali", WD("monday")))
m("en", "Hi, I'd like to announce that Maja Novak, our data journalist, will move to the investigations desk on Monday, 1 February 2027.",
  MV("Maja Novak", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Stagiaire op de regioredactie: Noor Haddou, van 11-1 tot en met 30-6.",
  J("Noor Haddou", D(2027, 1, 11)))
m("en", "Who approves the laptop for a freelancer? We don't have a start date yet for the new sub-editor.",
  none=True)
m("nl", "Vormgever Jurre Smulders heeft zijn contract opgezegd. Laatste werkdag is donderdag 14 januari.",
  L("Jurre Smulders", ON("thursday", D(2027, 1, 14))))
m("en", "Advertising: please create accounts for our two new account managers, Olivia Carter and Ben Schofield, both starting 4 Jan 2027.",
  J("Olivia Carter", D(2027, 1, 4), "account-manager"), J("Ben Schofield", D(2027, 1, 4), "account-manager"))
m("nl", "Per 15 januari stopt Edwin Kok als nachtredacteur.",
  L("Edwin Kok", D(2027, 1, 15)))
m("en", "Printing plant: Frank Müller (shift leader) goes to the night shift from next week Tuesday.",
  MV("Frank Müller", NW("tuesday"), None, None))
m("nl", "Beste, vanaf 1 februari vervoegt Wout Peeters onze redactie in Antwerpen als journalist. Gelieve alles in orde te brengen. Met vriendelijke groeten, Annelies",
  J("Wout Peeters", D(2027, 2, 1)))
m("en", "Software engineer Ravi Shankar is leaving for a start-up; last day 22/12/2026.",
  L("Ravi Shankar", D(2026, 12, 22), "software-engineer"))
m("nl", "Kun je Jantine Overbeek afmelden? Ze is per gisteren uit dienst.",
  L("Jantine Overbeek", P(-1)), past=True)
m("en", "Digital desk update — Zoë Clarke starts Monday 14 December as social media editor, and Tom Haverkamp leaves the desk on Friday 18 December.",
  J("Zoë Clarke", ON("monday", MD(12, 14))), L("Tom Haverkamp", ON("friday", MD(12, 18))))
m("nl", "Correspondent Midden-Oosten Rania Saleh keert terug naar de redactie in Amsterdam: per 1 april 2027 wordt zij chef buitenland.",
  MV("Rania Saleh", D(2027, 4, 1), None, None))
m("en", "New programmer for the CMS team: Lukas Becker. Start: 2027-01-04.",
  J("Lukas Becker", D(2027, 1, 4), "software-engineer"))
m("nl", "Het contract van onze stagiair Bram wordt verlengd tot 1 juli. Hoef ik daar iets voor te doen?",
  none=True)
m("en", "hey! Ines Carvalho starts as copy editor in three weeks, can you make sure her laptop is ready",
  J("Ines Carvalho", P(21)))

m("nl", "Uitvoerder Gert van Leeuwen begint 4 januari op het project in Zwolle.",
  J("Gert van Leeuwen", D(2027, 1, 4)))
m("nl", "Onze werkvoorbereider Frits Hendriks gaat per 1 februari aan de slag als projectleider.",
  MV("Frits Hendriks", D(2027, 2, 1), None, None))
m("en", "Site engineer Oliver Grant joins the Rotterdam tunnel project on 11 January.",
  J("Oliver Grant", D(2027, 1, 11)))
m("nl", "Timmerman Marco Visser is ontslagen, met ingang van vandaag.",
  L("Marco Visser", NOW))
m("en", "Good afternoon, we hired Agnieszka Nowak as calculator (cost estimator). She'll start Monday 11 january.",
  J("Agnieszka Nowak", ON("monday", D(2027, 1, 11))))
m("nl", "Kraanmachinist Hans Bosman gaat met pensioen, z'n laatste werkdag is 22 december.",
  L("Hans Bosman", MD(12, 22)))
m("en", "BIM modeller Chidi Okonkwo starts in 2 weeks.",
  J("Chidi Okonkwo", P(14)))
m("nl", "Vanaf 1/3 werkt Arjen Kooistra niet meer op de bouwplaats in Almere maar op het project in Lelystad (zelfde functie, uitvoerder).",
  MV("Arjen Kooistra", D(2027, 3, 1), None, None))
m("en", "Can you tell me which forms I need for a subcontractor's ZZP'er? He doesn't need a laptop.",
  none=True)
m("nl", "Nieuwe collega's bij de afdeling Bestek & Calculatie per 1 februari: Lars Drost, Femke Vink en Omar Saidi.",
  J("Lars Drost", D(2027, 2, 1)), J("Femke Vink", D(2027, 2, 1)), J("Omar Saidi", D(2027, 2, 1)))
m("en", "Our office's facility coordinator, Patricia Gomes, is resigning. Her final day will be January 29th, 2027.",
  L("Patricia Gomes", D(2027, 1, 29), "facility-coordinator"))
m("nl", "KAM-coördinator Liesbeth Mol start volgende week donderdag.",
  J("Liesbeth Mol", NW("thursday")))
m("en", "Just to let you know Jake Morrison (apprentice bricklayer) is leaving today, he starts college.",
  L("Jake Morrison", NOW))
m("nl", "Graag alles intrekken van Rob Schuurman, hij is per 30 november vertrokken.",
  L("Rob Schuurman", D(2026, 11, 30)), past=True)
m("en", "Move: Giulia Romano, planner, from the infra division to residential per 1 Jan.",
  MV("Giulia Romano", D(2027, 1, 1), None, None))
m("nl", "Hoi, dinsdag 15 december start Bas Timmer als leerling-metselaar (BBL).",
  J("Bas Timmer", ON("tuesday", MD(12, 15))))
m("en", "Please onboard our new ontwikkelaar for the planning app — Dinesh Patel — on 1 February.",
  J("Dinesh Patel", D(2027, 2, 1), "software-engineer"))
m("nl", "Projectleider Jeroen van Beek neemt afscheid, hij gaat per 1 april 2027 bij de gemeente werken. Laatste werkdag 31 maart.",
  L("Jeroen van Beek", D(2027, 3, 31)))
m("en", "Welcome Hamza Qureshi, our new HSE advisor, first day Wednesday the 9th of December.",
  J("Hamza Qureshi", ON("wednesday", MD(12, 9))))
m("nl", "Wijziging: de startdatum van Romy Kuijpers is 18 januari, niet 11 januari zoals eerder gemeld.",
  J("Romy Kuijpers", D(2027, 1, 18)))

m("nl", "Schadebehandelaar Ingrid de Graaf gaat per 1 januari 2027 naar de afdeling Regres.",
  MV("Ingrid de Graaf", D(2027, 1, 1), None, None))
m("en", "New account manager for the broker channel: Thomas Lindgren, start 4 January.",
  J("Thomas Lindgren", D(2027, 1, 4), "account-manager"))
m("nl", "Acceptant Willem-Alexander Dekker heeft ontslag genomen; einde dienstverband 31 januari 2027.",
  L("Willem-Alexander Dekker", D(2027, 1, 31)))
m("en", "Hi, please set up Mei Ling Tan, actuarial analyst, starting on Monday 18th January 2027.",
  J("Mei Ling Tan", ON("monday", D(2027, 1, 18))))
m("nl", "Onze ontwikkelaar Jorrit Wouters wordt per 1 maart scrum master.",
  MV("Jorrit Wouters", D(2027, 3, 1), None, "software-engineer"))
m("en", "Adriaan's working hours go from 32 to 36 per 1 January. Anything needed in Handover?",
  none=True)
m("nl", "Fraude-onderzoeker Selma Bulut begint op 7 januari.",
  J("Selma Bulut", D(2027, 1, 7)))
m("en", "Claims handler Connor Walsh is leaving, last working day Friday 15 January.",
  L("Connor Walsh", ON("friday", D(2027, 1, 15))))
m("nl", "Per 1-2 start Mila van Rijswijk bij klantenservice Zakelijk.",
  J("Mila van Rijswijk", D(2027, 2, 1)))
m("en", "FYI: Mr. Olumide Bankole moves from underwriting to the pricing team on 4/1.",
  MV("Olumide Bankole", D(2027, 1, 4), None, None))
m("nl", "Onze accountmanager zakelijke markt, Paul Hermans, gaat ons eind januari verlaten (laatste dag vrijdag 29 januari).",
  L("Paul Hermans", ON("friday", D(2027, 1, 29)), "account-manager"))
m("en", """New starters Monday 4 January:
• Emily Zhang – data analyst
• Marcus Lee – developer
Thanks!""",
  J("Emily Zhang", ON("monday", D(2027, 1, 4))), J("Marcus Lee", D(2027, 1, 4), "software-engineer"))
m("nl", "Vandaag is het de laatste dag van Hans de Koning bij de schadeafdeling. Kunnen jullie hem afsluiten?",
  L("Hans de Koning", NOW))
m("en", "Compliance officer Sophie Laurent joins us from 1 March 2027.",
  J("Sophie Laurent", D(2027, 3, 1)))
m("nl", "Goedemorgen, bij deze meld ik dat Nicole Verbruggen per 1 januari intern overstapt van de afdeling Acceptatie naar de afdeling Polisadministratie.",
  MV("Nicole Verbruggen", D(2027, 1, 1), None, None))

m("nl", """Nieuwe klantenservicemedewerkers, start maandag 7 december:
1. Kevin Baas
2. Samira Achahbar
3. Dewi Kartosen""",
  J("Kevin Baas", ON("monday", MD(12, 7))), J("Samira Achahbar", MD(12, 7)), J("Dewi Kartosen", MD(12, 7)))
m("en", "Agent Tyrone Williams quits, his last shift is tomorrow.",
  L("Tyrone Williams", P(1)))
m("nl", "Teamleider Mireille Janssens stapt per 4 januari over naar het team Incasso, ook als teamleider.",
  MV("Mireille Janssens", D(2027, 1, 4), None, None))
m("en", "Hi, we have a new quality coach: Hanna Virtanen. She starts in week 2.",
  J("Hanna Virtanen", WK(2)))
m("nl", "Per 1 januari stopt uitzendkracht Lisanne Post bij ons.",
  L("Lisanne Post", D(2027, 1, 1)))
m("en", "Workforce planner Nikos Georgiou moves to the billing team on Monday 1st of February.",
  MV("Nikos Georgiou", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Hoi, de nieuwe developper van het klantportaal is Vincent Brouwers, hij begint 1 maart.",
  J("Vincent Brouwers", D(2027, 3, 1), "software-engineer"))
m("en", "We've cancelled the start of the new agent (Jasmine) — she took another job. Can you stop the onboarding?",
  none=True)
m("nl", "Bij Energie Service starten per 11-01-2027 Robin Hermsen en Chantal Lodewijks, allebei klantadviseur.",
  J("Robin Hermsen", D(2027, 1, 11)), J("Chantal Lodewijks", D(2027, 1, 11)))
m("en", "Teamcoach Gabriela Silva leaves us at the end of January; last day 1/29.",
  L("Gabriela Silva", D(2027, 1, 29)))
m("nl", "Per direct uit dienst: Rachid Ouali (agent). Gisteren was zijn laatste dag.",
  L("Rachid Ouali", P(-1)), past=True)
m("en", "Hello! On Tuesday 22 December Eva Lindberg starts at the complaints desk.",
  J("Eva Lindberg", ON("tuesday", MD(12, 22))))
m("nl", "Klantadviseur Mark Rutten wordt per volgende week maandag senior klantadviseur.",
  MV("Mark Rutten", NW("monday"), None, None))
m("en", "Energy advice line: please onboard Kofi Asante (energy advisor, starting 4 January) and offboard Lara Hughes (leaving 31 December).",
  J("Kofi Asante", D(2027, 1, 4)), L("Lara Hughes", MD(12, 31)))
m("nl", """Goedemiddag,

Hierbij meld ik de uitdiensttreding van mevrouw Joyce Huisman, medewerker klantcontact, per 31 december 2026.

Met vriendelijke groet,
Roel Smits
Manager Klantcontact""",
  L("Joyce Huisman", D(2026, 12, 31)))

# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320): shipping agency, cinema chain, bank branch network, pharmacy chain,
# recycling company, architecture bureau, fitness chain, bus company.

m("nl", "Per 1 januari komt Thijs Ravensbergen ons team versterken als scheepsagent (boarding agent) in de Botlek.",
  J("Thijs Ravensbergen", D(2027, 1, 1)))
m("en", "Hi, Henrik Sørensen will join our chartering desk on Monday 11 January 2027 as shipbroker. Please prepare laptop+phone.",
  J("Henrik Sørensen", ON("monday", D(2027, 1, 11))))
m("nl", "Douanedeclarant Yasmina El Idrissi stopt per 31-1. Ze gaat naar een expediteur in Venlo.",
  L("Yasmina El Idrissi", D(2027, 1, 31)))
m("en", "Our sales guy for the Far East trade, Wang Jun, moves to the Singapore office from 1 Feb – same job.",
  MV("Wang Jun", D(2027, 2, 1), "account-manager", "account-manager"))
m("nl", "Operator Linda ten Have gaat over naar de afdeling Crewing, vanaf volgende week vrijdag.",
  MV("Linda ten Have", NW("friday"), None, None))
m("en", "Do I need to register a cadet who's only on board for six weeks? He's not an employee of ours.",
  none=True)
m("nl", "hoi hoi, morgen is de laatste werkdag van frank de ruiter (documentatie). Taart om 3 uur 🍰",
  L("Frank de Ruiter", P(1)))
m("en", "Hello, I am writing for inform that our new agent Katarzyna Wójcik start by us on 04.01.2027. Best regards, Marek",
  J("Katarzyna Wójcik", D(2027, 1, 4)))
m("nl", "Per maandag 1 februari wordt Guus Verhoef (nu operator) teamleider Liner Services.",
  MV("Guus Verhoef", ON("monday", D(2027, 2, 1)), None, None))
m("en", "New accountmanager for the Rotterdam–UK feeder line: Gemma Price, starting 18 Jan.",
  J("Gemma Price", D(2027, 1, 18), "account-manager"))
m("nl", "Havenagent Rutger Spaans is met onmiddellijke ingang op non-actief gesteld en treedt vandaag uit dienst.",
  L("Rutger Spaans", NOW))
m("en", "Please be advised that Capt. Anders Nilsson (marine superintendent) retires on 31 March 2027.",
  L("Anders Nilsson", D(2027, 3, 31)))
m("nl", "Hallo, we hebben twee nieuwe collega's op de vestiging Vlissingen: Sven de Jonge (operations) per 4 januari en Mariska Wijnands (finance) per 11 januari.",
  J("Sven de Jonge", D(2027, 1, 4)), J("Mariska Wijnands", D(2027, 1, 11)))
m("en", "The IT team gets a new developer: Arjun Mehta. He starts the 2nd of February.",
  J("Arjun Mehta", D(2027, 2, 2), "software-engineer"))
m("nl", "Luuk van den Broek van de ship-supply gaat per 1 maart naar Antwerpen, zelfde functie.",
  MV("Luuk van den Broek", D(2027, 3, 1), None, None))
m("en", "Reminder: Jessica Nguyen's last day is Friday 11 December, she's moving to Canada.",
  L("Jessica Nguyen", ON("friday", MD(12, 11))))
m("nl", "Goeiendag, Nele Claes begint op 4 januari als expeditiebediende in ons kantoor te Gent. Kan haar pc in orde gebracht worden? Mvg, Koen",
  J("Nele Claes", D(2027, 1, 4)))
m("en", "Sorry, wrong name in my previous message — the new trainee agent starting 7 December is Bilal Chaudhry, not Bilal Chaudri.",
  J("Bilal Chaudhry", MD(12, 7)))
m("nl", "Onze vertegenwoordiger Benelux, Stijn Mertens, heeft opgezegd. Laatste werkdag woensdag 30 december.",
  L("Stijn Mertens", ON("wednesday", MD(12, 30)), "account-manager"))
m("en", "Crew coordinator Ana Lima starts next week Thursday.",
  J("Ana Lima", NW("thursday")))
m("nl", "Per 1 januari 2027 komt er een nieuwe facilitair coördinator op ons hoofdkantoor: Ellen Pronk.",
  J("Ellen Pronk", D(2027, 1, 1), "facility-coordinator"))

m("en", "Cinema Utrecht: new projectionist Sam Whitaker starts Saturday 12 December.",
  J("Sam Whitaker", ON("saturday", MD(12, 12))))
m("nl", "Hoi! Voor de kerstdrukte starten drie bioscoopmedewerkers op vrijdag 18 december: Mees Bakker, Fenna Kok en Jayden Martina.",
  J("Mees Bakker", ON("friday", MD(12, 18))), J("Fenna Kok", MD(12, 18)), J("Jayden Martina", MD(12, 18)))
m("nl", "Bedrijfsleider Ilona Stam van de vestiging Breda gaat per 1 februari de vestiging Tilburg leiden.",
  MV("Ilona Stam", D(2027, 2, 1), None, None))
m("en", "Hi HR, Dylan Foster (usher) has quit without notice. His last shift was Sunday.",
  L("Dylan Foster", P(-4)), past=True)
m("nl", "Kun je de toegang van Eline Veenstra intrekken? Ze werkt vanaf vandaag niet meer bij ons.",
  L("Eline Veenstra", P(-1)), past=True)
m("en", "Our programming manager (film booking — not IT!) Claire Dubois joins 1 March.",
  J("Claire Dubois", D(2027, 3, 1)))
m("nl", "Teamleider horeca Mohamed Bakkali wordt per 4 januari assistent-bedrijfsleider.",
  MV("Mohamed Bakkali", D(2027, 1, 4), None, None))
m("en", "Hello, I inform you that Mme Camille Girard will start the 15 december as cashier in our Amsterdam cinema. Thank you in advance.",
  J("Camille Girard", MD(12, 15)))
m("nl", "Kan iemand mij vertellen of bijbaners (16-17 jaar) ook een account krijgen? We hebben er binnenkort een paar.",
  none=True)
m("en", "Head office: new software engineer for the ticketing app — Nadia Rahman — starts in 4 weeks.",
  J("Nadia Rahman", P(28), "software-engineer"))
m("nl", "Vanaf 1 januari gaat Pim Lubbers van de kassa naar de technische dienst (projectie).",
  MV("Pim Lubbers", D(2027, 1, 1), None, None))
m("en", "leaver: jordan fischer-hale, cleaner, last shift thursday 24 dec",
  L("Jordan Fischer-Hale", ON("thursday", MD(12, 24))))
m("nl", "Zaalmanager Anouk van Wijngaarden vertrekt naar het buitenland, haar laatste dag is 9 januari.",
  L("Anouk van Wijngaarden", D(2027, 1, 9)))
m("en", "Can you onboard Ji-woo Park (marketing coordinator), starting Monday, January 4?",
  J("Ji-woo Park", ON("monday", D(2027, 1, 4))))
m("nl", "Nieuwe vestigingsmanager voor Den Haag: Ronald Zijlstra. Start 1-3-2027.",
  J("Ronald Zijlstra", D(2027, 3, 1)))
m("en", "From the 1st of January Kim Jansen takes over as facility coordinator for all our cinemas (she was a floor manager in Zwolle).",
  MV("Kim Jansen", D(2027, 1, 1), "facility-coordinator", None))
m("nl", "Hoi, onze vaste filmoperateur Ton Geurts gaat na 38 jaar met pensioen. 31 december is zijn laatste dag, 1 januari is hij met pensioen.",
  L("Ton Geurts", MD(12, 31)))
m("en", "Two leavers at Cinema Arnhem: Lily Evans (last day 20 December) and Noah Peters (last day 3 January).",
  L("Lily Evans", MD(12, 20)), L("Noah Peters", D(2027, 1, 3)))
m("nl", "Medewerker Vera Lammers verlengt haar contract niet. Ze werkt nog tot 31 december.",
  L("Vera Lammers", MD(12, 31)))
m("en", "We've hired a salesperson for corporate screenings: Oscar Lindholm, start 1/2/2027.",
  J("Oscar Lindholm", D(2027, 2, 1), "account-manager"))
m("nl", "Starter bij de vestiging Eindhoven: Hatice Çelik, over drie weken (op de 24e).",
  J("Hatice Çelik", P(21)))

m("nl", "Per 1 februari begint Jasper Lodder als adviseur particulieren op het kantoor in Amersfoort.",
  J("Jasper Lodder", D(2027, 2, 1)))
m("en", "New branch manager for Leiden: Priyanka Sharma, from 11 January 2027.",
  J("Priyanka Sharma", D(2027, 1, 11)))
m("nl", "Kantoor Emmen sluit; Gerda Hofman gaat per 1 april naar het kantoor in Assen, zelfde functie.",
  MV("Gerda Hofman", D(2027, 4, 1), None, None))
m("en", "Please deprovision Daniel Cohen, he's leaving the bank per 31/12, last working day 24/12 (holiday after that).",
  L("Daniel Cohen", MD(12, 24)))
m("nl", "Onze softwareontwikkelaar Martijn Eijkelenboom stapt per 1 januari over naar het team Fraudedetectie. Blijft ontwikkelaar.",
  MV("Martijn Eijkelenboom", D(2027, 1, 1), "software-engineer", "software-engineer"))
m("en", "What happens to the accounts of someone on sabbatical from February to May? Nothing to offboard I hope.",
  none=True)
m("nl", "Baliemedewerker Sandra Kuiper stopt per 1 januari 2027.",
  L("Sandra Kuiper", D(2027, 1, 1)))
m("en", "Hi, Ahmed Hassan joins as mortgage advisor on Monday the 4th of January.",
  J("Ahmed Hassan", ON("monday", D(2027, 1, 4))))
m("nl", "Beste, Lotte Wouters start op maandag 11 januari als kantoorhoudster in ons agentschap te Leuven. Gelieve haar toegang te voorzien. Met vriendelijke groet",
  J("Lotte Wouters", ON("monday", D(2027, 1, 11))))
m("en", "Our account manager for SME clients, Graham Doyle, becomes head of business banking on 1 March.",
  MV("Graham Doyle", D(2027, 3, 1), None, "account-manager"))
m("nl", "Vanaf morgen werkt Pascal Meulenbelt niet meer bij ons, kun je alles blokkeren?",
  L("Pascal Meulenbelt", NOW))
m("en", "Welcome to the IT team: developers Siddharth Rao and Beatriz Costa, both starting Tuesday 5 January.",
  J("Siddharth Rao", ON("tuesday", D(2027, 1, 5)), "software-engineer"), J("Beatriz Costa", D(2027, 1, 5), "software-engineer"))
m("nl", "Compliance-medewerker Ramon Hoogendijk gaat naar een andere bank. Laatste werkdag 15 januari.",
  L("Ramon Hoogendijk", D(2027, 1, 15)))
m("en", "Starting date for Xavier Dupont (credit analyst) moved from 4 Jan to 1 Feb.",
  J("Xavier Dupont", D(2027, 2, 1)))
m("nl", "Per 01-01-2027 wordt Judith Terpstra regiomanager Noord; zij is nu kantoordirecteur in Groningen.",
  MV("Judith Terpstra", D(2027, 1, 1), None, None))
m("en", "Quick note – cashier Tanya Ivanova finishes on Christmas Eve.",
  L("Tanya Ivanova", MD(12, 24)))
m("nl", "Nieuwe accountmanager zakelijk voor kantoor Zwolle: Erik-Jan Mulderij, start dinsdag 2 februari 2027.",
  J("Erik-Jan Mulderij", ON("tuesday", D(2027, 2, 2)), "account-manager"))
m("en", "Our branch in Maastricht gets a new customer advisor in two weeks' time: Laura Schmitz.",
  J("Laura Schmitz", P(14)))
m("nl", "Frans Ketelaar (adviseur) is gisteren overleden na een kort ziekbed. Willen jullie zijn accounts afsluiten? Ik regel de rest met HR.",
  L("Frans Ketelaar", P(-1)), past=True)
m("en", "From January 18 Kemal Arslan transfers from the call centre to the Haarlem branch as a customer advisor.",
  MV("Kemal Arslan", D(2027, 1, 18), None, None))
m("nl", "Een nieuwe facilitair medewerker voor het hoofdkantoor: Dave Kramer. Hij begint over 3 weken.",
  J("Dave Kramer", P(21), "facility-coordinator"))
m("en", "Security officer Brian O'Sullivan starts on 7/12.",
  J("Brian O'Sullivan", MD(12, 7)))

m("nl", "Apothekersassistente Nina Hoekman begint per 1 januari in apotheek De Linde.",
  J("Nina Hoekman", D(2027, 1, 1)))
m("en", "Pharmacist Rahul Verma joins our Delft pharmacy on Jan 11.",
  J("Rahul Verma", D(2027, 1, 11)))
m("nl", "Farmaceutisch consulent Iris de Wit-Boersma gaat per 1 februari 24 uur werken in plaats van 32.",
  none=True)
m("nl", "Bezorger Thom Oosting stopt, laatste rit vrijdag 8 januari.",
  L("Thom Oosting", ON("friday", D(2027, 1, 8))))
m("en", "Hi, two new pharmacy assistants for the Nijmegen branch: Melissa Grant (start 4 January) and Yusuf Karaca (start 18 January).",
  J("Melissa Grant", D(2027, 1, 4)), J("Yusuf Karaca", D(2027, 1, 18)))
m("nl", "Beheerder apotheek Zuid, Carolien Blom, neemt per 1 april 2027 de apotheek Noord over. Zelfde functie.",
  MV("Carolien Blom", D(2027, 4, 1), None, None))
m("en", "Last day for Greta Olsen (pharmacy technician) is tomorrow. Please offboard.",
  L("Greta Olsen", P(1)))
m("nl", "Hoi, Sem van Dam komt vanaf maandag 14 december als schoolverlater bij ons in het magazijn.",
  J("Sem van Dam", ON("monday", MD(12, 14))))
m("en", "The start of our new pharmacist has been postponed indefinitely — please put it on hold. I'll send a new date later.",
  none=True)
m("nl", "Per 15-01-2027 stopt Anneke Zuidema als apotheker.",
  L("Anneke Zuidema", D(2027, 1, 15)))
m("en", "Our web shop gets a new developer – Ethan Brooks – who starts the first Monday of January.",
  J("Ethan Brooks", D(2027, 1, 4), "software-engineer"))
m("nl", "Assistente Kübra Aydemir gaat per 1 maart van de apotheek in Gouda naar die in Woerden.",
  MV("Kübra Aydemir", D(2027, 3, 1), None, None))
m("en", "Regional manager Olga Sokolova leaves the company on 28 February 2027.",
  L("Olga Sokolova", D(2027, 2, 28)))
m("nl", "Per a.s. maandag start Roos Smulders-Verhagen als assistente in apotheek Centrum.",
  J("Roos Smulders-Verhagen", WD("monday")))
m("en", "Hi, just a heads up: our pharmacist Dr. Nasser Al-Farsi starts on 1-2-2027 in Rotterdam.",
  J("Nasser Al-Farsi", D(2027, 2, 1)))
m("nl", "Laatste werkdag van Ger Hendrikx (bezorging): 23 december. Hij gaat met vervroegd pensioen.",
  L("Ger Hendrikx", MD(12, 23)))
m("en", "Transfer: Holly Baxter, pharmacy assistant, from the Leiden branch to the Den Haag branch per Monday 4 January.",
  MV("Holly Baxter", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Nieuwe collega bij de centrale receptenverwerking: Bart-Jan Siebelink, per overmorgen.",
  J("Bart-Jan Siebelink", P(2)))
m("en", "Ivana Horvat (pharmacy assistant, Zeist) resigned; her final day is Saturday 16 January.",
  L("Ivana Horvat", ON("saturday", D(2027, 1, 16))))
m("nl", "De inkoper van onze keten, Wouter Bos, wordt per 1 januari accountmanager voor de zorgverzekeraars.",
  MV("Wouter Bos", D(2027, 1, 1), "account-manager", None))
m("en", "Please set up Chiara Bianchi as area manager from the 1st of March.",
  J("Chiara Bianchi", D(2027, 3, 1)))

m("nl", "Chauffeur Gerrit Veldhuis gaat per 4 januari op de containerwagen rijden in plaats van de kraakperswagen.",
  MV("Gerrit Veldhuis", D(2027, 1, 4), None, None))
m("en", "New sorter at the Moerdijk plant: Aleksander Kowal, start Monday 7 December.",
  J("Aleksander Kowal", ON("monday", MD(12, 7))))
m("nl", "Belader Dennis Koopmans is per 1 december uit dienst gegaan maar nog niet afgemeld. Graag alsnog.",
  L("Dennis Koopmans", D(2026, 12, 1)), past=True)
m("en", "Heads up: weighbridge operator Sandra Mills leaves 29/1/2027.",
  L("Sandra Mills", D(2027, 1, 29)))
m("nl", "Nieuwe milieukundige: Lieke Hoogstraten (start 1 feb.)",
  J("Lieke Hoogstraten", D(2027, 2, 1)))
m("nl", "Volgende week woensdag begint Ricardo Pinto als heftruckchauffeur op de milieustraat.",
  J("Ricardo Pinto", NW("wednesday")))
m("en", "Please offboard Gavin Reid; his contract ends on 31 December but he's taking leave, so his last working day is 18 December.",
  L("Gavin Reid", MD(12, 18)))
m("nl", "Per 1 maart 2027 gaat planner Johan Wessels naar de vestiging in Duiven als vestigingsleider.",
  MV("Johan Wessels", D(2027, 3, 1), None, None))
m("en", "The planning software has a new engineer: Tobias Klein (software engineer), start date 2027-02-01.",
  J("Tobias Klein", D(2027, 2, 1), "software-engineer"))
m("nl", "Moeten inleners van het uitzendbureau ook in Handover of alleen eigen personeel? We hebben er volgende week drie.",
  none=True)
m("en", "Our plant manager Patrick Dunne moves to the Venlo site on Monday 1 March.",
  MV("Patrick Dunne", ON("monday", D(2027, 3, 1)), None, None))
m("nl", "Hoi, vanaf 11-1 komen Mehmet Doğan en Kevin Hendriks de ploeg van Eric versterken (sorteerlijn).",
  J("Mehmet Doğan", D(2027, 1, 11)), J("Kevin Hendriks", D(2027, 1, 11)))
m("en", "Driver Lukas Hoffmann was dismissed last Friday. Block his access card please.",
  L("Lukas Hoffmann", P(-6)), past=True)
m("nl", "Kunnen jullie de badge van Stefanie Visscher verlengen? Haar tijdelijke contract loopt nu tot 1 juli.",
  none=True)
m("en", "Starting 1 February, Fiona Murphy will be our new HR business partner.",
  J("Fiona Murphy", D(2027, 2, 1)))
m("nl", "Medewerker weegbrug Harm Bruins gaat met pensioen per 1 februari 2027; zijn laatste werkdag is vrijdag 29 januari.",
  L("Harm Bruins", ON("friday", D(2027, 1, 29))))
m("en", "Can you add Jesús Herrera? He starts as maintenance technician on Dec 14th.",
  J("Jesús Herrera", MD(12, 14)))
m("nl", "We krijgen versterking op de afdeling Verkoop: Noa van Hal, vertegenwoordiger grondstoffen, vanaf 18 januari.",
  J("Noa van Hal", D(2027, 1, 18), "account-manager"))
m("en", "Hi! Operator Maurice van Essen leaves us on the 31st.",
  L("Maurice van Essen", MD(12, 31)))
m("nl", "Per 4 januari wisselt Tamara Hendriksen van functie: van administratief medewerker naar planner.",
  MV("Tamara Hendriksen", D(2027, 1, 4), None, None))
m("en", "Facility coordinator Zainab Sesay joins our head office on Wednesday 6 January.",
  J("Zainab Sesay", ON("wednesday", D(2027, 1, 6)), "facility-coordinator"))

m("nl", "Per 1 januari versterkt architect Floris ten Brink ons team.",
  J("Floris ten Brink", D(2027, 1, 1)))
m("en", "Hi, we are happy to welcome Ingrid Solberg, junior architect, from January 11th.",
  J("Ingrid Solberg", D(2027, 1, 11)))
m("nl", "Onze tekenaar Bas van Ommeren stopt per 1 februari. Laatste werkdag is vrijdag 29 januari.",
  L("Bas van Ommeren", ON("friday", D(2027, 1, 29))))
m("en", "Hello together, our new project architect Lena Bauer will start at 1st February 2027. Please create all accesses. Many greetings, Jürgen",
  J("Lena Bauer", D(2027, 2, 1)))
m("nl", "Stagiair Ties Groen (TU Delft) start 1 februari en blijft tot de zomer.",
  J("Ties Groen", D(2027, 2, 1)))
m("en", "Our office manager Rosa Moreno leaves on 15 January.",
  L("Rosa Moreno", D(2027, 1, 15)))
m("nl", "Vanaf 1 maart wordt Hidde Kuipers associate partner (nu senior architect).",
  MV("Hidde Kuipers", D(2027, 3, 1), None, None))
m("en", "BIM coordinator Mikkel Jensen is leaving us at the end of the year, his last day being 23 December.",
  L("Mikkel Jensen", MD(12, 23)))
m("nl", "Hoi, Emma Roos-Bakker gaat ons verlaten, ze werkt hier tot en met 18 december.",
  L("Emma Roos-Bakker", MD(12, 18)))
m("en", "Is it possible to give a former employee temporary access to our drawings archive? She now works for a partner firm.",
  none=True)
m("nl", "Landschapsarchitect Jelle Nieuwenhuis en stedenbouwkundige Anna Rutgers starten allebei op maandag 4 januari.",
  J("Jelle Nieuwenhuis", ON("monday", D(2027, 1, 4))), J("Anna Rutgers", D(2027, 1, 4)))
m("en", "IT: new developer for our parametric tools (Grasshopper/Python), Hiroshi Tanaka, starts in two weeks.",
  J("Hiroshi Tanaka", P(14), "software-engineer"))
m("nl", "Maquettebouwer Cor de Haan heeft ontslag genomen, zijn laatste dag is volgende week vrijdag.",
  L("Cor de Haan", NW("friday")))
m("en", "From Monday 1 February Ruth Abebe moves from the Amsterdam studio to our Rotterdam studio (same role).",
  MV("Ruth Abebe", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Per direct (vandaag) vertrekt Maarten Schouten, projectarchitect. Graag vandaag nog afsluiten.",
  L("Maarten Schouten", NOW))
m("en", "Welcome aboard: Aurélie Martin, interior architect, starting 7/1/2027.",
  J("Aurélie Martin", D(2027, 1, 7)))
m("nl", "Onze facilitair medewerker Joop Dekkers gaat met pensioen; laatste werkdag donderdag 17 december.",
  L("Joop Dekkers", ON("thursday", MD(12, 17)), "facility-coordinator"))
m("en", "Hi! We have hired Ewa Zając as architectural visualiser, first day 18 January. And Tom Baker leaves on 8 January.",
  J("Ewa Zając", D(2027, 1, 18)), L("Tom Baker", D(2027, 1, 8)))
m("nl", "Projectmanager Niels Verhoef wordt per 1 april directeur van ons kantoor in Eindhoven.",
  MV("Niels Verhoef", D(2027, 4, 1), None, None))
m("en", "Sorry for the late notice — Camila Ortiz (junior designer) started yesterday and still has no laptop!",
  J("Camila Ortiz", P(-1)), past=True)

m("nl", "Nieuwe personal trainer in Utrecht: Dennis Wagenaar, start maandag 4 januari.",
  J("Dennis Wagenaar", ON("monday", D(2027, 1, 4))))
m("en", "Hi, Jake O'Brien (group fitness instructor) starts next Monday at our Amstelveen club.",
  J("Jake O'Brien", WD("monday")))
m("nl", "Clubmanager Sharon Mathijssen vertrekt, laatste werkdag 31-01-2027.",
  L("Sharon Mathijssen", D(2027, 1, 31)))
m("en", "Please offboard receptionist Kelly Thompson, last shift Sunday 6 December.",
  L("Kelly Thompson", ON("sunday", MD(12, 6))))
m("nl", "Judoleraar Rob Aarts gaat per 1 januari van vestiging Oss naar Den Bosch.",
  MV("Rob Aarts", D(2027, 1, 1), None, None))
m("en", "New sales rep for corporate memberships: Anil Kapoor, start date 4th Jan.",
  J("Anil Kapoor", D(2027, 1, 4), "account-manager"))
m("nl", "Fysiotherapeut Marloes Veenendaal begint over drie weken bij ons in Zeist.",
  J("Marloes Veenendaal", P(21)))
m("en", "Quick update: Elena Popova won't be leaving after all, she's staying with us. Please cancel her offboarding.",
  none=True)
m("nl", "Vanaf 1 februari wordt fitnessinstructeur Ricky Tromp teamleider van de club in Hilversum.",
  MV("Ricky Tromp", D(2027, 2, 1), None, None))
m("en", "Spinning instructor Bram Hollander leaves us on Dec 19.",
  L("Bram Hollander", MD(12, 19)))
m("nl", "Schoonmaakster Truus Damen stopt eind december; haar laatste werkdag is woensdag 30 december.",
  L("Truus Damen", ON("wednesday", MD(12, 30))))
m("en", "Hi — our app developer Kevin Oduya moves to the marketing team as a growth manager from 1 March.",
  MV("Kevin Oduya", D(2027, 3, 1), None, "software-engineer"))
m("nl", "Hoi, Femke Leenders begint 11 januari als baliemedewerker en Jorn Brink gaat op dezelfde dag naar vestiging Weesp (ook balie).",
  J("Femke Leenders", D(2027, 1, 11)), MV("Jorn Brink", D(2027, 1, 11), None, None))
m("en", "Personal trainer Marcus Johansson starts on the fifteenth of December.",
  J("Marcus Johansson", MD(12, 15)))
m("nl", "Hoe zet ik iemand in Handover die van 36 naar 24 uur gaat? Er verandert verder niets aan zijn functie.",
  none=True)
m("en", "Hello, Sophie Turner starts as club manager in Almere on Friday, 15 January.",
  J("Sophie Turner", ON("friday", D(2027, 1, 15))))
m("nl", "Zwemdocent Esmee Brouwer heeft haar contract opgezegd en werkt nog t/m 22 januari.",
  L("Esmee Brouwer", D(2027, 1, 22)))
m("en", """New front desk staff from Monday 14 December:
Maya Goldstein
Luca Ferrari""",
  J("Maya Goldstein", ON("monday", MD(12, 14))), J("Luca Ferrari", MD(12, 14)))
m("nl", "Yogadocent Nadine Kroes begint in januari (zzp, datum volgt nog), maar heeft wel een account nodig.",
  J("Nadine Kroes", None))
m("en", "Club Deventer: Chris Hamilton, currently assistant manager, takes over as club manager on 4 January.",
  MV("Chris Hamilton", D(2027, 1, 4), None, None))
m("nl", "Gisteren was de laatste dag van onze stagiair Mats Koning. Graag zijn account blokkeren.",
  L("Mats Koning", P(-1)), past=True)
m("en", "new PT starting tomorrow: danielle wright",
  J("Danielle Wright", P(1)))

m("nl", """Per 4 januari starten 4 nieuwe buschauffeurs in Zaandam:
- Ali Benhaddou
- Jeanine Pauw
- Tjeerd Bosma
- Wilma Smit""",
  J("Ali Benhaddou", D(2027, 1, 4)), J("Jeanine Pauw", D(2027, 1, 4)), J("Tjeerd Bosma", D(2027, 1, 4)),
  J("Wilma Smit", D(2027, 1, 4)))
m("en", "Driver Patrick Kelly retires on 31 January 2027, last shift 29 January.",
  L("Patrick Kelly", D(2027, 1, 29)))
m("nl", "Buschauffeur Henk van der Meer wordt per 1 maart instructeur op de interne rijschool.",
  MV("Henk van der Meer", D(2027, 3, 1), None, None))
m("en", "Hi, we have a new planner for the timetable team: Anjali Singh. She starts on Tuesday 12 January 2027.",
  J("Anjali Singh", ON("tuesday", D(2027, 1, 12))))
m("nl", "Monteur Erwin Lammers (werkplaats Purmerend) neemt ontslag; laatste werkdag 15-1.",
  L("Erwin Lammers", D(2027, 1, 15)))
m("en", "Starting date of Jordan Mitchell (bus driver) is Thursday 10 December, not Friday the 11th as I wrote before.",
  J("Jordan Mitchell", ON("thursday", MD(12, 10))))
m("nl", "Verkeersleider Sjaak Pronk stopt per 1 januari, hij heeft een baan bij het spoor gevonden.",
  L("Sjaak Pronk", D(2027, 1, 1)))
m("en", "Please create an account for Lukas Novák — our new IT developer for the passenger app — from 1 February.",
  J("Lukas Novák", D(2027, 2, 1), "software-engineer"))
m("nl", "Chauffeur Jan-Willem Schut is per 1 december met pensioen gegaan; zijn laatste rit was 30 november.",
  L("Jan-Willem Schut", D(2026, 11, 30)), past=True)
m("en", "Hey, ticket inspector Amir Karimi starts the week after next, on the Monday.",
  J("Amir Karimi", MD(12, 14)))
m("nl", "Goedemorgen, kun je Naomi Vos (klantenservice OV) aanmaken? Ze begint maandag week 2.",
  J("Naomi Vos", WK(2)))
m("en", "Our driver Sandra's contract has been extended to 30 June. Is there anything I should do in Handover?",
  none=True)
m("nl", "Wijziging voor Ruben Kooij: hij gaat niet per 1 januari maar per 1 februari naar de stalling in Hoorn (zelfde functie, monteur).",
  MV("Ruben Kooij", D(2027, 2, 1), None, None))
m("en", "Leaver: Sebastian Wolff, depot manager. Leaves 31st December.",
  L("Sebastian Wolff", MD(12, 31)))
m("nl", "Er komt een nieuwe accountmanager voor de concessie Waterland: Dirk Zwanenburg, start op 15 januari 2027.",
  J("Dirk Zwanenburg", D(2027, 1, 15), "account-manager"))
m("nl", "Dag, Arne Janssens vervoegt de stelplaats Mechelen als chauffeur vanaf 1 februari. Kan zijn personeelskaart aangemaakt worden? Mvg",
  J("Arne Janssens", D(2027, 2, 1)))
m("en", "Please note: driver Mohammed Bakr passed away yesterday. Please close his accounts with care.",
  L("Mohammed Bakr", P(-1)), past=True)
m("nl", "Volgende week dinsdag stopt chauffeur Gijs Wolters; hij verhuist naar Friesland.",
  L("Gijs Wolters", NW("tuesday")))
m("en", "Tyler Reed joins the planning office in February, exact date to be agreed with him. Can you already start the laptop order?",
  J("Tyler Reed", None))
m("nl", "Hoi, kun je de onboarding starten voor Femke? Eh, Femke Dijkman bedoel ik. Ze begint 4 januari als planner.",
  J("Femke Dijkman", D(2027, 1, 4)))
m("en", "Transfer: bus driver Karim Mansour moves from the Haarlem depot to Leiden on 1/3/2027.",
  MV("Karim Mansour", D(2027, 3, 1), None, None))
m("nl", "Met ingang van 1 januari 2027 treedt mevrouw Petra van den Hoven in dienst als teamleider OV-chauffeurs.",
  J("Petra van den Hoven", D(2027, 1, 1)))


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
        where = "k%03d" % i
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
            out.write(json.dumps({"id": "k%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")




if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-14.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
