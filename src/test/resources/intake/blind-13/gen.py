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


# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320): hotel chain, municipality social services, university lab, prison,
# orchestra, garden centre, nursing home, veterinary clinic, primary school, IT service
# desk, customer contact centre
m("nl", "Nieuwe receptioniste voor het hotel in Maastricht: Chantal Vroemen, eerste dienst zaterdag 12 december (vroege dienst).",
  J("Chantal Vroemen", ON("zaterdag", D(2026, 12, 12))))
m("en", "Housekeeping update – Magdalena Wójcik and Iryna Bondar start as room attendants on Monday 14 Dec, Rotterdam hotel. Both until end of March.",
  J("Magdalena Wójcik", ON("monday", D(2026, 12, 14))), J("Iryna Bondar", D(2026, 12, 14)))
m("nl", "Onze F&B manager Roel Vermeulen vertrekt naar de concurrent aan de overkant 🙄 Laatste dag 15 januari.",
  L("Roel Vermeulen", D(2027, 1, 15)))
# "next Friday" said on a Thursday: tomorrow or a week later, no reader can tell
m("en", "Hi! Starting next Friday, our night auditor will be Kwame Asante. He replaces Tim who retired.",
  J("Kwame Asante", None))
m("nl", "Per 1 januari wordt Sanne Kuijpers (nu front office) onze accountmanager groepsverkoop voor de drie hotels in Limburg.",
  MV("Sanne Kuijpers", D(2027, 1, 1), "account-manager", None))
m("en", "FYI the Utrecht hotel's maintenance guy, Johan Evers, moves to the Amersfoort hotel from the 1st, same job.",
  MV("Johan Evers", D(2027, 1, 1), None, None))
m("nl", "Beste, ons kamermeisje Jessica Goossens gaat ons verlaten op 31/12. Ze heeft een vaste job gevonden dichter bij huis. Mvg, Dirk (hotel Oostende)",
  L("Jessica Goossens", D(2026, 12, 31)))
m("en", "Hello, I am the manager of the Eindhoven hotel. I want to let know that Javier Morales Ruiz begins like chef de partie the day 11 of January.",
  J("Javier Morales Ruiz", D(2027, 1, 11)))
m("nl", "seizoenskrachten bar wintermarkt-terras per 10 dec: Bo Janssen, Ties van Rijn, Lara Maas — allemaal t/m 3 januari",
  J("Bo Janssen", D(2026, 12, 10)), J("Ties van Rijn", D(2026, 12, 10)), J("Lara Maas", D(2026, 12, 10)))
m("en", "Revenue manager Anneloes Hartog is leaving us; last working day Thursday 28 January.",
  L("Anneloes Hartog", ON("thursday", D(2027, 1, 28))))
m("nl", "Gaat niet door: Stefan Willems begint toch niet bij ons als barman, hij heeft elders getekend.",
  none=True)
m("en", "New hotel facility coordinator for the Schiphol site: Olga Petrenko. First day 18 January.",
  J("Olga Petrenko", D(2027, 1, 18), "facility-coordinator"))
m("nl", "Reserveringsmedewerker Fenna Dijkman gaat van het hotel in Zwolle naar ons centrale reserveringskantoor in Deventer, ingangsdatum 1-2-2027.",
  MV("Fenna Dijkman", D(2027, 2, 1), None, None))
m("en", "Please close the accounts of sous-chef Marcus Lee – he walked out yesterday and won't return.",
  L("Marcus Lee", P(-1)), past=True)
m("nl", "Geachte collega,\n\nMet ingang van 1 januari 2027 treedt mevrouw Hatice Öztürk in dienst als klantmanager Participatiewet bij het team Werk en Inkomen.\n\nMet vriendelijke groet,\nP. Koster\nTeamleider Sociaal Domein",
  J("Hatice Öztürk", D(2027, 1, 1)))
m("nl", "Wmo-consulent Joris Hamers stapt per 1 maart over naar het team Jeugd als jeugdconsulent.",
  MV("Joris Hamers", D(2027, 3, 1), None, None))
m("nl", "schuldhulpverlener Monique Aarts stopt, laatste werkdag 18-12, graag account + pasje blokkeren",
  L("Monique Aarts", D(2026, 12, 18)))
m("en", "Hi, we have an interim policy advisor, Rutger Blankenstein, from 4 Jan until 30 June, via Public Spirit.",
  J("Rutger Blankenstein", D(2027, 1, 4)))
m("nl", "In week 3 beginnen twee nieuwe consulenten bij het Sociaal Wijkteam Noord: Annelies Prins (maandag) en Omar Chaouch (woensdag).",
  J("Annelies Prins", WK(3, "maandag")), J("Omar Chaouch", WK(3, "woensdag")))
