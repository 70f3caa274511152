"""Blind-13: managers' announcements written by hand, one at a time (session 23).

Every message is followed by what HR would fill in, written by hand. The helpers only
turn the date a reader means into a calendar date counted from TODAY (Thursday
2026-12-03). Run: python3 gen.py
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
# Part 1 (k001-k150): dental practice chain, container terminal, bakery chain, law firm,
# software scale-up, theatre, driving school, water board
m("en", "new dental hygienist at the Zwolle practice: Marisol Fuentes, starts mon 11 jan",
  J("Marisol Fuentes", ON("monday", D(2027, 1, 11))))
m("nl", "Beste collega's, per 1 februari komt Dirk-Jan Hoekstra ons team in Apeldoorn versterken als tandarts. Hij neemt de patiënten van dr. Veenstra over.",
  J("Dirk-Jan Hoekstra", D(2027, 2, 1)))
m("nl", "mondhygiëniste yvonne kuipers stopt, laatste werkdag vrijdag 18 december",
  L("Yvonne Kuipers", ON("vrijdag", D(2026, 12, 18))))
m("en", "Hello, I want to inform that our assistant Priya Raghunathan will be going from the Deventer practice to the Enschede practice from 4th of January. Same job.",
  MV("Priya Raghunathan", D(2027, 1, 4), None, None))
m("nl", "Van: HR Dentaal Oost\nOnderwerp: uitdiensttreding\n\nHierbij bevestigen wij dat het dienstverband van mevrouw Sandra de Bruijn-Wolters, praktijkmanager te Hengelo, eindigt per 1 januari 2027. Haar laatste werkdag is 31 december 2026.",
  L("Sandra de Bruijn-Wolters", D(2026, 12, 31)))
m("en", "Can you set up an account for our new receptionist? Name is Hamza El Idrissi, first day Tuesday the 15th.",
  J("Hamza El Idrissi", ON("tuesday", D(2026, 12, 15))))
m("nl", "Tandarts Ruben Lefeber gaat met pensioen. Zijn laatste behandeldag is donderdag 24 december, daarna zijn we dicht tot 4 januari.",
  L("Ruben Lefeber", ON("donderdag", D(2026, 12, 24))))
m("en", "Do we need to tell you when a dentist only works one day a week for us, or is that not needed?",
  none=True)
m("nl", "Dag, Lien Vandenbroucke vervoegt onze praktijk in Gent als tandartsassistente vanaf maandag 4 januari. Gelieve haar een login te voorzien voor het patiëntendossier.",
  J("Lien Vandenbroucke", ON("maandag", D(2027, 1, 4))))
m("en", "Two new starters at the Arnhem clinic next week:\n- Joost Verhaar (orthodontist), Monday\n- Ana Lúcia Pereira (dental nurse), Wednesday",
  J("Joost Verhaar", NW("monday")), J("Ana Lúcia Pereira", NW("wednesday")))
m("nl", "Correctie op mijn bericht van gisteren: Fleur Hazelaar begint niet op 7 december maar op 14 december.",
  J("Fleur Hazelaar", D(2026, 12, 14)))
m("en", "Mohammed Aziz, our practice manager in Almelo, is leaving the company. Final day 29/01.",
  L("Mohammed Aziz", D(2027, 1, 29)))
m("nl", "Stagiaire tandartsassistent Demi Oosterbeek start na de kerst, op 28 december, tot eind juni.",
  J("Demi Oosterbeek", D(2026, 12, 28)))
m("en", "From 1 March Eline Koopmans will no longer be a dental assistant but our new practice manager in Zutphen.",
  MV("Eline Koopmans", D(2027, 3, 1), None, None))
m("nl", "De start van de nieuwe tandarts in Hengelo gaat niet door, zij heeft zich bedacht. Je hoeft niets aan te maken.",
  none=True)
m("en", "Joiner: Katarzyna Zielińska, dental technician, start date 2027-01-18.",
  J("Katarzyna Zielińska", D(2027, 1, 18)))
m("en", "straddle carrier driver Luuk Brinkman starts night shift sun 6 dec",
  J("Luuk Brinkman", ON("sunday", D(2026, 12, 6))))
m("nl", "Hoi, Bart Zwartjes (kraanmachinist kade 5) gaat per 1 januari naar de planning. Graag toegang tot het TOS regelen.",
  MV("Bart Zwartjes", D(2027, 1, 1), None, None))
m("en", "Please offboard lashing crew member Nnamdi Okafor – his agency contract ends this Saturday.",
  L("Nnamdi Okafor", WD("saturday")))
m("nl", "Nieuwe vessel planner: Sjoerd Bakema, start maandag week 2.",
  J("Sjoerd Bakema", WK(2)))
m("en", "Hi! We have a new reefer technician, Gerrit Smeenk, he begins on 11-01-2027 at the Maasvlakte terminal.",
  J("Gerrit Smeenk", D(2027, 1, 11)))
m("nl", "Uitzendkrachten voor de piek vanaf maandag 14 december: Oleksandr Hnatiuk en Dawid Kowalczyk, allebei op de kade, tot en met 31 januari.",
  J("Oleksandr Hnatiuk", ON("maandag", D(2026, 12, 14))), J("Dawid Kowalczyk", D(2026, 12, 14)))
m("en", "Heads up – our gate clerk Shirley Bonsu retires end of this month, last shift Wednesday 30 Dec.",
  L("Shirley Bonsu", ON("wednesday", D(2026, 12, 30))))
m("nl", "Jeroen Timmer, nu nog shiftleider, wordt per 1/2 operationeel manager van terminal Oost.",
  MV("Jeroen Timmer", D(2027, 2, 1), None, None))
m("en", "Kim Aalders leaves the planning desk to join our IT team as a developer on the terminal operating system, from 18 January.",
  MV("Kim Aalders", D(2027, 1, 18), "software-engineer", None))
m("nl", "Kunnen jullie voor de nieuwe kraanmachinisten al een pas aanvragen voordat ze een contract hebben?",
  none=True)
m("en", "Sad news: our colleague Henk Mulder from crane maintenance passed away last Sunday. Please close his accounts quietly.",
  L("Henk Mulder", P(-4)), past=True)
m("nl", "Per direct uit dienst: Ricardo Semedo (lasher). Laatste dienst was gisteren.",
  L("Ricardo Semedo", P(-1)), past=True)
# a crane's maintenance engineer is no software engineer, though "engineer" is an alias
m("en", "New maintenance engineer for the quay cranes, Tobias Lindqvist, starting 1 Feb. He'll need a PPE kit and access to the maintenance portal.",
  J("Tobias Lindqvist", D(2027, 2, 1)))
m("nl", "Melding uitdiensttreding: Anouk Verschuren, medewerker douanezaken, vertrekt op 15 januari 2027.",
  L("Anouk Verschuren", D(2027, 1, 15)))
m("nl", "nieuwe bakker voor de nachtploeg in Veenendaal: tim de groot. begint maandagnacht 7 dec",
  J("Tim de Groot", D(2026, 12, 7)))
m("en", "Hi there, Fatima Zahra Benali joins the Utrecht Centraal shop as shop assistant this Saturday. Could she get her till login before then?",
  J("Fatima Zahra Benali", WD("saturday")))
# a bakery's "verkoopster" sells bread over the counter: no account manager
m("nl", "Onze verkoopster in de winkel Amersfoort, Ilse Wagenaar, heeft opgezegd. Ze werkt nog t/m 23 december.",
  L("Ilse Wagenaar", D(2026, 12, 23)))
m("nl", "Voor de groothandel (horeca en zorginstellingen) hebben we een nieuwe accountmanager aangenomen: Wessel Hoogendijk, start 4 januari.",
  J("Wessel Hoogendijk", D(2027, 1, 4), "account-manager"))
m("en", "Patisserie: our pastry chef Giulia Romano will move to the new production site in Nieuwegein from Monday 11 January, same role.",
  MV("Giulia Romano", ON("monday", D(2027, 1, 11)), None, None))
m("nl", "Chauffeur Kees Bosman rijdt vrijdag 4 december zijn laatste rondje, daarna met pensioen!",
  L("Kees Bosman", ON("vrijdag", D(2026, 12, 4))))
m("en", "For Christmas we hired 3 temps for the shops:\nLotte Brands – 14 Dec to 31 Dec\nSem Hermans – 19 Dec to 2 Jan\nNoor El Amrani – 21 Dec to 24 Dec",
  J("Lotte Brands", D(2026, 12, 14)), J("Sem Hermans", D(2026, 12, 19)), J("Noor El Amrani", D(2026, 12, 21)))
m("nl", "Even doorgeven: Harm Geurts gaat van inpak naar de oven (ploegleider) vanaf volgende week maandag.",
  MV("Harm Geurts", NW("maandag"), None, None))
m("en", "Please remove access for Mirela Popescu, bakery line worker, she didn't pass her probation period. Last day was Tuesday 1 Dec.",
  L("Mirela Popescu", ON("tuesday", D(2026, 12, 1))), past=True)
m("nl", "Marketingmedewerker Rosa Lindeman begint op 1 maart bij het hoofdkantoor in Ede.",
  J("Rosa Lindeman", MD(3, 1)))
m("en", "New hire for our webshop & ordering app: Bram Schouten, software developer, 8 February.",
  J("Bram Schouten", D(2027, 2, 8), "software-engineer"))
m("nl", "Het contract van de zaterdagkrachten in Ede wordt verlengd tot de zomer, verder verandert er niets.",
  none=True)
m("en", "hi, Jasper Wijnands is starting tomorrow as area manager for the Gelderland shops, sorry for the late notice",
  J("Jasper Wijnands", P(1)))
m("nl", "Goeiemorgen, vanaf 1 januari komt Wout Peeters bij ons in de bakkerij in Brugge werken als hulpbakker. Zou je alles in orde kunnen brengen?",
  J("Wout Peeters", D(2027, 1, 1)))
m("en", "Dear Sir/Madam,\n\nPlease be advised that Ms Charlotte Verbeek will join the firm as an associate in our corporate practice on 1 February 2027.\n\nKind regards,\nSecretariaat Van Houten & Partners",
  J("Charlotte Verbeek", D(2027, 2, 1)))
m("nl", "Hierbij delen wij u mede dat mr. Frederik van Oordt, thans advocaat-medewerker, per 1 januari 2027 toetreedt tot de maatschap als partner.",
  MV("Frederik van Oordt", D(2027, 1, 1), None, None))
m("nl", "Juridisch secretaresse Wendy Kroes gaat ons verlaten; zij treedt in dienst bij een notariskantoor. Laatste werkdag: vrijdag 15 januari.",
  L("Wendy Kroes", ON("vrijdag", D(2027, 1, 15))))
m("en", "FYI paralegal Oluwaseun Adeyemi moves to the litigation team as of the 14th.",
  MV("Oluwaseun Adeyemi", D(2026, 12, 14), None, None))
m("en", "Is it possible to give a trainee lawyer access to the document system before his start date in January?",
  none=True)
m("nl", "Per 4 januari starten bij ons kantoor in Den Haag: mr. Sophie Tjon-A-Fat (advocaat arbeidsrecht) en Lucas Brouwer (office manager).",
  J("Sophie Tjon-A-Fat", D(2027, 1, 4)), J("Lucas Brouwer", D(2027, 1, 4)))
m("en", "Our office & facilities person Dennis Lammers (facility coordinator) is leaving us at the end of January, last day 29 January.",
  L("Dennis Lammers", D(2027, 1, 29), "facility-coordinator"))
m("nl", "Advocaat Yasmina Bouzid stopt bij ons per 1 maart, ze begint voor zichzelf. Graag haar laatste werkdag op 26 februari zetten.",
  L("Yasmina Bouzid", D(2027, 2, 26)))
m("en", "Hello together, we have new student assistant in the library of the firm, Lukas Brandstätter, he begins at 7.1.2027.",
  J("Lukas Brandstätter", D(2027, 1, 7)))
m("en", "new dev joining squad Payments 👋 Rahul Menon, backend engineer, first day Monday Jan 4",
  J("Rahul Menon", ON("monday", D(2027, 1, 4)), "software-engineer"))
m("en", "Elif Şahin is leaving us :( her last day is Friday the 18th of December. She was our senior frontend developer.",
  L("Elif Şahin", ON("friday", D(2026, 12, 18)), "software-engineer"))
m("nl", "Sander Pols stapt over van customer success naar sales als accountmanager, per 1 januari.",
  MV("Sander Pols", D(2027, 1, 1), "account-manager", None))
m("en", "We're hiring Chloé Marchand (product designer) and Mateusz Nowicki (data analyst) – both start 11 January.",
  J("Chloé Marchand", D(2027, 1, 11)), J("Mateusz Nowicki", D(2027, 1, 11)))
m("nl", "jorien van der linden begint 1 feb als developer in team search",
  J("Jorien van der Linden", D(2027, 2, 1), "software-engineer"))
m("en", "Offboarding request: Tyler Brooks (Customer Success Manager, US market). Termination effective December 11, 2026.",
  L("Tyler Brooks", D(2026, 12, 11)))
m("nl", "Vanaf 1 maart wordt Nadia Haddou, nu developer in het platformteam, onze engineering manager.",
  MV("Nadia Haddou", D(2027, 3, 1), None, "software-engineer"))
m("en", "How long before a new engineer starts should we send the request, so the laptop is ready?",
  none=True)
m("en", "Intern alert: Koen Slagter joins the data team from 1 Feb to 30 Jun (graduation internship).",
  J("Koen Slagter", D(2027, 2, 1)))
m("nl", "Helaas gaat onze office manager Bianca Groen ons verlaten. Ze heeft haar laatste dag op woensdag 23-12.",
  L("Bianca Groen", ON("woensdag", D(2026, 12, 23))))
m("en", "Pavel Horák (DevOps) – moving from the Brno office to Amsterdam, starts here on 1 April.",
  MV("Pavel Horák", D(2027, 4, 1), None, None))
m("nl", "Nieuwe collega op support: Roos ten Brink. Ze start overmorgen.",
  J("Roos ten Brink", P(2)))
m("en", "Hey! Ikechukwu Eze accepted our offer 🎉 He's joining as a software engineer on 15 March.",
  J("Ikechukwu Eze", D(2027, 3, 15), "software-engineer"))
m("en", "Two people leaving end of year: Marco Bianchi (sales, last day 31 Dec) and Hanna Lind (HR, last day 18 Dec).",
  L("Marco Bianchi", D(2026, 12, 31), "account-manager"), L("Hanna Lind", D(2026, 12, 18)))
m("nl", "Goed nieuws, Thijs Mertens komt terug! Hij start per 4 januari opnieuw bij ons als ontwikkelaar.",
  J("Thijs Mertens", D(2027, 1, 4), "software-engineer"))
m("en", "Please change Wouter Kamp's role: he's moving from developer to scrum master per Monday 7 December.",
  MV("Wouter Kamp", ON("monday", D(2026, 12, 7)), None, "software-engineer"))
# parental leave is not leaving
m("nl", "Mijn teamlid Iris Dijkstra gaat met zwangerschapsverlof vanaf 18 dec, ze komt in mei terug.",
  none=True)
m("nl", "Nieuwe technicus (licht & geluid) voor de grote zaal: Maarten Stoop. Start dinsdag 5 januari.",
  J("Maarten Stoop", ON("dinsdag", D(2027, 1, 5))))
m("en", "Our box office manager, Deborah Okonkwo, is leaving after 12 years! Her final performance night is Sunday 20 December.",
  L("Deborah Okonkwo", ON("sunday", D(2026, 12, 20))))
m("nl", "Vanaf 1 januari gaat Mees Vrolijk van de kassa naar marketing & communicatie.",
  MV("Mees Vrolijk", D(2027, 1, 1), None, None))
m("nl", "Per 1 februari hebben we een nieuwe facilitair medewerker in het theater: Ronald Brink. Hij wordt ook verantwoordelijk voor de sleutels.",
  J("Ronald Brink", D(2027, 2, 1), "facility-coordinator"))
m("en", "Ushers for the Christmas musical, start on 17 December:\nAmira Haddad\nJulia Nowak\nFinn Schreuder",
  J("Amira Haddad", D(2026, 12, 17)), J("Julia Nowak", D(2026, 12, 17)), J("Finn Schreuder", D(2026, 12, 17)))
m("nl", "Toneelmeester Gert-Jan Oldenkamp gaat na de laatste voorstelling van het seizoen met pensioen, dat is zaterdag 29 mei.",
  L("Gert-Jan Oldenkamp", ON("zaterdag", D(2027, 5, 29))))
m("en", "Hi, the new artistic director is Valentina Greco, starting on 1st of September next year. Can we already create her account in August?",
  J("Valentina Greco", D(2027, 9, 1)))
m("nl", "Let op: de stagiair decorbouw die ik vorige week doorgaf komt niet. Niets aanmaken dus.",
  none=True)
m("nl", "Horecamedewerker foyer Lars Ypma stopt ermee, zijn laatste avond is vrijdag.",
  L("Lars Ypma", WD("vrijdag")))
# a theatre's programmer chooses the shows: no software engineer
m("en", "Naomi Blok, now programming assistant, becomes our theatre programmer (choosing the shows) from 1 March.",
  MV("Naomi Blok", D(2027, 3, 1), None, None))
m("nl", "Kapster/grime Esra Yıldız komt per 11 januari voor de producties van dit voorjaar, tijdelijk contract tot 30 april.",
  J("Esra Yıldız", D(2027, 1, 11)))
m("en", "Stage manager Callum MacLeod is resigning, notice received today, last working day will be 5 February.",
  L("Callum MacLeod", D(2027, 2, 5)))
m("nl", "Nieuwe rijinstructeur bij ons: Ahmet Kaya. Hij begint maandag 11 januari. Kan hij een account krijgen voor het planningssysteem?",
  J("Ahmet Kaya", ON("maandag", D(2027, 1, 11))))
m("nl", "Priscilla stopt eind dec als instructrice, laatste lesdag 22/12. Priscilla Doorn dus.",
  L("Priscilla Doorn", D(2026, 12, 22)))
m("en", "Our motorbike instructor Erik Sandberg goes from part-time to full time from the 1st of January, no other changes.",
  none=True)
m("nl", "Vanaf 4 januari werkt Mila Jacobs niet meer op kantoor maar als instructeur (ze heeft haar WRM-pas gehaald).",
  MV("Mila Jacobs", D(2027, 1, 4), None, None))
m("en", "New office assistant for the driving school in Tilburg – Sevda Arslan – starts in 2 weeks.",
  J("Sevda Arslan", P(14)))
m("nl", "Hoi! Gijs Verbruggen (vrachtwagen-instructeur) gaat per 1 april met pensioen.",
  L("Gijs Verbruggen", D(2027, 4, 1)))
m("nl", "Bij deze meld ik dat de heer Hendrik-Jan Wubbels, operator rioolwaterzuivering Garmerwolde, per 1 januari 2027 overstapt naar de afdeling Beheer & Onderhoud.",
  MV("Hendrik-Jan Wubbels", D(2027, 1, 1), None, None))
m("nl", "Nieuwe medewerker laboratorium (waterkwaliteit): Femke Bosch, start op maandag 1 februari 2027.",
  J("Femke Bosch", ON("maandag", D(2027, 2, 1))))
m("en", "Hi, our dyke inspector Jan-Willem Zijlstra will leave the water board on 31 March; he's moving to Rijkswaterstaat.",
  L("Jan-Willem Zijlstra", D(2027, 3, 31)))
m("nl", "Tjitske Hoekstra komt bij ons als peilbeheerder, ze start 4 januari. Ze werkte hier eerder via een detachering.",
  J("Tjitske Hoekstra", D(2027, 1, 4)))
m("nl", "Wie moet ik mailen voor een extra laptop voor de gemaalmonteurs? Er komt niemand nieuw, het is een vervanging.",
  none=True)
m("en", "Please set up Lina Haider – GIS specialist – start 2027-02-15, Leeuwarden office.",
  J("Lina Haider", D(2027, 2, 15)))
m("nl", "Onze belastingmedewerker Paul Rijkens gaat per 1 maart met vervroegd pensioen; hij werkt t/m 26 februari.",
  L("Paul Rijkens", D(2027, 2, 26)))
m("nl", "Verschuivingen per 1 januari:\n- Karin Vos: van secretariaat naar HR-adviseur\n- Bas Terpstra: van monteur gemalen naar planner onderhoud",
  MV("Karin Vos", D(2027, 1, 1), None, None), MV("Bas Terpstra", D(2027, 1, 1), None, None))
m("en", "Software engineer for our SCADA team: Dmitri Volkov, first day Wed 6 Jan.",
  J("Dmitri Volkov", ON("wednesday", D(2027, 1, 6)), "software-engineer"))
m("nl", "Beste, Jens Claes (zuiveringstechnicus) gaat ons verlaten. Zijn laatste werkdag valt op 8 januari. Mvg, Katrien",
  L("Jens Claes", D(2027, 1, 8)))
m("en", "Tom ten Hove, field technician, starts this Monday.",
  J("Tom ten Hove", WD("monday")))
m("nl", "Vanaf morgen werkt Rianne Meijer niet meer bij ons, ze is op staande voet ontslagen. Graag alles direct blokkeren.",
  L("Rianne Meijer", NOW))
m("en", "Hiring update: Sofia Andersson starts as account manager for the Nordics on Tuesday 2 March.",
  J("Sofia Andersson", ON("tuesday", D(2027, 3, 2)), "account-manager"))
m("nl", "Graag account aanmaken voor Youssef Amrani, monteur kraanonderhoud, start 18-1.",
  J("Youssef Amrani", D(2027, 1, 18)))
# 6/3 from a US office: 3 June or 6 March, no date can be told
m("en", "Alicia Gómez (dental hygienist) transfers from our Nijmegen practice to Arnhem on 6/3.\n– Brian, US support office",
  MV("Alicia Gómez", None, None, None))
m("nl", "Ruud Hendriks, bakker in Rhenen, krijgt geen verlenging. Einde contract 31-12-2026.",
  L("Ruud Hendriks", D(2026, 12, 31)))
m("en", "Welcome Marieke de Wit to the legal team, she starts next Wednesday as a notary's assistant.",
  J("Marieke de Wit", WD("wednesday")))
m("nl", "Volgende week donderdag start Tessa Huisman als receptioniste bij de tandartspraktijk in Oldenzaal.",
  J("Tessa Huisman", NW("donderdag")))
m("en", "Offboard: Liam O'Connor, crane operator, last shift 12.12.2026",
  L("Liam O'Connor", D(2026, 12, 12)))
m("nl", "Michiel Post gaat van de bakkerij in Ede naar het distributiecentrum als magazijnmedewerker, vanaf 11 jan.",
  MV("Michiel Post", D(2027, 1, 11), None, None))
m("en", "Good morning, I inform you that Mrs. Amélie Dubois will begin her functions of office manager in our Brussels office the 18 January. Cordially",
  J("Amélie Dubois", D(2027, 1, 18)))
m("nl", "Onze developer Lars Hofman vertrekt naar een concurrent. Laatste dag: 15-01. Let op: hij heeft admin-rechten op productie.",
  L("Lars Hofman", D(2027, 1, 15), "software-engineer"))
# a theatre's sound engineer is no software engineer
m("en", "Theatre: new sound engineer Sindre Haugland starts 4 Jan.",
  J("Sindre Haugland", D(2027, 1, 4)))
m("nl", "Per 1 feb komt Anton Veldkamp ons team versterken als rijinstructeur B en C.",
  J("Anton Veldkamp", D(2027, 2, 1)))
m("en", "Hi HR bot, please note for the lab of the water board: Noah Visser starts 7 December, and Emma Kok leaves 11 December.",
  J("Noah Visser", D(2026, 12, 7)), L("Emma Kok", D(2026, 12, 11)))
m("nl", "Tandarts-implantoloog dr. Farid Nasser werkt vanaf 1 januari vanuit de kliniek in Zwolle i.p.v. Kampen.",
  MV("Farid Nasser", D(2027, 1, 1), None, None))
m("en", "Reminder: Britt Jonker (bakery, Woerden) – her temporary contract ends on 24 December and won't be renewed.",
  L("Britt Jonker", D(2026, 12, 24)))
m("nl", "Peter van Vliet (scheepsplanner) stopt per eind van het jaar.",
  L("Peter van Vliet", D(2026, 12, 31)))
m("en", "Can you prepare everything for our new senior associate, Ahmed Bakr? He starts on the fourth of January.",
  J("Ahmed Bakr", D(2027, 1, 4)))
m("nl", "Deze week al begonnen: Jolien Smits, boekhouding. Ze startte dinsdag, sorry voor de late melding.",
  J("Jolien Smits", P(-2)), past=True)
m("en", "team change: Ayşe Demir moves from Team Checkout to Team Mobile per 1 Jan, still a developer",
  MV("Ayşe Demir", D(2027, 1, 1), "software-engineer", "software-engineer"))
m("nl", "Hierbij de uitdiensttreding van Dennis Vink (portier theater). Einddatum contract: 31 januari 2027, laatste werkdag 29 januari.",
  L("Dennis Vink", D(2027, 1, 29)))
m("en", "Do temps from the agency also need to go through you, or only people on our payroll?",
  none=True)
m("nl", "Ingrid Zwart is per 1 december gestart als assistent-bedrijfsleider in de bakkerij Zeist, sorry dat het zo laat is.",
  J("Ingrid Zwart", D(2026, 12, 1)), past=True)
m("en", "Our client service rep in Rotterdam, Desmond Appiah, will step into the sales role as account manager on the 1st of Feb.",
  MV("Desmond Appiah", D(2027, 2, 1), "account-manager", None))
m("nl", "Afscheid: Gerda Bloem, tandartsassistente in Deventer, 40 jaar in dienst, laatste werkdag woensdag 30 december.",
  L("Gerda Bloem", ON("woensdag", D(2026, 12, 30))))
m("en", "starter tue: Nikos Papadopoulos, lashing",
  J("Nikos Papadopoulos", WD("tuesday")))
m("nl", "Wij verwelkomen per 15 februari twee nieuwe advocaten: Marloes Kuiper en Victor Hagen. Beiden sectie vastgoed.",
  J("Marloes Kuiper", D(2027, 2, 15)), J("Victor Hagen", D(2027, 2, 15)))
m("en", "Lucy Chen from our London office transfers to the Amsterdam team on 11 January. She keeps her job as a software engineer.",
  MV("Lucy Chen", D(2027, 1, 11), "software-engineer", "software-engineer"))
m("nl", "Hallo, ik laat weten dat Bert Vermeiren bij ons stopt als bakker. Hij doet zijn laatste nacht op 19 december. Groetjes, Hilde",
  L("Bert Vermeiren", D(2026, 12, 19)))
m("en", "Next week Tuesday the new theatre technician starts: Rik Aarts.",
  J("Rik Aarts", NW("tuesday")))
m("nl", "Na 1 maart is Esther Brouwers niet meer werkzaam bij het theater (eigen verzoek). Laatste werkdag zondag 28 februari.",
  L("Esther Brouwers", ON("zondag", D(2027, 2, 28))))
m("en", "The water board's new director of operations, Hester Zuidema, takes office on 1 April 2027.",
  J("Hester Zuidema", D(2027, 4, 1)))
m("nl", "Week van 4 januari: nieuwe stagiaire mondhygiëne, Sara Lopes. Ze start op de maandag.",
  J("Sara Lopes", D(2027, 1, 4)))
m("en", "Pls disable accounts of Gabriel Costa asap, he quit today (terminal security).",
  L("Gabriel Costa", NOW))
m("nl", "Dinsdag 12 januari begint Merel Broekhuizen als juridisch medewerker. Kunnen jullie een laptop klaarzetten?",
  J("Merel Broekhuizen", ON("dinsdag", D(2027, 1, 12))))
m("en", "Change of plan for Jasmijn Rutten: she won't start on the 7th but a week later, on the 14th of December.",
  J("Jasmijn Rutten", D(2026, 12, 14)))
m("nl", "Sinds maandag is Kevin Hoogland onze nieuwe teamleider vulploeg, hij was hiervoor bakker in de nachtploeg.",
  MV("Kevin Hoogland", P(-3), None, None), past=True)
m("en", "Changes in the Almere bakery:\n• Dana Ibrahim – new shop manager, starts 1 Feb\n• Pim Hoekstra – leaves, last day 30 Jan\n• Robin Smit – from shop to bakery, 1 Feb",
  J("Dana Ibrahim", D(2027, 2, 1)), L("Pim Hoekstra", D(2027, 1, 30)), MV("Robin Smit", D(2027, 2, 1), None, None))
m("nl", "Onze systeembeheerder Gerben Kooi heeft zijn ontslag ingediend. Hij heeft een maand opzegtermijn, dus zijn laatste dag is zondag 3 januari.",
  L("Gerben Kooi", ON("zondag", D(2027, 1, 3))))
m("en", "Welcome aboard Zainab Musa, our new HR business partner – starting Monday, Feb 1st.",
  J("Zainab Musa", ON("monday", D(2027, 2, 1))))
m("nl", "Maandag a.s. begint een nieuwe straddle carrier chauffeur: Rachid Ouali.",
  J("Rachid Ouali", WD("maandag")))
m("en", "Hello, Mr. Jonas Weber will be leaving our law firm on 26 Feb. He's going back to Germany.",
  L("Jonas Weber", D(2027, 2, 26)))
m("nl", "Irene Hofstede werkt vanaf 1 jan. als tandarts in Hardenberg in plaats van als tandartsassistente. Ze is net afgestudeerd!",
  MV("Irene Hofstede", D(2027, 1, 1), None, None))
m("en", "Hi, the orthodontic practice in Emmen gets a new assistant, Lieke Boer – her first day is 8 January, a Friday.",
  J("Lieke Boer", D(2027, 1, 8)))
m("nl", "Contract Mehmet Yilmaz (uitzendkracht kade) loopt af op vrijdag 8 januari, niet verlengen.",
  L("Mehmet Yilmaz", ON("vrijdag", D(2027, 1, 8))))
m("en", "We hired a developer for the bakery's ordering app: Nick Dekker. He'll start in three weeks.",
  J("Nick Dekker", P(21), "software-engineer"))
m("nl", "Harold Kramer gaat de theaterwerkplaats leiden (nu nog decorbouwer), per maandag 1 maart.",
  MV("Harold Kramer", ON("maandag", D(2027, 3, 1)), None, None))
m("en", "---------- Forwarded message ---------\nFrom: Recruitment <recruitment@terminal.example>\nDate: Wed, 2 Dec 2026\nSubject: New hire\n\nOur new berth planner Ingeborg Dahl will start on Monday 18 January 2027.",
  J("Ingeborg Dahl", ON("monday", D(2027, 1, 18))))
m("nl", "Hoi, kun je Anne-Marie Lodewijks uit het systeem halen? Ze is vorige week vrijdag vertrokken (einde proeftijd).",
  L("Anne-Marie Lodewijks", LW("vrijdag")), past=True)
m("en", "Starting 4 January our new finance controller Jeroen de Vries-Kamp joins the scale-up.",
  J("Jeroen de Vries-Kamp", D(2027, 1, 4)))
m("nl", "Vanaf 1 februari is Lisa Mol niet langer receptioniste maar office manager bij ons kantoor in Utrecht.",
  MV("Lisa Mol", D(2027, 2, 1), None, None))


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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-13.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
