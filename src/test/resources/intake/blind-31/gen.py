"""Blind-31: managers' announcements written by hand, one at a time (7 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-30's gen.py, itself blind-29's) only turn the date a reader means into a calendar
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



# ---------------------------------------------------------------- part 1 (aa001-aa150)
# A roadside-assistance and towing company (aa001-aa030)
m("nl", "Goedemorgen,\n\nPer dinsdag 5 januari 2027 komt Ruben Hofstede ons team van wegenwachters versterken, regio Utrecht. Wil je zijn account en tablet klaarzetten?\n\nMet vriendelijke groet,\nIngrid Poelman\nTeamleider Hulpverlening",
  J("Ruben Hofstede", ON("dinsdag", D(2027, 1, 5))))
m("en", "new tow truck driver starting tue 8 dec: stijn mollema. night shifts on the A2 mostly 🚛",
  J("Stijn Mollema", ON("tuesday", D(2026, 12, 8))))
m("nl", "Berger Hans Wolters gaat eind januari met pensioen. Hij rijdt zijn laatste dienst op woensdag 27 januari, daarna nog een borrel bij de loods.",
  L("Hans Wolters", ON("woensdag", D(2027, 1, 27))))
m("en", "Quick question: do the drivers from the subcontracted towing firms in Limburg need a login for the dispatch app, or just the callback number?",
  none=True)
m("nl", "Vanaf 1 maart wordt Esther Lamberts, nu nog centralist op de alarmcentrale, accountmanager voor de leasemaatschappijen.",
  MV("Esther Lamberts", D(2027, 3, 1), AM, None))
m("en", "Hi all, our new app developer Marcus Lindgren starts on Wednesday 6 January. He'll work on the breakdown-report app together with the team in Kraków.",
  J("Marcus Lindgren", ON("wednesday", D(2027, 1, 6)), SE))
m("nl", "Met grote verslagenheid laten we weten dat onze collega Gerrit Hoekstra, berger bij ons in Zwolle, maandagavond is overleden. Hij werd 58.",
  L("Gerrit Hoekstra", P(-3)), past=True)
m("en", "Hello together, from the 01.02.2027 Mr. Florian Brandt will start as patrol technician in our Venlo branch. Best regards, Katja",
  J("Florian Brandt", D(2027, 2, 1)))
m("nl", "jeroen kiewiet is vanochtend op staande voet ontslagen, rijden onder invloed met de takelwagen. pas graag alles vandaag nog af",
  L("Jeroen Kiewiet", NOW))
m("nl", "Nieuwe centralisten op de meldkamer:\n- Lisa Brouwers, per 21 december\n- Mehmet Yavuz, per 4 januari\nBeiden in de nachtploeg.",
  J("Lisa Brouwers", D(2026, 12, 21)), J("Mehmet Yavuz", D(2027, 1, 4)))
m("en", "FYI: Sanne Oostveen (facilities coordinator) moves from our Houten office to the new hub in Nieuwegein from Monday 18 January, same job.",
  MV("Sanne Oostveen", ON("monday", D(2027, 1, 18)), FC, FC))
m("nl", "Dag Katrien, Wouter Claeys vervoegt ons depannageteam in Gent als takelaar vanaf woensdag 13 januari. Gelieve zijn badge en gsm te voorzien. Mvg, Pieter",
  J("Wouter Claeys", ON("woensdag", D(2027, 1, 13))))
m("nl", "Over zes weken begint Tamara Smit bij ons als vertegenwoordiger voor de zakelijke markt. Kunnen jullie haar laptop alvast bestellen?",
  J("Tamara Smit", P(42), AM))
m("nl", "kleine correctie: rob veldhuis start niet op de 4e maar een week later, maandag 11 januari. excuses voor de verwarring",
  J("Rob Veldhuis", ON("maandag", D(2027, 1, 11))))
m("en", "Just so you know, Priya from the alarm centre goes on maternity leave from next week. No need to do anything with her account I think?",
  none=True)
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat de arbeidsovereenkomst van de heer Bart Jonkman, meldkamermedewerker, eindigt per 28 februari 2027.\n\nHoogachtend,\nAfdeling P&O",
  L("Bart Jonkman", D(2027, 2, 28)))
m("en", "Dear Sir, this is to inform that Mr. Rajesh Menon, Senior Developer, has tendered his resignation and his last working day will be 22nd January 2027. Kindly do the needful.",
  L("Rajesh Menon", D(2027, 1, 22), SE))
m("nl", "Henk Rozema stopt op woensdag 30 december als teamleider Noord. Zijn opvolger is Yvonne Stegeman, die per 4 januari van wegenwachter teamleider wordt.",
  L("Henk Rozema", ON("woensdag", D(2026, 12, 30))), MV("Yvonne Stegeman", D(2027, 1, 4), None, None))
m("nl", "stagiair alarmcentrale begint volgende week donderdag: noah bakker, van het ROC in Amersfoort",
  J("Noah Bakker", NW("thursday")))
m("nl", "De vacature voor de tweede berger in Breda is ingetrokken, dus daar komt voorlopig niemand. Het account dat jullie al hadden aangemaakt mag weg.",
  none=True)
m("en", "From 1 February Dennis Huls swaps the tow truck for the office: he becomes our facility coordinator in Zwolle.",
  MV("Dennis Huls", D(2027, 2, 1), FC, None))
m("nl", "Marloes Timmer vertrekt over vier weken, ze heeft een baan bij een leasemaatschappij gevonden. Ze is nu accountmanager bij ons.",
  L("Marloes Timmer", P(28), AM))
m("nl", "Vanmiddag hebben we afscheid genomen van berger Kevin Sloot, per direct. Hij kwam steeds niet opdagen voor zijn diensten.",
  L("Kevin Sloot", NOW))
m("en", "Two leavers in the alarm centre: Chantal Verweij on 23 December and Ahmed Zerouali on 15 January. Both operators, both going to the police control room.",
  L("Chantal Verweij", D(2026, 12, 23)), L("Ahmed Zerouali", D(2027, 1, 15)))
m("nl", "Joost Bremer werkt al sinds dinsdag 1 december bij ons als wegenwachter in Amersfoort, ik was vergeten hem aan te melden. Kan het alsnog?",
  J("Joost Bremer", ON("dinsdag", D(2026, 12, 1))), past=True)
m("en", "Starter: Olivia Grant\nRole: dispatcher\nStart date: 2027-01-18\nLocation: Houten",
  J("Olivia Grant", D(2027, 1, 18)))
m("nl", "Onze verkoper voor de dealerbedrijven, Frank Meulenbelt, vertrekt per 15 februari naar een concurrent. Jammer, maar het is niet anders.",
  L("Frank Meulenbelt", D(2027, 2, 15), AM))
m("nl", "Hoi, vraagje: onze gepensioneerde collega Ton krijgt nog steeds mails van de planning. Moet ik dat bij jullie melden of bij IT?",
  none=True)
m("nl", "Lars Wessels, onze enige programmeur voor het ritplanningssysteem, vertrekt eind februari; zijn laatste werkdag is vrijdag 26 februari. Graag zijn toegang tot de servers dan dicht.",
  L("Lars Wessels", ON("vrijdag", D(2027, 2, 26)), SE))
m("en", "Nina Kowalczyk starts tomorrow in the alarm centre! Please make sure her headset login works 🎧",
  J("Nina Kowalczyk", P(1)))

# A private-detective agency (aa031-aa060)
m("nl", "Beste collega's,\n\nMet ingang van maandag 8 februari 2027 treedt Marco Visscher bij ons in dienst als rechercheur fraudeonderzoek. Hij komt van de politie.\n\nGroet,\nAnneke Huizing\nDirectie",
  J("Marco Visscher", ON("maandag", D(2027, 2, 8))))
m("en", "new osint analyst starting mon 25 jan, name is femke de lange. she'll need the vpn + the social media tools",
  J("Femke de Lange", ON("monday", D(2027, 1, 25))))
m("nl", "Senior rechercheur Paul Overdijk gaat per 1 april met pensioen; zijn laatste werkdag is maandag 29 maart, hij neemt dan na 22 jaar afscheid.",
  L("Paul Overdijk", ON("maandag", D(2027, 3, 29))))
m("en", "Do the freelance investigators we hire per case get an account in the case system, or do they work via the lead investigator?",
  none=True)
m("nl", "Per 1 april wordt Saskia Roelofs, nu onderzoeker verzuimfraude, onze accountmanager voor de verzekeraars.",
  MV("Saskia Roelofs", D(2027, 4, 1), AM, None))
m("en", "Hi, please set up an account for our new developer Tim Hagedoorn, who starts Thursday 21 January on the case-management system.",
  J("Tim Hagedoorn", ON("thursday", D(2027, 1, 21)), SE))
m("nl", "Gisteravond is Wim de Graaf overleden. Hij werkte sinds zijn pensioen nog parttime bij ons als observant, we gaan hem missen.",
  L("Wim de Graaf", P(-1)), past=True)
m("en", "Good morning, I inform that Mrs. Katarzyna Nowak is starting by us on 11.01.2027 as office assistant for the Warsaw cases. Regards, Piotr",
  J("Katarzyna Nowak", D(2027, 1, 11)))
m("nl", "gisteren ontslagen: observant dirk lammertink, hij heeft vertrouwelijke info gedeeld met een klant. alles dichtzetten pls",
  L("Dirk Lammertink", P(-1)), past=True)
m("nl", "Twee nieuwe observanten:\n1. Bas Ruiter – maandag 11 januari\n2. Leonie Dekkers – maandag 1 februari\nAuto's regelen we zelf.",
  J("Bas Ruiter", ON("maandag", D(2027, 1, 11))), J("Leonie Dekkers", ON("maandag", D(2027, 2, 1))))
m("en", "From Monday 8 February Vincent Mol will be our facilities coordinator, moving over from the surveillance team.",
  MV("Vincent Mol", ON("monday", D(2027, 2, 8)), FC, None))
m("nl", "Dag An, Jens Vermeulen begint bij ons als privédetective in het kantoor van Antwerpen op donderdag 4 februari. Gelieve zijn laptop en toegang te voorzien. Mvg, Koen",
  J("Jens Vermeulen", ON("donderdag", D(2027, 2, 4))))
m("nl", "Over twee weken start Romy Bakhuizen als verkoper bij ons, voor de onderzoekspakketten voor HR-afdelingen.",
  J("Romy Bakhuizen", P(14), AM))
m("en", "Bad news: the investigator we hired for January, Gijs, has signed somewhere else. So no start on the 4th, please cancel whatever you prepared.",
  none=True)
m("nl", "Het contract van onderzoeker Eline Brink wordt verlengd: ze stopt nu op 31 maart in plaats van 31 december.",
  L("Eline Brink", D(2027, 3, 31)))
m("nl", "Ter info: Anouk van de administratie is langdurig ziek. Haar account mag gewoon blijven staan, ze leest af en toe mee.",
  none=True)
m("en", "Good day Sir/Ma, kindly be informed that Mr. Oluwaseun Bakare shall resume duty as Fraud Investigator on Monday, 1st March 2027. Thank you.",
  J("Oluwaseun Bakare", ON("monday", D(2027, 3, 1))))
m("nl", "kees wijnberg werkt morgen voor het laatst bij ons, hij gaat met vervroegd pensioen 🎉",
  L("Kees Wijnberg", P(1)))
m("en", "We let go of surveillance operative Ryan Tolsma last week Tuesday, I forgot to tell you. Please close his accounts.",
  L("Ryan Tolsma", LW("tuesday")), past=True)
m("nl", "Per 11 januari beginnen drie nieuwe onderzoekers: Maaike Gortzak, Stefan Nijhof en Hanna Dijkhuis. Ze komen allemaal van de opleiding in Apeldoorn.",
  J("Maaike Gortzak", D(2027, 1, 11)), J("Stefan Nijhof", D(2027, 1, 11)), J("Hanna Dijkhuis", D(2027, 1, 11)))
m("nl", "Laatste dag van Joyce Kamphuis (receptie): 2027-01-29. Ze verhuist naar Groningen.",
  L("Joyce Kamphuis", D(2027, 1, 29)))
m("nl", "Mark van de observatie gaat vanaf januari vier dagen werken in plaats van vijf. Verandert er iets voor jullie?",
  none=True)
m("en", "Heads up: Gerard Koopman's last day is Friday 18 December, after 30 years of tailing cheating spouses 😄",
  L("Gerard Koopman", ON("friday", D(2026, 12, 18))))
m("nl", "Met ingang van 25-01-2027 komt Noor Hamdaoui ons team versterken als facilitair medewerker op het kantoor in Utrecht.",
  J("Noor Hamdaoui", D(2027, 1, 25), FC))
m("en", "As of 1 March our developer Jesse Kroon moves to the intelligence team as an analyst. He won't be coding anymore.",
  MV("Jesse Kroon", D(2027, 3, 1), None, SE))
m("nl", "Komende zaterdag draait Selin Aydın haar eerste observatiedienst bij ons, kan haar account vóór die tijd klaar zijn?",
  J("Selin Aydın", WD("saturday")))
m("nl", "Hoi, is het account van Hendrik, die in oktober is vertrokken, eigenlijk al verwijderd? Ik zag hem nog in Teams staan.",
  none=True)
m("en", "Rechercheur Daan Olthuis transfers from our Amsterdam office to Rotterdam per 1 January, same job.",
  MV("Daan Olthuis", D(2027, 1, 1), None, None))
m("en", "Our two temporary case assistants, Milou Reinders and Tessa Bolhuis, both finish on 23 December.",
  L("Milou Reinders", D(2026, 12, 23)), L("Tessa Bolhuis", D(2026, 12, 23)))
m("nl", "Sem Westra is vandaag gestart als junior onderzoeker, hij zit voorlopig bij Marco op de kamer.",
  J("Sem Westra", NOW))

# A hot-dip galvanising plant (aa061-aa090)
m("nl", "Hallo,\n\nOp maandag 18 januari 2027 begint Erik Jansma bij ons als zinkbadoperator in de nachtploeg.\n\nMet vriendelijke groet,\nMarjolein Tuin\nHR Verzinkerij Oost",
  J("Erik Jansma", ON("maandag", D(2027, 1, 18))))
m("en", "hanger for line 2 starting thu 14 jan: kamil zając. agency guy, 3 months first",
  J("Kamil Zając", ON("thursday", D(2027, 1, 14))))
m("nl", "Onze ploegleider Jan Hulshof gaat per 1 maart met pensioen. Laatste werkdag: donderdag 25 februari.",
  L("Jan Hulshof", ON("donderdag", D(2027, 2, 25))))
m("en", "Do the auditors from the coating certification body need a guest account when they come in January?",
  none=True)
m("nl", "Per volgende week maandag is Robin Geerts geen kraanmachinist meer maar vertegenwoordiger voor de staalbouwers in het oosten.",
  MV("Robin Geerts", NW("monday"), AM, None))
m("en", "Our new ERP developer, Pavel Horák, starts on Tuesday 12 January. Please add him to the dev team channel.",
  J("Pavel Horák", ON("tuesday", D(2027, 1, 12)), SE))
m("nl", "Op 1 december is onze collega Harrie Mulder, chauffeur, plotseling overleden. We zijn er allemaal stil van.",
  L("Harrie Mulder", D(2026, 12, 1)), past=True)
m("en", "Good morning, I write you because Mr. Luca Bianchi will start the 22 of February as process engineer (zinc chemistry, not software). Thanks",
  J("Luca Bianchi", D(2027, 2, 22)))
m("nl", "vanochtend op staande voet ontslagen: hanger patrick bos, vechtpartij op de vloer. badge graag direct blokkeren",
  L("Patrick Bos", NOW))
m("nl", "Nieuw in de beitserij:\n- Youssef Tahiri, start 18 januari\n- Thijs Koenders, start 25 januari",
  J("Youssef Tahiri", D(2027, 1, 18)), J("Thijs Koenders", D(2027, 1, 25)))
m("nl", "Marieke Bleumink begint op 4 januari als facilitair coördinator op onze locatie in Hengelo. Ze komt van een schoonmaakbedrijf en kent het pand al goed.",
  J("Marieke Bleumink", D(2027, 1, 4), FC))
m("nl", "Goeiemiddag, Jonas Peeters wordt aangeworven als onderhoudstechnieker en start op woensdag 3 februari in onze vestiging in Genk. Mvg, Els",
  J("Jonas Peeters", ON("woensdag", D(2027, 2, 3))))
m("en", "Our sales rep for the Belgian market, Laura Maes, leaves in five weeks. She's going back to Leuven.",
  L("Laura Maes", P(35), AM))
m("nl", "Let op: Frits Bijl stopt niet eind februari maar al op vrijdag 5 februari, hij heeft nog veel verlof staan.",
  L("Frits Bijl", ON("vrijdag", D(2027, 2, 5))))
m("nl", "Paul gaat vanaf januari elke vrijdag met ouderschapsverlof. Hoeft er iets aangepast te worden in zijn roosteraccount?",
  none=True)
m("en", "Dear Sir/Madam,\nThis is to notify you that the employment of Mr. Kwame Owusu, Crane Operator, has been terminated with effect from 15th January 2027.\nYours faithfully,\nHR Department",
  L("Kwame Owusu", D(2027, 1, 15)))
m("nl", "volgende week dinsdag begint onze nieuwe vertegenwoordiger in limburg, gert van der horst",
  J("Gert van der Horst", NW("tuesday"), AM))
m("en", "FYI we fired crane driver Jordy Pauwels on Monday 23 November. His pass still works apparently.",
  L("Jordy Pauwels", ON("monday", D(2026, 11, 23))), past=True)
m("nl", "Softwareontwikkelaar Niels Ottens stopt per 15/3. Hij heeft de procesbesturing gebouwd, dus graag een goede overdracht regelen.",
  L("Niels Ottens", D(2027, 3, 15), SE))
m("nl", "Krijgt een stagiair van de TU die alleen komt meten bij de beitsbaden een pasje van ons of van de school?",
  none=True)
m("en", "In week 4 two new hangers join us: Dominik Kral on the Tuesday and Ferhat Şimşek on the Thursday.",
  J("Dominik Kral", WK(4, "tuesday")), J("Ferhat Şimşek", WK(4, "thursday")))
m("nl", "Per 11 januari werkt ploegleider Ronald Spijker in de dagploeg in plaats van de nachtploeg, zelfde functie.",
  MV("Ronald Spijker", D(2027, 1, 11), None, None))
m("en", "From Monday 15 March, Sophie Hendriks moves from planning to account management; she becomes account manager for the wind-tower builders.",
  MV("Sophie Hendriks", ON("monday", D(2027, 3, 15)), AM, None))
m("nl", "sinds afgelopen maandag zit lotte ebbers bij ons op de planning, ff account aanmaken aub",
  J("Lotte Ebbers", P(-3)), past=True)
m("nl", "Per 1 januari gaan er twee collega's weg: heftruckchauffeur Gerrit Zwiers en laborant Ilse Nijenhuis.",
  L("Gerrit Zwiers", D(2027, 1, 1)), L("Ilse Nijenhuis", D(2027, 1, 1)))
m("en", "our intern tom gerritsen finishes tmrw, internship done. account can go after",
  L("Tom Gerritsen", P(1)))
m("nl", "Over zeven weken begint Hülya Demirtaş als facilitair medewerker bij ons, ze wordt de opvolger van Kees.",
  J("Hülya Demirtaş", P(49), FC))
m("nl", "Operator Martijn Spoelstra gaat per 4 januari van zinkbad 1 naar zinkbad 2, zelfde werk. Zijn rooster blijft gewoon hetzelfde.",
  MV("Martijn Spoelstra", D(2027, 1, 4), None, None))
m("en", "The zinc supplier's technician comes in every Tuesday now. Can he get a permanent guest badge, or does he need to sign in each time?",
  none=True)
m("en", "Please note that Evelien Jacobs starts Monday the 28th of December as our new receptionist. She replaces Astrid, who moved to our plant in Arnhem.",
  J("Evelien Jacobs", ON("monday", D(2026, 12, 28))))

# An institute for the deaf, with a school and residential groups (aa091-aa120)
m("nl", "Geachte collega's,\n\nHierbij deel ik u mede dat mevrouw Gonneke Brinkman met ingang van maandag 15 februari 2027 bij ons in dienst treedt als verzorgende IG op woongroep De Horizon.\n\nHoogachtend,\nP. Zandstra, manager Wonen",
  J("Gonneke Brinkman", ON("maandag", D(2027, 2, 15)), CW))
m("en", "new night carer on group 3 starting fri 11 dec: jasmine pinas. she signs fluently btw 🤟",
  J("Jasmine Pinas", ON("friday", D(2026, 12, 11)), CW))
m("nl", "Gebarentolk Wilma Kok stopt per 1/3/2027, ze gaat als zzp'er verder. Haar laptop levert ze op haar laatste dag in.",
  L("Wilma Kok", D(2027, 3, 1)))
m("nl", "Mogen de stagiaires van de opleiding tot docent gebarentaal in het leerlingvolgsysteem, of alleen hun begeleider?",
  none=True)
m("nl", "Per 1 februari wordt Ilona Verbeek, nu gastvrouw bij de receptie, zorgmedewerker op De Horizon.",
  MV("Ilona Verbeek", D(2027, 2, 1), CW, None))
m("en", "Hi! The developer for the new captioning app, Daniel Amsel, starts Tuesday 9 February 2027. He'll work remotely from Berlin mostly.",
  J("Daniel Amsel", ON("tuesday", D(2027, 2, 9)), SE))
m("nl", "Zaterdag is onze conciërge Trudy Smeets na een kort ziekbed overleden. Veel kinderen kenden haar, we zorgen voor opvang.",
  L("Trudy Smeets", P(-5)), past=True)
m("en", "Hello, I inform you that Mrs. Marta Jiménez will work with us as audiologist from 11 January. Many thanks, Carmen",
  J("Marta Jiménez", D(2027, 1, 11)))
m("nl", "vanmiddag hebben we rik oosting ontslagen, per direct. hij was al 3x gewaarschuwd voor te laat komen op de groep",
  L("Rik Oosting", NOW))
m("nl", "Op 11 januari starten twee nieuwe zorgmedewerkers bij De Vuurtoren: Fleur Bosman en Naomi Tjin. Allebei doof, dus graag de teksttelefoon-app erbij.",
  J("Fleur Bosman", D(2027, 1, 11), CW), J("Naomi Tjin", D(2027, 1, 11), CW))
m("nl", "Annemiek Prins gaat per 1 maart van het secretariaat van de school naar de facilitaire dienst. Ze heeft er zelf om gevraagd, na twaalf jaar ouderavonden is het mooi geweest.",
  MV("Annemiek Prins", D(2027, 3, 1), FC, None))
m("nl", "Dag Ann, Lotte Janssens begint als zorgkundige op leefgroep 2 op dinsdag 16 februari. Ze komt uit Hasselt. Met vriendelijke groeten, Bert",
  J("Lotte Janssens", ON("dinsdag", D(2027, 2, 16)), CW))
m("en", "Healthcare assistant Grace Boateng joins the residential team in a fortnight. She'll mostly do late shifts on groups 1 and 2.",
  J("Grace Boateng", P(14), CW))
m("nl", "Update over Margriet Dijkstra: haar startdatum schuift van 11 januari naar 25 januari (maandag), de VOG was nog niet binnen.",
  J("Margriet Dijkstra", D(2027, 1, 25)))
m("nl", "Jolanda van groep 2 is ziek gemeld voor minstens zes weken. Laat haar accounts maar gewoon aan staan.",
  none=True)
m("nl", "De laatste werkdag van onze audioloog Peter Schaap is dinsdag 30 maart; hij gaat met pensioen per 1 april.",
  L("Peter Schaap", ON("dinsdag", D(2027, 3, 30))))
m("en", "Nurse Irene Wolthuis leaves us on 22 January, and carer Amber Hartman starts on 25 January to fill the gap on the night rota.",
  L("Irene Wolthuis", D(2027, 1, 22)), J("Amber Hartman", D(2027, 1, 25), CW))
m("nl", "Per maandag 18 januari komt Sandra Veenstra bij ons werken als leerkracht in de bovenbouw van de school voor dove kinderen.",
  J("Sandra Veenstra", ON("maandag", D(2027, 1, 18))))
m("en", "Respected Sir, kindly note that Ms. Deepa Raghavan will be joining as Speech Therapist w.e.f. 8th February 2027. Regards",
  J("Deepa Raghavan", D(2027, 2, 8)))
m("nl", "Komende woensdag begint Joris Eilander bij ons als docent gebarentaal. Hij geeft de avondcursussen voor ouders van nieuwe leerlingen.",
  J("Joris Eilander", WD("wednesday")))
m("nl", "Verzorgende Hatice Koç verhuist per 1 januari van De Horizon naar De Vuurtoren, zelfde functie.",
  MV("Hatice Koç", D(2027, 1, 1), CW, CW))
m("nl", "Sophie is vanaf 4 januari terug van zwangerschapsverlof. Haar account staat nog gewoon, toch?",
  none=True)
m("en", "A temporary carer, Ellen Faber, will help out on group 4 from Monday 21 December until 14 February.",
  J("Ellen Faber", ON("monday", D(2026, 12, 21)), CW))
m("nl", "facilitair medewerker ruud baas begint vrijdag 29 januari, hij komt van de gemeente",
  J("Ruud Baas", ON("vrijdag", D(2027, 1, 29)), FC))
m("en", "Gym teacher Kim Alders has been dismissed as of today. Please revoke all access. He had been warned twice before.",
  L("Kim Alders", NOW))
m("nl", "Over drie weken begint Sara Lindeman als zorgmedewerker op de logeergroep. Ze werkt vooral in de weekenden.",
  J("Sara Lindeman", P(21), CW))
m("nl", "Vanaf 1 februari wordt Bianca Hoogendijk, nu verzorgende, teamleider van De Horizon. Haar plek in het rooster vullen we voorlopig met invalkrachten.",
  MV("Bianca Hoogendijk", D(2027, 2, 1), None, CW))
m("nl", "Het tijdelijke contract van onderwijsassistent Mirjam Keizer loopt op 26-2-2027 af en wordt niet verlengd.",
  L("Mirjam Keizer", D(2027, 2, 26)))
m("nl", "Twee gebarentolken vertrekken: Kirsten Bouma op 29 december en Janneke Algra op 12 januari.",
  L("Kirsten Bouma", D(2026, 12, 29)), L("Janneke Algra", D(2027, 1, 12)))
m("nl", "Pepijn Rutgers begint morgen als stagiair op de groep, hij blijft tot de zomer. Hij doet de hbo-opleiding social work en heeft een eigen laptop.",
  J("Pepijn Rutgers", P(1)))

# A board-game publisher (aa121-aa150)
m("nl", "Hoi allemaal,\n\nPer maandag 18 januari 2027 komt Thomas Vriezema ons team versterken als spelontwerper. Hij heeft eerder bij een studio in Lyon gewerkt.\n\nGroet,\nMaaike\nUitgeverij De Dobbelsteen",
  J("Thomas Vriezema", ON("maandag", D(2027, 1, 18))))
m("en", "warehouse guy for the christmas rush starts wed 9 dec: liam o'brien. only till end of december",
  J("Liam O'Brien", ON("wednesday", D(2026, 12, 9))))
m("nl", "Redacteur Margot Schouten vertrekt per 15 maart; haar laatste werkdag is vrijdag 12 maart, ze gaat naar een uitgever van kinderboeken.",
  L("Margot Schouten", ON("vrijdag", D(2027, 3, 12))))
m("nl", "Moeten de playtesters die op zaterdag komen testen ook een wifi-account hebben of is het gastnetwerk genoeg?",
  none=True)
m("nl", "Per 1 april wordt Ivo Brands, nu magazijnmedewerker, onze verkoper voor de speciaalzaken in Duitsland.",
  MV("Ivo Brands", D(2027, 4, 1), AM, None))
m("en", "Webshop developer Kristof Michiels starts on February 1st. He'll rebuild the shop in Shopify.",
  J("Kristof Michiels", D(2027, 2, 1), SE))
m("nl", "Tot onze grote schrik is onze illustrator Bert Zeilstra afgelopen dinsdag overleden. Hij werkte al sinds 1998 bij ons.",
  L("Bert Zeilstra", P(-2)), past=True)
m("en", "Hello, I like to inform you Mr. Emre Yılmaz is going to begin as game tester from 15.02.2027. Greetings, Serkan",
  J("Emre Yılmaz", D(2027, 2, 15)))
m("nl", "gisteren heeft marco rijkers ontslag gekregen, per direct. ging er met dozen spellen vandoor 🙄",
  L("Marco Rijkers", P(-1)), past=True)
m("nl", "Vanaf 6 januari versterken twee nieuwe collega's de klantenservice: Esmee Gunnink en Rutger Haverkamp.",
  J("Esmee Gunnink", D(2027, 1, 6)), J("Rutger Haverkamp", D(2027, 1, 6)))
m("en", "Our facilities coordinator Hanneke Terpstra moves to the new warehouse in Veenendaal per 1 February, same role.",
  MV("Hanneke Terpstra", D(2027, 2, 1), FC, FC))
m("nl", "Dag Sofie, Arne Wouters komt ons versterken als vertegenwoordiger voor Vlaanderen vanaf maandag 22 februari. Gelieve zijn wagen en gsm te voorzien. Mvg, Dirk",
  J("Arne Wouters", ON("maandag", D(2027, 2, 22)), AM))
m("en", "Account manager Rosa Kleinjan leaves in four weeks; her last day is 31 December. She's moving to Spain with her family.",
  L("Rosa Kleinjan", D(2026, 12, 31), AM))
m("en", "Is there a way to give our freelance translators access to the rulebook folder without giving them a full account?",
  none=True)
m("en", "We sacked packer Stefan de Bruin on Monday, forgot to report it. Sorry!",
  L("Stefan de Bruin", P(-3)), past=True)
m("nl", "Over drie weken komt Eva Tromp erbij als community manager, ze gaat de Discord en de beurzen doen.",
  J("Eva Tromp", P(21)))
m("en", "Small correction to yesterday's message: Bram Scheffer will start on Wednesday 20 January, not the 13th.",
  J("Bram Scheffer", ON("wednesday", D(2027, 1, 20))))
m("nl", "henk otten van de inpak gaat met pensioen, laatste dag 30/12. 41 jaar bij de club!",
  L("Henk Otten", D(2026, 12, 30)))
m("en", "The two pop-up shop temps at the Utrecht fair, Jade Vermaat and Mila Kaya, finish on Sunday 20 December.",
  L("Jade Vermaat", ON("sunday", D(2026, 12, 20))), L("Mila Kaya", ON("sunday", D(2026, 12, 20))))
m("nl", "Startdatum 2027-02-15: Pim Hoekman, programmeur voor de app met spelregels. Werkt drie dagen per week vanuit Eindhoven.",
  J("Pim Hoekman", D(2027, 2, 15), SE))
m("en", "Fatima Chaara joined us yesterday as bookkeeper (sorry, late!), could you create her account today?",
  J("Fatima Chaara", P(-1)), past=True)
m("nl", "Verkoopster Gwen Hazeleger van onze winkel in Utrecht vertrekt op 9 januari. Ze begint een eigen spellencafé in Nijmegen!",
  L("Gwen Hazeleger", D(2027, 1, 9), AM))
m("en", "Thursday next week Ben Okafor starts as junior game designer, he won our design contest last year.",
  J("Ben Okafor", NW("thursday")))
m("nl", "Sjoerd heeft zijn ontslag ingetrokken, hij blijft dus toch. Graag niets afsluiten!",
  none=True)
m("nl", "Koen Bakels stopt per 1 februari in het magazijn en wordt onze facilitair coördinator. Zijn plek in het magazijn wordt voorlopig niet opgevuld.",
  MV("Koen Bakels", D(2027, 2, 1), FC, None))
m("nl", "De nieuwe illustratrice, Lieke Ramaker, begint op de achttiende januari. Ze maakt de tekeningen voor het nieuwe familiespel.",
  J("Lieke Ramaker", D(2027, 1, 18)))
m("en", "The sales rep we hired, Wouter, got a counter-offer and stays at his current job. So nobody starts on 1 February after all.",
  none=True)
m("nl", "Magazijnchef Arjen Kolk vertrekt per 1 maart. Zijn taken gaan naar Melvin Dijkman, die per die datum van inpakker magazijnchef wordt.",
  L("Arjen Kolk", D(2027, 3, 1)), MV("Melvin Dijkman", D(2027, 3, 1), None, None))
m("en", "first day monday for our new game tester julia brandsma 🎲",
  J("Julia Brandsma", WD("monday")))
m("nl", "Brenda Akkerman werkt nog tot en met dinsdag 22 december, daarna gaat ze studeren. We zoeken nog een vervanger voor de zaterdagen.",
  L("Brenda Akkerman", ON("dinsdag", D(2026, 12, 22))))
# ---------------------------------------------------------------- end of part 1
# ---------------------------------------------------------------- part 2 (aa151-aa320)
# A plastics injection-moulding factory (aa151-aa178)
m("nl", "Goedemiddag,\n\nVanaf woensdag 6 januari 2027 werkt Dennis Kamperman bij ons als matrijzenmaker in de gereedschapmakerij.\n\nHartelijke groet,\nWillemijn Post\nHR Kunststofindustrie Twente",
  J("Dennis Kamperman", ON("woensdag", D(2027, 1, 6))))
m("en", "new machine setter for hall B: ricardo almeida, first shift fri 18 dec. he speaks portuguese + some english",
  J("Ricardo Almeida", ON("friday", D(2026, 12, 18))))
m("nl", "Kwaliteitsmedewerker Anton Wieringa gaat per 1 april met vervroegd pensioen, laatste werkdag vrijdag 26 maart.",
  L("Anton Wieringa", ON("vrijdag", D(2027, 3, 26))))
m("en", "Are the mould makers from our supplier in Portugal allowed on the guest wifi when they come to repair tool 14?",
  none=True)
m("nl", "Per maandag 1 maart gaat Kees Hartgers van de productievloer naar de binnendienst; hij wordt daar verkoper voor de automotive-klanten.",
  MV("Kees Hartgers", ON("maandag", D(2027, 3, 1)), AM, None))
m("en", "Good news, we found a MES developer! Anna Kovács starts Thursday 7 January, remote on Fridays.",
  J("Anna Kovács", ON("thursday", D(2027, 1, 7)), SE))
m("nl", "Onze collega Jos Wentink, operator in de nachtploeg, is zondagochtend overleden aan een hartstilstand. Hij werd maar 47.",
  L("Jos Wentink", P(-4)), past=True)
m("en", "Bonjour, I inform you that Mr. Julien Roussel will join your team the 1 March as key account manager for the medical parts. Cordially, Hélène",
  J("Julien Roussel", D(2027, 3, 1), AM))
m("nl", "vandaag ontslagen, per direct: inpakker sven olijslager. diefstal van granulaat",
  L("Sven Olijslager", NOW))
m("nl", "Extra handen voor de piek:\n• Tomasz Lewandowski (vanaf 14 december)\n• Ionela Popa (vanaf 11 januari)\nBeiden via het uitzendbureau, inpakafdeling.",
  J("Tomasz Lewandowski", D(2026, 12, 14)), J("Ionela Popa", D(2027, 1, 11)))
m("nl", "Roel Doornbos wordt per 1 februari facilitair coördinator bij ons, hij komt van een ziekenhuis in Enschede.",
  J("Roel Doornbos", D(2027, 2, 1), FC))
m("nl", "Dag Nathalie, Bram De Smet komt ons team versterken als insteller vanaf dinsdag 19 januari. Kan je zijn badge en laptop voorzien? Bedankt, Wim",
  J("Bram De Smet", ON("dinsdag", D(2027, 1, 19))))
m("en", "Our account manager for Germany, Jana Richter, leaves two weeks from Friday, so on 18 December. Please plan the handover of her laptop.",
  L("Jana Richter", D(2026, 12, 18), AM))
m("nl", "Sorry, verkeerde datum doorgegeven: Lisette Morsink begint op dinsdag 2 februari en niet op 1 februari.",
  J("Lisette Morsink", ON("dinsdag", D(2027, 2, 2))))
m("nl", "Hoe zit het met de laptop van een stagiair die maar drie dagen meeloopt? Hoeft die een account of niet?",
  none=True)
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat het dienstverband van de heer Olaf Pasman, productieleider, eindigt per 30 april 2027.\n\nMet vriendelijke groet,\nHR",
  L("Olaf Pasman", D(2027, 4, 30)))
m("en", "Ramón Ortega started on Tuesday in the tool shop, nobody told you, sorry. Can he get an account?",
  J("Ramón Ortega", P(-2)), past=True)
m("nl", "Vanaf 4 januari is Erwin Slot geen operator meer; hij wordt planner voor hal A en B. Zijn opvolger op de machine zoeken we nog, daar hoor je later over.",
  MV("Erwin Slot", D(2027, 1, 4), None, None))
m("nl", "Onze programmeur van de machinekoppelingen, Wessel Vinke, stopt per 1 maart. Zijn laatste werkdag is woensdag 24 februari.",
  L("Wessel Vinke", ON("woensdag", D(2027, 2, 24)), SE))
m("en", "Two new operators on nights from Monday 11 January: Oleksandr Shevchenko and Bartosz Wróbel. Both via Otto.",
  J("Oleksandr Shevchenko", ON("monday", D(2027, 1, 11))), J("Bartosz Wróbel", ON("monday", D(2027, 1, 11))))
m("nl", "Morgen is Yasmina Charif haar eerste dag op de afdeling kwaliteit. Kan ze haar badge aan de receptie ophalen?",
  J("Yasmina Charif", P(1)))
m("nl", "Jesse Tolboom gaat per 1 februari van de productie naar de technische dienst, als onderhoudsmonteur.",
  MV("Jesse Tolboom", D(2027, 2, 1), None, None))
m("nl", "per 1/2 wordt joyce hilbrink teamleider inpak, nu nog inpakster. kan ze dan ook bij de roosters in het systeem?",
  MV("Joyce Hilbrink", D(2027, 2, 1), None, None))
m("en", "Sales rep Mohamed Essaidi will leave us per 1/4/2027, he's moving to one of our clients.",
  L("Mohamed Essaidi", D(2027, 4, 1), AM))
m("nl", "Op 8 januari heeft Gijs Bonnema zijn laatste werkdag bij ons als matrijzenmaker; hij gaat voor zichzelf beginnen.",
  L("Gijs Bonnema", D(2027, 1, 8)))
m("en", "We had planned a start for a setter on 4 January, but he failed the medical. We'll let you know when we find someone else.",
  none=True)
m("nl", "Vanaf volgende week vrijdag werkt Tamara Kroes bij ons als facilitair medewerker, drie ochtenden per week.",
  J("Tamara Kroes", NW("friday"), FC))
m("en", "Mark Stapel joins the R&D team as polymer chemist on the 12th of January. He'll need access to the lab notebooks and the shared drive of R&D.",
  J("Mark Stapel", D(2027, 1, 12)))

# A co-working space operator (aa179-aa206)
m("nl", "Hoi!\n\nPer vrijdag 8 januari 2027 komt Floor Vermeer bij ons als community host op onze locatie aan de Zuidas.\n\nLiefs,\nJet\nThe Workplace Club",
  J("Floor Vermeer", ON("vrijdag", D(2027, 1, 8))))
m("en", "new host for the weekend desk: kai vermolen, starts sat 19 dec 👋 student, saturdays and sundays only",
  J("Kai Vermolen", ON("saturday", D(2026, 12, 19))))
m("nl", "Locatiemanager Rotterdam, Ellen Spaans, vertrekt per 1 februari. Haar laatste werkdag is vrijdag 29 januari.",
  L("Ellen Spaans", ON("vrijdag", D(2027, 1, 29))))
m("en", "Members keep asking whether their own employees can get a badge through us. Is that something Handover does?",
  none=True)
m("nl", "Vanaf 1 maart wordt community host Rick Janszen onze accountmanager voor de grote bedrijven die hele verdiepingen huren.",
  MV("Rick Janszen", D(2027, 3, 1), AM, None))
m("en", "Our booking-app developer, Hugo Lemaire, starts on Monday 15 February. He's joining from a startup in Lille.",
  J("Hugo Lemaire", ON("monday", D(2027, 2, 15)), SE))
m("nl", "Vorige week maandag is onze schoonmaakcoördinator Annie Vos onverwacht overleden. Ze werkte al sinds de opening bij ons.",
  L("Annie Vos", LW("monday")), past=True)
m("en", "Dear Team, this is to inform you that Mr. Arjun Pillai has joined today as IT Support Executive at the Utrecht location. Kindly create his login.",
  J("Arjun Pillai", NOW))
m("nl", "barista/host mike tuinman vandaag ontslagen, hij heeft geld uit de kas gehaald. per direct alles blokkeren",
  L("Mike Tuinman", NOW))
m("nl", "Per 4 januari gaan twee hosts aan de slag in Eindhoven: Liza Mertens en Joep van Gils. Ze draaien samen de ochtend- en middagdiensten aan de balie.",
  J("Liza Mertens", D(2027, 1, 4)), J("Joep van Gils", D(2027, 1, 4)))
m("nl", "Facilitair coördinator Gerben Bosch verhuist per 1 maart van onze locatie in Utrecht naar die in Amersfoort, zelfde werk.",
  MV("Gerben Bosch", D(2027, 3, 1), FC, FC))
m("nl", "Dag Jolien, Seppe Goossens vervoegt ons team in Gent als community manager vanaf maandag 1 maart. Gelieve zijn laptop klaar te zetten. Mvg, Tine",
  J("Seppe Goossens", ON("maandag", D(2027, 3, 1))))
m("en", "Sales rep Danielle Hart leaves in three weeks, she's off to travel for a year 🌏 her members go to Noa for now",
  L("Danielle Hart", P(21), AM))
m("nl", "Per 11 januari begint Laila Moussaoui als host in Den Haag; ze komt van een hotel en spreekt vier talen.",
  J("Laila Moussaoui", D(2027, 1, 11)))
m("nl", "Kleine wijziging: Inge Wesselink stopt niet op 15 januari maar werkt door tot en met vrijdag 29 januari.",
  L("Inge Wesselink", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Onze receptioniste in Den Haag, Marjan Blokzijl, stopt op 31 januari. Haar opvolger Roos Hoek begint op maandag 1 februari.",
  L("Marjan Blokzijl", D(2027, 1, 31)), J("Roos Hoek", ON("maandag", D(2027, 2, 1))))
m("en", "Heads-up: Jeroen Lindhout starts next Monday as our new events coordinator. He'll run the member drinks and the room bookings for events.",
  J("Jeroen Lindhout", WD("monday")))
m("nl", "Over vijf weken begint Noa Schipper als verkoper van flexplekken aan bedrijven, vooral in de regio Utrecht.",
  J("Noa Schipper", P(35), AM))
m("en", "Leaver\nName: Bart Heijmans\nLast working day: 2027-01-22\nReason: own request",
  L("Bart Heijmans", D(2027, 1, 22)))
m("nl", "Vorige week vrijdag is onze barista Shanti Ramdin gestopt. Ik vergat het door te geven, sorry!",
  L("Shanti Ramdin", LW("friday")), past=True)
m("nl", "Vanaf 1 februari gaat Ruben Blom, nu host aan de balie, als ontwikkelaar aan de slag aan onze boekingsapp.",
  MV("Ruben Blom", D(2027, 2, 1), SE, None))
m("en", "Our cleaner Mirela Ionescu stops on 31 December; the agency sends someone new from January.",
  L("Mirela Ionescu", D(2026, 12, 31)))
m("nl", "Met ingang van 1-3-2027 komt Fenna Wierenga ons versterken als accountmanager corporate. Ze krijgt een leaseauto en een telefoon van de zaak.",
  J("Fenna Wierenga", D(2027, 3, 1), AM))
m("en", "Just a reminder that Oscar Hagenaars's contract ends on Friday 15 January; he won't be extended.",
  L("Oscar Hagenaars", ON("friday", D(2027, 1, 15))))
m("nl", "volgende week maandag begint zoë kramer op de receptie in amsterdam-noord, zij doet de vroege dienst",
  J("Zoë Kramer", NW("monday")))
m("en", "Two hosts leave us around the holidays: Iris Damen on 24 December and Merel Jonker on 8 January.",
  L("Iris Damen", D(2026, 12, 24)), L("Merel Jonker", D(2027, 1, 8)))
m("nl", "Vanaf maandag 18 januari werkt Thijmen Baars als facilitair medewerker op onze twee Utrechtse locaties.",
  J("Thijmen Baars", ON("maandag", D(2027, 1, 18)), FC))
m("en", "Our host Priscilla Amankwah was dismissed this morning for repeated no-shows. Please block her badge for all three locations before tonight.",
  L("Priscilla Amankwah", NOW))

# A factory of prefab modular homes (aa207-aa234)
m("nl", "Goedemorgen allemaal,\n\nMet ingang van dinsdag 12 januari 2027 start Hendrik Scholtens bij ons als timmerman op de assemblagelijn.\n\nMet vriendelijke groet,\nMarleen Koster\nPersoneelszaken",
  J("Hendrik Scholtens", ON("dinsdag", D(2027, 1, 12))))
m("en", "crane guy for the yard, peter van wijk, starts mon 4 jan. he has his own PPE",
  J("Peter van Wijk", ON("monday", D(2027, 1, 4))))
m("nl", "Werkvoorbereider Annelies Stellingwerf gaat ons per 1 maart verlaten; haar laatste werkdag is vrijdag 19 februari vanwege openstaand verlof.",
  L("Annelies Stellingwerf", ON("vrijdag", D(2027, 2, 19))))
m("en", "Do the subcontracted electricians who wire the modules in our hall need a badge, or do they sign in at the gate each day?",
  none=True)
m("nl", "Per 1 februari stapt projectleider Wouter Brinkhuis over naar verkoop: hij wordt accountmanager voor woningcorporaties.",
  MV("Wouter Brinkhuis", D(2027, 2, 1), AM, None))
m("en", "We've hired a developer for our configurator! Sven Åberg starts on Monday 22 February, working from Malmö most weeks.",
  J("Sven Åberg", ON("monday", D(2027, 2, 22)), SE))
m("nl", "Met pijn in het hart melden we dat lasser Henk Jan Oosterhuis gisteren bij een auto-ongeluk om het leven is gekomen.",
  L("Henk Jan Oosterhuis", P(-1)), past=True)
m("en", "Dear colleagues, Mr. Jan-Peter Kowalski starts with the 15.02.2027 as project engineer (timber construction, no software). Greetings from Bremen, Ute",
  J("Jan-Peter Kowalski", D(2027, 2, 15)))
m("nl", "timmerman yoran ketelaar vanochtend ontslagen, alcohol op de bouwplaats. per direct",
  L("Yoran Ketelaar", NOW))
m("nl", "Nieuwe mensen in de afbouw:\n1. Sjors Hermsen – per 18 januari\n2. Dylan Pereira – per 25 januari\n3. Ali Karaca – per 1 februari",
  J("Sjors Hermsen", D(2027, 1, 18)), J("Dylan Pereira", D(2027, 1, 25)), J("Ali Karaca", D(2027, 2, 1)))
m("en", "From Monday 1 February, Chris Vogel takes over as facility coordinator for both halls; he was a logistics planner until now.",
  MV("Chris Vogel", ON("monday", D(2027, 2, 1)), FC, None))
m("nl", "Dag Griet, Michiel Verhaegen begint als schrijnwerker in de fabriek in Lokeren op maandag 25 januari. Mag hij een badge en werkschoenen? Mvg, Joris",
  J("Michiel Verhaegen", ON("maandag", D(2027, 1, 25))))
m("nl", "Onze vertegenwoordiger voor Duitsland, Lukas Brenninkmeijer, vertrekt over zes weken. Hij gaat terug naar zijn familie in Münster; zijn klanten verdelen we onder de binnendienst.",
  L("Lukas Brenninkmeijer", P(42), AM))
m("en", "Change of plan: Sophie Clement does not start on 11 January; she starts one week later, on Monday 18 January.",
  J("Sophie Clement", ON("monday", D(2027, 1, 18))))
m("nl", "Frank uit de werkvoorbereiding gaat drie maanden onbetaald verlof opnemen vanaf februari. Moet zijn account dicht?",
  none=True)
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat de arbeidsovereenkomst van mevrouw Petra Leenders, calculator, op 31 maart 2027 van rechtswege eindigt.\n\nHoogachtend,\nDirectie",
  L("Petra Leenders", D(2027, 3, 31)))
m("en", "Good day Sir, this is to bring to your notice that Engr. Chinedu Obi will resume as Structural Engineer on Monday 8th February, 2027. Warm regards",
  J("Chinedu Obi", ON("monday", D(2027, 2, 8))))
m("nl", "vandaag laatste dag voor stagiair finn de jong, school is klaar. laptop ligt bij mij",
  L("Finn de Jong", NOW))
m("en", "Kevin Voskuilen started with us on Monday as a welder; sorry, I'm late with this. He works in the steel-frame hall, day shifts.",
  J("Kevin Voskuilen", P(-3)), past=True)
m("nl", "Per 1 maart ruilen Joost Heemskerk en Tim Verduin van plek: Joost gaat naar de hal in Nijverdal en Tim komt naar Hengelo. Beiden blijven ploegleider.",
  MV("Joost Heemskerk", D(2027, 3, 1), None, None), MV("Tim Verduin", D(2027, 3, 1), None, None))
m("nl", "Onze enige ontwikkelaar, Jelle Postma, gaat ons per 1 april verlaten voor een baan bij een bank.",
  L("Jelle Postma", D(2027, 4, 1), SE))
m("en", "Our new receptionist, Sabine Oudeman, starts the Monday after next. She'll sit at the front desk from 8 to 4 and also handle the visitor passes.",
  J("Sabine Oudeman", D(2026, 12, 14)))
m("nl", "Planner Rianne Kuipers gaat per 11 januari van de montage naar de inkoop, als inkoper. Haar planning gaat naar Erwin, die dat al een beetje deed.",
  MV("Rianne Kuipers", D(2027, 1, 11), None, None))
m("nl", "Nieuwe tekenaar per 1 maart: Lucas Boonstra, komt van een architectenbureau in Zwolle.",
  J("Lucas Boonstra", D(2027, 3, 1)))
m("en", "Please create an account for Nadia Saidi, who joins as HR adviser on the 1st of March. She comes from a construction company in Deventer.",
  J("Nadia Saidi", D(2027, 3, 1)))
m("nl", "Maandag 15 maart begint Ilse de Vries als verkoopster in onze modelwoning in Almere. Ze werkt ook op zaterdag, als de kijkdagen zijn.",
  J("Ilse de Vries", ON("maandag", D(2027, 3, 15)), AM))
m("en", "Yesterday afternoon we let go of apprentice carpenter Luuk Ebbinge, effective immediately.",
  L("Luuk Ebbinge", P(-1)), past=True)
m("nl", "Per 1 februari stopt Dirk Haverman als programmeur en wordt hij productowner van de configurator.",
  MV("Dirk Haverman", D(2027, 2, 1), None, SE))

# An artificial-turf installer (aa235-aa262)
m("nl", "Beste collega's,\n\nPer woensdag 13 januari 2027 begint Gideon Beukema bij ons als grondwerker in ploeg 3.\n\nGroeten,\nRoy\nUitvoering",
  J("Gideon Beukema", ON("woensdag", D(2027, 1, 13))))
m("en", "new guy on the infill crew: mats riksen, starts tue 5 jan 💪 he drives the rubber-granulate spreader mostly",
  J("Mats Riksen", ON("tuesday", D(2027, 1, 5))))
m("nl", "Uitvoerder Harm Dijkema gaat per 1 februari met pensioen. Zijn laatste werkdag is donderdag 28 januari.",
  L("Harm Dijkema", ON("donderdag", D(2027, 1, 28))))
m("nl", "Moeten de zzp'ers die bij ons de lijnen trekken op de velden ook in Handover, of alleen onze eigen mensen?",
  none=True)
m("en", "From 15 February Jorn Tiemens moves from our installation crew to sales; he'll be account manager for sports clubs in the north.",
  MV("Jorn Tiemens", D(2027, 2, 15), AM, None))
m("nl", "Vanaf maandag 8 februari hebben we een ontwikkelaar: Daan Hazelaar gaat de planningssoftware voor de ploegen bouwen.",
  J("Daan Hazelaar", ON("maandag", D(2027, 2, 8)), SE))
m("nl", "Tot ons grote verdriet is machinist Ben Hulsbos woensdag 25 november overleden. De uitvaart is volgende week.",
  L("Ben Hulsbos", ON("woensdag", D(2026, 11, 25))), past=True)
m("en", "Hello, Mr. Mustafa Özkan is start at us from 04-01-2027 as crew member in the team of Gerrit. He has driving licence C. Kind regards",
  J("Mustafa Özkan", D(2027, 1, 4)))
m("nl", "gisteren hebben we vincent brugman ontslagen, per direct. 2x niet komen opdagen op de bouw",
  L("Vincent Brugman", P(-1)), past=True)
m("nl", "Twee nieuwe grondwerkers:\n- Rik Zandbergen, vanaf 1 maart\n- Mohamed Amezian, vanaf 8 maart",
  J("Rik Zandbergen", D(2027, 3, 1)), J("Mohamed Amezian", D(2027, 3, 8)))
m("nl", "Vanaf 1 april is Marloes Bouwhuis onze nieuwe facilitair medewerker op het kantoor in Zwolle.",
  J("Marloes Bouwhuis", D(2027, 4, 1), FC))
m("nl", "Dag Evi, Tom Vandenberghe start als ploegbaas aanleg bij ons op maandag 1 februari. Gelieve zijn bestelwagen en tablet te voorzien. Mvg, Kris",
  J("Tom Vandenberghe", ON("maandag", D(2027, 2, 1))))
m("en", "Account manager Rachel Groen will leave us on 26 February; she's joining a competitor in Belgium.",
  L("Rachel Groen", D(2027, 2, 26), AM))
m("nl", "Niet op 15 januari maar op vrijdag 22 januari is de laatste werkdag van Bernard Zuidema.",
  L("Bernard Zuidema", ON("vrijdag", D(2027, 1, 22))))
m("en", "Our mechanic Wim will be on sick leave for a few weeks after his knee operation. His account can stay as it is.",
  none=True)
m("nl", "Het contract van seizoenskracht Kevin Timmermans loopt op 18 december af. In het voorjaar komt hij misschien terug, maar dat zien we dan wel.",
  L("Kevin Timmermans", D(2026, 12, 18)))
m("en", "Dear Sir, please note that Mr. Harish Venkatesan, Project Engineer (civil, no software), is relieved from his duties with effect from 29th January 2027.",
  L("Harish Venkatesan", D(2027, 1, 29)))
m("nl", "softwareontwikkelaar bij ons stopt: ivo bruggeman, per 1 feb. laatste werkdag wordt 29 jan",
  L("Ivo Bruggeman", D(2027, 1, 29), SE))
m("nl", "Per 1 januari stoppen er twee mensen in ploeg 2: Gerard Kamps (pensioen) en Remco Jaspers (andere baan).",
  L("Gerard Kamps", D(2027, 1, 1)), L("Remco Jaspers", D(2027, 1, 1)))
m("en", "Starting Monday the 1st of March, Anouk Wieggers joins as planner for the installation crews.",
  J("Anouk Wieggers", ON("monday", D(2027, 3, 1))))
m("nl", "Ploegbaas Stefan Oldenkamp gaat per 1 februari van ploeg Noord naar ploeg Zuid, zelfde functie.",
  MV("Stefan Oldenkamp", D(2027, 2, 1), None, None))
m("en", "Sadly, Maarten Kloosterman, our oldest crew member, passed away last Sunday. He had been laying pitches for us for almost thirty years.",
  L("Maarten Kloosterman", P(-4)), past=True)
m("nl", "Over twee weken begint Demi Brouns als verkoper binnendienst, voor de offertes aan gemeenten.",
  J("Demi Brouns", P(14), AM))
m("nl", "Per maandag 8 maart begint Tijn Westerhof als grondwerker, hij doet eerst de cursus veiligheid.",
  J("Tijn Westerhof", ON("maandag", D(2027, 3, 8))))
m("en", "Lab technician Ingrid Slagter leaves us on 31 January; her replacement, Carmen Jurriëns, starts on 1 February.",
  L("Ingrid Slagter", D(2027, 1, 31)), J("Carmen Jurriëns", D(2027, 2, 1)))
m("nl", "Donderdag 21 januari begint Wiebe Hofstra als monteur voor het onderhoud van de velden. Hij krijgt de bus van Harm, die met pensioen gaat.",
  J("Wiebe Hofstra", ON("donderdag", D(2027, 1, 21))))
m("en", "Tomorrow is the last working day of Edwin Bekkering, our groundsman for 15 years. There is cake in the canteen at three!",
  L("Edwin Bekkering", P(1)))
m("nl", "Vanaf 1 maart wordt Niek Schuurman, nu grondwerker, uitvoerder van de aanleg in Brabant.",
  MV("Niek Schuurman", D(2027, 3, 1), None, None))

# A cattle-breeding (artificial insemination) station (aa263-aa290)
m("nl", "Hallo allemaal,\n\nPer maandag 1 februari 2027 begint Jelmer Boersma bij ons als inseminator in de regio Friesland.\n\nGroet,\nAukje Hiemstra\nHR Rundveeverbetering Noord",
  J("Jelmer Boersma", ON("maandag", D(2027, 2, 1))))
m("en", "new stable hand for the bull barn: sietse bruinsma, starts thu 10 dec. he'll do early mornings",
  J("Sietse Bruinsma", ON("thursday", D(2026, 12, 10))))
m("nl", "Laborant Greet Hooijer stopt per 1 maart; haar laatste werkdag is maandag 22 februari, daarna neemt ze haar laatste vakantiedagen op.",
  L("Greet Hooijer", ON("maandag", D(2027, 2, 22))))
m("nl", "Mogen de dierenartsen van de praktijken die bij ons sperma ophalen in ons klantenportaal, of moet dat via de accountmanager?",
  none=True)
m("en", "As of 1 April, field technician Hidde Kooistra becomes our account manager for dairy farmers in Drenthe.",
  MV("Hidde Kooistra", D(2027, 4, 1), AM, None))
m("nl", "Per 18 januari hebben we een nieuwe softwareontwikkelaar: Emma Rijpma, voor de fokwaardeapp.",
  J("Emma Rijpma", D(2027, 1, 18), SE))
m("nl", "Eergisteravond is onze stalmeester Klaas Veldman overleden. Hij was 61 en werkte al sinds 1989 bij ons op de stierenstal. We zijn er kapot van.",
  L("Klaas Veldman", P(-2)), past=True)
m("en", "Hello, I am happy to tell Mr. Mads Jørgensen will begin by you on 01.03.2027 as bull manager. Best regards, Henrik",
  J("Mads Jørgensen", D(2027, 3, 1)))
m("nl", "inseminator rens van eck vanmiddag ontslagen, fraude met zijn ritten. graag alles per direct dicht",
  L("Rens van Eck", NOW))
m("nl", "Per 4 januari twee nieuwe stalmedewerkers: Wout Haaksma en Anna Sikkema. Beiden komen van de agrarische school in Leeuwarden.",
  J("Wout Haaksma", D(2027, 1, 4)), J("Anna Sikkema", D(2027, 1, 4)))
m("en", "Our receptionist Gerda Pol takes over as facility coordinator from Monday 18 January. Her place at reception will be taken by a temp for now.",
  MV("Gerda Pol", ON("monday", D(2027, 1, 18)), FC, None))
m("nl", "Dag Marijke, Lies Claessens start als labo-assistente in Herentals op dinsdag 2 maart. Gelieve haar toegang tot het labo te voorzien. Mvg, Stijn",
  J("Lies Claessens", ON("dinsdag", D(2027, 3, 2))))
m("en", "Our sales representative Tjeerd Bouwma leaves in seven weeks. He has accepted a job at a feed company, so please make sure the customer files stay with us.",
  L("Tjeerd Bouwma", P(49), AM))
m("nl", "Correctie: de startdatum van Hilde Veenhuizen is niet 1 maart maar maandag 8 maart. Ze wilde eerst nog haar scriptie afronden.",
  J("Hilde Veenhuizen", ON("maandag", D(2027, 3, 8))))
m("nl", "Onze vrijwillige rondleiders op de open dag, hebben die een account nodig? Het gaat om een man of vijf.",
  none=True)
m("en", "Please note: bull-barn worker Jaap Heringa's temporary contract ends on 15 January.",
  L("Jaap Heringa", D(2027, 1, 15)))
m("nl", "morgen begint onze nieuwe verkoper voor overijssel: bart koerts. hij heeft al een telefoon, alleen nog een laptop nodig",
  J("Bart Koerts", P(1), AM))
m("en", "Two of our inseminators retire on 31 December: Geert Nijboer and Roelof Wubs. Together they did more than 60 years of farm visits!",
  L("Geert Nijboer", D(2026, 12, 31)), L("Roelof Wubs", D(2026, 12, 31)))
m("nl", "Vanaf 1 februari gaat Maud Ploeg van de administratie naar het IT-team, als programmeur voor het klantenportaal.",
  MV("Maud Ploeg", D(2027, 2, 1), SE, None))
m("en", "Just found out nobody told you: Pieter Feenstra left us on Monday 30 November. His tablet is still in his car, I will pick it up.",
  L("Pieter Feenstra", ON("monday", D(2026, 11, 30))), past=True)
m("nl", "Inseminator Gerlof Kamstra verhuist per 1 januari van regio Noord naar regio Oost, zelfde werk.",
  MV("Gerlof Kamstra", D(2027, 1, 1), None, None))
m("en", "Dr. Marieke Tjoelker, our geneticist, starts Wednesday 3 March. She comes from the university in Wageningen and will lead the genomics project.",
  J("Marieke Tjoelker", ON("wednesday", D(2027, 3, 3))))
m("nl", "Vanaf gisteren werkt Sander Jellema bij ons als chauffeur voor de spermatransporten.",
  J("Sander Jellema", P(-1)), past=True)
m("nl", "Per 15-01-2027 stopt onze facilitair medewerker Joke Reitsma. Zij heeft de sleutels van alle stallen, dus die graag op tijd terug.",
  L("Joke Reitsma", D(2027, 1, 15), FC))
m("en", "Our vet Dr. Geertje Zondervan starts on Monday 1 March, three days a week at the bull station.",
  J("Geertje Zondervan", ON("monday", D(2027, 3, 1))))
m("nl", "Stalmedewerker Jorrit Anema werkt nog tot en met zondag 10 januari. Daarna gaat hij het bedrijf van zijn ouders overnemen.",
  L("Jorrit Anema", ON("zondag", D(2027, 1, 10))))
m("en", "Welcome Nynke Bergstra, our new data analyst, starting Monday 25 January! She will work on the breeding values with the team in Arnhem.",
  J("Nynke Bergstra", ON("monday", D(2027, 1, 25))))
m("nl", "Onze vertegenwoordiger voor Limburg, Huub Vossen, gaat per 1 januari met pensioen.",
  L("Huub Vossen", D(2027, 1, 1), AM))

# A biogas plant (aa291-aa320)
m("nl", "Goedemorgen,\n\nMet ingang van maandag 22 februari 2027 treedt Marten Hoekema bij ons in dienst als procesoperator vergisting.\n\nMet vriendelijke groet,\nElske Jansen\nHR Groengas Noord",
  J("Marten Hoekema", ON("maandag", D(2027, 2, 22))))
m("en", "new shovel driver for the feed hall, wim zonneveld, starts mon 11 jan. early shift, needs a badge for the weighbridge too",
  J("Wim Zonneveld", ON("monday", D(2027, 1, 11))))
m("nl", "Operator Gert Meijerink gaat eind maart met pensioen; zijn laatste werkdag is vrijdag 26 maart.",
  L("Gert Meijerink", ON("vrijdag", D(2027, 3, 26))))
m("en", "Do the truck drivers who deliver manure from the farms need a gate badge from us, or does the haulier arrange that?",
  none=True)
m("nl", "Per 1 maart wordt Linda Schaafsma, nu procesoperator, onze accountmanager voor de boeren die mest leveren.",
  MV("Linda Schaafsma", D(2027, 3, 1), AM, None))
m("en", "Our process-control programmer Tobias Krüger starts Friday 8 January. He will mainly work on the digester control and the alarms.",
  J("Tobias Krüger", ON("friday", D(2027, 1, 8)), SE))
m("nl", "Afgelopen zaterdag is onze monteur Berend Kloeze overleden, thuis, na een lange ziekte.",
  L("Berend Kloeze", P(-5)), past=True)
m("en", "Good morning, Mr. Vasile Munteanu start to work by you at 18.01.2027 as operator. Thank you",
  J("Vasile Munteanu", D(2027, 1, 18)))
m("nl", "ontslag op staande voet vandaag voor chauffeur erik van dam. hij reed met een volle tank tegen het hek",
  L("Erik van Dam", NOW))
m("nl", "Per maandag 4 januari komen er twee operators bij: Tim Stoker en Gijs Wolterink.",
  J("Tim Stoker", ON("maandag", D(2027, 1, 4))), J("Gijs Wolterink", ON("maandag", D(2027, 1, 4))))
m("en", "Facilities coordinator Arjan Bonte moves to our new plant in Emmen from 1 February, same job.",
  MV("Arjan Bonte", D(2027, 2, 1), FC, FC))
m("nl", "Dag Karen, Kobe Willems start bij ons als procestechnieker in Beveren op maandag 15 maart. Gelieve zijn pc en badge te voorzien. Mvg, Jan",
  J("Kobe Willems", ON("maandag", D(2027, 3, 15))))
m("en", "Sales rep Wendy Koolhaas leaves us in eight weeks. She is moving abroad with her husband, so her company car goes back to the lease company.",
  L("Wendy Koolhaas", P(56), AM))
m("nl", "Even rechtzetten: Lars Haandrikman begint niet op 1 februari maar al op maandag 25 januari.",
  J("Lars Haandrikman", ON("maandag", D(2027, 1, 25))))
m("nl", "Onze procesoperator Karin gaat vanaf maart 32 uur werken in plaats van 40. Verandert er iets aan haar toegang?",
  none=True)
m("en", "To whom it may concern,\n\nWe confirm that the employment of Ms. Laura Stevens, laboratory analyst, will end on 30 April 2027 at her own request.\n\nKind regards,\nHR",
  L("Laura Stevens", D(2027, 4, 30)))
m("nl", "sinds gisteren zit youri meinema bij ons op de weegbrug, ik was hem vergeten door te geven. sorry! kan hij vandaag nog inloggen?",
  J("Youri Meinema", P(-1)), past=True)
m("en", "Two seasonal workers for the maize silage are done: Piotr Zieliński on 11 December and Marek Dudek on 18 December.",
  L("Piotr Zieliński", D(2026, 12, 11)), L("Marek Dudek", D(2026, 12, 18)))
m("nl", "Per 1-4-2027 vertrekt onze ontwikkelaar Vera Hakvoort naar Zweden. Ze draagt de monitoringscripts over aan de leverancier.",
  L("Vera Hakvoort", D(2027, 4, 1), SE))
m("en", "One of our operators got a job elsewhere but then changed his mind, so he stays. Please ignore my message from Monday about Harm.",
  none=True)
m("nl", "Aanstaande maandag begint Esra Yıldırım als laborante op de proefafdeling. Ze doet de analyses van het digestaat.",
  J("Esra Yıldırım", WD("monday")))
m("nl", "Vanaf 1 januari wordt shiftleider Bram Elzinga hoofd operations. Hij volgt Karel op, die naar onze vestiging in Duitsland gaat.",
  MV("Bram Elzinga", D(2027, 1, 1), None, None))
m("en", "Please note that our receptionist Yvette Kraak has her last day on Wednesday 30 December.",
  L("Yvette Kraak", ON("wednesday", D(2026, 12, 30))))
m("nl", "Vorige week woensdag is chauffeur Dennis Kooij gestopt, zijn proeftijd werd niet verlengd.",
  L("Dennis Kooij", LW("wednesday")), past=True)
m("nl", "Over twee weken begint Kiki Roeterdink als facilitair medewerker. Ze gaat ook de kantine en de bedrijfskleding regelen.",
  J("Kiki Roeterdink", P(14), FC))
m("en", "Jesper Nauta starts as maintenance engineer (pumps and mixers, no IT) on the 15th of February.",
  J("Jesper Nauta", D(2027, 2, 15)))
m("nl", "Twee nieuwe operators voor de nachtdienst: Frank Lutgers per 11 januari en Emiel Oosterveld per 18 januari.",
  J("Frank Lutgers", D(2027, 1, 11)), J("Emiel Oosterveld", D(2027, 1, 18)))
m("en", "last day for silage loader koos hulst is fri 18 dec 👋 seasonal contract, he might be back next autumn",
  L("Koos Hulst", ON("friday", D(2026, 12, 18))))
m("nl", "Kwaliteitscoördinator Manon Eppink stopt op 31 januari, ze gaat een half jaar reizen door Zuid-Amerika. Haar taken neemt de procesleider tijdelijk over.",
  L("Manon Eppink", D(2027, 1, 31)))
m("nl", "Hoi,\n\nPer 1 februari 2027 komt Tessel Huisman ons team versterken als accountmanager voor de gasafnemers. Ze komt van een netbeheerder.\n\nGroet,\nRon",
  J("Tessel Huisman", D(2027, 2, 1), AM))
# ---------------------------------------------------------------- end of part 2
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
        where = "aa%03d" % i
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
            out.write(json.dumps({"id": "aa%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-31.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