m("nl", "Helaas is onze collega Wim Beekman (leerplichtambtenaar) op 28 november overleden. Wil je zijn account en telefoon laten afsluiten?",
  L("Wim Beekman", D(2026, 11, 28)), past=True)
m("en", "Milan Kovač joins as data analyst for the social services dashboard on the 11th of January.",
  J("Milan Kovač", D(2027, 1, 11)))
m("nl", "Per 1 februari is Ellen Sterk niet meer teamleider Schuldhulp; ze wordt beleidsadviseur armoede.",
  MV("Ellen Sterk", D(2027, 2, 1), None, None))
m("nl", "Nieuwe medewerker Frontoffice Sociaal Loket: Kübra Yilmaz-Demir, start 4/1.",
  J("Kübra Yilmaz-Demir", D(2027, 1, 4)))
m("nl", "De detachering van Hanneke Mos bij ons eindigt op 31 januari; vanaf 1 februari werkt ze weer bij de gemeente Hengelo.",
  L("Hanneke Mos", D(2027, 1, 31)))
m("en", "From the municipality's IT team: our new developer for the Wmo app is Tariq Hussain, start 1 February.",
  J("Tariq Hussain", D(2027, 2, 1), "software-engineer"))
m("nl", "Ik wil graag doorgeven dat Gertjan Mulder (applicatiebeheerder Suite4Sociaal Domein) per 15 januari met pensioen gaat. Laatste werkdag is donderdag 14 januari.",
  L("Gertjan Mulder", ON("donderdag", D(2027, 1, 14))))
m("en", "Our receptionist Linda Groenewegen is moving to the facilitaire dienst as facilitair medewerker from 1 Jan.",
  MV("Linda Groenewegen", D(2027, 1, 1), "facility-coordinator", None))
m("nl", "Starter: mevr. Bouchra El Khatib, inkomensconsulent, eerste werkdag maandag 7 december.",
  J("Bouchra El Khatib", ON("maandag", D(2026, 12, 7))))
m("nl", "Tijdelijke kracht bij Burgerzaken van 14 tot 31 december: Jelle Boersma.",
  J("Jelle Boersma", D(2026, 12, 14)))
m("en", "heads up: Fleur Pauwels quits as jobcoach, notice period till Feb 5",
  L("Fleur Pauwels", D(2027, 2, 5)))
m("en", "New PhD candidate in the Biophysics lab: Arjun Krishnamurthy, starting 1 February 2027 (4-year contract).",
  J("Arjun Krishnamurthy", D(2027, 2, 1)))
m("en", "Postdoc Yuki Tanaka will finish her contract on 28 February and go back to Osaka.",
  L("Yuki Tanaka", D(2027, 2, 28)))
m("nl", "Analist Marit Schepers gaat per 1 januari van het NMR-lab naar het massaspectrometrie-lab.",
  MV("Marit Schepers", D(2027, 1, 1), None, None))
m("en", "Research software engineer wanted? No — found! Ewout Bakker starts with the eScience group on 15 Feb.",
  J("Ewout Bakker", D(2027, 2, 15), "software-engineer"))
m("nl", "Hoi, student-assistent Joppe Kramer begint morgen in het practicum, tot eind januari.",
  J("Joppe Kramer", P(1)))
m("en", "Dear all, Prof. Heidi Lindberg (chair Analytical Chemistry) retires on 31 August 2027; her last working day will be 30 June 2027 as she uses up her leave.",
  L("Heidi Lindberg", D(2027, 6, 30)))
m("nl", "Labtechnicus Ahmed Said start 11-1, graag ook toegang tot de S2-ruimte aanvragen.",
  J("Ahmed Said", D(2027, 1, 11)))
m("en", "Visiting researcher Lucía Fernández from Madrid, here from 6 January to 6 April. Needs an account + badge for the cleanroom.",
  J("Lucía Fernández", D(2027, 1, 6)))
m("nl", "Vanaf februari werkt Tom Brands bij ons als postdoc in plaats van als promovendus — hij promoveert op 29 januari.",
  MV("Tom Brands", D(2027, 2, 1), None, None))
m("en", "Two master students join the lab on Monday: Pieter Hamstra and Ifeoma Nwosu.",
  J("Pieter Hamstra", WD("monday")), J("Ifeoma Nwosu", WD("monday")))
m("nl", "Nieuwe PIW'er voor afdeling B: Dennis Rozendaal, start maandag 4 januari met de basisopleiding.",
  J("Dennis Rozendaal", ON("maandag", D(2027, 1, 4))))
