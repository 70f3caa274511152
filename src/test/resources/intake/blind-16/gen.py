"""Blind-16: managers' announcements written by hand, one at a time (session 26).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-15's gen.py) only turn the date a reader means into a calendar date counted from
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
# ---------------------------------------------------------------------------------------
# Part 1 (k001-k150), written and run once before part 2.
# A printing company.

m("nl", "Hoi, per 4 januari komt er een nieuwe drukker bij ons op de Heidelberg: Rutger Hoekstra. Kunnen jullie zijn account en pasje regelen?",
  J("Rutger Hoekstra", D(2027, 1, 4)))

m("en", "Quick one — our prepress operator Fenna Bouwmeester is leaving us, her last day is Friday 18 December.",
  L("Fenna Bouwmeester", ON("friday", D(2026, 12, 18))))

m("nl", "Goedemiddag,\n\nGraag een account aanmaken voor onze nieuwe medewerker verkoop binnendienst, mevrouw Yasmina el Idrissi. Zij begint maandag 11 januari 2027.\n\nMet vriendelijke groet,\nPetra Kramer\nHR | Drukkerij Van Gelder",
  J("Yasmina el Idrissi", ON("maandag", D(2027, 1, 11)), "account-manager"))

m("nl", "jan-willem de roos stopt bij ons, laatste werkdag 23-12. hij gaat naar een andere drukkerij in zwolle",
  L("Jan-Willem de Roos", MD(12, 23)))

m("en", "Hi team, I'd like to let you know that we've hired a web-to-print developer, Tomasz Wiśniewski. He starts on the 7th of January.",
  J("Tomasz Wiśniewski", D(2027, 1, 7), "software-engineer"))

m("nl", "Bas Vermeulen gaat vanaf 1 februari van de binderij naar de expeditie. Zelfde soort werk, alleen een andere afdeling.",
  MV("Bas Vermeulen", D(2027, 2, 1), None, None))

m("nl", "Weet iemand of de nieuwe DTP'er nou op 4 of op 11 januari begint? Ik heb nog niks van HR gezien.",
  none=True)

m("en", "Please disable the account of Marco Rinaldi - he was let go this morning (theft of paper stock, don't ask).",
  L("Marco Rinaldi", NOW))

m("nl", "Met ingang van 1 maart 2027 wordt Ilse Verhoeven accountmanager. Zij werkt nu nog als orderbegeleider op de binnendienst.",
  MV("Ilse Verhoeven", D(2027, 3, 1), "account-manager", None))

m("en", "Two new night-shift press operators from next Monday: Dirk Smit and Ayoub Benali. Both via the agency, for now until end of January.",
  J("Dirk Smit", WD("monday")), J("Ayoub Benali", WD("monday")))

m("nl", "Beste,\nWij laten weten dat Kobe Van den Broeck op 15 januari ons team komt versterken als grafisch vormgever. Gelieve zijn toegangen klaar te zetten.\nMvg,\nLies",
  J("Kobe Van den Broeck", D(2027, 1, 15)))

m("en", "Heads up: Priya Natarajan (our MIS programmer) has handed in her notice. Her contract runs until 31 January but her last working day will be 22 January because of leave.",
  L("Priya Natarajan", D(2027, 1, 22), "software-engineer"))

m("nl", "Vandaag is onze collega Hennie Wolters onverwacht overleden. Hij werkte 31 jaar bij ons als snijder. Willen jullie zijn accounts rustig afsluiten?",
  L("Hennie Wolters", NOW))

m("en", "Sorry to bother — the sales rep I announced last week, is he still on your list? Don't want him to turn up without a laptop.",
  none=True)

m("nl", "over twee weken begint Sanne Pietersen bij de facilitaire dienst van de drukkerij (receptie + kantine)",
  J("Sanne Pietersen", P(14), "facility-coordinator"))

m("en", "Effective 1 January, Lucas Janssen moves from customer service to our sales team as account manager for the publishers.",
  MV("Lucas Janssen", D(2027, 1, 1), "account-manager", None))

m("nl", "De stagiair van vormgeving, Daan Kok, is klaar met zijn stage. Vrijdag 11 december is z'n laatste dag.",
  L("Daan Kok", ON("vrijdag", D(2026, 12, 11))))

m("en", "From: Gert van Dam\nSent: Thursday, December 3, 2026 09:12\nSubject: new starter\n\nHello,\nNoor van der Heijden starts as planner on Monday the 4th of January. Could you set up her e-mail?\n\nThanks,\nGert",
  J("Noor van der Heijden", ON("monday", D(2027, 1, 4))))

m("nl", "Onze vertegenwoordiger voor het zuiden, Frans Habets, gaat met pensioen. Hij werkt nog t/m 29 januari.",
  L("Frans Habets", D(2027, 1, 29), "account-manager"))

# A cleaning company.

m("nl", "Per maandag 14 december starten er 3 nieuwe schoonmakers op het ziekenhuisproject: Esra Yıldız, Monique Verbeek en Samuel Owusu.",
  J("Esra Yıldız", ON("maandag", D(2026, 12, 14))), J("Monique Verbeek", D(2026, 12, 14)), J("Samuel Owusu", D(2026, 12, 14)))

m("en", "Our object leader Kees Dijkman will be moving to the Utrecht region per 1 January, same job.",
  MV("Kees Dijkman", D(2027, 1, 1), None, None))

m("nl", "Gisteren heeft Wendy Claassen haar ontslag ingediend en ze wilde per direct stoppen. Vandaag was haar laatste dag bij ons.",
  L("Wendy Claassen", NOW))

m("nl", "Kunnen jullie een pas aanmaken voor Hamid Ouali? Hij komt de glazenwassersploeg versterken vanaf dinsdag.",
  J("Hamid Ouali", WD("dinsdag")))

m("en", "Hi, just to say that the new window cleaner who was due to start on Monday isn't coming after all. Please cancel whatever you had prepared.",
  none=True)

m("nl", "Wij hebben een nieuwe facilitair medewerker aangenomen voor ons hoofdkantoor: Thijs Brouwer. Startdatum 1-2-2027.",
  J("Thijs Brouwer", D(2027, 2, 1), "facility-coordinator"))

m("en", "Please note that Ana Paula Ferreira stops working for us as of January 8. She's going back to Portugal.",
  L("Ana Paula Ferreira", D(2027, 1, 8)))

m("nl", "mustafa demir begint maandag de 14e bij ons als ploegleider nachtschoonmaak",
  J("Mustafa Demir", ON("maandag", D(2026, 12, 14))))

m("en", "Could you please offboard Jolanda Meijer? Her fixed-term contract was not renewed and ends on 31 December 2026.",
  L("Jolanda Meijer", D(2026, 12, 31)))

m("nl", "Even ter info: Romano Sedney wordt per 1 februari teamleider van de dagschoonmaak. Hij is nu nog schoonmaker op locatie Hoog Catharijne.",
  MV("Romano Sedney", D(2027, 2, 1), None, None))

m("en", "New hire for the office: Charlotte Davies, sales representative for our corporate cleaning contracts. Starting date: 18/01/2027.",
  J("Charlotte Davies", D(2027, 1, 18), "account-manager"))

m("nl", "Onze planner Gerda Bosman gaat per 1 april met vervroegd pensioen. Haar laatste werkdag is woensdag 31 maart.",
  L("Gerda Bosman", ON("woensdag", D(2027, 3, 31))))

m("nl", "Goedemorgen! Nieuwe collega's voor het schoolschoonmaakteam, beginnen allebei op 4 januari: Fatma Aksoy en Lotte van Beek.",
  J("Fatma Aksoy", D(2027, 1, 4)), J("Lotte van Beek", D(2027, 1, 4)))

m("en", "Dennis Roelofs, one of our supervisors, passed away last Sunday after a short illness. Please close his accounts.",
  L("Dennis Roelofs", P(-4)), past=True)

m("nl", "Zou iemand het account van Joyce Wijnands willen blokkeren? Ze is vandaag op staande voet ontslagen.",
  L("Joyce Wijnands", NOW))

m("en", "Our in-house developer for the planning app, Stefan Kowalczyk, moves to the data team on 1 February — he'll be a data analyst from then on.",
  MV("Stefan Kowalczyk", D(2027, 2, 1), None, "software-engineer"))

m("nl", "Ingrid Lammers (personeelsadministratie) gaat met zwangerschapsverlof vanaf 15 januari. Ze komt in mei terug, dus account graag laten staan.",
  none=True)

m("nl", "Nieuwe schoonmaakster voor het gemeentehuis: mevr. Lidia Nowak. Ze begint volgende week woensdag.",
  J("Lidia Nowak", NW("woensdag")))

m("en", "Hi, our new facilities coordinator starts on Monday January 11th. Her name is Megan O'Connor.",
  J("Megan O'Connor", ON("monday", D(2027, 1, 11)), "facility-coordinator"))

# An accountancy firm.

m("nl", "Per 1 januari 2027 treedt mr. drs. Willemijn van Oosterhout bij ons in dienst als fiscalist.",
  J("Willemijn van Oosterhout", D(2027, 1, 1)))

m("en", "Hi all, Jeroen Schouten (junior accountant) leaves us at the end of this month; his last day is December 31st.",
  L("Jeroen Schouten", D(2026, 12, 31)))

m("nl", "Onze assistent-accountant Sophie de Graaf-Verschoor wordt per 1 maart controller bij de klantengroep MKB.",
  MV("Sophie de Graaf-Verschoor", D(2027, 3, 1), None, None))

m("en", "We have a new IT guy starting next week Tuesday — Ravi Shankar. He'll do the workplace stuff, not development.",
  J("Ravi Shankar", NW("tuesday")))

m("nl", "Hé, die nieuwe controller (Merel) begint toch pas in februari? Of was het januari?",
  none=True)

m("nl", "Bericht van de praktijkleider: Ahmed Bouzid heeft maandag 30 november zijn laatste werkdag gehad. Graag zijn account alsnog afsluiten.",
  L("Ahmed Bouzid", ON("maandag", D(2026, 11, 30))), past=True)

m("en", "Please set up accounts for our two winter interns: Julia Schmidt (from 11 Jan) and Emre Kaya (from 18 Jan). Both in the audit team.",
  J("Julia Schmidt", D(2027, 1, 11)), J("Emre Kaya", D(2027, 1, 18)))

m("nl", "Loonadministrateur Arjan ten Brink vertrekt; zijn contract loopt af op 28 februari.",
  L("Arjan ten Brink", D(2027, 2, 28)))

m("en", "Correction to my message of this morning: Hannah Vos starts on 8 January, not the 6th.",
  J("Hannah Vos", D(2027, 1, 8)))

m("nl", "Vanaf 4 januari gaat Roel Kuipers bij ons aan de slag als softwareontwikkelaar voor het klantportaal.",
  J("Roel Kuipers", D(2027, 1, 4), "software-engineer"))

m("en", "Our receptionist, Mrs. Gloria Mensah, retires at the end of January. Her last working day will be Friday 29 January 2027.",
  L("Gloria Mensah", ON("friday", D(2027, 1, 29))))

m("nl", "Graag toegang regelen voor Lars van den Akker, die op 1 december is begonnen als junior adviseur. Excuses, dit had eerder gemoeten!",
  J("Lars van den Akker", D(2026, 12, 1)), past=True)

m("nl", "Mijn collega Evelien Smeets verhuist mee naar ons kantoor in Eindhoven. Vanaf 1 februari werkt ze daar, zelfde functie (senior assistent).",
  MV("Evelien Smeets", D(2027, 2, 1), None, None))

m("en", "Do we need to tell you separately about people going on parental leave? Kim is off from January for four months.",
  none=True)

m("en", "Kindly create an account for Mr. Olumide Adeyemi who joins us as tax advisor on the 1st of February 2027.",
  J("Olumide Adeyemi", D(2027, 2, 1)))

m("nl", "Onze accountmanager Marieke Pauwels stopt. Laatste dag: 15-01-2027.",
  L("Marieke Pauwels", D(2027, 1, 15), "account-manager"))

m("nl", "Carlos Mendes Pereira komt ons team versterken vanaf maandag 1 maart 2027 als IT-beheerder (geen programmeur, wel admin-rechten nodig).",
  J("Carlos Mendes Pereira", ON("maandag", D(2027, 3, 1))))

m("en", "Bram Hermans from the payroll team is promoted to team lead payroll per 1 January.",
  MV("Bram Hermans", D(2027, 1, 1), None, None))

m("nl", "Wil je de toegang van Stijn Bakker intrekken? Hij was tot en met gisteren gedetacheerd bij ons.",
  L("Stijn Bakker", P(-1)), past=True)
# A zoo.

m("nl", "Nieuwe dierverzorger bij de olifanten: Jesse van Wijk. Hij begint op 4 januari.",
  J("Jesse van Wijk", D(2027, 1, 4)))

m("en", "Hi! Our head of education, Dr. Amelia Hartley, will leave the zoo on 26 February 2027.",
  L("Amelia Hartley", D(2027, 2, 26)))

m("nl", "per 7 december twee extra kassamedewerkers voor het winterfestival: Gijs Mulder en Nadia Haddou, tot en met 3 januari",
  J("Gijs Mulder", D(2026, 12, 7)), J("Nadia Haddou", D(2026, 12, 7)))

m("en", "Our keeper Tim Gerritsen moves from the primates to the reptile house on 1/2.",
  MV("Tim Gerritsen", D(2027, 2, 1), None, None))

m("nl", "Bericht voor ICT: onze dierenarts Femke Hooghiemstra stopt op 31 januari. Ze gaat naar een praktijk in Friesland.",
  L("Femke Hooghiemstra", D(2027, 1, 31)))

m("en", "We've hired a web developer for the new ticketing site — Oliver Grant — he starts the 11th of January.",
  J("Oliver Grant", D(2027, 1, 11), "software-engineer"))

m("nl", "Marjolein de Bruijn, coördinator van de vrijwilligers, neemt een sabbatical van drie maanden vanaf februari. Geen actie nodig denk ik?",
  none=True)

m("nl", "Graag een pas voor onze nieuwe facilitair coördinator, Ruud Verschuren. Start: dinsdag 5 januari.",
  J("Ruud Verschuren", ON("dinsdag", D(2027, 1, 5)), "facility-coordinator"))

m("en", "Sad news: Henk Oosterbaan, our longtime gardener in the park, died yesterday. He would have retired next spring.",
  L("Henk Oosterbaan", P(-1)), past=True)

m("nl", "Kan iemand het account van de horecamedewerker Milan Stojanović afsluiten? Zijn laatste dienst was afgelopen zaterdag.",
  L("Milan Stojanović", P(-5)), past=True)

m("en", "From Monday 14 December, Isabel Moreno joins the marketing team as content creator.",
  J("Isabel Moreno", ON("monday", D(2026, 12, 14))))

m("nl", "Kevin Hofman gaat van de technische dienst naar de facilitaire dienst, ingangsdatum 1 januari.",
  MV("Kevin Hofman", D(2027, 1, 1), "facility-coordinator", None))

m("nl", "De webshop krijgt versterking: Freya Lindqvist komt als medewerker webshop op woensdag 6 januari.",
  J("Freya Lindqvist", ON("woensdag", D(2027, 1, 6))))

m("nl", "Even checken: moeten seizoenskrachten die in maart beginnen nu al aangemeld worden?",
  none=True)

m("nl", "Met ingang van 15 februari komt Annelies Zwart ons versterken als educatiemedewerker.",
  J("Annelies Zwart", D(2027, 2, 15)))

m("en", "Hi, Noah Peeters (IT, developer of our app) asked me to let you know he's leaving; last day Thursday 24 December.",
  L("Noah Peeters", ON("thursday", D(2026, 12, 24)), "software-engineer"))

m("nl", "Jaap Koster en zijn zoon Wim Koster (hoefsmeden, ZZP) stoppen per 1 januari bij ons.",
  L("Jaap Koster", D(2027, 1, 1)), L("Wim Koster", D(2027, 1, 1)))

m("en", "Please create an account for Sven Andersson, he joins us in two weeks as a veterinary nurse.",
  J("Sven Andersson", P(14)))

m("nl", "De nieuwe accountmanager groepen & events, Lianne Hoogeveen, begint op do 7 januari.",
  J("Lianne Hoogeveen", ON("donderdag", D(2027, 1, 7)), "account-manager"))

# A hospital's support services.

m("nl", "Per 1 januari start Gerrit-Jan Veldhuis bij de Centrale Sterilisatie Afdeling als medewerker CSA.",
  J("Gerrit-Jan Veldhuis", D(2027, 1, 1)))

m("en", "Two porters leave us at the end of the year: Mohamed Amrani and Luuk Schipper. Both have their last shift on 31 December.",
  L("Mohamed Amrani", D(2026, 12, 31)), L("Luuk Schipper", D(2026, 12, 31)))

m("nl", "Onze facilitair medewerker Tineke Haverkamp gaat per 1 februari naar locatie Zuid; zelfde werk.",
  MV("Tineke Haverkamp", D(2027, 2, 1), "facility-coordinator", "facility-coordinator"))

m("en", "Hi ICT, we've got a new healthcare assistant for the patient transport service, Abena Owusu-Ansah, starting Monday 18 January.",
  J("Abena Owusu-Ansah", ON("monday", D(2027, 1, 18)), "care-worker"))

m("nl", "Beveiliger Frank Zwaan is vorige week vrijdag overleden. Willen jullie zijn pas en accounts blokkeren?",
  L("Frank Zwaan", LW("vrijdag")), past=True)

m("nl", "Kan ik voor een nieuwe medewerker linnenkamer al een account aanvragen als de startdatum nog niet vaststaat?",
  none=True)

m("en", "Starting 4 January: Marta Kowalska, catering assistant (ward kitchens).",
  J("Marta Kowalska", D(2027, 1, 4)))

m("nl", "Jeroen van 't Hof gaat per 1 maart van de beveiliging naar de meldkamer als centralist.",
  MV("Jeroen van 't Hof", D(2027, 3, 1), None, None))

m("en", "FYI our only in-house developer, Anouk Martens, has accepted a job elsewhere. Her last working day: 12 February 2027.",
  L("Anouk Martens", D(2027, 2, 12), "software-engineer"))

m("nl", "Welkom aan Ilona Szabó, onze nieuwe zorgmedewerker voor de dagbehandeling. Ze start maandag 7 december.",
  J("Ilona Szabó", ON("maandag", D(2026, 12, 7)), "care-worker"))

m("en", "Could you set up Patrick Doyle please? He starts in the equipment pool on the 21st.",
  J("Patrick Doyle", D(2026, 12, 21)))

m("nl", "Laatste werkdag van Corrie Verweij (receptie hoofdingang) is dinsdag 22 december; daarna geniet ze van haar pensioen.",
  L("Corrie Verweij", ON("dinsdag", D(2026, 12, 22))))

m("en", "From 1st February, Sabine Koch will take over as facilities coordinator for the outpatient building. She is currently a team leader in cleaning.",
  MV("Sabine Koch", D(2027, 2, 1), "facility-coordinator", None))

m("nl", "morgen begint de nieuwe medewerker parkeerbeheer, Vincent Ramdin. graag nog vandaag een account 🙏",
  J("Vincent Ramdin", P(1)))

m("en", "Hi, Tom Brinkman from patient transport was dismissed yesterday. Can you cut his access today?",
  L("Tom Brinkman", P(-1)), past=True)

m("nl", "Ik meld hierbij dat Hatice Özdemir (voedingsassistent) met ingang van 1 januari 2027 minder gaat werken. Haar account moet gewoon blijven.",
  none=True)

m("nl", "Nieuwe verzorgende op de afdeling geriatrie per 11-1: Bianca Sluiter. Ze komt uit een verpleeghuis.",
  J("Bianca Sluiter", D(2027, 1, 11), "care-worker"))

m("en", "Joost Peters, our switchboard operator, has decided to stop; he'll work until the 15th of January.",
  L("Joost Peters", D(2027, 1, 15)))

m("nl", "De nieuwe teamleider schoonmaak ziekenhuis, mevrouw Ngozi Eze, begint op vrijdag 8 januari 2027.",
  J("Ngozi Eze", ON("vrijdag", D(2027, 1, 8))))

# A hairdressing chain.

m("nl", "hoi! nieuwe kapster in filiaal Almere vanaf za 12/12, Demi Reijnders. kan ze in het kassasysteem?",
  J("Demi Reijnders", ON("zaterdag", D(2026, 12, 12))))

m("en", "Hey, Lisa Thompson (stylist in Amsterdam West) is moving to our Haarlem salon from 1 January, same role.",
  MV("Lisa Thompson", D(2027, 1, 1), None, None))

m("nl", "Onze salonmanager Rachida Amezian heeft ontslag genomen. Ze werkt nog tot en met 30 december.",
  L("Rachida Amezian", D(2026, 12, 30)))

m("en", "New junior stylists starting Monday the 11th of January: Chloe Martin, Amir Haddad and Sem de Lange.",
  J("Chloe Martin", ON("monday", D(2027, 1, 11))), J("Amir Haddad", D(2027, 1, 11)), J("Sem de Lange", D(2027, 1, 11)))

m("nl", "Met spijt meld ik dat Annemieke Wouters, kapster in Zwolle, vanaf morgen niet meer bij ons werkt.",
  L("Annemieke Wouters", NOW))

m("en", "We're bringing in an external developer for the booking app, but he's a freelancer — does he need an account? His name is Pieter.",
  none=True)

m("nl", "Gaat per 1/2 de salon in Deventer leiden: Nina Hoekstra-Bakker, nu nog kapster bij ons in Apeldoorn.",
  MV("Nina Hoekstra-Bakker", D(2027, 2, 1), None, None))

m("en", "Please offboard Jade Wilson, she quit without notice last Saturday.",
  L("Jade Wilson", P(-5)), past=True)

m("nl", "Nieuwe accountmanager voor de verkoop van haarproducten aan salons: Youssef El Amrani, per 4-1-2027.",
  J("Youssef El Amrani", D(2027, 1, 4), "account-manager"))

m("en", "Matteo Ricci starts on January 25th as our area manager for the north.",
  J("Matteo Ricci", D(2027, 1, 25)))

m("nl", "Colorist Femke Jansen stopt per 28 februari 2027; ze begint voor zichzelf.",
  L("Femke Jansen", D(2027, 2, 28)))

m("en", "Hi there — Ella Brooks will join head office as a facility coordinator. Her start date is 1 March 2027.",
  J("Ella Brooks", D(2027, 3, 1), "facility-coordinator"))

m("nl", "Kapper Özgür Çelik stopt eerder dan gepland: niet op 31 januari maar al op 15 januari.",
  L("Özgür Çelik", D(2027, 1, 15)))

m("en", "Good morning, could you create an account for Zoë van Rijn? She'll be the new receptionist at the Utrecht salon from Tuesday.",
  J("Zoë van Rijn", WD("tuesday")))

m("nl", "Vanaf volgende week maandag werkt Joey Tan als leerling-kapper in Breda.",
  J("Joey Tan", NW("maandag")))

m("en", "Our ecommerce developer Jasper Claes moves into the role of product owner on 1 Feb.",
  MV("Jasper Claes", D(2027, 2, 1), None, "software-engineer"))

m("nl", "Trainer Hans Verbruggen gaat met pensioen; vrijdag 18 december is zijn laatste werkdag.",
  L("Hans Verbruggen", ON("vrijdag", D(2026, 12, 18))))

m("en", "Is Robin still starting next week? I haven't received his account details.",
  none=True)
# A marina and sailing school.

m("nl", "Per 1 maart begint Thijmen Zijlstra als havenmeester in onze jachthaven in Lemmer.",
  J("Thijmen Zijlstra", D(2027, 3, 1)))

m("en", "Our sailing instructor Hugo Lambert leaves at the end of the season — his contract ends on 31 October 2027.",
  L("Hugo Lambert", D(2027, 10, 31)))

m("nl", "Sietske Hoekstra-de Vries gaat vanaf 1 februari van de receptie naar de boekhouding.",
  MV("Sietske Hoekstra-de Vries", D(2027, 2, 1), None, None))

m("en", "Hi, we hired a sales rep for the boat sales: Daniel Fischer, from 4/1.",
  J("Daniel Fischer", D(2027, 1, 4), "account-manager"))

m("nl", "Onze monteur Geert Visser is dinsdag op het water verongelukt en overleden. Wil je zijn accounts afsluiten? Wij zijn er stil van.",
  L("Geert Visser", P(-2)), past=True)

m("en", "Winter staff: Ruben Vos will help out in the yard from 14 December until 31 March.",
  J("Ruben Vos", D(2026, 12, 14)))

m("nl", "Welkom aan onze nieuwe verkoper jachten, Maximilian Huber! Hij start op 11 januari in de showroom.",
  J("Maximilian Huber", D(2027, 1, 11), "account-manager"))

m("en", "Please give Wouter de Haan access to the booking system; he starts as office assistant tomorrow.",
  J("Wouter de Haan", P(1)))

m("nl", "Hoi, het contract van Eline Vos is verlengd tot de zomer, dus ze stopt niet op 31 december. Kunnen jullie het offboarden tegenhouden?",
  none=True)

m("en", "Our webmaster, Sunil Patel, is switching to our software team as a developer from 1 January.",
  MV("Sunil Patel", D(2027, 1, 1), "software-engineer", None))

m("nl", "Marloes Kooistra had vorige week maandag haar laatste dag als zeilinstructeur; haar account mag weg.",
  L("Marloes Kooistra", LW("maandag")), past=True)

m("en", "Hi, as of 1 February Jordy Pranger becomes the marina's facility coordinator (he's now our maintenance man).",
  MV("Jordy Pranger", D(2027, 2, 1), "facility-coordinator", None))

m("nl", "Per 4 januari start Anke Postma, per 11 januari Willem Hiemstra; allebei als medewerker werf.",
  J("Anke Postma", D(2027, 1, 4)), J("Willem Hiemstra", D(2027, 1, 11)))

m("en", "Our bookkeeper María José García will stop on the 30th of April 2027.",
  L("María José García", D(2027, 4, 30)))

m("nl", "Komende maandag begint de nieuwe programmeur van het reserveringssysteem: Bart Klaassen.",
  J("Bart Klaassen", WD("maandag"), "software-engineer"))

m("nl", "Goedendag, mevrouw Naomi Richards komt per 1 maart bij ons werken als HR-adviseur. Zou u alvast een account willen klaarzetten? Dank u wel.",
  J("Naomi Richards", D(2027, 3, 1)))

m("nl", "Tom Koopmans (schipper op de rondvaartboot) vertrekt op 15 december naar de concurrent.",
  L("Tom Koopmans", MD(12, 15)))

m("en", "Just so you know: Rens Dekker is not leaving after all, he's staying on with us.",
  none=True)

# A dairy cooperative.

m("nl", "Per 1 januari 2027 komt Gerben Wiersma in dienst als melkrijder.",
  J("Gerben Wiersma", D(2027, 1, 1)))

m("en", "Our account manager for Germany, Jan-Hendrik Müller, leaves us on 29 January.",
  L("Jan-Hendrik Müller", D(2027, 1, 29), "account-manager"))

m("nl", "Graag account aanmaken voor Yvonne Schaap, nieuwe laborante kwaliteitslab, start woensdag 13 januari.",
  J("Yvonne Schaap", ON("woensdag", D(2027, 1, 13))))

m("en", "Process operator Ricardo Silva transfers from the Leeuwarden plant to Bedum on 1 March.",
  MV("Ricardo Silva", D(2027, 3, 1), None, None))

m("nl", "Onze ledenadviseur Klaas-Jan Dijkstra wordt per 1 april accountmanager voor de kaasverkoop.",
  MV("Klaas-Jan Dijkstra", D(2027, 4, 1), "account-manager", None))

m("en", "Mila Kovač starts in three weeks as a shift lead in the cheese plant.",
  J("Mila Kovač", P(21)))

m("nl", "Kunnen jullie zorgen dat Peter de Boer vanaf vrijdag geen toegang meer heeft? Donderdag 10 december is z'n laatste dag.",
  L("Peter de Boer", ON("donderdag", D(2026, 12, 10))))

m("nl", "Nieuws uit de technische dienst: op 1 februari beginnen twee onderhoudsmonteurs, Luca Romano en Jens Hansen.",
  J("Luca Romano", D(2027, 2, 1)), J("Jens Hansen", D(2027, 2, 1)))

m("nl", "De nieuwe vertegenwoordiger voor de veevoerverkoop, Henk Mulder, begint 18 januari.",
  J("Henk Mulder", D(2027, 1, 18), "account-manager"))

m("en", "Fleur Dijkhuis from quality control passed away on Monday. We are all in shock.",
  L("Fleur Dijkhuis", P(-3)), past=True)

m("nl", "Wat moet ik doen als iemand tijdelijk naar een andere vestiging gaat? Geldt dat als overplaatsing?",
  none=True)

m("en", "Please prepare a developer laptop and accounts for Nikhil Reddy, our new software engineer for the milk-quality platform. Start: Monday, 8 February.",
  J("Nikhil Reddy", ON("monday", D(2027, 2, 8)), "software-engineer"))

m("nl", "Hilde Brouwers stopt als secretaresse van het bestuur met ingang van 1 maart.",
  L("Hilde Brouwers", D(2027, 3, 1)))

m("en", "We're taking Kai Schneider off the night shift — from 4 January he'll work as planner in the office.",
  MV("Kai Schneider", D(2027, 1, 4), None, None))

m("nl", "maandag 21 december starten bij de melkontvangst: Dirk-Jan Hofstede en Siem Bos",
  J("Dirk-Jan Hofstede", ON("maandag", D(2026, 12, 21))), J("Siem Bos", D(2026, 12, 21)))

m("en", "Heads up, Olga Petrova quits: last day in the lab is Wednesday the 16th of December.",
  L("Olga Petrova", ON("wednesday", D(2026, 12, 16))))

m("nl", "Onze facilitair medewerker Joke van der Meer stopt per 31 december 2026.",
  L("Joke van der Meer", D(2026, 12, 31), "facility-coordinator"))

m("en", "Good morning,\n\nI am pleased to confirm that Ms. Aisha Mohammed will be joining our finance department as management accountant with effect from 1st March 2027.\n\nKind regards,\nRobert Hughes\nHR Manager",
  J("Aisha Mohammed", D(2027, 3, 1)))

m("nl", "Anton Smit gaat per 1 januari van de productie naar de verkoop binnendienst.",
  MV("Anton Smit", D(2027, 1, 1), "account-manager", None))
# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320), written after part 1's commit, knowing only its CORPUS line.
# A solar-panel installer.

m("nl", "Goedemorgen, we hebben er twee monteurs bij voor de dakploeg: Rick Hendriks en Sander Mol. Ze beginnen maandag 4 januari. Graag de werkbon-app en mail regelen.",
  J("Rick Hendriks", ON("maandag", D(2027, 1, 4))), J("Sander Mol", D(2027, 1, 4)))

m("en", "Dear all, from 01.02.2027 Mr Lukas Weber joins our company as project leader for the projects in Germany. With kind regards, Jürgen",
  J("Lukas Weber", D(2027, 2, 1)))

m("nl", "Onze binnendienstverkoper Ferhat Yilmaz vertrekt per 1 januari naar een installatiebedrijf in Tilburg. Laatste werkdag is 24 december.",
  L("Ferhat Yilmaz", D(2026, 12, 24), "account-manager"))

m("nl", "Vanaf 11 januari werkt Mireille Dubois bij ons als planner. Ze komt uit Brussel en spreekt nog niet zo goed Nederlands, dus graag Engelstalige accounts.",
  J("Mireille Dubois", D(2027, 1, 11)))

m("en", "quick q: our new solar installer starts monday but we don't have his full name yet - can I send it tomorrow?",
  none=True)

m("nl", "Jorrit Kamphuis wordt per 1 maart verkoper buitendienst voor de particuliere markt. Nu is hij nog monteur.",
  MV("Jorrit Kamphuis", D(2027, 3, 1), "account-manager", None))

m("en", "Hi, Ethan Clarke (roofer) had an accident on a roof yesterday and has sadly passed away. Please close his accounts. Sorry to bring this news.",
  L("Ethan Clarke", P(-1)), past=True)

m("nl", "Graag een laptop met ontwikkelomgeving voor Wessel Kroon, onze nieuwe ontwikkelaar voor het monitoringplatform. Begint 18-01-2027.",
  J("Wessel Kroon", D(2027, 1, 18), "software-engineer"))

m("nl", "Van: Karin Lubbers\nVerzonden: woensdag 2 december 2026 16:40\nOnderwerp: uitdienst\n\nHallo,\nElektricien Dave Hoogland heeft zijn contract opgezegd, z'n laatste werkdag wordt vrijdag 15 januari.\n\nGroet, Karin",
  L("Dave Hoogland", ON("vrijdag", D(2027, 1, 15))))

m("en", "From January 4th, Grace Kim joins as our facilities coordinator for the warehouse and office.",
  J("Grace Kim", D(2027, 1, 4), "facility-coordinator"))

m("nl", "per week 2 komt Ibrahim Diallo bij ons als magazijnmedewerker",
  J("Ibrahim Diallo", WK(2)))

m("en", "Just to confirm — Owen Hughes leaves the sales team and moves to service planning on 1 February.",
  MV("Owen Hughes", D(2027, 2, 1), None, "account-manager"))

m("nl", "Daphne Wolff, onze accountmanager zakelijk, stopt per 1 april. Zij gaat een jaar reizen.",
  L("Daphne Wolff", D(2027, 4, 1), "account-manager"))

m("nl", "Ik wil even laten weten dat Bram (monteur) niet per 1 januari maar per 1 februari begint. Z'n achternaam weet ik even niet.",
  none=True)

m("en", "Please create accounts for Aleksandra Zielińska, who will be our new HR advisor, starting 1st of March 2027.",
  J("Aleksandra Zielińska", D(2027, 3, 1)))

m("nl", "Met ingang van maandag 8 februari wordt Stan van Leeuwen teamleider montage. Hij is nu monteur in ploeg 3.",
  MV("Stan van Leeuwen", ON("maandag", D(2027, 2, 8)), None, None))

m("en", "Our app developer, Sofia Rossi, has resigned. Her final day is 26 February.",
  L("Sofia Rossi", D(2027, 2, 26), "software-engineer"))

m("nl", "Morgen begint Tijn Vermeer als stagiair bij marketing. Lukt dat nog met een account?",
  J("Tijn Vermeer", P(1)))

m("en", "Niels Brandsma, warehouse, retires. His last day will be the eighteenth of December.",
  L("Niels Brandsma", D(2026, 12, 18)))

# A regional broadcaster.

m("nl", "Per 1 januari begint Lieke Groen als verslaggever bij de nieuwsdienst.",
  J("Lieke Groen", D(2027, 1, 1)))

m("nl", "Onze muziekprogrammeur Tobias Aalders (hij stelt de playlists samen, geen IT!) stopt eind december; zijn laatste uitzending is op 31-12.",
  L("Tobias Aalders", D(2026, 12, 31)))

m("en", "Hi — we've taken on a freelance camera operator, Jonas Eriksson, for the winter series. First shooting day is Tuesday 12 January.",
  J("Jonas Eriksson", ON("tuesday", D(2027, 1, 12))))

m("nl", "Presentator Dirk-Willem Smeenk neemt afscheid van de zender; zijn laatste dag is vrijdag 29 januari.",
  L("Dirk-Willem Smeenk", ON("vrijdag", D(2027, 1, 29))))

m("en", "Please offboard Rachel Cohen as of today — she's been dismissed.",
  L("Rachel Cohen", NOW))

m("nl", "De nieuwe developer voor onze uitzendsoftware heet Koen Verhagen en begint op 1 februari. Hij heeft een ontwikkellaptop nodig.",
  J("Koen Verhagen", D(2027, 2, 1), "software-engineer"))

m("nl", "Hoi ICT, eindredacteur Marit Bakker gaat per 4 januari naar de regioredactie in Assen. Zelfde functie.",
  MV("Marit Bakker", D(2027, 1, 4), None, None))

m("en", "Dear IT department,\n\nPlease be informed that our Technical Director, Mr. Kwame Asante, will retire with effect from 31st March 2027.\n\nYours faithfully,\nB. Okafor\nPersonnel Officer",
  L("Kwame Asante", D(2027, 3, 31)))

m("nl", "Wie regelt de accounts voor de vrijwilligers van de lokale omroep? Die hebben toch geen contract.",
  none=True)

m("en", "New sales rep for airtime sales, Liam Murphy, starts on the fourth of January.",
  J("Liam Murphy", D(2027, 1, 4), "account-manager"))

m("nl", "nieuwe stagiaire op de webredactie vanaf maandag: evi kramer (hogeschool windesheim)",
  J("Evi Kramer", WD("maandag")))

m("nl", "Sven de Jager is vorige week dinsdag overleden. Hij was 22 jaar geluidstechnicus bij ons. Willen jullie zijn accounts afsluiten?",
  L("Sven de Jager", LW("dinsdag")), past=True)

m("en", "Eva Lindgren moves from the newsroom to our programming department on 1/3; she'll plan the TV schedule there.",
  MV("Eva Lindgren", D(2027, 3, 1), None, None))

m("nl", "Dag allemaal,\nVanaf 1 februari vervoegt Wout Janssens de redactie als sportjournalist.\nMvg,\nAn",
  J("Wout Janssens", D(2027, 2, 1)))

m("en", "Correction: the new presenter is called Mia Hendriks, not Mia Hendrikx as I wrote yesterday. She still starts on 11 January.",
  J("Mia Hendriks", D(2027, 1, 11)))

m("nl", "Facilitair medewerker Ruud Bosch stopt 22 januari bij ons (laatste werkdag).",
  L("Ruud Bosch", D(2027, 1, 22), "facility-coordinator"))

m("en", "Our office manager Paula Smits becomes our facilities coordinator as of the 1st of February.",
  MV("Paula Smits", D(2027, 2, 1), "facility-coordinator", None))

m("nl", "Vanaf volgende week donderdag loopt Yara Mahabier stage bij de online redactie.",
  J("Yara Mahabier", NW("donderdag")))

m("en", "Two new editors start on Monday 1 February: Ben Carter and Sophie Laurent.",
  J("Ben Carter", ON("monday", D(2027, 2, 1))), J("Sophie Laurent", D(2027, 2, 1)))

# A chemical plant.

m("nl", "Per 1 januari 2027 start ing. Mark Houtman als procesingenieur in de ammoniakfabriek.",
  J("Mark Houtman", D(2027, 1, 1)))

m("en", "Hi, please note: process engineer Arun Kumar leaves us on 31 January 2027. He's going back to India.",
  L("Arun Kumar", D(2027, 1, 31)))

m("nl", "Operator Jeroen Wijnen gaat per 1 maart van ploeg A naar ploeg C; verder verandert er niets.",
  MV("Jeroen Wijnen", D(2027, 3, 1), None, None))

m("nl", "Ploegleider Harm Koopman is gisteravond overleden. Wij zijn er kapot van.",
  L("Harm Koopman", P(-1)), past=True)

m("en", "We hired four operators for the new line, all starting on 1 March 2027: Nick Verbeek, Jamal Bakkali, Anna Kowalczyk and Pim de Ridder.",
  J("Nick Verbeek", D(2027, 3, 1)), J("Jamal Bakkali", D(2027, 3, 1)), J("Anna Kowalczyk", D(2027, 3, 1)), J("Pim de Ridder", D(2027, 3, 1)))

m("nl", "Laborant Elif Şahin stopt per 15 februari. Ze gaat studeren.",
  L("Elif Şahin", D(2027, 2, 15)))

m("en", "From 4 January, Thomas Müller (our PLC programmer) moves to the IT department as developer for the MES system.",
  MV("Thomas Müller", D(2027, 1, 4), "software-engineer", "software-engineer"))

m("nl", "Hoi, Bianca Kuijpers begint maandag 11 januari als veiligheidskundige (HSE). Kunnen jullie alvast haar account aanmaken?",
  J("Bianca Kuijpers", ON("maandag", D(2027, 1, 11))))

m("en", "Is it ok if I announce the new shift workers only on the day they start? Things change a lot here.",
  none=True)

m("nl", "Medewerker facilitaire dienst Annet Hermsen gaat per 1 januari naar de salarisadministratie.",
  MV("Annet Hermsen", D(2027, 1, 1), None, "facility-coordinator"))

m("en", "Luuk Verstappen starts as maintenance planner on Wednesday 6 January 2027.",
  J("Luuk Verstappen", ON("wednesday", D(2027, 1, 6))))

m("nl", "De contractor van het onderhoud, Patrick Ooms, is per vandaag klaar bij ons. Badge en account mogen dicht.",
  L("Patrick Ooms", NOW))

m("nl", "Onze vertegenwoordiger Benelux, Sebastiaan Moerman, gaat per 1 mei naar ons kantoor in Antwerpen, zelfde rol.",
  MV("Sebastiaan Moerman", D(2027, 5, 1), "account-manager", "account-manager"))

m("en", "Please set up Dr. Hiroshi Tanaka, R&D chemist, starting in two weeks' time.",
  J("Hiroshi Tanaka", P(14)))

m("nl", "Kantinemedewerker Truus Hendriksen gaat na 40 jaar met pensioen. Woensdag 23 december werkt ze voor het laatst.",
  L("Truus Hendriksen", ON("woensdag", D(2026, 12, 23))))

m("en", "Hi, the new account manager for the coatings division — Emma Vermeulen — starts Monday the 18th of January.",
  J("Emma Vermeulen", ON("monday", D(2027, 1, 18)), "account-manager"))

m("nl", "Graag per 1 februari de toegang van Rob Stevens aanpassen: hij gaat van het lab naar de kwaliteitsafdeling.",
  MV("Rob Stevens", D(2027, 2, 1), None, None))

m("en", "Sorry, Dennis Kraaij won't be leaving on 31 December after all — his contract is extended until 30 June and he leaves then.",
  L("Dennis Kraaij", D(2027, 6, 30)))

m("nl", "Marcel Dekkers (operator) gaat vanaf 4 januari in dagdienst werken als planner.",
  MV("Marcel Dekkers", D(2027, 1, 4), None, None))

# An amusement park.

m("nl", "Voor het winterseizoen komen er 3 nieuwe attractiemedewerkers bij: Fenne Bos, Daan Willemsen en Ilias El Khattabi. Start zaterdag 12 december.",
  J("Fenne Bos", ON("zaterdag", D(2026, 12, 12))), J("Daan Willemsen", D(2026, 12, 12)), J("Ilias El Khattabi", D(2026, 12, 12)))

m("en", "Hi, Katie Rogers from the park's ticket office is leaving, last shift on Sunday 3 January.",
  L("Katie Rogers", ON("sunday", D(2027, 1, 3))))

m("nl", "onze technicus henk-jan boersma gaat per 1/1 naar de technische dienst van ons zusterpark in limburg",
  MV("Henk-Jan Boersma", D(2027, 1, 1), None, None))

m("en", "Hi! New marketing intern Lotte Verbruggen starts next Wednesday.",
  J("Lotte Verbruggen", WD("wednesday")))

m("nl", "De nieuwe facilitair coördinator van het park begint op 1 maart: Rianne Kort.",
  J("Rianne Kort", D(2027, 3, 1), "facility-coordinator"))

m("en", "Our show performer Alejandro Ruiz Torres finishes on 10 January when the winter show ends.",
  L("Alejandro Ruiz Torres", D(2027, 1, 10)))

m("nl", "Marco Vink van de horeca gaat per 1 februari de souvenirwinkel leiden.",
  MV("Marco Vink", D(2027, 2, 1), None, None))

m("nl", "Ik heb een vraag: krijgen seizoenskrachten die volgend jaar terugkomen weer hun oude account?",
  none=True)

m("en", "New developer for the park app: Ahmed Khalil. He starts the 1st of February and will need a MacBook.",
  J("Ahmed Khalil", D(2027, 2, 1), "software-engineer"))

m("nl", "Kassamedewerker Roos Pauwels is afgelopen vrijdag ontslagen na een kasverschil; die vrijdag was ook haar laatste dag.",
  L("Roos Pauwels", P(-6)), past=True)

m("en", "Please prepare accounts for Nathalie Girard, our new account manager for schools and groups, starting 1 March.",
  J("Nathalie Girard", D(2027, 3, 1), "account-manager"))

m("nl", "Vanaf 4 januari start Ayşe Kılıç als medewerker personeelsplanning.",
  J("Ayşe Kılıç", D(2027, 1, 4)))

m("en", "Lifeguard Finn O'Brien moves from the swimming paradise to the hotel pool on 15 January, same job.",
  MV("Finn O'Brien", D(2027, 1, 15), None, None))

m("nl", "Ronald Timmerman, hoofd techniek, stopt per 1 maart 2027 na 25 jaar. Zijn laatste werkdag wordt vrijdag 26 februari.",
  L("Ronald Timmerman", ON("vrijdag", D(2027, 2, 26))))

m("en", "The new entertainment crew: Zara Ahmed, Lucas Peeters, Jolien Maes and Tyrone Baptiste — they all start on 18 December.",
  J("Zara Ahmed", D(2026, 12, 18)), J("Lucas Peeters", D(2026, 12, 18)), J("Jolien Maes", D(2026, 12, 18)), J("Tyrone Baptiste", D(2026, 12, 18)))

m("nl", "Ingmar Dijk (ICT'er, geen developer) komt per 1 februari ons IT-team versterken.",
  J("Ingmar Dijk", D(2027, 2, 1)))

m("en", "Hi, Daniela Costa would have started on Monday as a hostess but she has withdrawn. Please cancel.",
  none=True)

m("nl", "Verkoper zakelijke arrangementen Wim Hofstra stopt op 29 januari.",
  L("Wim Hofstra", D(2027, 1, 29), "account-manager"))

m("en", "Effective today, Brian Walsh is no longer employed by us. Please revoke all access immediately.",
  L("Brian Walsh", NOW))

# A field-hockey club.

m("nl", "Onze clubmanager Saskia van der Veen stopt per 1 juli 2027. Ze blijft tot dan gewoon werken.",
  L("Saskia van der Veen", D(2027, 7, 1)))

m("nl", "Nieuwe hoofdtrainer dames 1 per 4 januari: Maarten Goossens. Hij heeft toegang nodig tot het ledensysteem.",
  J("Maarten Goossens", D(2027, 1, 4)))

m("en", "Hey! We've got a new part-time bar manager, Georgia Bennett, from Friday 8 January.",
  J("Georgia Bennett", ON("friday", D(2027, 1, 8))))

m("nl", "Terreinbeheerder Kees Verhoef is overleden, afgelopen maandag. Hij was 30 jaar het gezicht van ons sportpark.",
  L("Kees Verhoef", P(-3)), past=True)

m("en", "Our accountant Olivier Lambrecht moves to a new role as club secretary from the 1st of January.",
  MV("Olivier Lambrecht", D(2027, 1, 1), None, None))

m("nl", "Kan iemand even kijken of het account van onze nieuwe trainer al klaar is? Hij begint zaterdag.",
  none=True)

m("nl", "Met ingang van 1 februari 2027 is Tessa Brouwer onze nieuwe accountmanager sponsoring.",
  J("Tessa Brouwer", D(2027, 2, 1), "account-manager"))

m("en", "Jack Thompson is leaving us — last day Monday 28 December.",
  L("Jack Thompson", ON("monday", D(2026, 12, 28))))

m("nl", "Ons secretariaat krijgt per a.s. maandag (7 december) versterking van Marloes ter Haar.",
  J("Marloes ter Haar", WD("maandag")))

m("en", "Please remove access for our old webmaster — Gerrit Pool. He stopped as a volunteer yesterday.",
  L("Gerrit Pool", P(-1)), past=True)

m("nl", "Dinsdag 5 januari begint Pieter-Jan Coolen als materiaalbeheerder.",
  J("Pieter-Jan Coolen", ON("dinsdag", D(2027, 1, 5))))

m("en", "From next Monday our youth coordinator Sanne Koopmans works from the other location (Bloemendaal), same role.",
  MV("Sanne Koopmans", WD("monday"), None, None))

m("nl", "Yvette Hogenboom gaat vanaf 1 maart van de bar naar de ledenadministratie.",
  MV("Yvette Hogenboom", D(2027, 3, 1), None, None))

m("nl", "Jeugdtrainer Ruben Otten heeft opgezegd. Hij stopt 31 december.",
  L("Ruben Otten", D(2026, 12, 31)))

m("en", "Our new club app is built by Kasper Nielsen, who joins as (part-time) developer from 11 January.",
  J("Kasper Nielsen", D(2027, 1, 11), "software-engineer"))

m("nl", "Twee nieuwe schoonmakers voor het clubhuis per 1 januari: Marieke Dam en Henny Kuiper.",
  J("Marieke Dam", D(2027, 1, 1)), J("Henny Kuiper", D(2027, 1, 1)))

m("en", "Hi, can you set up Ms. Ngaio Williams? She joins as head of hockey operations on 25 January 2027.",
  J("Ngaio Williams", D(2027, 1, 25)))

# A ferry company.

m("nl", "Per 1 februari start Jelmer Westra als stuurman op de veerboot naar Texel.",
  J("Jelmer Westra", D(2027, 2, 1)))

m("en", "Deckhand Callum Fraser leaves on 31 January; he's going back to Scotland.",
  L("Callum Fraser", D(2027, 1, 31)))

m("nl", "Kapitein Harmen de Wit gaat met pensioen. Zijn laatste vaart is op dinsdag 26 januari 2027.",
  L("Harmen de Wit", ON("dinsdag", D(2027, 1, 26))))

m("en", "Please note: Ms. Ines Oliveira joins our customer service in Harlingen, start date 11.01.2027.",
  J("Ines Oliveira", D(2027, 1, 11)))

m("nl", "Hoi, Mehmet Arslan gaat van de kaartverkoop naar de catering aan boord, per maandag 14 december.",
  MV("Mehmet Arslan", ON("maandag", D(2026, 12, 14)), None, None))

m("en", "Our new web developer (booking site) is Iris van Dongen. First day: Monday 4 January.",
  J("Iris van Dongen", ON("monday", D(2027, 1, 4)), "software-engineer"))

m("nl", "Machinist Gert-Jan Hofman is zondag overleden aan een hartstilstand. Wil je z'n accounts blokkeren?",
  L("Gert-Jan Hofman", P(-4)), past=True)

m("en", "Hi IT, the purser Anneke Zijlstra changes ship from 1 March: from the Friesland to the Vlieland, same function.",
  MV("Anneke Zijlstra", D(2027, 3, 1), None, None))

m("nl", "Nieuwe collega bij de facilitaire dienst op de wal: Kimberley Post, vanaf 18 januari.",
  J("Kimberley Post", D(2027, 1, 18), "facility-coordinator"))

m("en", "The hiring of the new deck officer is on hold until spring, so ignore my earlier message about Lars.",
  none=True)

m("nl", "Met ingang van vandaag werkt Sjoerd Hoekstra niet meer bij de rederij. Hij is ontslagen.",
  L("Sjoerd Hoekstra", NOW))

m("en", "Hi, we're welcoming Sebastian Kraus as account manager for freight customers on 1 February.",
  J("Sebastian Kraus", D(2027, 2, 1), "account-manager"))

m("nl", "Kaartverkoper Lianne de Groot stopt per 1 januari. Haar laatste dienst draait ze op 30 december.",
  L("Lianne de Groot", D(2026, 12, 30)))

m("nl", "Stagiair Robin Wieringa begint op 1 februari bij de afdeling planning.",
  J("Robin Wieringa", D(2027, 2, 1)))

m("en", "Good afternoon, this is to let you know that our second engineer (ship's engine room) Piotr Zając will be leaving us on 15 February 2027.",
  L("Piotr Zając", D(2027, 2, 15)))

m("nl", "Ticketcontroleurs Emma de Haan en Noa Verschoor beginnen allebei vanaf zaterdag 19 december.",
  J("Emma de Haan", ON("zaterdag", D(2026, 12, 19))), J("Noa Verschoor", D(2026, 12, 19)))

m("en", "FYI, Rutger van Houten (our accountmanager for the islands) is going to lead the new sales office on Terschelling from 1 April — still an account manager, just based there.",
  MV("Rutger van Houten", D(2027, 4, 1), "account-manager", "account-manager"))

m("nl", "Vanaf 11 januari 2027 komt Floor Meijer als HR-medewerker bij ons. Welkom Floor!",
  J("Floor Meijer", D(2027, 1, 11)))

m("en", "Stewardess Kelly Janssen's last day is Thursday 31 December.",
  L("Kelly Janssen", ON("thursday", D(2026, 12, 31))))

# A translation agency.

m("nl", "Per 1 januari begint Anna-Lena Schröder als vertaler Duits bij ons.",
  J("Anna-Lena Schröder", D(2027, 1, 1)))

m("en", "Hi, our project manager Chiara Bianchi is leaving the company; last day 29/01/2027.",
  L("Chiara Bianchi", D(2027, 1, 29)))

m("nl", "Tolk Reza Hosseini gaat vanaf 1 maart bij ons op kantoor werken als projectcoördinator.",
  MV("Reza Hosseini", D(2027, 3, 1), None, None))

m("en", "Our only developer, Mikkel Sørensen, leaves at the end of February — last working day 26 Feb.",
  L("Mikkel Sørensen", D(2027, 2, 26), "software-engineer"))

m("nl", "Nieuwe accountmanager voor de juridische klanten: mr. Hanneke Verbeek-Staal, start 1 februari.",
  J("Hanneke Verbeek-Staal", D(2027, 2, 1), "account-manager"))

m("en", "Hi there. Could you let me know what you need from me for a new translator who starts in January? I don't have a date yet.",
  none=True)

m("nl", "Vertaler Engels Ruth Goldberg stopt per 31 januari en gaat als freelancer verder.",
  L("Ruth Goldberg", D(2027, 1, 31)))

m("en", "We have hired a new vendor manager: Thanh Nguyen. Starts on Tuesday, 2 February 2027.",
  J("Thanh Nguyen", ON("tuesday", D(2027, 2, 2))))

m("nl", "Onze DTP'er Bregje van Loon gaat met ingang van 1 april 2027 als ontwikkelaar aan de slag in ons tool-team.",
  MV("Bregje van Loon", D(2027, 4, 1), "software-engineer", None))

m("en", "Elena Popescu (reviewer) passed away on Tuesday, her husband let us know this morning.",
  L("Elena Popescu", P(-2)), past=True)

m("nl", "Goedemiddag, graag een account voor Laura Fernández, zij begint 4-1 als vertaler Spaans.",
  J("Laura Fernández", D(2027, 1, 4)))

m("nl", "Kantoormanager Gonny Veldkamp gaat per 1 februari over naar de facilitaire dienst van het moederbedrijf.",
  MV("Gonny Veldkamp", D(2027, 2, 1), "facility-coordinator", None))

m("en", "Starting next week Thursday, Oscar Lindberg will join us as a Swedish translator.",
  J("Oscar Lindberg", NW("thursday")))

m("nl", "Heb ik het goed dat we stagiairs niet hoeven aan te melden als ze korter dan een maand blijven?",
  none=True)

m("en", "Noor Aziz is joining our sales team as a sales representative on the 8th of February 2027.",
  J("Noor Aziz", D(2027, 2, 8), "account-manager"))

m("nl", "Hoi, Rogier Mertens is per vandaag gestopt (eigen verzoek). Zou je zijn laptop willen terughalen?",
  L("Rogier Mertens", NOW))

m("en", "Please move Lena Hoffmann from the German team to the Dutch team on 1 Jan, same job (translator).",
  MV("Lena Hoffmann", D(2027, 1, 1), None, None))

m("nl", "Op maandag 8 maart begint Kirsten Vos-Hendriks als teamleider vertalers.",
  J("Kirsten Vos-Hendriks", ON("maandag", D(2027, 3, 8))))

# A holiday park.

m("nl", "Per 18 december komt er een nieuwe receptioniste bij in ons vakantiepark: Dewi Sitompul.",
  J("Dewi Sitompul", D(2026, 12, 18)))

m("en", "Hi, the park's maintenance man Jos van Rooij will leave on the 15th of January after 20 years with us.",
  L("Jos van Rooij", D(2027, 1, 15)))

m("nl", "Schoonmaakcoördinator Miranda Jacobs wordt per 1 februari facilitair coördinator voor alle drie de parken.",
  MV("Miranda Jacobs", D(2027, 2, 1), "facility-coordinator", None))

m("en", "New animation team members for the Christmas holidays: Bo Janssens and Jules Lemaire, from 19 December to 3 January.",
  J("Bo Janssens", D(2026, 12, 19)), J("Jules Lemaire", D(2026, 12, 19)))

m("nl", "Hoi! Ik meld even dat de nieuwe tuinman over drie weken begint: Herman Bloem.",
  J("Herman Bloem", P(21)))

m("en", "I have to inform you that receptionist Jenny Clarke was dismissed on Monday. Her access should already be revoked.",
  L("Jenny Clarke", P(-3)), past=True)

m("nl", "Marco van der Linden, onze vertegenwoordiger bij touroperators, stopt per 31 maart 2027.",
  L("Marco van der Linden", D(2027, 3, 31), "account-manager"))

m("en", "Hi! Our booking system developer, Ali Rezaei, moves to the head office team on 1 February, same job.",
  MV("Ali Rezaei", D(2027, 2, 1), "software-engineer", "software-engineer"))

m("nl", "Wie maakt de accounts aan voor het winterpersoneel? Ik heb een lijst van zes mensen die op 14 december beginnen.",
  none=True)

m("nl", "Per 1 maart begint Femke Schipper als manager van ons park in Zeeland.",
  J("Femke Schipper", D(2027, 3, 1)))

m("en", "Sorry for the late notice: Wendela Brink starts tomorrow at the reception of Park Veluwe.",
  J("Wendela Brink", P(1)))

m("nl", "Gastheer Thomas Eijkelenboom gaat vanaf 4 januari van Park Veluwe naar Park Drenthe.",
  MV("Thomas Eijkelenboom", D(2027, 1, 4), None, None))

m("en", "Martin Stewart, head chef of the park restaurant, has decided to retire: his last service is on New Year's Eve.",
  L("Martin Stewart", D(2026, 12, 31)))

m("nl", "Voor ons nieuwe zwembad: Karin Wit begint in januari als badmeester, de precieze datum volgt nog.",
  J("Karin Wit", None))

m("en", "Could you create an account for Samira Benali, who joins the sales team as account manager for companies from 1 March 2027?",
  J("Samira Benali", D(2027, 3, 1), "account-manager"))

m("nl", "Onze onderhoudsmonteur Piet Nijhuis stopt per 1 januari; z'n laatste werkdag is donderdag 31 december.",
  L("Piet Nijhuis", ON("donderdag", D(2026, 12, 31))))

m("en", "Housekeeper Agnieszka Wójcik moves to team leader housekeeping on Monday 1 February.",
  MV("Agnieszka Wójcik", ON("monday", D(2027, 2, 1)), None, None))

m("nl", "Kan het account van Rianne de Groot blijven bestaan? Ze gaat drie maanden met ouderschapsverlof, maar komt terug.",
  none=True)

# A day centre for adults with a disability.

m("nl", "Nieuwe verzorgende voor de dagbesteding: Ilse Overbeek. Ze begint maandag 4 januari in groep De Zon.",
  J("Ilse Overbeek", ON("maandag", D(2027, 1, 4)), "care-worker"))

m("nl", "Zorgmedewerker Sevda Yurt stopt per 1 februari. Haar laatste werkdag is vrijdag 29 januari.",
  L("Sevda Yurt", ON("vrijdag", D(2027, 1, 29)), "care-worker"))

m("en", "Hi, we have a new carer starting at the day centre on the 7th of December: Grace Adjei.",
  J("Grace Adjei", D(2026, 12, 7), "care-worker"))

m("nl", "Begeleider Ton Evers gaat per 1 maart van locatie Noord naar locatie West, zelfde functie.",
  MV("Ton Evers", D(2027, 3, 1), None, None))

m("en", "Our caregiver Maria Santos has sadly died; she passed away yesterday evening at home.",
  L("Maria Santos", P(-1), "care-worker"), past=True)

m("nl", "Vanaf maandag werkt Laila Ouchan bij ons als leerling-verzorgende.",
  J("Laila Ouchan", WD("maandag"), "care-worker"))

m("en", "Please set up accounts for two new healthcare assistants, Precious Moyo and Hanna Berg, starting on Monday 11 January.",
  J("Precious Moyo", ON("monday", D(2027, 1, 11)), "care-worker"), J("Hanna Berg", D(2027, 1, 11), "care-worker"))

m("nl", "Hoi, ik ben de nieuwe teamleider en wil weten hoe ik iemand aanmeld. Moet dat via jullie of via HR?",
  none=True)

m("nl", "Zorgmedewerker Jolanda Smit-Koster wordt per 1 april coördinator vrijwilligers. Ze blijft gewoon bij ons.",
  MV("Jolanda Smit-Koster", D(2027, 4, 1), None, "care-worker"))

m("en", "Hello, Mrs. Deborah Akinyi resigned as a care worker. Her last shift will be on Wednesday the 20th of January 2027.",
  L("Deborah Akinyi", ON("wednesday", D(2027, 1, 20)), "care-worker"))

m("nl", "Chauffeur van de busjes, Gerrit Bosch, stopt na de kerst: laatste rit op woensdag 23 december.",
  L("Gerrit Bosch", ON("woensdag", D(2026, 12, 23))))

m("nl", "Wij verwelkomen per 1 januari Esther van den Heuvel als activiteitenbegeleider in de kunstwerkplaats.",
  J("Esther van den Heuvel", D(2027, 1, 1)))

m("en", "Our facilities coordinator Thijs Vermaat leaves on the 19th of February.",
  L("Thijs Vermaat", D(2027, 2, 19), "facility-coordinator"))

m("nl", "ICT-vraag: Jasmijn Kok begint morgen bij ons als verzorgende maar heeft nog geen inlog voor Nedap. Kan dat vandaag nog?",
  J("Jasmijn Kok", P(1), "care-worker"))

m("en", "Hi team, Noura Haddad switches from the kitchen to caregiving: she starts as a care worker in group 2 on 1 February.",
  MV("Noura Haddad", D(2027, 2, 1), "care-worker", None))

m("nl", "Het contract van verzorgende Lies Baas wordt niet verlengd; ze werkt tot en met 28 februari 2027.",
  L("Lies Baas", D(2027, 2, 28), "care-worker"))

m("en", "New developer for the client portal (built in house): Florian Weiß, starting the 15th of March.",
  J("Florian Weiß", D(2027, 3, 15), "software-engineer"))

m("nl", "Per 4 januari verhuist zorgmedewerker Koen Abma mee naar de nieuwe locatie in Zuidhorn. Zelfde werk natuurlijk.",
  MV("Koen Abma", D(2027, 1, 4), "care-worker", "care-worker"))

m("en", "Is there a form for people who change working hours? Ruth in group 3 goes from 32 to 24 hours.",
  none=True)

m("nl", "Vrijwilligerscoördinator Arie Slagter gaat met pensioen; vrijdag 12 februari is z'n laatste dag.",
  L("Arie Slagter", ON("vrijdag", D(2027, 2, 12))))

m("en", "We welcome Dr. Joanna Nowicka, our new physician for the residents, from 1 March.",
  J("Joanna Nowicka", D(2027, 3, 1)))

m("nl", "Hallo,\n\nHierbij meld ik dat de volgende collega's starten op maandag 18 januari 2027:\n- Romy Dekker (verzorgende IG)\n- Fatima Zahra Alaoui (zorgmedewerker)\n- Jelte Boonstra (kok)\n\nMet vriendelijke groet,\nAnnemarie Hulst\nTeamleider Dagbesteding",
  J("Romy Dekker", ON("maandag", D(2027, 1, 18)), "care-worker"), J("Fatima Zahra Alaoui", D(2027, 1, 18), "care-worker"), J("Jelte Boonstra", D(2027, 1, 18)))


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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-16.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
