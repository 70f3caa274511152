#!/usr/bin/env python3
"""blind-8 (issue 18): hand-written announcements with hand-written expectations.

Every message below was written by hand, one at a time. The helpers only compute the
calendar date a human reader means (from TODAY, Thursday 2026-12-03) and check the set;
they generate no text. Run: python3 gen.py  (writes blind-8.jsonl, byte-identical each run).
"""
import datetime as dt
import json
import os
import re

TODAY = dt.date(2026, 12, 3)
WEEKDAYS = {
    "mon": 0, "maandag": 0, "monday": 0, "ma": 0, "mo": 0,
    "tue": 1, "dinsdag": 1, "tuesday": 1, "di": 1, "tu": 1,
    "wed": 2, "woensdag": 2, "wednesday": 2, "wo": 2, "we": 2,
    "thu": 3, "donderdag": 3, "thursday": 3, "do": 3, "th": 3,
    "fri": 4, "vrijdag": 4, "friday": 4, "vr": 4, "fr": 4,
    "sat": 5, "zaterdag": 5, "saturday": 5, "za": 5,
    "sun": 6, "zondag": 6, "sunday": 6, "zo": 6,
}


def D(y, m, d):
    """A full date, written with its year."""
    return dt.date(y, m, d)


def MD(m, d):
    """A date written without a year: the next such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    return x if x >= TODAY else dt.date(TODAY.year + 1, m, d)


def P(n):
    """A relative period: today plus n days (tomorrow +1, in two weeks +14, yesterday -1)."""
    return TODAY + dt.timedelta(days=n)


def WD(day):
    """A bare, 'next', 'aanstaande' or 'this coming' weekday: the first such day after today."""
    w = WEEKDAYS[day]
    n = (w - TODAY.weekday()) % 7 or 7
    return TODAY + dt.timedelta(days=n)


def NW(day):
    """'volgende week X' / 'next week X': that weekday in the week Mon 2026-12-07 .. Sun 12-13."""
    monday = TODAY - dt.timedelta(days=TODAY.weekday()) + dt.timedelta(days=7)
    return monday + dt.timedelta(days=WEEKDAYS[day])


def ON(day, date):
    """The text writes a weekday next to a date: they must agree."""
    assert date.weekday() == WEEKDAYS[day], (day, date)
    return date


NOW = TODAY
EOM = dt.date(2026, 12, 31)

MESSAGES = []


def J(name, date, role=None):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def MV(name, date, role, frm):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm, "_mover": True}


def E(lang, text, *people, lower=False, past=False):
    MESSAGES.append((lang, text, people, lower, past))


AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"

# --- part A -------------------------------------------------------------------------

# retail chain area manager, phone
E("nl", "Hoi! Nieuwe collega voor filiaal Zwolle-Zuid: Inge Smeenk-Baars, begint 11 januari als winkelmedewerker.",
  J("Inge Smeenk-Baars", MD(1, 11)))
# logistics night-desk lead
E("en", "Quick one – Tomasz Grabowski (planner, night desk) has handed in his notice. Last shift is Saturday 19 December.",
  L("Tomasz Grabowski", ON("saturday", MD(12, 19))))
# municipality P&O, formal
E("nl", "Geachte collega's,\n\nHierbij deel ik u mede dat de heer Bram Oosterhuis met ingang van 1 februari 2027 in dienst treedt als beleidsmedewerker Wonen bij de gemeente Dalfsen.\n\nMet vriendelijke groet,\n\nJ.H. Kamphuis\nteam P&O",
  J("Bram Oosterhuis", D(2027, 2, 1)))
# GP practice manager
E("nl", "Per 4 januari komt er een nieuwe huisarts bij ons in de praktijk: Sevda Karaca. Kan haar account klaargezet worden?",
  J("Sevda Karaca", MD(1, 4)))
# dental clinic owner
E("en", "Hi there, our receptionist Chloé Marchetti is going on to study dentistry, so she's leaving us. Her final day is the 30th of December.",
  L("Chloé Marchetti", MD(12, 30)))
# university department secretary
E("nl", "Beste servicedesk, per 1 maart start Joris Vlaskamp als research software engineer bij de vakgroep Geowetenschappen. Graag een laptop met admin-rechten.",
  J("Joris Vlaskamp", MD(3, 1), SE))
# hotel GM, cheerful
E("en", "Good morning team! Please welcome our new night porter, Kwame Asante-Boateng, who joins us on 14 December. 🎉",
  J("Kwame Asante-Boateng", MD(12, 14)))
# construction site office
E("nl", "Uitvoerder Gert-Jan Bosscher gaat ons verlaten, hij heeft een baan bij BAM aangenomen. laatste werkdag vrijdag 29 januari",
  L("Gert-Jan Bosscher", ON("vrijdag", MD(1, 29))))
# IT consultancy founder
E("en", "We've signed a new developer! Priya Raghunathan starts Monday 1 February 2027, she'll be on the Rabobank project from day one.",
  J("Priya Raghunathan", ON("monday", D(2027, 2, 1)), SE))
# childcare location manager
E("nl", "goedemorgen, wil even doorgeven dat wij een nieuwe collega hebben voor de babygroep, Lotte Wijnberg. Ze begint volgende week woensdag.",
  J("Lotte Wijnberg", NW("woensdag")))
# care home team leader
E("nl", "Verzorgende IG Hatice Demirci stapt per 1 januari over van locatie De Linde naar De Wingerd. Zelfde functie, andere pas nodig.",
  MV("Hatice Demirci", MD(1, 1), CW, CW))
# accountancy partner
E("en", "FYI: Oliver Whitfield-Jones, audit senior, resigned this morning. He is serving his notice until 28 February 2027.",
  L("Oliver Whitfield-Jones", D(2027, 2, 28)))
# cleaning company planner, terse
E("nl", "Nieuwe schoonmaker voor object Stadskantoor: Mariusz Kowalczyk. start maandag. heeft sleutel + pas nodig",
  J("Mariusz Kowalczyk", WD("maandag")))
# bakery owner
E("nl", "Hallo, onze bakker Henk Stroeve gaat na 41 jaar met pensioen 😢 Zijn laatste dag is 23 december.",
  L("Henk Stroeve", MD(12, 23)))
# sports club secretary
E("en", "Hi, the club has hired a new groundsman, Callum McAllister, starting January 4th. Could he get a key to the clubhouse?",
  J("Callum McAllister", MD(1, 4)))
# retail HR, forwarded mail
E("nl", "Van: Wendy Brouwer\nVerzonden: woensdag 2 december 2026 16:41\nAan: Handover\nOnderwerp: uitdienst\n\nAnouk Terpstra (accountmanager zakelijke klanten) gaat uit dienst per 1 januari 2027, laatste werkdag 31 december.",
  L("Anouk Terpstra", MD(12, 31), AM))
# logistics transport manager
E("en", "Two new drivers from Monday: Ricardo Ferreira and Dawid Nowak. Neither needs a laptop, just the app on their phones.",
  J("Ricardo Ferreira", WD("monday")), J("Dawid Nowak", WD("monday")))
# municipality IT team lead
E("nl", "Ter info: onze ontwikkelaar Sander ter Welle gaat per 15 januari naar team Data en wordt daar data-analist.",
  MV("Sander ter Welle", MD(1, 15), None, SE))
# GP practice, English-speaking partner
E("en", "Dr Nadia Haddad is leaving the practice at the end of this month. Could you make sure her smartcard access is removed?",
  L("Nadia Haddad", EOM))
# dental clinic, enthusiastic
E("nl", "Tandarts Floor Rijkens-Veldhuis komt ons team versterken vanaf 1 feb!",
  J("Floor Rijkens-Veldhuis", MD(2, 1)))
# university department admin
E("en", "Hi, I'm the admin for the Chemistry department. A postdoc, Dr. Yuki Tanaka, will be starting with us on 01/03/2027. Can you set up their accounts?",
  J("Yuki Tanaka", D(2027, 3, 1)))
# hotel front office
E("nl", "Receptioniste Demi van Beek heeft ontslag genomen, ze werkt nog tot en met 10 januari.",
  L("Demi van Beek", MD(1, 10)))
# construction office manager
E("nl", "Vanaf 18 januari hebben we een nieuwe werkvoorbereider: Stijn Hulshof. Kan hij een laptop en telefoon krijgen?",
  J("Stijn Hulshof", MD(1, 18)))
# IT consultancy delivery lead
E("en", "Heads up – Marco Bellini moves from account management to our delivery team as a developer, effective 1 January.",
  MV("Marco Bellini", MD(1, 1), SE, AM))
# childcare HR
E("nl", "Helaas gaat Yara Dijkhuizen ons verlaten. Haar contract loopt af op 31 januari en wordt niet verlengd.",
  L("Yara Dijkhuizen", MD(1, 31)))
# care home, English-speaking unit manager
E("en", "New carer starting tomorrow: Grace Oduya. She'll be on the dementia unit, days.",
  J("Grace Oduya", P(1), CW))
# accountancy office manager, list style
E("nl", "Per 1-3 treedt in dienst: mw. Ilse Groothuis-Leferink, assistent-accountant.",
  J("Ilse Groothuis-Leferink", MD(3, 1)))
# cleaning company, English area lead
E("en", "Leaver: Abdi Warsame, cleaner, Hengelo site. last day 18/12",
  L("Abdi Warsame", MD(12, 18)))
# bakery, warm
E("nl", "Lieve mensen, vanaf aanstaande zaterdag staat Fenna Hoekstra bij ons achter de toonbank. Welkom Fenna!",
  J("Fenna Hoekstra", WD("zaterdag")))
# sports club board
E("nl", "Onze kantinebeheerder Rinus Wolters stopt per 1 januari. Wie neemt het over weet ik nog niet.",
  L("Rinus Wolters", MD(1, 1)))
# retail store manager, phone, lower case
E("en", "hey can u add a new starter, jade whitaker, store assistant, starts 12 jan",
  J("Jade Whitaker", MD(1, 12)), lower=True)
# logistics HR
E("nl", "Met ingang van maandag 4 januari 2027 is Erwin Klaassen niet langer planner maar teamleider van de nachtploeg.",
  MV("Erwin Klaassen", ON("maandag", D(2027, 1, 4)), None, None))
# municipality, English notice
E("en", "Please note that Ms. Aisha Rahman, Policy Officer, will retire on 31 March 2027 after 38 years of service.",
  L("Aisha Rahman", D(2027, 3, 31)))
# GP practice, forwarded
E("nl", "---------- Doorgestuurd bericht ---------\nVan: HR Huisartsenpraktijk De Brink\nDatum: di 1 dec. 2026 om 09:12\nOnderwerp: nieuwe medewerker\n\nPer 7 december start Marieke Zuidema als praktijkmanager.",
  J("Marieke Zuidema", MD(12, 7)))
# dental clinic manager
E("en", "Could you offboard Lukas Brandt please? He's our hygienist and his last working day is Wed 16 Dec.",
  L("Lukas Brandt", ON("wed", MD(12, 16))))
# university research group leader
E("nl", "Twee nieuwe promovendi bij Sterrenkunde per 1 februari: Matthijs de Groot en Ayşe Çelik.",
  J("Matthijs de Groot", MD(2, 1)), J("Ayşe Çelik", MD(2, 1)))
# hotel sales director
E("en", "Our sales rep for the events side, Hannah Lindqvist, has been promoted to front office manager starting 1st January.",
  MV("Hannah Lindqvist", MD(1, 1), None, AM))
# construction foreman
E("nl", "Timmerman Jan-Willem Rozendaal komt over twee weken bij ons werken.",
  J("Jan-Willem Rozendaal", P(14)))
# IT consultancy, sad
E("en", "Sad news, our lead engineer Tobias Engström has decided to move on. His notice ends on Friday 22 January 2027.",
  L("Tobias Engström", ON("friday", D(2027, 1, 22)), SE))
# childcare, intern ends early
E("nl", "Per direct uit dienst: Kimberley Roelofs (stagiaire). Haar stage is voortijdig beëindigd.",
  L("Kimberley Roelofs", NOW))
# care home, two HCAs
E("en", "Morning! 2 new healthcare assistants start on the 11th of January — Blessing Adeyemi and Joanna Kaczmarek. Both on nights.",
  J("Blessing Adeyemi", MD(1, 11), CW), J("Joanna Kaczmarek", MD(1, 11), CW))
# accountancy HR
E("nl", "Salarisadministrateur Tessa Mulder-Jansen wordt per 1 april accountmanager MKB.",
  MV("Tessa Mulder-Jansen", MD(4, 1), AM, None))
# cleaning company director
E("en", "Hi, Raúl Domínguez starts in 3 weeks as a facilities coordinator for our Utrecht contracts.",
  J("Raúl Domínguez", P(21), FC))
# bakery, lower case
E("nl", "nieuwe hulp in de winkel vanaf zaterdag 12 december, naam is noor amrani",
  J("Noor Amrani", ON("zaterdag", MD(12, 12))), lower=True)
# sports club chair
E("en", "Our head coach, Dimitri Papadopoulos, is stepping down at the end of the season on 30 June 2027.",
  L("Dimitri Papadopoulos", D(2027, 6, 30)))
# retail HR
E("nl", "Vanaf 1 februari werkt Bas Scholtens niet meer in de winkel in Deventer maar bij ons op het hoofdkantoor als accountmanager.",
  MV("Bas Scholtens", MD(2, 1), AM, None))
# logistics shift lead
E("en", "Can you set up a new warehouse operative — Florin Popescu — for Wednesday 9 December?",
  J("Florin Popescu", ON("wednesday", MD(12, 9))))
# municipality, formal
E("nl", "Mevrouw Wilma Tuinstra, medewerker Burgerzaken, gaat met vervroegd pensioen. Haar laatste werkdag is 26 februari 2027.",
  L("Wilma Tuinstra", D(2027, 2, 26)))
# GP practice, chatty
E("en", "Hiya, we have a new GP registrar starting with us on the 6th of January, Dr Olusegun Bello.",
  J("Olusegun Bello", MD(1, 6)))
# dental clinic
E("nl", "Graag een account voor onze nieuwe mondhygiëniste Sanne Kuipers-Dam, zij start dinsdag 5 januari.",
  J("Sanne Kuipers-Dam", ON("dinsdag", MD(1, 5))))
# university HR business partner, formal
E("en", "Dear colleagues,\n\nI am pleased to confirm that Professor Ingrid Solberg will join the Faculty of Law as Chair of European Law on 1 September 2027.\n\nKind regards,\nMargaret Holloway\nHR Business Partner",
  J("Ingrid Solberg", D(2027, 9, 1)))
# hotel housekeeping manager, joking
E("nl", "Kamermeisje? nee sorry, housekeeping heet dat tegenwoordig 😄 Maar goed: Jolanda Brinkman begint daar op 2 januari.",
  J("Jolanda Brinkman", MD(1, 2)))
# construction director
E("nl", "Calculator Rutger Hazeleger wordt vanaf 1 maart projectleider.",
  MV("Rutger Hazeleger", MD(3, 1), None, None))
# IT consultancy sales lead
E("en", "Could you please onboard our new account manager? Name's Fiona MacLeod, first day is the 18th of January 2027.",
  J("Fiona MacLeod", D(2027, 1, 18), AM))
# childcare after-school club
E("nl", "Twee vertrekkers bij BSO De Vlinder: Esmee Bakhuis (laatste dag 18 december) en Roos Verhoef (laatste dag 8 januari).",
  L("Esmee Bakhuis", MD(12, 18)), L("Roos Verhoef", MD(1, 8)))
# care home manager
E("en", "One of our carers, Precious Moyo, is moving across to facilities as our facilities coordinator from 1st Feb.",
  MV("Precious Moyo", MD(2, 1), FC, CW))
# accountancy, chat
E("nl", "Hoi, kun je Pieter-Bas Oldenkamp uit dienst melden? Hij stopt 31-12-2026.",
  L("Pieter-Bas Oldenkamp", D(2026, 12, 31)))
# cleaning company office
E("nl", "Goedemiddag, namens Schoonmaakbedrijf Het Zonnetje: mevrouw Gülsen Arslan begint morgen als objectleider in Almelo. Alvast bedankt!",
  J("Gülsen Arslan", P(1)))
# bakery, English owner
E("en", "New Saturday girl starting this Saturday – Ellie Fairbanks. She's 16 so no laptop obviously, just a till login",
  J("Ellie Fairbanks", WD("saturday")))
# sports club board
E("nl", "Onze nieuwe verenigingsmanager Marloes Ypma begint per 1 januari 2027.",
  J("Marloes Ypma", D(2027, 1, 1)))
# retail regional manager
E("en", "Store 214 (Leeds) – manager Gareth Pritchard leaves on 15 January, replacement TBC.",
  L("Gareth Pritchard", MD(1, 15)))
# logistics site manager
E("nl", "Eind deze maand gaat Herman Brinkhuis met pensioen. Hij is al 25 jaar facilitair coördinator op het DC Tilburg.",
  L("Herman Brinkhuis", EOM, FC))
# municipality, English-speaking ICT manager
E("en", "From 4 January, Kevin Osei transfers from Parking Enforcement to the ICT team as a junior software engineer.",
  MV("Kevin Osei", MD(1, 4), SE, None))
# GP practice
E("nl", "Onze POH-GGZ Mirjam Schuurman-Dekker gaat ons per 1 maart verlaten. Zou het account dan dicht kunnen?",
  L("Mirjam Schuurman-Dekker", MD(3, 1)))
# dental clinic, excited
E("en", "hi!! we hired a new receptionist 🦷 Amara Nwosu, starts 11/1",
  J("Amara Nwosu", MD(1, 11)))
# university ICT contact
E("nl", "Dag ICT, dr. Koen Van Acker (Gent) begint op 1 april bij ons als universitair docent. Graag een account + VPN.",
  J("Koen Van Acker", MD(4, 1)))
# hotel head chef
E("en", "Hello! Please add 2 new starters for the kitchen: chef de partie Luca Romano from Monday 7 December, and commis chef Aoife Byrne from Monday 14 December.",
  J("Luca Romano", ON("monday", MD(12, 7))), J("Aoife Byrne", ON("monday", MD(12, 14))))
# construction, a death
E("nl", "Onze timmerman Klaas de Vries-Heuvelink is helaas vorige week overleden. Zou zijn account en telefoon per vandaag geblokkeerd kunnen worden?",
  L("Klaas de Vries-Heuvelink", NOW))
# IT consultancy team lead
E("en", "New devs joining team Orion next week Monday: Chen Wei and Sebastián Morales. Standard dev setup please.",
  J("Chen Wei", NW("monday"), SE), J("Sebastián Morales", NW("monday"), SE))
# childcare office
E("nl", "Per 4 januari gaat Naomi Brinkers van de peutergroep naar de planning op kantoor.",
  MV("Naomi Brinkers", MD(1, 4), None, None))
# care home, English
E("en", "Unfortunately our caregiver Siddharth Nair will be leaving us — his visa sponsorship moves to another provider. Last shift Tuesday 12 January.",
  L("Siddharth Nair", ON("tuesday", MD(1, 12)), CW))
# accountancy partner, formal
E("nl", "Goedemorgen, wij verwelkomen op 1 februari a.s. onze nieuwe accountmanager, Thijs Baudoin. Hij komt over van Deloitte.",
  J("Thijs Baudoin", MD(2, 1), AM))
# cleaning company, terse
E("en", "pls close accounts for Marek Horváth – left the company yesterday, no notice.",
  L("Marek Horváth", P(-1)), past=True)
# bakery
E("nl", "Vanaf volgende week maandag doet Gerrit Hofman de bezorging in plaats van het bakken.",
  MV("Gerrit Hofman", NW("maandag"), None, None))
# sports club, English
E("en", "Hi, we have a new physio joining the first team staff: Mateo Silva. He's with us from the 2nd of January.",
  J("Mateo Silva", MD(1, 2)))
# retail sales manager, question
E("nl", "Kan ik hier ook een nieuwe verkoper aanmelden? Het gaat om Jesse Pranger, verkoper buitendienst, hij begint 15 december.",
  J("Jesse Pranger", MD(12, 15), AM))
# logistics HR
E("en", "Reminder for HR/IT: Ahmed Benali, fleet planner, is on his last week – final day Friday 11th Dec.",
  L("Ahmed Benali", ON("friday", MD(12, 11))))
# municipality, formal
E("nl", "Bij deze meld ik de indiensttreding van Sjoerd Hoekstra-Zijlstra als coördinator facilitaire zaken, ingangsdatum 01-02-2027.",
  J("Sjoerd Hoekstra-Zijlstra", D(2027, 2, 1), FC))
# GP practice, English
E("en", "Bronwyn Hughes from reception retires on Christmas Eve.",
  L("Bronwyn Hughes", MD(12, 24)))
# dental clinic
E("nl", "Orthodontist Jeroen Smit-Evers verlaat onze kliniek op 28 februari.",
  L("Jeroen Smit-Evers", MD(2, 28)))
# university, English
E("en", "Dr. Rosalind Achterberg moves from the Faculty of Science to the Library as of 1 March 2027 — same job title (software developer), different cost centre.",
  MV("Rosalind Achterberg", D(2027, 3, 1), SE, SE))
# hotel night manager, phone, lower case
E("nl", "ff melden: nieuwe nachtreceptionist mohamed ouali start zondag",
  J("Mohamed Ouali", WD("zondag")), lower=True)
# construction, English
E("en", "Site manager Patrick O'Donnell's last day with us will be 8 January 2027. Please collect his van keys and tablet.",
  L("Patrick O'Donnell", D(2027, 1, 8)))
# IT consultancy
E("nl", "Hé, Lars Hoogendijk gaat weg bij ons, hij heeft een eigen bedrijf opgericht. Zijn laatste werkdag: 15-1. Was ontwikkelaar bij team Apollo.",
  L("Lars Hoogendijk", MD(1, 15), SE))
# childcare, English
E("en", "We've taken on a new nursery practitioner, Ruby Clements, who begins on Monday 11 January 2027.",
  J("Ruby Clements", ON("monday", D(2027, 1, 11))))
# care home
E("nl", "Per 1 januari nieuw bij ons: de zorgmedewerkers Ingrid Bloemendaal en Shirley Tjong-Ayong.",
  J("Ingrid Bloemendaal", MD(1, 1), CW), J("Shirley Tjong-Ayong", MD(1, 1), CW))
# accountancy, English
E("en", "Please set up Harriet Osborne-Clarke, trainee accountant, start date 7th Jan.",
  J("Harriet Osborne-Clarke", MD(1, 7)))
# cleaning company
E("nl", "Facilitair medewerker Ronald Baas wordt per 1 maart regiomanager schoonmaak.",
  MV("Ronald Baas", MD(3, 1), None, FC))
# bakery, English
E("en", "Hi, Pieter van Dalen has quit – he won't be back after this Sunday.",
  L("Pieter van Dalen", WD("sunday")))
# sports club board
E("nl", "Bestuur meldt: penningmeester Arend Slagter stopt per de ledenvergadering van 22 januari.",
  L("Arend Slagter", MD(1, 22)))
# retail, English
E("en", "Can you deactivate Sophie Lambert's account on the 31st? She's leaving the company.",
  L("Sophie Lambert", MD(12, 31)))
# logistics, list of temps
E("nl", "Nieuwe uitzendkrachten DC Venlo, start ma 7-12:\n- Piotr Mazur\n- Andrei Ionescu\n- Kerem Aksoy",
  J("Piotr Mazur", ON("ma", MD(12, 7))), J("Andrei Ionescu", MD(12, 7)), J("Kerem Aksoy", MD(12, 7)))
# municipality, English
E("en", "Message from the HR desk: Jayden Koster will join Civil Affairs on 1 Feb 2027 as a front-desk officer.",
  J("Jayden Koster", D(2027, 2, 1)))
# GP practice, chatty
E("nl", "Hoi hoi! Goed nieuws, we hebben eindelijk een nieuwe baliemedewerker gevonden 🙌 Ze heet Dewi Soeradji en ze begint 4 januari. Kun je zorgen dat ze op dag één kan inloggen in het HIS?",
  J("Dewi Soeradji", MD(1, 4)))
# dental clinic owner, two
E("en", "Emre Şahin (associate dentist) starts 1 March, Ruth Abernathy (practice manager) leaves 26 February.",
  J("Emre Şahin", MD(3, 1)), L("Ruth Abernathy", MD(2, 26)))
# university personnel office, formal
E("nl", "Geachte heer/mevrouw,\n\nHet dienstverband van mw. dr. Evelien Scheepstra eindigt op 31 maart 2027 in verband met het aflopen van haar tijdelijke aanstelling.\n\nMet vriendelijke groet,\nPersonele Zaken, Faculteit der Letteren",
  L("Evelien Scheepstra", D(2027, 3, 31)))
# hotel sales
E("en", "FYI – Mei Ling Chow, our group sales account manager, has resigned; last day 29/01.",
  L("Mei Ling Chow", MD(1, 29), AM))
# construction
E("nl", "Goedemorgen, maandag 14 december begint er een nieuwe uitvoerder bij ons, Thomas Bloemhof. Zijn telefoon moet dan klaarliggen.",
  J("Thomas Bloemhof", ON("maandag", MD(12, 14))))
# IT consultancy, question
E("en", "Is this where I request accounts for a new starter? Ines Carvalho, software engineer, starting 4 Jan.",
  J("Ines Carvalho", MD(1, 4), SE))
# childcare
E("nl", "Welkom aan onze nieuwe pedagogisch medewerker Jelle Oudshoorn! Eerste werkdag: woensdag 6 januari.",
  J("Jelle Oudshoorn", ON("woensdag", MD(1, 6))))
# retail chain HR, list with labels
E("nl", "Indiensttreding\nNaam: Melvin Sitaram\nFunctie: accountmanager zakelijke markt\nStartdatum: 18-01-2027\nVestiging: Hoofdkantoor Ede",
  J("Melvin Sitaram", D(2027, 1, 18), AM))
# logistics, date first
E("en", "1 March 2027 – that's when Oksana Hrytsenko starts as our new facilities coordinator at the Moerdijk hub.",
  J("Oksana Hrytsenko", D(2027, 3, 1), FC))
# municipality team lead, chat
E("nl", "Wij hebben Ruben Haverkamp aangenomen als softwareontwikkelaar 🎉 hij start op de eerste maandag van januari",
  J("Ruben Haverkamp", ON("maandag", D(2027, 1, 4)), SE))
# GP practice, question
E("en", "Hi, what do I need to do when a locum leaves? Dr Farhan Qureshi finishes with us on 20 December.",
  L("Farhan Qureshi", MD(12, 20)))
# dental clinic, correction
E("nl", "Correctie op mijn bericht van gisteren: Marit Hogenkamp begint niet op 4 januari maar op 11 januari.",
  J("Marit Hogenkamp", MD(1, 11)))
# university, English, role first
E("en", "Software engineer for the eScience Center: Bartholomew Nkemelu, joining 15 February.",
  J("Bartholomew Nkemelu", MD(2, 15), SE))
# hotel, Dutch HR with signature
E("nl", "Beste collega's van ICT,\n\nGraag jullie aandacht voor het vertrek van Nadia Bouzid, accountmanager MICE. Zij heeft haar contract opgezegd en haar laatste werkdag is vrijdag 8 januari 2027.\n\nHartelijke groet,\nEsther Meijer\nHR-adviseur | Hotel De Wadden",
  L("Nadia Bouzid", ON("vrijdag", D(2027, 1, 8)), AM))
# construction, phone
E("nl", "nieuwe kraanmachinist Wessel Pots vanaf overmorgen op de bouw in Kampen",
  J("Wessel Pots", P(2)))
# IT consultancy, let go
E("en", "We've had to let Jordan Blackwood go (developer, probation not passed). Please cut access today.",
  L("Jordan Blackwood", NOW, SE))
# childcare, two, formal
E("nl", "Goedemiddag,\n\nPer 1 februari 2027 treden de volgende medewerkers in dienst bij Kinderopvang Het Kabouterbos:\n• Fleur Brandsma, pedagogisch medewerker\n• Sarita Ramsaran, locatiecoördinator\n\nMet vriendelijke groet,\nAfdeling HR",
  J("Fleur Brandsma", D(2027, 2, 1)), J("Sarita Ramsaran", D(2027, 2, 1)))
# care home, typo in role
E("nl", "Nieuwe verzorgnde voor afdeling De Eik: Wendela Rouwenhorst, start 14-12.",
  J("Wendela Rouwenhorst", MD(12, 14), CW))
# accountancy, English mover
E("en", "As of 1 April, Jonathan Pereira-Wood will be moving from our sales team into the audit practice as a trainee auditor.",
  MV("Jonathan Pereira-Wood", MD(4, 1), None, AM))
# cleaning company, leaver list
E("nl", "Uit dienst per 31 december:\nJoyce Hilbrands\nRamon Lieuw-On\nBeiden schoonmaker op object ziekenhuis.",
  L("Joyce Hilbrands", MD(12, 31)), L("Ramon Lieuw-On", MD(12, 31)))
# bakery, question
E("en", "Do I tell you or HR that our baker Ivo Steenbergen is leaving? His last day is Thursday the 17th.",
  L("Ivo Steenbergen", ON("thursday", MD(12, 17))))
# sports club, volunteer turned employee
E("nl", "Vanaf 1 januari hebben we een terreinbeheerder in loondienst: Dennis Zwart.",
  J("Dennis Zwart", MD(1, 1)))
# retail area manager, English
E("en", "New starter alert 🚨 Keisha Campbell-Reid joins the Manchester store on Tuesday 8 Dec as assistant manager.",
  J("Keisha Campbell-Reid", ON("tuesday", MD(12, 8))))
# logistics, mover by pronoun
E("nl", "Chauffeur Harm Lubbers kan zijn rijbewijs niet meer halen door zijn ogen. Hij gaat per 11 januari aan de slag als facilitair medewerker op de vestiging.",
  MV("Harm Lubbers", MD(1, 11), FC, None))
# municipality, English, formal
E("en", "Dear Sir or Madam,\n\nThe municipality hereby announces the appointment of Mr Stefan Wouters as Facilities Coordinator of the Town Hall, effective 4 January 2027.\n\nYours faithfully,\nHuman Resources",
  J("Stefan Wouters", D(2027, 1, 4), FC))
# GP practice, Dutch, retirement
E("nl", "Na 32 jaar neemt huisarts Gerard van Ommen afscheid van de praktijk. Zijn laatste spreekuur is op 30 juni 2027.",
  L("Gerard van Ommen", D(2027, 6, 30)))
# dental clinic, Dutch, relative
E("nl", "Over drie weken begint onze nieuwe tandarts, Hamza El Idrissi.",
  J("Hamza El Idrissi", P(21)))
# university, English, terse
E("en", "PhD candidate Zhang Yiming leaves 28/2/2027 (contract end).",
  L("Zhang Yiming", D(2027, 2, 28)))
# hotel, phone, emoji
E("nl", "Yes!! Kok Tim Wessels gaat bij ons beginnen 🍳 vanaf 2 jan",
  J("Tim Wessels", MD(1, 2)))
# construction, English, two movers
E("en", "From Monday 4 January, Jack Thornton becomes site manager in Leeds and Owen Price takes over his old job as foreman.",
  MV("Jack Thornton", ON("monday", MD(1, 4)), None, None), MV("Owen Price", MD(1, 4), None, None))
# IT consultancy, Dutch, chatty
E("nl", "Goeiemorgen! Vanaf 1 februari versterkt Merijn van der Zande ons team als backend developer. Hij komt van bol, dus we zijn er erg blij mee. Kan zijn laptop op tijd klaarstaan?",
  J("Merijn van der Zande", MD(2, 1), SE))
# childcare, English, leaver
E("en", "Just letting you know Chiara Esposito, one of our playworkers, has handed in her notice. She'll work until 22 January.",
  L("Chiara Esposito", MD(1, 22)))
# care home, Dutch, formal mover
E("nl", "Hierbij bevestigen wij dat mevrouw Annelies Kroeze per 1 maart 2027 van functie wisselt: zij gaat van verzorgende naar de facilitaire dienst.",
  MV("Annelies Kroeze", D(2027, 3, 1), FC, CW))
# accountancy, Dutch, question
E("nl", "Moet ik een vertrekker hier melden of bij P&O? Het gaat om Hidde Brouwers, assistent-accountant, laatste dag 29 januari.",
  L("Hidde Brouwers", MD(1, 29)))
# cleaning company, English with signature
E("en", "Hi,\n\nWe have a new cleaner starting on 12/01/2027: Nkechi Eze. She will work the evening shift at the Arnhem office.\n\nThanks,\nBarry\nSparkle Cleaning Services",
  J("Nkechi Eze", D(2027, 1, 12)))
# bakery, Dutch, mover
E("nl", "Ons winkelmeisje Sanne Koopman wordt per 1 januari bedrijfsleider van de winkel in Hoorn.",
  MV("Sanne Koopman", MD(1, 1), None, None))
# sports club, English, leaver
E("en", "Our bar manager Declan Murphy leaves the club on the 3rd of January.",
  L("Declan Murphy", MD(1, 3)))
# retail, Dutch, date in numbers with dots
E("nl", "Aanmelding nieuwe medewerker: Rosa Mendes, kassamedewerker filiaal Breda, startdatum 4.1.2027.",
  J("Rosa Mendes", D(2027, 1, 4)))
# logistics, English, ISO date
E("en", "Leaver request – name: Kristijan Petrović, role: forklift driver, last working day: 2027-01-15.",
  L("Kristijan Petrović", D(2027, 1, 15)))
# municipality, Dutch, terse chat
E("nl", "Jorien Stam per 1/2 bij ons als ontwikkelaar. Laptop graag.",
  J("Jorien Stam", MD(2, 1), SE))
# GP practice, English, correction
E("en", "Sorry, my mistake earlier – Hollie Davenport leaves on the 18th of December, not the 11th.",
  L("Hollie Davenport", MD(12, 18)))
# dental clinic, Dutch, two
E("nl", "Bij Tandartspraktijk Zuidhorn starten na de feestdagen twee nieuwe collega's: Mila Veenstra op 4 januari en Eline Hazenberg op 11 januari.",
  J("Mila Veenstra", MD(1, 4)), J("Eline Hazenberg", MD(1, 11)))
# university, Dutch, formal with title
E("nl", "Prof. dr. ir. Wouter Lammers treedt per 1 juni 2027 in dienst als hoogleraar Watermanagement.",
  J("Wouter Lammers", D(2027, 6, 1)))
# hotel, English, chatty
E("en", "So, bit of news – our front office manager Rebecca Tan is off to Singapore! 🇸🇬 She's with us until the 15th of January, then she's gone.",
  L("Rebecca Tan", MD(1, 15)))
# construction, Dutch, three-part name
E("nl", "Per 18 januari begint Jan Hendrik Dijkstra als werkvoorbereider bij vestiging Leeuwarden.",
  J("Jan Hendrik Dijkstra", MD(1, 18)))
# IT consultancy, English, mover with from/to
E("en", "Nina Kovač switches from developer to account manager on 1 February.",
  MV("Nina Kovač", MD(2, 1), AM, SE))
# childcare, Dutch, lower case
E("nl", "hoi, wil je joyce van wijk uitschrijven, zij stopt morgen bij ons",
  L("Joyce van Wijk", P(1)), lower=True)
# care home, English, abbreviation
E("en", "New HCA joining Rosewood House: Adaeze Okonkwo, 1st shift Sunday 13 December.",
  J("Adaeze Okonkwo", ON("sunday", MD(12, 13)), CW))
# accountancy, Dutch, formal
E("nl", "Geachte ICT-afdeling,\n\nMet ingang van maandag 1 maart 2027 zal de heer Youssef Amrani als senior accountmanager bij ons kantoor in Nijmegen werkzaam zijn.\n\nVriendelijke groet,\nmr. C. Verhoeven\nkantoormanager",
  J("Youssef Amrani", ON("maandag", D(2027, 3, 1)), AM))
# cleaning company, Dutch, relative weekday
E("nl", "Gerda Wiersma werkt donderdag voor het laatst bij ons, ze heeft zelf ontslag genomen. Pasje blokkeren a.u.b.",
  L("Gerda Wiersma", WD("donderdag")))
# bakery, English, lower case
E("en", "new baker starting jan 5th, his name is tom kerkhof",
  J("Tom Kerkhof", MD(1, 5)), lower=True)
# sports club, Dutch, date first
E("nl", "15 januari: eerste werkdag van onze nieuwe fysiotherapeut Leonie Verbruggen.",
  J("Leonie Verbruggen", MD(1, 15)))
# retail, English, mover, role by alias
E("en", "Devon Ashworth is leaving the shop floor to join our sales team as a sales representative from 11 January.",
  MV("Devon Ashworth", MD(1, 11), AM, None))
# logistics, Dutch, formal end of contract
E("nl", "De arbeidsovereenkomst van de heer Bogdan Lupu eindigt van rechtswege op 31 januari 2027. Graag de gebruikelijke afmelding.",
  L("Bogdan Lupu", D(2027, 1, 31)))
# municipality, English, next week
E("en", "Our new web developer Anjali Mehta starts next week Tuesday. Who sorts her laptop?",
  J("Anjali Mehta", NW("tuesday"), SE))
# GP practice, Dutch, mover
E("nl", "Baliemedewerker Esther Lammerts wordt per 1 februari onze praktijkmanager.",
  MV("Esther Lammerts", MD(2, 1), None, None))
# dental clinic, English, formal leaver
E("en", "Please be advised that Mr. Hiroshi Nakamura, dentist, will conclude his employment with the clinic on 31 January 2027.",
  L("Hiroshi Nakamura", D(2027, 1, 31)))
# university, Dutch, forwarded
E("nl", "FW: nieuwe medewerker\n\nVan: secretariaat Informatica\nVerzonden: dinsdag 1 december 2026 11:02\n\nDag allen, vanaf 11 januari komt Femke Oosterwijk ons team versterken als wetenschappelijk programmeur.",
  J("Femke Oosterwijk", MD(1, 11), SE))
# hotel, Dutch, leaver, apostrophe name
E("nl", "Barman Kevin D'Hondt heeft zijn baan opgezegd, werkt door tot 10-01.",
  L("Kevin D'Hondt", MD(1, 10)))
# construction, English, terse
E("en", "joiner: Liam Gallagher-Byrne, apprentice carpenter, start Mon 11/1",
  J("Liam Gallagher-Byrne", ON("mon", MD(1, 11))))
# IT consultancy, Dutch, two roles
E("nl", "Nieuwe collega's per 1 maart: Sophie Tjin (developer) en Ravi Baldewsingh (accountmanager).",
  J("Sophie Tjin", MD(3, 1), SE), J("Ravi Baldewsingh", MD(3, 1), AM))
# childcare, English, formal joiner
E("en", "We are pleased to announce that Mrs Olga Ivanova will join our team as a nursery manager on 1 February 2027.",
  J("Olga Ivanova", D(2027, 2, 1)))
# care home, Dutch, plural role, typo
E("nl", "Twee zorgmedewerksters vertrekken eind deze maand: Anja Bulthuis en Marjolein Kamphorst.",
  L("Anja Bulthuis", EOM, CW), L("Marjolein Kamphorst", EOM, CW))
# accountancy, English, relative
E("en", "Our new payroll specialist, Kamal Hussain, starts in ten days.",
  J("Kamal Hussain", P(10)))
# cleaning company, Dutch, hyphenated surname with particle
E("nl", "Nieuwe facilitair coördinator voor onze klant Achmea: Linda van Dam-Scholten. Start: maandag 11 januari.",
  J("Linda van Dam-Scholten", ON("maandag", MD(1, 11)), FC))
# bakery, Dutch, leaver by question
E("nl", "Hoe meld ik iemand af? Onze bezorger Ricky Moes is per vandaag gestopt.",
  L("Ricky Moes", NOW))
# sports club, English, mover
E("en", "Grace Whitmore, currently our facilities coordinator, becomes club secretary from 1 January.",
  MV("Grace Whitmore", MD(1, 1), None, FC))
# retail, Dutch, Teams chat, no capitals except name
E("nl", "goedemorgen. per 7 dec nieuwe caissière in winkel Assen: Britt Hazeveld. alvast bedankt",
  J("Britt Hazeveld", MD(12, 7)))
# logistics, English, date in words
E("en", "Starting on the fourth of January: Emmanuel Mensah, transport planner.",
  J("Emmanuel Mensah", MD(1, 4)))
# municipality, Dutch, leaver with BOA
E("nl", "Onze BOA Gijs Tjeerdsma gaat per 1 april bij de politie werken. Laatste werkdag bij ons is 31 maart.",
  L("Gijs Tjeerdsma", MD(3, 31)))
# GP practice, English, two leavers
E("en", "Both of our locum GPs, Dr Ewa Lewandowska and Dr Kofi Mensah-Bonsu, finish on Friday 18 December.",
  L("Ewa Lewandowska", ON("friday", MD(12, 18))), L("Kofi Mensah-Bonsu", MD(12, 18)))
# dental clinic, Dutch, polite
E("nl", "Zou u zo vriendelijk willen zijn om voor onze nieuwe receptioniste Lisanne Brink een account aan te maken? Zij begint op 1 februari.",
  J("Lisanne Brink", MD(2, 1)))
# university, English, rehire
E("en", "Good news: Tamsin Everett, who left us last year, is coming back! She rejoins the research software team as a developer on 1 March.",
  J("Tamsin Everett", MD(3, 1), SE))
# hotel, Dutch, ontslag op staande voet
E("nl", "Kelner Dylan Hartog is gisteren op staande voet ontslagen, gisteren was dus zijn laatste werkdag. Graag vandaag nog zijn toegang intrekken.",
  L("Dylan Hartog", P(-1)), past=True)
# construction, Dutch, role-first with colon
E("nl", "Projectleider: Arjen ten Cate. Begint woensdag 13 januari 2027 op ons kantoor in Hengelo.",
  J("Arjen ten Cate", ON("woensdag", D(2027, 1, 13))))
# IT consultancy, English, 'next Thursday'
E("en", "Wanted to flag that our engineer Olamide Bakare is off – resigned, last day next Thursday.",
  L("Olamide Bakare", WD("thursday"), SE))
# care home, Dutch, Surinamese-Dutch writer
E("nl", "Fa waka! Ff doorgeven: nieuwe verzorgster Rachelle Sabajo begint maandag 21 december op de Zonnebloem.",
  J("Rachelle Sabajo", ON("maandag", MD(12, 21)), CW))

# --- part B -------------------------------------------------------------------------

# logistics, reply above a quoted mail
E("nl", "Klopt, ze begint gewoon op 11 januari.\n\nOp wo 2 dec. 2026 om 14:03 schreef Jeroen Kuiper:\n> Begint Saskia Hofstede nou op 4 of op 11 januari als planner?",
  J("Saskia Hofstede", MD(1, 11)))
# municipality, English reply on top of a thread
E("en", "Yes – confirmed, his last day is 29 January.\n\nOn Wed, 2 Dec 2026 at 10:15, Paula Graves wrote:\n> Is Martin Kowalski (facilities coordinator, Town Hall) really leaving us? If so, when?",
  L("Martin Kowalski", MD(1, 29), FC))
# care home, Frisian names
E("nl", "Nije meiwurker! 😊 Sjoukje Hoekstra-Dijkstra begint op 4 jan. as verzorgende op de Harsensleat.",
  J("Sjoukje Hoekstra-Dijkstra", MD(1, 4), CW))
# accountancy, typo in role
E("nl", "Per 1 feb start Daan Vermeulen bij ons als acount manager.",
  J("Daan Vermeulen", MD(2, 1), AM))
# IT consultancy, SWE abbreviation
E("en", "New SWE: Arjun Venkataraman. Start date Jan 11. He'll need a MacBook not a Dell.",
  J("Arjun Venkataraman", MD(1, 11), SE))
# childcare, 'na het weekend'
E("nl", "Goedemorgen! Direct na het weekend, maandag 7 december dus, begint Ilona Brouwers bij ons op de dreumesgroep.",
  J("Ilona Brouwers", ON("maandag", MD(12, 7))))
# dental clinic, redundancy
E("en", "Following the closure of our Eastbourne branch, dental nurse... sorry, receptionist Tracey Gould is being made redundant. Her employment ends on 31 January.",
  L("Tracey Gould", MD(1, 31)))
# bakery, morgenochtend
E("nl", "Morgenochtend om 5 uur begint onze nieuwe leerling-bakker, Stan Jacobs. Hij moet wel de achterdeur in kunnen.",
  J("Stan Jacobs", P(1)))
# hotel, 'a week tomorrow' (British)
E("en", "Our new concierge, Pierre-Louis Moreau, starts a week tomorrow. Can we get his pass sorted?",
  J("Pierre-Louis Moreau", P(8)))
# construction, Belgian Dutch
E("nl", "Allo, vanaf 1 februari vervoegt Bert Van den Broeck ons team als werfleider. Gelieve zijn GSM en laptop klaar te zetten.",
  J("Bert Van den Broeck", MD(2, 1)))
# university, forwarded English
E("en", "---------- Forwarded message ---------\nFrom: Faculty Office <faculty.office@uni.example>\nDate: Tue, 1 Dec 2026 at 16:20\nSubject: Staff change\n\nPlease note Dr Amira Saleh (Lecturer, Engineering) will leave the University on 31 August 2027.",
  L("Amira Saleh", D(2027, 8, 31)))
# municipality, plural role, two joiners
E("nl", "Wij krijgen twee nieuwe ontwikkelaars in team Digitale Dienstverlening: Floris Meijboom en Hanneke Struik. Ze beginnen allebei op 1 maart 2027.",
  J("Floris Meijboom", D(2027, 3, 1), SE), J("Hanneke Struik", D(2027, 3, 1), SE))
# sports club, English chatty
E("en", "Hey hey 👋 just to say our groundskeeper Barry Coleman is retiring – he's been here since 1989! His final day is 22/12. We'll miss him loads.",
  L("Barry Coleman", MD(12, 22)))
# GP practice, question with name later
E("nl", "Hoe regel ik een laptop voor iemand die volgende week dinsdag begint? Het is onze nieuwe praktijkondersteuner, Rianne Bosman.",
  J("Rianne Bosman", NW("dinsdag")))
# retail, English mover abbreviation
E("en", "Alisha Patel (AM, North region) is taking over the South region from 1 February – same role, different patch.",
  MV("Alisha Patel", MD(2, 1), AM, AM))
# cleaning company, Dutch typo-heavy phone
E("nl", "nieuwe medewerkr voor t schoonmaak team, Justyna Wrobel, begint mandag 14 dec",
  J("Justyna Wrobel", ON("maandag", MD(12, 14))))
# logistics, offboard request English
E("en", "Please offboard Jamal Haddou effective 18 December. He was a sales representative for our freight division.",
  L("Jamal Haddou", MD(12, 18), AM))
# care home, Dutch two movers
E("nl", "Interne wissel per 1 februari: Karin Mulder gaat van de facilitaire dienst naar de zorg als zorgmedewerker, en Bram Post neemt haar plek in als facilitair medewerker (hij was tot nu toe verzorgende).",
  MV("Karin Mulder", MD(2, 1), CW, FC), MV("Bram Post", MD(2, 1), FC, CW))
# hotel, Dutch, date without month
E("nl", "Sous-chef Marcel Olde Monnikhof gaat ons helaas verlaten, de 23e is zijn laatste dag.",
  L("Marcel Olde Monnikhof", MD(12, 23)))
# accountancy, English formal joiner with title
E("en", "Dear IT team,\n\nKindly arrange the onboarding of Ms. Sinéad Ní Dhomhnaill, who joins the Tax Advisory group on Monday 18 January 2027.\n\nBest regards,\nFrances Kerr\nOffice Manager",
  J("Sinéad Ní Dhomhnaill", ON("monday", D(2027, 1, 18))))
# childcare, English short question
E("en", "How do I add a starter? Zara Mahmood, room leader, 4/1/2027.",
  J("Zara Mahmood", D(2027, 1, 4)))
# IT consultancy, Dutch, programmeur plural with leaver
E("nl", "Eén van onze programmeurs, Youri Bakker, heeft opgezegd. Hij werkt nog t/m 15 januari.",
  L("Youri Bakker", MD(1, 15), SE))
# construction, English, last day written as weekday only
E("en", "Paulo Mendes-Silva (bricklayer) leaves us Friday – family reasons. Please get his tablet back.",
  L("Paulo Mendes-Silva", WD("friday")))
# dental clinic, Dutch, 'komende maandag'
E("nl", "Komende maandag begint Yusuf Güler bij ons als tandarts in opleiding.",
  J("Yusuf Güler", WD("maandag")))
# bakery, English, 2 leavers different dates
E("en", "Two of our Saturday staff are leaving: Mollie Hart on the 19th and Jake Pearson on the 2nd of January.",
  L("Mollie Hart", MD(12, 19)), L("Jake Pearson", MD(1, 2)))
# university, Dutch, contract not extended
E("nl", "Het contract van onze onderzoeker Ahmad Rahimi wordt niet verlengd en loopt af op 28 februari 2027.",
  L("Ahmad Rahimi", D(2027, 2, 28)))
# sports club, Dutch, lower case joiner list
E("nl", "nieuw per 1 jan: lieke de haan (administratie) en sem van rijn (terreinonderhoud)",
  J("Lieke de Haan", MD(1, 1)), J("Sem van Rijn", MD(1, 1)), lower=True)
# municipality, English, date after role
E("en", "We have appointed a facilities coordinator for the library: Mohammed Al-Sayed, from 15 February 2027.",
  J("Mohammed Al-Sayed", D(2027, 2, 15), FC))
# GP practice, Dutch formal mover
E("nl", "Hierbij informeer ik u dat mevrouw Yvonne Hendriks-Peters per 1 januari 2027 haar werkzaamheden als facilitair medewerker beëindigt en overstapt naar de functie van praktijkmanager.",
  MV("Yvonne Hendriks-Peters", D(2027, 1, 1), None, FC))
# retail, Dutch, emoji-only enthusiasm
E("nl", "🥳🥳 Welkom Chanel Pinas! Onze nieuwe accountmanager retail begint 11-01-2027 🥳🥳",
  J("Chanel Pinas", D(2027, 1, 11), AM))
# logistics, English, started already
E("en", "Hi, a bit late sorry – Oluwaseun Adebayo already started on Monday as a warehouse operative. Can his accounts still be set up?",
  J("Oluwaseun Adebayo", P(-3)), past=True)
# care home, English, temporary contract
E("en", "Temp carer Maria Gonzalez is with us from 14 December until 14 March 2027 (maternity cover).",
  J("Maria Gonzalez", MD(12, 14), CW))
# hotel, Dutch, leaver terse label style
E("nl", "Vertrek: Jesper Noordam\nFunctie: salesmedewerker\nLaatste werkdag: 31-01-2027",
  L("Jesper Noordam", D(2027, 1, 31), AM))
# accountancy, Dutch retirement with age
E("nl", "Onze collega Hennie Scholte (66) gaat van zijn welverdiende pensioen genieten. Zijn laatste werkdag is vrijdag 18 december.",
  L("Hennie Scholte", ON("vrijdag", MD(12, 18))))
# IT consultancy, English promotion
E("en", "Congrats to Nkosana Dube who's been promoted from developer to account manager! Effective 1st of February.",
  MV("Nkosana Dube", MD(2, 1), AM, SE))
# cleaning company, English, leaver by dismissal
E("en", "Cleaner Viktor Sokolov has been dismissed. Termination effective today.",
  L("Viktor Sokolov", NOW))
# childcare, Dutch, question 'kan dit al?'
E("nl", "Kan ik nu al een nieuwe collega doorgeven die pas in maart begint? Het gaat om Soufiane Bouali, hij start op 1 maart.",
  J("Soufiane Bouali", MD(3, 1)))
# construction, Dutch, abbreviation of month with dot and year
E("nl", "Indiensttreding Koen Weijers, grondwerker, per 4 jan. 2027.",
  J("Koen Weijers", D(2027, 1, 4)))
# university, English, software engineers plural two joiners
E("en", "Two research software engineers are joining the Digital Humanities lab on 1 April: Isabella Rossi and Mikkel Sørensen.",
  J("Isabella Rossi", MD(4, 1), SE), J("Mikkel Sørensen", MD(4, 1), SE))
# dental clinic, English, 'this Friday'
E("en", "Heads up, our practice manager Lorraine Fletcher is leaving this Friday.",
  L("Lorraine Fletcher", WD("friday")))
# GP practice, Dutch, 'per de eerste'
E("nl", "Huisarts-in-opleiding Thijmen Brands begint per de 1e van februari bij ons.",
  J("Thijmen Brands", MD(2, 1)))
# sports club, English, mover from bar to facilities
E("en", "From Monday 11 January, Craig Robertson moves from behind the bar to facilities coordinator for the clubhouse.",
  MV("Craig Robertson", ON("monday", MD(1, 11)), FC, None))
# bakery, Dutch, formal mail from owner
E("nl", "Beste,\n\nGraag meld ik u dat Anouk Vos, medewerker van onze winkel aan de Markt, op eigen verzoek uit dienst gaat. Haar laatste werkdag is 2 januari 2027.\n\nMet vriendelijke groet,\nBakkerij Van Schaik",
  L("Anouk Vos", D(2027, 1, 2)))
# retail, English, new hire with apostrophe given name
E("en", "We've just hired D'Andre Williams as a sales rep for the Birmingham stores. He starts on the 11th.",
  J("D'Andre Williams", MD(12, 11), AM))
# logistics, Dutch, mover with 'doorgroeien'
E("nl", "Magazijnmedewerker Tom Wolters groeit per 1 maart door naar teamleider expeditie.",
  MV("Tom Wolters", MD(3, 1), None, None))
# municipality, Dutch, formal leaver with 'ontslag verleend'
E("nl", "Aan de heer Laurens Mulderink wordt met ingang van 1 april 2027 op eigen verzoek eervol ontslag verleend.",
  L("Laurens Mulderink", D(2027, 4, 1)))
# care home, English, caregiver typo
E("en", "New care-giver joining us on 7th December: Fatoumata Diallo.",
  J("Fatoumata Diallo", MD(12, 7), CW))
# hotel, English, mover reception to sales
E("en", "Samira Benjelloun is moving from reception to our sales team as an account manager on 4 January.",
  MV("Samira Benjelloun", MD(1, 4), AM, None))
# IT consultancy, Dutch, contract ends for external
E("nl", "De inhuur van freelance developer Maarten Aalbers stopt op 22 december. Zijn toegang kan daarna dicht.",
  L("Maarten Aalbers", MD(12, 22), SE))
# accountancy, English, date first with weekday
E("en", "Monday 1 March 2027: first day for our new senior accountant, Rukhsana Begum.",
  J("Rukhsana Begum", ON("monday", D(2027, 3, 1))))
# childcare, Dutch, chatty long
E("nl", "Hoi! Ik weet niet zeker of ik hier goed zit, maar we hebben een nieuwe invalkracht voor de peutergroep gevonden. Ze heet Naima Chaara en ze kan vanaf woensdag 16 december aan de slag. Ze heeft nog geen VOG maar die is aangevraagd. Dank je!",
  J("Naima Chaara", ON("woensdag", MD(12, 16))))
# construction, English two leavers same day
E("en", "Leavers 18/12: Steve Hodgkinson (plumber) and Gareth Lloyd (electrician).",
  L("Steve Hodgkinson", MD(12, 18)), L("Gareth Lloyd", MD(12, 18)))
# cleaning company, Dutch 'facilitair medewerkers' plural
E("nl", "Voor ons nieuwe contract bij de Hogeschool beginnen er twee facilitair medewerkers, Erik Wolthuis en Petra Lansink, beiden op maandag 4 januari.",
  J("Erik Wolthuis", ON("maandag", MD(1, 4)), FC), J("Petra Lansink", MD(1, 4), FC))
# dental clinic, Dutch, 'tot en met' + weekday
E("nl", "Mondhygiënist Roel Timmer werkt nog tot en met donderdag 24 december, daarna gaat hij naar een praktijk in Zwolle.",
  L("Roel Timmer", ON("donderdag", MD(12, 24))))
# GP practice, English, mover same role other site
E("en", "Carer Andile Khumalo transfers from our Westgate branch to Northfield from Monday the 4th of January.",
  MV("Andile Khumalo", ON("monday", MD(1, 4)), CW, CW))
# university, Dutch, abbreviated weekday and date
E("nl", "Nieuwe promovendus Chidi Okafor start vr 15 jan bij Biologie.",
  J("Chidi Okafor", ON("vr", MD(1, 15))))
# bakery, English, 'tomorrow' leaver
E("en", "Jess Harrington's last shift is tomorrow, she's off to uni 🎓",
  L("Jess Harrington", P(1)))
# sports club, Dutch, start already made yesterday
E("nl", "Onze nieuwe trainer Edwin Kraaijeveld is gisteren al begonnen, sorry voor de late melding. Heeft hij al een account?",
  J("Edwin Kraaijeveld", P(-1)), past=True)
# retail, Dutch, vertegenwoordiger
E("nl", "Vertegenwoordiger Hans Kooistra gaat per 1 mei met pensioen.",
  L("Hans Kooistra", MD(5, 1), AM))
# logistics, English, 'in a fortnight'
E("en", "Our new facilities coordinator Lena Hoffmann arrives in a fortnight.",
  J("Lena Hoffmann", P(14), FC))
# municipality, English, Dutch name with 'van 't'
E("en", "Sietse van 't Zand from Planning joins the IT department as a developer on 1 February.",
  MV("Sietse van 't Zand", MD(2, 1), SE, None))
# hotel, Dutch, 'a.s.' weekday
E("nl", "Nachtportier Frans de Wit neemt zaterdag a.s. afscheid, na 22 jaar trouwe dienst.",
  L("Frans de Wit", WD("zaterdag")))
# care home, Dutch, VOG chatter and two people
E("nl", "Goedemiddag, de VOG's zijn binnen dus ze kunnen beginnen: verzorgende Esma Yilmaz op 14 december en zorgmedewerker Gerben Faber op 21 december.",
  J("Esma Yilmaz", MD(12, 14), CW), J("Gerben Faber", MD(12, 21), CW))
# accountancy, English, leaver retire with ordinals
E("en", "Bernard Whitaker-Lowe, our longest-serving partner, retires on March 31st.",
  L("Bernard Whitaker-Lowe", MD(3, 31)))
# IT consultancy, Dutch, typo ontwikkelaar
E("nl", "Vanaf 18-1 komt er een nieuwe ontwikklaar bij team Hermes: Wouter Boerma.",
  J("Wouter Boerma", MD(1, 18), SE))
# childcare, English, mover to office
E("en", "From 1 January Beatriz Almeida leaves the toddler room to become our office administrator.",
  MV("Beatriz Almeida", MD(1, 1), None, None))
# construction, Dutch, 'medio' avoided; exact date in words
E("nl", "Op vijftien januari begint Timo Rensink als leerling-timmerman.",
  J("Timo Rensink", MD(1, 15)))
# cleaning company, English, 'effective immediately'
E("en", "Effective immediately, Ionela Marin no longer works for us. Please remove her from the rota app and disable her pass.",
  L("Ionela Marin", NOW))
# dental clinic, English, abbreviation of month with year
E("en", "Dr. Ashok Chandrasekhar joins as associate dentist — start 1 Mar 2027.",
  J("Ashok Chandrasekhar", D(2027, 3, 1)))
# GP practice, Dutch, 'met ingang van' in abbreviation
E("nl", "M.i.v. 1 januari 2027 is Ilse Hofstra niet langer werkzaam bij onze praktijk.",
  L("Ilse Hofstra", D(2027, 1, 1)))
# university, English, 'starts on the first Monday of February'
E("en", "Our new lab manager Gabriel Okeke starts on the first Monday of February.",
  J("Gabriel Okeke", ON("monday", D(2027, 2, 1))))
# bakery, Dutch, mover bakery → shop
E("nl", "Omdat zijn rug het niet meer trekt, gaat bakker Wim Roelofsen per 4 januari in de winkel werken.",
  MV("Wim Roelofsen", MD(1, 4), None, None))
# sports club, English, tussenvoegsel
E("en", "Our new club administrator Evi van der Meulen starts on 5 January.",
  J("Evi van der Meulen", MD(1, 5)))
# retail, English, 'leaving us at the end of the month'
E("en", "Area manager Connor Fitzgerald is leaving us at the end of the month.",
  L("Connor Fitzgerald", EOM))
# logistics, Dutch, Teams phone with typos
E("nl", "Heej, nieuwe chaufeur Mustafa Yıldırım begint volgnde week donderdag. Telefoon nodig voor de ritten-app",
  J("Mustafa Yıldırım", NW("donderdag")))
# municipality, Dutch, formal with reference number
E("nl", "Onderwerp: mutatie personeel (ref. 2026-1187)\n\nGeachte heer, mevrouw,\n\nMet ingang van 1 januari 2027 wordt mevrouw Saskia Brummelkamp, thans medewerker Burgerzaken, benoemd tot facilitair coördinator van het gemeentehuis.\n\nHoogachtend,\nhet college van burgemeester en wethouders",
  MV("Saskia Brummelkamp", D(2027, 1, 1), FC, None))
# care home, English, night shift lead phone
E("en", "2 carers leaving end of Dec – Tendai Moyo and Ruth Kamara. Last shifts 31st.",
  L("Tendai Moyo", MD(12, 31), CW), L("Ruth Kamara", MD(12, 31), CW))
# accountancy, Dutch, 'neemt afscheid' + role after name
E("nl", "Jolien Bosch, fiscalist, neemt op 26 februari afscheid van ons kantoor.",
  L("Jolien Bosch", MD(2, 26)))
# IT consultancy, English, ISO date and SWE plural
E("en", "Onboarding batch for 2027-01-04: Kateryna Shevchenko (engineer), Dmitri Volkov (engineer). Usual dev kit.",
  J("Kateryna Shevchenko", D(2027, 1, 4), SE), J("Dmitri Volkov", D(2027, 1, 4), SE))
# childcare, Dutch, leaver with 'vaststellingsovereenkomst'
E("nl", "Met Marjan Hoeksema is een vaststellingsovereenkomst gesloten; haar dienstverband eindigt op 28 februari 2027.",
  L("Marjan Hoeksema", D(2027, 2, 28)))
# hotel, English, 'from tomorrow'
E("en", "From tomorrow our new housekeeping supervisor, Agnieszka Wróbel, will be on site. Pls give her a master key card.",
  J("Agnieszka Wróbel", P(1)))
# construction, Dutch, two joiners different roles one is facilitair
E("nl", "Per 1 februari starten bij ons: Hylke Bosma als facilitair medewerker op de werf in Sneek, en Tjerk de Boer als calculator.",
  J("Hylke Bosma", MD(2, 1), FC), J("Tjerk de Boer", MD(2, 1)))
# cleaning company, English formal
E("en", "Dear Handover,\n\nThis is to confirm that Mr. Yohannes Tesfaye, facilities coordinator at our Schiphol contract, will resign with effect from 15 January 2027.\n\nRegards,\nOperations Manager",
  L("Yohannes Tesfaye", D(2027, 1, 15), FC))
# bakery, Dutch, 'vandaag begonnen'
E("nl", "Vandaag is Daphne Groen bij ons begonnen in de winkel, kun je haar nog toevoegen?",
  J("Daphne Groen", NOW))
# sports club, Dutch, volunteer to paid staff
E("nl", "Goedenavond, per 1 maart hebben we een betaalde clubmanager: Ruud Hulsbosch. Hij heeft een laptop en sleutels nodig.",
  J("Ruud Hulsbosch", MD(3, 1)))
# retail, Dutch, vertegenwoordigster female form
E("nl", "Onze vertegenwoordigster voor het noorden, Gerdien Smits, gaat ons per 31 maart verlaten.",
  L("Gerdien Smits", MD(3, 31), AM))
# GP practice, English, retirement and successor two people
E("en", "Dr Alan McKenzie retires on 31 March 2027 and Dr Fatima Zahra Ouazzani takes over his patients from 1 April 2027.",
  L("Alan McKenzie", D(2027, 3, 31)), J("Fatima Zahra Ouazzani", D(2027, 4, 1)))
# dental clinic, Dutch, lower case joiner
E("nl", "nieuwe tandarts per 1 feb: joost van der sloot",
  J("Joost van der Sloot", MD(2, 1)), lower=True)
# university, English, rotation
E("en", "Temporary rotation: Aditi Sharma (software engineer, Library IT) moves to Student Services as a project lead from 11 January.",
  MV("Aditi Sharma", MD(1, 11), None, SE))
# logistics, Dutch, question about leaver date in the past
E("nl", "Vergeten door te geven: Henk-Jan Leusink is vorige week vrijdag gestopt als planner. Kan zijn account alsnog dicht?",
  L("Henk-Jan Leusink", D(2026, 11, 27)), past=True)
# municipality, English, Dutch date written in English message
E("en", "New starter: Joëlle Lambrechts, policy advisor, start 1-2-2027.",
  J("Joëlle Lambrechts", D(2027, 2, 1)))
# care home, Dutch, three-part non-Dutch name
E("nl", "Welkom aan Maria da Conceição Ferreira! Zij begint 6 januari als zorgmedewerker op de PG-afdeling.",
  J("Maria da Conceição Ferreira", MD(1, 6), CW))
# accountancy, English, mover accountant → sales
E("en", "Effective Jan 1, Tom Okafor-Hughes steps into the role of account manager. He's been a tax assistant until now.",
  MV("Tom Okafor-Hughes", MD(1, 1), AM, None))
# IT consultancy, Dutch, emoji and 'binnengehaald'
E("nl", "🚀 We hebben een nieuwe engineer binnengehaald: Ewout Kramer! Eerste werkdag maandag 4-1.",
  J("Ewout Kramer", ON("maandag", MD(1, 4)), SE))
# childcare, English, intern
E("en", "We've got a student on placement from 11 January to 2 April: Poppy Henderson. She needs a login for the parent app.",
  J("Poppy Henderson", MD(1, 11)))
# hotel, Dutch, 'houdt op'
E("nl", "Roomservice-medewerker Xander Lubbers houdt het voor gezien. Zijn laatste dienst is zondag 20 december.",
  L("Xander Lubbers", ON("zondag", MD(12, 20))))
# construction, English, 'next Tuesday'
E("en", "New site supervisor starting next Tuesday: Rashid Al-Farsi.",
  J("Rashid Al-Farsi", WD("tuesday")))
# cleaning company, Dutch, two leavers list with dates
E("nl", "Afmelden graag:\n1. Ana Vasquez – laatste werkdag 11-12\n2. Bilal Ouhadi – laatste werkdag 18-12",
  L("Ana Vasquez", MD(12, 11)), L("Bilal Ouhadi", MD(12, 18)))
# bakery, English, new owner-manager
E("en", "Hello! I'm taking on a shop manager, Eleanor Thistlewood, from the 1st of Feb. Could she have an account?",
  J("Eleanor Thistlewood", MD(2, 1)))
# sports club, English, two movers between roles
E("en", "Changes from 1 January: Kieran Walsh goes from groundsman to facilities coordinator.",
  MV("Kieran Walsh", MD(1, 1), FC, None))
# retail, English, no date yet
E("en", "We've hired Tamara Obradović as an account manager for the webshop, but the start date isn't confirmed yet. Can you already prepare things?",
  J("Tamara Obradović", None, AM))
# GP practice, Dutch, no date yet
E("nl", "Er komt een nieuwe collega aan de balie, Nathalie Wijers, de startdatum weten we nog niet precies. Ik laat het nog weten.",
  J("Nathalie Wijers", None))
# dental clinic, English, leaver 'today is her last day'
E("en", "Today is Gemma Rowntree's last day at the clinic – she's emigrating to Australia.",
  L("Gemma Rowntree", NOW))
# university, Dutch, mover within faculty role change to programmeur
E("nl", "Studentassistent Ruben Kooij gaat per 1 februari aan de slag als programmeur bij onze afdeling Onderzoek.",
  MV("Ruben Kooij", MD(2, 1), SE, None))
# logistics, English, date with full weekday name before ordinal
E("en", "Our new transport planner Ebony Jackson will start on Monday the 14th of December.",
  J("Ebony Jackson", ON("monday", MD(12, 14))))
# municipality, Dutch, joiner 'treedt aan'
E("nl", "Op 1 april 2027 treedt Hanna Smulders aan als gemeentesecretaris.",
  J("Hanna Smulders", D(2027, 4, 1)))
# care home, English, dual date (notice vs last shift)
E("en", "Li Na Zhou (carer) has resigned. Her contract ends 31 January but her last shift is the 24th.",
  L("Li Na Zhou", MD(1, 24), CW))
# accountancy, Dutch, chatty long with question
E("nl", "Goedemiddag! Even een vraagje. We hebben een nieuwe collega, Nienke Stoffers, zij komt ons team versterken als assistent-accountant per maandag 1 februari. Moet ik nog iets anders doen dan dit berichtje sturen? Groetjes, Marja",
  J("Nienke Stoffers", ON("maandag", MD(2, 1))))
# IT consultancy, English, Irish name with apostrophe and 'Mc'
E("en", "Ciarán O'Brien-McGrath joins us as a developer on 8 February 2027.",
  J("Ciarán O'Brien-McGrath", D(2027, 2, 8), SE))
# childcare, Dutch, 'nieuwe kracht' + day-month numeric with leading zero
E("nl", "Nieuwe kracht voor BSO De Regenboog: Kayleigh Doornbos, vanaf 04-01.",
  J("Kayleigh Doornbos", MD(1, 4)))
# hotel, English, sales abbreviation & relative
E("en", "Our new sales rep Vusi Ndlovu starts in two weeks.",
  J("Vusi Ndlovu", P(14), AM))
# construction, Dutch, korte lijst movers
E("nl", "Interne verschuivingen per 4 januari: uitvoerder Dirk Verbeek wordt projectleider.",
  MV("Dirk Verbeek", MD(1, 4), None, None))
# cleaning company, English, caretaker
E("en", "Please set up a new caretaker for the Zuidas building: Kofi Boateng, start date Monday 7 December.",
  J("Kofi Boateng", ON("monday", MD(12, 7))))
# bakery, Dutch, weekday + date without year with 'a.s.'
E("nl", "Zaterdag 19 december a.s. is de laatste werkdag van ons winkelmeisje Liza Ubbink.",
  L("Liza Ubbink", ON("zaterdag", MD(12, 19))))
# sports club, Dutch, sales for sponsorship
E("nl", "De sponsorwerving wordt professioneel: vanaf 1 maart hebben we een accountmanager sponsoring in dienst, Gijs Feenstra.",
  J("Gijs Feenstra", MD(3, 1), AM))
# retail, English, leaver 'notice period ends'
E("en", "Fatima Begum (store manager, Bradford) – notice period ends 15/01/2027. Please start offboarding.",
  L("Fatima Begum", D(2027, 1, 15)))
# GP practice, English, lower case
E("en", "new receptionist is called megan lloyd-jones, first day monday",
  J("Megan Lloyd-Jones", WD("monday")), lower=True)
# dental clinic, Dutch, 'gaat weg' + reason
E("nl", "Tandarts Ewoud Kiers gaat weg, hij begint een eigen praktijk. Laatste behandeldag 29 januari 2027.",
  L("Ewoud Kiers", D(2027, 1, 29)))
# university, English, visiting researcher short stay
E("en", "A visiting researcher, Dr. Kenji Watanabe, will be with us from 1 April 2027 for six months. He needs an account and a desk.",
  J("Kenji Watanabe", D(2027, 4, 1)))
# logistics, Dutch, facilitair typo
E("nl", "Faciltair coördinator Willemijn Sterk stopt per 1 april, ze gaat studeren.",
  L("Willemijn Sterk", MD(4, 1), FC))
# municipality, English, mover with 'is being redeployed'
E("en", "Bashir Noorzai is being redeployed from the Waste department to the Facilities team as facilities coordinator on 1 February 2027.",
  MV("Bashir Noorzai", D(2027, 2, 1), FC, None))
# care home, Dutch, abbreviation 'zorgmdw'
E("nl", "Nieuw: zorgmdw Samantha Tjin-A-Tsoi, start 11/1",
  J("Samantha Tjin-A-Tsoi", MD(1, 11), CW))
# accountancy, English, leaver two sentences with pronoun
E("en", "I'm sorry to say that Imogen Prescott has decided to leave the firm. She will be with us until 12 February.",
  L("Imogen Prescott", MD(2, 12)))
# logistics, Dutch, forwarded HR line with labels, weekday + full date
E("nl", "Doorgestuurd van HR:\n\nUitdiensttreding: Ferdi Schuttenbeld\nAfdeling: Expeditie\nDatum uit dienst: vrijdag 5 februari 2027",
  L("Ferdi Schuttenbeld", ON("vrijdag", D(2027, 2, 5))))
# municipality, Dutch, question with name first
E("nl", "Gerlinde Bos-Hazelaar – moet ik haar hier aanmelden? Ze begint op 18 januari als juridisch adviseur.",
  J("Gerlinde Bos-Hazelaar", MD(1, 18)))
# care home, Dutch, mover from care to sales-like? no: care to facilities with typo
E("nl", "Verzorgende Mirella Kuijpers stapt per 1 maart over naar de faciltaire dienst.",
  MV("Mirella Kuijpers", MD(3, 1), FC, CW))
# accountancy, Dutch, formal joiner two with 'de heer' and 'mevrouw'
E("nl", "Met genoegen melden wij de komst van de heer Pim Steenhuis en mevrouw Latifa Aziz, beiden per 1 februari 2027 werkzaam als assistent-accountant.",
  J("Pim Steenhuis", D(2027, 2, 1)), J("Latifa Aziz", D(2027, 2, 1)))
# IT consultancy, Dutch, 'devs' plural with leaver
E("nl", "Van onze devs vertrekt Joris Nijenhuis per 1 maart naar een klant, hij gaat daar in vaste dienst.",
  L("Joris Nijenhuis", MD(3, 1), SE))
# childcare, Dutch, weekday + number only
E("nl", "Melissa Oosting begint dinsdag de 15e bij ons op de babygroep.",
  J("Melissa Oosting", ON("dinsdag", MD(12, 15))))
# hotel, Dutch, Belgian 'aanwerving'
E("nl", "Nieuwe aanwerving: Lotte Vanderstraeten, receptioniste, start op 4 januari 2027.",
  J("Lotte Vanderstraeten", D(2027, 1, 4)))
# construction, Dutch, leaver in past tense notice with ordinal word
E("nl", "Grondwerker Jurre Klein Gunnewiek heeft zijn ontslag ingediend. Hij werkt tot de achtste januari.",
  L("Jurre Klein Gunnewiek", MD(1, 8)))
# cleaning company, Dutch, mover from cleaner to facilitair coordinator plural message
E("nl", "Goed nieuws: schoonmaakster Dilek Aydemir wordt per 1 januari facilitair coördinator bij de klant in Enschede!",
  MV("Dilek Aydemir", MD(1, 1), FC, None))
# bakery, Dutch, 'overmorgen' leaver
E("nl", "Overmorgen werkt Kees Bouwhuis voor het laatst bij ons in de bakkerij.",
  L("Kees Bouwhuis", P(2)))
# sports club, Dutch, care? no: physiotherapist leaves end of month
E("nl", "Fysio Maaike Luttikhuis stopt eind december bij de vereniging, laatste behandeldag 31 december.",
  L("Maaike Luttikhuis", MD(12, 31)))
# retail, Dutch, verkopers plural two joiners
E("nl", "We hebben twee nieuwe verkopers voor de buitendienst aangenomen: Orlando Martis en Quincy Doelwijt. Ze beginnen 1 februari.",
  J("Orlando Martis", MD(2, 1), AM), J("Quincy Doelwijt", MD(2, 1), AM))
# GP practice, Dutch, 'met zwangerschapsverlof' not a leaver; a replacement joiner
E("nl", "Omdat onze assistente met verlof gaat, komt er een tijdelijke kracht: Ilse Koopmans, vanaf 14 december tot 1 april.",
  J("Ilse Koopmans", MD(12, 14)))
# dental clinic, Dutch, 'mrgn' and lower case
E("nl", "mrgn begint die nieuwe balie-medewerker, renske veldman. kan ze inloggen?",
  J("Renske Veldman", P(1)), lower=True)
# university, Dutch, long name with 'van den' and hyphen
E("nl", "Dr. Marijke van den Heuvel-Brouwer vertrekt per 1 juli 2027 naar de Universiteit Utrecht.",
  L("Marijke van den Heuvel-Brouwer", D(2027, 7, 1)))
# logistics, Dutch, joiner with 'gaat bij ons aan de slag'
E("nl", "Per 11 januari gaat Ilyas Akdemir bij ons aan de slag als facilitair coördinator van het DC.",
  J("Ilyas Akdemir", MD(1, 11), FC))
# municipality, Dutch, date 'de laatste dag van februari'
E("nl", "Het tijdelijk contract van projectmedewerker Tim van Hees loopt tot de laatste dag van februari en wordt niet verlengd.",
  L("Tim van Hees", MD(2, 28)))
# care home, Dutch, 'verzorgers' plural leavers with shared date written once
E("nl", "Twee verzorgers gaan ons verlaten per 15 januari: Ahmet Kaya en Gerrit Lamberts.",
  L("Ahmet Kaya", MD(1, 15), CW), L("Gerrit Lamberts", MD(1, 15), CW))
# accountancy, Dutch, software developer for internal tools
E("nl", "Voor onze interne automatisering hebben we een softwareontwikkelaar aangenomen, Stefan de Ruiter. Hij begint 1 maart aanstaande.",
  J("Stefan de Ruiter", MD(3, 1), SE))
# IT consultancy, Dutch, correction of name
E("nl", "Oeps, typfout in mijn vorige bericht: het is niet Sara Jansen maar Sarah Janssens, en zij begint op 18 januari als developer.",
  J("Sarah Janssens", MD(1, 18), SE))
# childcare, Dutch, leaver today via phone
E("nl", "Tamara Hulst is vandaag voor het laatst, graag haar account dicht na vandaag 🙏",
  L("Tamara Hulst", NOW))
# hotel, Dutch, sales from reception mover with 'van ... naar'
E("nl", "Per 1 februari gaat Bo Scheffers van de receptie naar sales, als accountmanager zakelijk.",
  MV("Bo Scheffers", MD(2, 1), AM, None))
# construction, Dutch, ISO in Dutch mail
E("nl", "Startdatum 2027-01-11 voor onze nieuwe uitvoerder Harmen Oosterveld.",
  J("Harmen Oosterveld", D(2027, 1, 11)))
# cleaning company, Dutch, 'Per heden' formal leaver
E("nl", "Per heden is mevrouw Zeynep Ocak niet meer in dienst van ons bedrijf.",
  L("Zeynep Ocak", NOW))
# bakery, Dutch, joiner 'aanstaande dinsdag'
E("nl", "Aanstaande dinsdag begint Sven Dijkman bij ons als broodbakker.",
  J("Sven Dijkman", WD("dinsdag")))
# sports club, Dutch, Moroccan-Dutch name with 'el'
E("nl", "Nieuwe jeugdcoördinator: Hicham el Ouardi, vanaf 1 januari in dienst.",
  J("Hicham el Ouardi", MD(1, 1)))
# retail, Dutch, 'over 3 weken' and filiaalmanager
E("nl", "Over 3 weken start Femke Ruiter als filiaalmanager in Apeldoorn.",
  J("Femke Ruiter", P(21)))
# GP practice, Dutch, two people: one moves, one joins
E("nl", "Per 1 maart wordt Loes Hagedoorn praktijkmanager (nu nog baliemedewerker) en begint Anna Pietersz als nieuwe baliemedewerker.",
  MV("Loes Hagedoorn", MD(3, 1), None, None), J("Anna Pietersz", MD(3, 1)))
# dental clinic, Dutch, 'heeft ontslag gekregen'
E("nl", "Assistent Jordy Muller heeft ontslag gekregen, zijn laatste werkdag was gisteren.",
  L("Jordy Muller", P(-1)), past=True)
# university, Dutch, Indonesian name
E("nl", "Per 1 april start Dewi Kartika Sari als postdoc bij Farmacie.",
  J("Dewi Kartika Sari", MD(4, 1)))
# logistics, Dutch, vertegenwoordiger typo plural? single with typo
E("nl", "Onze vertegenwoordger Marcel Huisman gaat per 1 januari 2027 met vervroegd pensioen.",
  L("Marcel Huisman", D(2027, 1, 1), AM))
# municipality, Dutch, mover 'schuift door'
E("nl", "Ontwikkelaar Leroy Sapulete schuift per 4 januari door naar de rol van accountmanager voor onze gemeentelijke partners.",
  MV("Leroy Sapulete", MD(1, 4), AM, SE))
# care home, Dutch, 'HCA' used in Dutch? no: 'helpende' avoided; zorgmedewerker with tussenvoegsel ter
E("nl", "Zorgmedewerker Jolanda ter Horst gaat per 1 februari naar locatie Het Baken, verder verandert er niets.",
  MV("Jolanda ter Horst", MD(2, 1), CW, CW))
# accountancy, Dutch, short Teams 'ff'
E("nl", "ff snel: Bart Hoogland (salarisadministratie) stopt 29/1",
  L("Bart Hoogland", MD(1, 29)))
# IT consultancy, Dutch, long formal with signature and two starters
E("nl", "Beste collega's,\n\nIn januari verwelkomen we twee nieuwe software engineers: Priscilla Asamoah (start dinsdag 5 januari) en Jeroen Wubbels (start maandag 11 januari).\n\nGroet,\nMonique\nTeamlead Delivery",
  J("Priscilla Asamoah", ON("dinsdag", MD(1, 5)), SE), J("Jeroen Wubbels", ON("maandag", MD(1, 11)), SE))
# childcare, Dutch, 'in dienst getreden' yesterday? no: future 'treedt in dienst' with weekday next week
E("nl", "Volgende week vrijdag treedt Aylin Doğan bij ons in dienst als groepshulp.",
  J("Aylin Doğan", NW("vrijdag")))
# retail, English, formal HR with signature and mover
E("en", "Hi all,\n\nPlease update the systems for Ravinder Gill, who moves from Store Operations into the Facilities team as Facilities Coordinator with effect from Monday 1 February 2027.\n\nMany thanks,\nJoanne Pike\nPeople Team",
  MV("Ravinder Gill", ON("monday", D(2027, 2, 1)), FC, None))
# logistics, English, Teams phone, question mark and date with 'thurs'
E("en", "new guy in dispatch starts thurs 10 dec?? name is Lukasz Zielinski. does he need anything from you",
  J("Lukasz Zielinski", ON("thu", MD(12, 10))))
# municipality, English, 'a week from today'
E("en", "Our new GIS developer, Hamid Karimi, starts a week from today.",
  J("Hamid Karimi", P(7), SE))
# GP practice, English, leaver with 'last clinic'
E("en", "Dr Eleanor Marsh's last clinic with us is on Tuesday 29 December; she's moving to a practice in Bristol.",
  L("Eleanor Marsh", ON("tuesday", MD(12, 29))))
# dental clinic, English, date as 'Jan. 18'
E("en", "New associate, Dr. Valentina Ricci, starting Jan. 18. Thanks!",
  J("Valentina Ricci", MD(1, 18)))
# university, English, contract end two people different roles
E("en", "Contract ends: Hugo Lefebvre (research software engineer) on 31 January and Amelia Clarke (project officer) on 28 February.",
  L("Hugo Lefebvre", MD(1, 31), SE), L("Amelia Clarke", MD(2, 28)))
# hotel, English, long chatty
E("en", "Hi! Hope you're well. Just wanted to let you know we've finally found someone for the facilities coordinator job — her name is Marguerite Dubois and she's coming over from the Hilton. She starts on the 4th of January. Could you make sure she's got everything on day one? Thanks so much, Sally",
  J("Marguerite Dubois", MD(1, 4), FC))
# construction, English, typo in role
E("en", "Our sofware engineer Rhys Evans (site apps) is leaving on 15 January.",
  L("Rhys Evans", MD(1, 15), SE))
# IT consultancy, English, 'has accepted our offer'
E("en", "Great news – Yasmin Haddad has accepted our offer and joins as a sales representative on 1 March!",
  J("Yasmin Haddad", MD(3, 1), AM))
# childcare, English, 'next Wednesday'
E("en", "Lily-Mae Turner joins our baby room next Wednesday.",
  J("Lily-Mae Turner", WD("wednesday")))
# care home, English, plural carers joiners with dates in list
E("en", "New carers:\n- Ngozi Eze, starts 14/12\n- Dorota Kamińska, starts 21/12\n- Samuel Osei-Tutu, starts 4/1",
  J("Ngozi Eze", MD(12, 14), CW), J("Dorota Kamińska", MD(12, 21), CW), J("Samuel Osei-Tutu", MD(1, 4), CW))
# accountancy, English, 'March 1st'
E("en", "Trainee Aaron Goldberg starts March 1st in the audit team.",
  J("Aaron Goldberg", MD(3, 1)))
# cleaning company, English, mover to facilities coordinator from cleaner
E("en", "Juan Carlos Herrera, currently a cleaner at the airport site, becomes facilities coordinator there on 11 January.",
  MV("Juan Carlos Herrera", MD(1, 11), FC, None))
# bakery, English, 'Saturday 2 January'
E("en", "Harriet Bloom finishes with us on Saturday 2 January – thanks for everything Harriet!",
  L("Harriet Bloom", ON("saturday", MD(1, 2))))
# sports club, English, 'effective 1/3/2027'
E("en", "New fitness instructor, Marcus Adeyemi-Cole, effective 1/3/2027.",
  J("Marcus Adeyemi-Cole", D(2027, 3, 1)))
# retail, English, leaver with possessive and 'today'
E("en", "Please close Kirsty MacDonald's accounts – she walked out today and won't be coming back.",
  L("Kirsty MacDonald", NOW))
# logistics, English, mover developer → AM with 'leaves X for Y'
E("en", "Kwabena Owusu leaves the dev team for account management on 1 February.",
  MV("Kwabena Owusu", MD(2, 1), AM, SE))
# municipality, English, 'from next week Monday'
E("en", "Siobhan Kelly joins Waste Management from next week Monday as a planner.",
  J("Siobhan Kelly", NW("monday")))
# GP practice, English, caregiver joining home-visits team
E("en", "We're adding a healthcare assistant to the home-visit team: Tatiana Popova, starting 11 January 2027.",
  J("Tatiana Popova", D(2027, 1, 11), CW))
# university, English, 'in three weeks' time'
E("en", "Professor Olumide Adeyemo-Brown arrives in three weeks' time to take up the Chair in Economics.",
  J("Olumide Adeyemo-Brown", P(21)))
# dental clinic, English, 'Friday week' avoided; explicit Friday 11 December
E("en", "Our receptionist Shannon Doyle will leave on Friday 11 December.",
  L("Shannon Doyle", ON("friday", MD(12, 11))))
# hotel, Dutch, last one: fully lower case, no punctuation
E("nl", "kan je iemand afmelden yvonne kramer huishouding laatste dag 27 december",
  L("Yvonne Kramer", MD(12, 27)), lower=True)