m("nl", "Penitentiair inrichtingswerker Mariska de Jonge vertrekt per 1 maart naar de PI Vught; haar laatste dienst hier is zondag 28 februari.",
  L("Mariska de Jonge", ON("zondag", D(2027, 2, 28))))
m("en", "Security officer Jamal Bouali moves from the gate to the control room as of Monday 11 January.",
  MV("Jamal Bouali", ON("monday", D(2027, 1, 11)), None, None))
m("nl", "Afdelingshoofd Erwin Jansen gaat 4 januari over naar de PI Zwolle. Hij blijft afdelingshoofd, alleen een andere inrichting.",
  MV("Erwin Jansen", D(2027, 1, 4), None, None))
m("nl", "Arbeidsmedewerker (werkmeester) Hans Tuinstra stopt eind van de maand. Z'n laatste dienst is 30 december.",
  L("Hans Tuinstra", D(2026, 12, 30)))


m("en", "New psychologist for the prison's FPA unit: Dr. Nadine Hoekman. First day is 1 Feb.",
  J("Nadine Hoekman", D(2027, 2, 1)))
m("nl", "Hierbij meld ik dat de heer Karel van Dam, thans hoofd beveiliging, per 1 januari a.s. de functie van vestigingsdirecteur gaat bekleden.",
  MV("Karel van Dam", D(2027, 1, 1), None, None))
m("nl", "Uitzendkracht keuken (PI) Robin Verhoef: laatste dag vrijdag 11 december.",
  L("Robin Verhoef", ON("vrijdag", D(2026, 12, 11))))
m("en", "We're delighted to announce that Clara Mendelsohn will join the orchestra as principal oboe from the 2027/28 season, first rehearsal 23 August 2027.",
  J("Clara Mendelsohn", D(2027, 8, 23)))
m("nl", "Violist Bas Hoefnagels neemt afscheid na 35 jaar; zijn laatste concert is zondag 17 januari.",
  L("Bas Hoefnagels", ON("zondag", D(2027, 1, 17))))
m("en", "Orchestra manager Ruth Abrahams leaves us at the end of March (31/03).",
  L("Ruth Abrahams", D(2027, 3, 31)))
m("nl", "Per 1 januari komt Sieuwert Dekkers als tuttispeler bij de cellogroep (vaste aanstelling).",
  J("Sieuwert Dekkers", D(2027, 1, 1)))
m("en", "Tour manager Ivo Brandsma moves to the education department per 1 Feb – he'll run our school concerts.",
  MV("Ivo Brandsma", D(2027, 2, 1), None, None))
m("nl", "Bibliothecaris (orkestbibliotheek) Jikke Wiersma start dinsdag 2 februari.",
  J("Jikke Wiersma", ON("dinsdag", D(2027, 2, 2))))
m("en", "Two extras for the New Year's concerts (27 Dec–3 Jan): Zofia Lewandowska (viola) and Henrique Santos (trumpet).",
  J("Zofia Lewandowska", D(2026, 12, 27)), J("Henrique Santos", D(2026, 12, 27)))
# a concert programmer chooses the music: no software engineer, though "programmeur" is an alias
m("nl", "onze concertprogrammeur Rik van Leeuwen stopt per 1 mei, laatste werkdag 30 april",
  L("Rik van Leeuwen", D(2027, 4, 30)))
m("en", "Sales: new account manager for corporate partners & sponsors, Emily Hargreaves, start date 8 March.",
  J("Emily Hargreaves", D(2027, 3, 8), "account-manager"))
m("nl", "Vanaf volgende week woensdag neemt Jeroen Pit de functie van productieleider over; hij was tot nu toe podiummeester.",
  MV("Jeroen Pit", NW("woensdag"), None, None))
m("nl", "Kerstbomenverkoop: vanaf zaterdag 5 dec extra handen op het plein: Mustafa Dogan, Sven Koster en Nina Vlot. Tot 24/12.",
  J("Mustafa Dogan", ON("zaterdag", D(2026, 12, 5))), J("Sven Koster", D(2026, 12, 5)), J("Nina Vlot", D(2026, 12, 5)))
m("en", "Hi, the garden centre in Barneveld hires a new florist, Gemma Wouters, per 4/1.",
  J("Gemma Wouters", D(2027, 1, 4)))
m("nl", "Kassamedewerker Trudy Veenstra stopt ermee na het kerstseizoen, laatste werkdag zondag 27 december.",
  L("Trudy Veenstra", ON("zondag", D(2026, 12, 27))))
m("nl", "Hovenier Wouter Ruitenberg gaat van de buitendienst naar de winkel (afdeling planten), per 1 maart.",
  MV("Wouter Ruitenberg", D(2027, 3, 1), None, None))
