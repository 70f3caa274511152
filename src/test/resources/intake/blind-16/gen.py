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
