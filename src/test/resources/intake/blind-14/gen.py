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