m("en", "New buyer for the pottery & decoration department: Isabelle Laurent. She starts on the 18th of January.",
  J("Isabelle Laurent", D(2027, 1, 18)))
m("nl", "Sorry, foutje in mijn vorige bericht: Jan-Peter Smeets begint niet op 11 maar op 18 januari.",
  J("Jan-Peter Smeets", D(2027, 1, 18)))
m("en", "Ops manager Kees van der Meulen (garden centre Ede) leaves the company on 29 January; his successor is not known yet.",
  L("Kees van der Meulen", D(2027, 1, 29)))
m("nl", "Zaterdaghulp Demi Lammers (16 jr) begint deze zaterdag op de dierenafdeling.",
  J("Demi Lammers", WD("zaterdag")))
m("nl", "Bezorger/chauffeur Gerard Wijers stopt op vrijdag 18-12 i.v.m. pensioen.",
  L("Gerard Wijers", ON("vrijdag", D(2026, 12, 18))))
m("nl", "Nieuwe verzorgende IG op de Lindehof: Esmée Zwanenburg, start maandag 14 december.",
  J("Esmée Zwanenburg", ON("maandag", D(2026, 12, 14)), "care-worker"))
m("nl", "Per 1/2 gaat zorgmedewerker Noortje Brink van afdeling Zonnebloem naar de Klaproos. Zelfde functie.",
  MV("Noortje Brink", D(2027, 2, 1), "care-worker", "care-worker"))
m("en", "Our healthcare assistant Precious Moyo is leaving; last shift Saturday 16 January.",
  L("Precious Moyo", ON("saturday", D(2027, 1, 16)), "care-worker"))
m("nl", "Welzijnsmedewerker / activiteitenbegeleider Greet Hofman gaat op 31 maart met pensioen.",
  L("Greet Hofman", D(2027, 3, 31)))
m("nl", "Hoi, wil je Marloes Evers alvast aanmaken? Ze komt als verzorgende op de pg-afdeling, begint over drie weken.",
  J("Marloes Evers", P(21), "care-worker"))
m("en", "Carer Dorota Mazur moves from night shifts to the day team from Monday 4 January.",
  MV("Dorota Mazur", ON("monday", D(2027, 1, 4)), "care-worker", "care-worker"))
m("nl", "Verzorgende Ria Hulshof wordt per 1 maart teamleider van de Klaproos.",
  MV("Ria Hulshof", D(2027, 3, 1), None, "care-worker"))
# a trainee verzorgende works as one, with the uniform and the VOG
m("nl", "Leerling-verzorgende Sophie de Haas start op 1 feb (BBL), met een opleidingscontract tot en met augustus 2028.",
  J("Sophie de Haas", D(2027, 2, 1), "care-worker"))
m("en", "Facilities: Bart Hoekman starts as facility coordinator for the three nursing homes, first day Monday 1 February.",
  J("Bart Hoekman", ON("monday", D(2027, 2, 1)), "facility-coordinator"))
m("nl", "Overleden: mevrouw Hennie Rouwenhorst, huishoudelijk medewerker, zaterdag 28 november. Graag haar gegevens netjes afsluiten.",
  L("Hennie Rouwenhorst", ON("zaterdag", D(2026, 11, 28))), past=True)
m("nl", "Vrijwilligerscoördinator Iris Maas gaat per 1 januari van De Lindehof naar De Hoven, zelfde functie.",
  MV("Iris Maas", D(2027, 1, 1), None, None))
m("en", "New vet at the Wageningen clinic: Dr. Lotte Schouwenaar, starts Tuesday 5 January.",
  J("Lotte Schouwenaar", ON("tuesday", D(2027, 1, 5))))
m("nl", "Paraveterinair Kirsten Reijnders stopt per eind januari; haar laatste werkdag is vrijdag 29 januari.",
  L("Kirsten Reijnders", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Dierenartsassistente Nadia Rachidi werkt vanaf 1 februari in de vestiging Renkum i.p.v. Wageningen.",
  MV("Nadia Rachidi", D(2027, 2, 1), None, None))
m("en", "Please add Gavin Doyle – equine vet – he joins on 1 March, mostly on the road.",
  J("Gavin Doyle", D(2027, 3, 1)))
# a kennel's dierverzorger keeps animals: no care worker, though "verzorger" is an alias
m("nl", "dierverzorger kennel (pension) Luc Meijerink start 14 dec, tijdelijk tot 10 januari",
  J("Luc Meijerink", D(2026, 12, 14)))
m("nl", "Nieuwe leerkracht groep 5: juf Marije Blokzijl, zij start na de kerstvakantie op maandag 4 januari.",
  J("Marije Blokzijl", ON("maandag", D(2027, 1, 4))))
m("nl", "Meester Erik Haverkamp (groep 8) gaat ons verlaten, laatste werkdag vrijdag 18 december. Hij wordt directeur van een andere school.",
  L("Erik Haverkamp", ON("vrijdag", D(2026, 12, 18))))
m("en", "Our caretaker Bob Visscher retires, last day 19/2/2027.",
  L("Bob Visscher", D(2027, 2, 19)))
m("nl", "Intern begeleider Sandra Hommes wordt per 1 maart adjunct-directeur.",
  MV("Sandra Hommes", D(2027, 3, 1), None, None))
m("nl", "Onderwijsassistent Yara Molenaar begint 2 weken eerder dan gepland: niet op 18 januari maar al op 4 januari.",
  J("Yara Molenaar", D(2027, 1, 4)))
m("en", "LIO intern Matthijs Goudsmit teaches group 7 from the 11th of January until the summer.",
  J("Matthijs Goudsmit", D(2027, 1, 11)))
m("nl", "Vakleerkracht gym Freek Dorenbos komt per 1 januari 2027 bij ons in dienst, 3 dagen per week.",
  J("Freek Dorenbos", D(2027, 1, 1)))


m("en", "New service desk agent: Stephanie Mbatha, start Monday 8 February, first two weeks at the Breda office.",
  J("Stephanie Mbatha", ON("monday", D(2027, 2, 8))))
m("nl", "Onze developer Tim Bosgra gaat van het klantteam naar het interne platformteam, per 18 januari. Verder blijft alles hetzelfde.",
  MV("Tim Bosgra", D(2027, 1, 18), "software-engineer", "software-engineer"))
# a network engineer is no software engineer, though "engineer" is an alias
m("en", "please offboard Jacob Hendriks (network engineer) – last day fri 15 jan",
  L("Jacob Hendriks", ON("friday", D(2027, 1, 15))))
m("nl", "Per 1 maart starten bij de servicedesk: Jordy Lemmens en Priya Sharma. Jordy fulltime, Priya 24 uur.",
  J("Jordy Lemmens", D(2027, 3, 1)), J("Priya Sharma", D(2027, 3, 1)))
m("en", "Hey, Olumide Bankole (account manager, SMB) handed in his notice. Last day will be 22 January.",
  L("Olumide Bankole", D(2027, 1, 22), "account-manager"))
m("nl", "Vanaf 1 januari is Robbert Smeulders onze nieuwe commercieel directeur. Hij was tot nu toe accountmanager in regio Zuid.",
  MV("Robbert Smeulders", D(2027, 1, 1), None, "account-manager"))
m("en", "Contractor Viktor Ivanov (Java developer via Yacht) starts 11/01 and stays until 31/05.",
  J("Viktor Ivanov", D(2027, 1, 11), "software-engineer"))
m("nl", "Hallo, Kim de Bruin (planner) heeft ontslag genomen en is per direct vertrokken, vandaag was haar laatste dag.",
  L("Kim de Bruin", NOW))
m("en", "Customer service: new agents for the winter peak\n1. Dewi Santoso\n2. Bilal Akhtar\n3. Klaudia Szymańska\n4. Rens Oosterhuis\nAll start Tuesday 8 December, training room 2.",
  J("Dewi Santoso", ON("tuesday", D(2026, 12, 8))), J("Bilal Akhtar", D(2026, 12, 8)),
  J("Klaudia Szymańska", D(2026, 12, 8)), J("Rens Oosterhuis", D(2026, 12, 8)))
m("nl", "Teamcoach Saskia Broers gaat per 1 februari van het klantcontactcentrum in Heerlen naar Maastricht.",
  MV("Saskia Broers", D(2027, 2, 1), None, None))
m("nl", "Ik meld dat Donovan Pinas per maandag a.s. niet meer bij ons werkt (contract niet verlengd). Laatste werkdag is dus vrijdag.",
  L("Donovan Pinas", WD("vrijdag")))
m("en", "Nadia Boukhari will be our new quality coach from week 2.",
  J("Nadia Boukhari", WK(2)))
m("nl", "Correctie: de laatste werkdag van Ruben Groot is niet 15 januari maar 22 januari (hij werkt een week langer).",
  L("Ruben Groot", D(2027, 1, 22)))
m("nl", "Hotel Den Bosch: per 1 januari nieuwe nachtportier, Harrie van Gerwen. Graag sleutelkaart en login voor Opera.",
  J("Harrie van Gerwen", D(2027, 1, 1)))
m("en", "Spa therapist Mia Koskinen joins our Noordwijk hotel on 20 December, a Sunday (first shift 10:00).",
  J("Mia Koskinen", D(2026, 12, 20)))
m("nl", "Banqueting medewerker Youri Stam: einde contract 3 januari, niet verlengen aub.",
  L("Youri Stam", D(2027, 1, 3)))
m("en", "Juan Pablo Restrepo, our breakfast chef, transfers to the Amsterdam Zuid hotel on January 18th, same position.",
  MV("Juan Pablo Restrepo", D(2027, 1, 18), None, None))
m("en", "We hired a new events coordinator for weddings and conferences, Noor Aksoy. She starts sometime in January, date still to be agreed.",
  J("Noor Aksoy", None))
m("nl", "Vanaf maandag 11 januari start Berend Scholten als handhaver (BOA) bij team Toezicht.",
  J("Berend Scholten", ON("maandag", D(2027, 1, 11))))
m("nl", "Klantmanager Sylvia Lubbers neemt afscheid; ze gaat bij de provincie werken. Laatste werkdag: 12 februari.",
  L("Sylvia Lubbers", D(2027, 2, 12)))
m("en", "Hi HR, I'd like to announce that our trainee Thomas Pieterse will stay with us as junior policy officer from 1 February, after his traineeship ends.",
  MV("Thomas Pieterse", D(2027, 2, 1), None, None))
m("nl", "Dag iedereen, vanaf 1 februari vervoegt maatschappelijk werker Ann Lenaerts ons OCMW-team in Mechelen. Zij komt van het CAW.",
  J("Ann Lenaerts", D(2027, 2, 1)))
m("nl", "Onze administratief bediende Dries Verhaegen gaat op 1 april met pensioen. Hij werkt tot en met 31 maart.",
  L("Dries Verhaegen", D(2027, 3, 31)))
m("en", "Please disable Sara Veldman's accounts from tomorrow on – her last day was today.",
  L("Sara Veldman", NOW))
m("en", "Short notice: our technician Luca Ferri leaves the lab on Friday. He got a job at ASML.",
  L("Luca Ferri", WD("friday")))
m("nl", "Promovendus Merel Timmermans promoveert 15 januari en vertrekt daarna, einde contract 31 januari.",
  L("Merel Timmermans", D(2027, 1, 31)))
m("en", "From 1 Jan, Stijn Vos switches from lab technician to lab manager of the Cell Biology lab.",
  MV("Stijn Vos", D(2027, 1, 1), None, None))
m("nl", "Welkom aan onze nieuwe promovendi! Jasmine Chen start 1 februari, Dirk Wolters 1 maart.",
  J("Jasmine Chen", D(2027, 2, 1)), J("Dirk Wolters", D(2027, 3, 1)))
m("nl", "Bewaarder (PIW) Fatma Aydın start per 18 januari in de PI Almelo.",
  J("Fatma Aydın", D(2027, 1, 18)))
m("en", "Staff change at the detention centre: Marco de Graaf leaves the kitchen and becomes a security officer (after training) on 1 March.",
  MV("Marco de Graaf", D(2027, 3, 1), None, None))
m("nl", "Hoornist Wiebe Stellingwerf gaat per 1 september 2027 met pensioen; zijn laatste productie is in juni. Laatste werkdag 31 augustus.",
  L("Wiebe Stellingwerf", D(2027, 8, 31)))
m("en", "Our new marketing manager is Heather O'Brien, she starts on the third of January — sorry, fourth, the 3rd is a Sunday.",
  J("Heather O'Brien", D(2027, 1, 4)))
m("nl", "Hoofd tuinafdeling Arjen Kroon stopt op 30 januari, hij begint een eigen hoveniersbedrijf.",
  L("Arjen Kroon", D(2027, 1, 30)))
m("en", "New webshop developer for the garden centre chain: Simone Leclercq, 1 April start.",
  J("Simone Leclercq", D(2027, 4, 1), "software-engineer"))
m("nl", "Vanaf 1 januari werkt Bert van Maanen als facilitair medewerker bij ons, hij was gastheer in het restaurant.",
  MV("Bert van Maanen", D(2027, 1, 1), "facility-coordinator", None))
m("en", "caregiver Blessing Okoro – start 7 Dec – nightshift team Lindehof",
  J("Blessing Okoro", D(2026, 12, 7), "care-worker"))
m("nl", "Zorgmedewerkers die stoppen per 1 januari: Wendy Kamphuis (laatste dienst 30/12) en Hilde Bouwman (laatste dienst 31/12).",
  L("Wendy Kamphuis", D(2026, 12, 30), "care-worker"), L("Hilde Bouwman", D(2026, 12, 31), "care-worker"))
m("nl", "Receptioniste Tamara Bosman (dierenkliniek Ede) gaat per 1 februari naar onze vestiging in Bennekom.",
  MV("Tamara Bosman", D(2027, 2, 1), None, None))
m("nl", "Conciërge Jan Bolhuis stopt na dit schooljaar; hij werkt t/m vrijdag 16 juli 2027.",
  L("Jan Bolhuis", ON("vrijdag", D(2027, 7, 16))))
m("en", "Teacher group 3, Ms Olga Berezina, starts after the spring break, on Monday 1 March.",
  J("Olga Berezina", ON("monday", D(2027, 3, 1))))


m("en", "Jaap Hofstra becomes head chef of the Groningen hotel on 1 February; until then he's sous-chef in our Leeuwarden hotel.",
  MV("Jaap Hofstra", D(2027, 2, 1), None, None))
m("nl", "Graag een account voor Milou Peters, stagiaire HRM (4 maanden), vanaf maandag 1 februari.",
  J("Milou Peters", ON("maandag", D(2027, 2, 1))))
m("nl", "ff melden: Jurre Bos stopt vrijdag 22 jan",
  L("Jurre Bos", ON("vrijdag", D(2027, 1, 22))))
m("en", "As of 1-3-2027 Eva Lindqvist is our new controller (finance, head office).",
  J("Eva Lindqvist", D(2027, 3, 1)))
m("nl", "Mohamed Ait Taleb (magazijn tuincentrum) gaat naar de webshop-afdeling als orderpicker, ingangsdatum 11 januari.",
  MV("Mohamed Ait Taleb", D(2027, 1, 11), None, None))
m("nl", "Hallo, vanaf 4 januari start Kobe De Smet bij ons als labo-technieker. Kunnen jullie zorgen voor een badge en een pc?",
  J("Kobe De Smet", D(2027, 1, 4)))
m("nl", "Betreft: beëindiging arbeidsovereenkomst\n\nHierbij bevestigen wij dat de arbeidsovereenkomst met de heer Teun Willemsen, medewerker Burgerzaken, op zijn verzoek eindigt met ingang van 1 februari 2027. Zijn laatste werkdag is vrijdag 29 januari 2027.",
  L("Teun Willemsen", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Nieuwe mentor op de jeugdafdeling van de PI: Dave Kuipers, start over twee weken.",
  J("Dave Kuipers", P(14)))
m("en", "A second dentist joins the Almelo practice on 11 January: Bahar Rahimi.",
  J("Bahar Rahimi", D(2027, 1, 11)))
m("nl", "Gerrit en Anja stoppen allebei per 1 januari: Gerrit Hofstee (tuinafdeling) en Anja Hofstee-Mulder (kassa). Laatste werkdag voor beiden 31 december.",
  L("Gerrit Hofstee", D(2026, 12, 31)), L("Anja Hofstee-Mulder", D(2026, 12, 31)))
m("nl", "Orkest: harpiste Eline Versteeg vervangt vanaf 4 januari tijdelijk onze vaste harpist, tot 30 juni. Graag een tijdelijk account.",
  J("Eline Versteeg", D(2027, 1, 4)))
m("en", "Work & Income team: a new job hunter, Vincent Koopman, starts on Tuesday 5 January.",
  J("Vincent Koopman", ON("tuesday", D(2027, 1, 5))))
m("nl", "Zorgmedewerker Anouk Ter Horst gaat per 1 maart over naar de thuiszorg van onze organisatie, ook als zorgmedewerker.",
  MV("Anouk Ter Horst", D(2027, 3, 1), "care-worker", "care-worker"))
m("nl", "Laatste werkdag van Kees Hendriksen (nachtportier hotel Arnhem): zaterdag 2 januari.",
  L("Kees Hendriksen", ON("zaterdag", D(2027, 1, 2))))
m("en", "Next week Monday Ilona Bakker starts at the front desk of the animal clinic.",
  J("Ilona Bakker", NW("monday")))
m("nl", "Lisanne Groot (analist lab) heeft opgezegd per 31 maart; ze komt na haar zwangerschapsverlof niet terug.",
  L("Lisanne Groot", D(2027, 3, 31)))
m("nl", "Nieuwe teamleider bewaking PI: Frank Oosterveld. Hij begint maandag 7 december, kun je vandaag nog zijn account aanmaken?",
  J("Frank Oosterveld", ON("maandag", D(2026, 12, 7))))
m("nl", "Johan de Ruiter gaat van hovenier naar ploegleider onderhoud, per 1 april.",
  MV("Johan de Ruiter", D(2027, 4, 1), None, None))
m("en", "Joyce Scholten will strengthen our hotel team as housekeeping supervisor. Start date: 15-02-2027.",
  J("Joyce Scholten", D(2027, 2, 15)))
m("nl", "Beste HR, de tijdelijke aanstelling van Rob Mulders (medewerker Wmo-loket) loopt af op 31 maart en wordt niet verlengd.",
  L("Rob Mulders", D(2027, 3, 31)))
m("nl", "Per 1 februari: Evi Jacobs van de kassa naar de inkoop, en Henk Brouwer van de inkoop naar de verkoopvloer.",
  MV("Evi Jacobs", D(2027, 2, 1), None, None), MV("Henk Brouwer", D(2027, 2, 1), None, None))
m("nl", "Onze nieuwe softwareontwikkelaar (BI & data) Kevin Tan begint maandag 18 januari bij de gemeente.",
  J("Kevin Tan", ON("maandag", D(2027, 1, 18)), "software-engineer"))
m("nl", "Melding: Marianne Veldhuis, administratief medewerker orkestbureau, is donderdag 26 november gestopt. Vergeten door te geven, excuses.",
  L("Marianne Veldhuis", ON("donderdag", D(2026, 11, 26))), past=True)
m("nl", "Vanaf de 15e werkt Nicole Dam bij de receptie van het hotel in plaats van in de bediening.",
  MV("Nicole Dam", D(2026, 12, 15), None, None))
m("nl", "Samir Benali (inkomensconsulent) gaat ons helaas verlaten, zijn laatste werkdag is 26-2.",
  L("Samir Benali", D(2027, 2, 26)))
m("en", "Driving instructor Koen Aerts starts on 1 March at our Venlo branch.",
  J("Koen Aerts", D(2027, 3, 1)))
m("en", "Intern Thijmen Veenstra starts at the lab on Tuesday.",
  J("Thijmen Veenstra", WD("tuesday")))
m("nl", "Tandartsassistente Lotte Kamminga gaat per maandag 1 februari naar de praktijk in Steenwijk.",
  MV("Lotte Kamminga", ON("maandag", D(2027, 2, 1)), None, None))
m("en", "New account manager business market (hotel chain): Frank de Boer-Hulst, beginning of week 3, so Monday the 18th.",
  J("Frank de Boer-Hulst", WK(3), "account-manager"))
m("nl", "Geachte heer/mevrouw, hierbij informeer ik u dat wij per 1 juli 2027 afscheid nemen van onze pianist-repetitor, de heer Wladimir Sokolov.",
  L("Wladimir Sokolov", D(2027, 7, 1)))
m("en", "Helpdesk: Sem Hartman starts on 4 Jan., please laptop + TOPdesk access.",
  J("Sem Hartman", D(2027, 1, 4)))
m("nl", "Marco Verbeek stopt per 1 januari als programmeur bij ons en wordt freelancer. Laatste werkdag 31 december.",
  L("Marco Verbeek", D(2026, 12, 31), "software-engineer"))
m("en", "Hi team, Ngozi Eze-Williams starts as our new social worker at the municipality on Monday, Jan 11th.",
  J("Ngozi Eze-Williams", ON("monday", D(2027, 1, 11))))
m("en", "Our lab's cleanroom supervisor, Henrik Nygaard, leaves on 26/03/2027 to go back to Denmark.",
  L("Henrik Nygaard", D(2027, 3, 26)))
m("en", "Last day for Ana Ribeiro (hotel housekeeping) is this Sunday.",
  L("Ana Ribeiro", WD("sunday")))
m("en", "New starter in week 51: Femi Adebayo, security guard at the prison, on the Wednesday.",
  J("Femi Adebayo", WK(51, "wednesday", 2026)))
m("en", "The orchestra's new CEO, Margaret Holloway, started this week (Tuesday), sorry we forgot to send it.",
  J("Margaret Holloway", P(-2)), past=True)
m("en", "Rebecca Stone moves from the garden centre's café to the plant department per 1st of March, still part-time.",
  MV("Rebecca Stone", D(2027, 3, 1), None, None))
# "the week of 11 January, exact day to be confirmed": the day is not told
m("en", "New intern for the municipality's communication team – Lorenzo Bianchi – he starts in the week of 11 January, exact day to be confirmed.",
  J("Lorenzo Bianchi", None))
m("en", "Please add Sven Ottosson, lab coordinator for the instrument park, and Mirjam Hazeleger, secretary of the department. Both start on 1.2.2027.",
  J("Sven Ottosson", D(2027, 2, 1)), J("Mirjam Hazeleger", D(2027, 2, 1)))


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
