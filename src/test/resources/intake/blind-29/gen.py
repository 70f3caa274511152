"""Blind-29: managers' announcements written by hand, one at a time (7 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-28's gen.py, itself blind-27's) only turn the date a reader means into a calendar
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



# ---------------------------------------------------------------- part 1: a001-a150
# A hot-air balloon company

m("nl", "Goedemorgen,\n\nPer maandag 1 maart 2027 treedt Thijmen Rozendaal bij ons in dienst als ballonvaarder (piloot). Willen jullie zorgen dat hij op die dag een account en een telefoon heeft?\n\nMet vriendelijke groet,\nAstrid Koopmans\nHR – Ballonvaart De Hemelpoort",
  J("Thijmen Rozendaal", ON("monday", D(2027, 3, 1))))
m("en", "hey, new chase driver for the ground crew: ruben jaspers, first day tue 5 jan. he'll mostly drive the trailer van 🎈",
  J("Ruben Jaspers", ON("tuesday", D(2027, 1, 5))))
m("nl", "Na 31 jaar ballonvaren gaat onze hoofdpiloot Gerrit Nijhuis per 1 april met pensioen. Zijn laatste werkdag is woensdag 31 maart 🥂",
  L("Gerrit Nijhuis", ON("wednesday", D(2027, 3, 31))))
m("en", "quick q: do our freelance ground crew need to go through this bot too?",
  none=True)
m("nl", "Vanaf 1 februari gaat Lieke Brinkhuis van de boekingsbalie naar de verkoop: ze wordt accountmanager voor de bedrijfsvaarten.",
  MV("Lieke Brinkhuis", D(2027, 2, 1), AM, None))
m("en", "Hi all,\nWe've hired a developer to rebuild our booking site before the season: Mateusz Zieliński, starting Monday 18 January.\nCheers, Bram",
  J("Mateusz Zieliński", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Met grote verslagenheid laten we weten dat onze grondcrew-collega Henk Overbeek afgelopen zondag plotseling is overleden.",
  L("Henk Overbeek", P(-4)), past=True)
m("en", "Hello together, from the 01.03.2027 Mr. Jonas Albrecht begins by us as balloon technician in the hangar. Please prepare his access. Many greetings, Uwe",
  J("Jonas Albrecht", D(2027, 3, 1)))
m("nl", "effe melden: chauffeur volgwagen kevin smeenk is vanochtend op staande voet ontslagen. kan zijn pas vandaag nog dicht?",
  L("Kevin Smeenk", NOW))
m("nl", "Nieuwe grondcrew voor het voorjaar:\n- Sem Wolters, per 15 maart\n- Ilse Timmer, per 22 maart",
  J("Sem Wolters", D(2027, 3, 15)), J("Ilse Timmer", D(2027, 3, 22)))
m("en", "FYI Marloes Bakker (facilities coordinator) moves from our Apeldoorn launch field to the new base in Zwolle from 1 February.",
  MV("Marloes Bakker", D(2027, 2, 1), FC, FC))
m("nl", "Dag Sofie,\nWij hebben Jens Verstraete aangeworven als piloot voor onze basis in Lokeren. Hij vervoegt ons team op maandag 8 februari. Gelieve zijn badge en mailbox klaar te zetten.\nMvg,\nKoen",
  J("Jens Verstraete", ON("monday", D(2027, 2, 8))))
m("en", "Our sales rep Dana Whitfield leaves in five weeks, she's moving back to Ireland. Can you plan the handover of her laptop and the lease car?",
  L("Dana Whitfield", P(35), AM))
m("nl", "correctie op mijn bericht van gister: bart kamphuis begint niet op 4 januari maar op maandag 11 januari. sorry!",
  J("Bart Kamphuis", ON("monday", D(2027, 1, 11))))
m("nl", "Ter info: Annelies gaat vanaf 14 december met zwangerschapsverlof, ze is rond half april terug.",
  none=True)
m("en", "Dear Sir/Madam,\nThis is to inform that Mr. Arjun Venkatesan, Booking Officer, has tendered his resignation and his last working day will be 29th January 2027. Kindly initiate the exit formalities.\nRegards,\nHR Desk",
  L("Arjun Venkatesan", D(2027, 1, 29)))
m("nl", "Per direct is Ronald Weijers niet meer bij ons in dienst, vandaag was zijn laatste dag.",
  L("Ronald Weijers", NOW))
m("en", "Big change in the hangar: our chief technician Wim Spijkerman retires on Thursday 31 December, and Olga Petrenko joins us as the new chief technician on Monday 4 January.",
  L("Wim Spijkerman", ON("thursday", D(2026, 12, 31))), J("Olga Petrenko", ON("monday", D(2027, 1, 4))))
m("nl", "Nieuwe collega facilitaire dienst: Yvonne Aarts, start 1/2. Ze doet de hangar, het kantoor en de kantine.",
  J("Yvonne Aarts", D(2027, 2, 1), FC))
m("en", "vacancy for the 2nd pilot is withdrawn, so nobody new in january after all",
  none=True)
m("nl", "hoi! volgende week woensdag begint stagiaire fleur de ruiter op de boekingsafdeling, tot de zomer. heeft ze n laptop nodig? denk t wel",
  J("Fleur de Ruiter", NW("wednesday")))
m("en", "Tom Ashworth, our sales representative for the UK tour operators, has handed in his notice. Last day: Friday 26 February.",
  L("Tom Ashworth", ON("friday", D(2027, 2, 26)), AM))
m("nl", "Ingrid Scholten stopt met het boeken van vaarten en gaat per 1 maart de facilitaire dienst doen op de basis. Graag haar rechten aanpassen.",
  MV("Ingrid Scholten", D(2027, 3, 1), FC, None))
m("en", "Two of our autumn crew finish this month: Luuk Harmsen on the 18th and Noor van Vliet on the 23rd of December.",
  L("Luuk Harmsen", D(2026, 12, 18)), L("Noor van Vliet", D(2026, 12, 23)))
m("nl", "Gisteren hebben we afscheid genomen van piloot Dirk-Jan Veldkamp, hij heeft een vlucht gemaakt zonder weerbriefing. Ontslag op staande voet.",
  L("Dirk-Jan Veldkamp", P(-1)), past=True)
m("en", "Last-minute one, sorry: Kayleigh Dunmore starts tomorrow at the booking desk (temp, covering Christmas vouchers).",
  J("Kayleigh Dunmore", P(1)))
m("nl", "Over drie weken stopt onze boekhouder Marga Tiemens, ze gaat naar een accountantskantoor in Deventer.",
  L("Marga Tiemens", P(21)))
m("en", "Peter from the hangar is on long-term sick leave from today, probably until March.",
  none=True)
m("nl", "Onze enige programmeur, Daan Heuvelink, vertrekt per 2027-02-01. Wie neemt het beheer van de boekingssite over?",
  L("Daan Heuvelink", D(2027, 2, 1), SE))
m("en", "Hello, I inform you that Mrs. Lucía Fernández begins like pilot for the summer the day 1 of April. Thank you for prepare her access. Best regards, Carmen",
  J("Lucía Fernández", D(2027, 4, 1)))

# A windmill foundation with a working flour mill, a mill shop and a day group

m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestig ik dat mevrouw Evelien Hogenbirk met ingang van maandag 4 januari 2027 in dienst treedt als beroepsmolenaar van De Hoop. Wij verzoeken u haar account en sleutels gereed te maken.\n\nHoogachtend,\nmr. J. Dijkhuis, secretaris Molenstichting",
  J("Evelien Hogenbirk", ON("monday", D(2027, 1, 4))))
m("en", "new girl in the mill shop from sat 12 dec: amber kloosterman, saturdays only. she'll need the till login 🌾",
  J("Amber Kloosterman", ON("saturday", D(2026, 12, 12))))
m("nl", "Onze molenaar Jan Willem Brouwer (40 jaar op de molen!) stopt per 1 maart. Zijn laatste werkdag is vrijdag 26 februari.",
  L("Jan Willem Brouwer", ON("friday", D(2027, 2, 26))))
m("nl", "Vraagje: onze vrijwillige molenaars hebben geen contract bij ons. Moeten die wel een account hebben voor het draaiboek op SharePoint?",
  none=True)
m("nl", "Vanaf maandag 1 februari is Sander Plekkenpol niet meer bedrijfsleider van de molenwinkel maar vertegenwoordiger voor de bakkers.",
  MV("Sander Plekkenpol", ON("monday", D(2027, 2, 1)), AM, None))
m("en", "Hi, the foundation has hired Priya Balasubramanian as a part-time software developer for the web shop. She starts on 11 January. Regards, Hetty",
  J("Priya Balasubramanian", D(2027, 1, 11), SE))
m("nl", "Droevig nieuws: onze rondleider Cor van Essen is eergisteren overleden, 71 jaar. Hij werkte nog twee ochtenden per week bij ons in dienst.",
  L("Cor van Essen", P(-2)), past=True)
m("en", "Good morning, Mr. Tomasz Wróbel will start by us from 07.12.2026 as helper in the flour packing. He speak little Dutch, English is ok. Greetings, Ania",
  J("Tomasz Wróbel", D(2026, 12, 7)))
m("nl", "hoi, winkelmeisje sanne oosterhof is vandaag gestopt, per direct, ze had iets anders gevonden. ze komt niet meer terug dus alles mag dicht",
  L("Sanne Oosterhof", NOW))
m("nl", "Voor de dagbestedingsgroep op de molen beginnen twee zorgmedewerkers: Hatice Şahin op maandag 11 januari en Rianne Koster op maandag 18 januari.",
  J("Hatice Şahin", ON("monday", D(2027, 1, 11)), CW), J("Rianne Koster", ON("monday", D(2027, 1, 18)), CW))
m("en", "From 4 January Gijs Evers takes on the facility coordinator role for both mills; until now he was our tour guide.",
  MV("Gijs Evers", D(2027, 1, 4), FC, None))
m("nl", "Dag Hilde,\nVanaf maandag 15 februari komt Wout Claeys ons team versterken als molenaarsgezel in Eeklo. Gelieve zijn toegang en een gsm te voorzien.\nMvg,\nLieven",
  J("Wout Claeys", ON("monday", D(2027, 2, 15))))
m("en", "Our vertegenwoordiger Marco de Groot leaves in two weeks; he's going to a big industrial mill. The car goes back on his last day.",
  L("Marco de Groot", P(14), AM))
m("nl", "De nieuwe rondleider die ik vorige week aanmeldde (Ruud) komt toch niet, hij heeft een baan dichter bij huis gevonden. Aanvraag mag weg.",
  none=True)
m("en", "Good day Sir/Ma,\nThis is to notify you that Mr. Chinedu Okafor shall resume duty as Sales Representative (flour, bakeries) on Monday, 1st February 2027.\nYours faithfully,\nAdmin",
  J("Chinedu Okafor", ON("monday", D(2027, 2, 1)), AM))
m("nl", "morgen is de laatste dag van vakantiekracht joep hendriksen in de winkel, daarna is hij weer naar school. account mag dan dicht",
  L("Joep Hendriksen", P(1)))
m("nl", "Fenna gaat vanaf januari drie in plaats van vier dagen werken in de molenwinkel. Moet ik dat hier ook melden? Verder verandert er niks.",
  none=True)
m("en", "Correction: Harriët Dijkema doesn't start on the 4th, she starts on Monday 18 January. Same job (miller's assistant), just later.",
  J("Harriët Dijkema", ON("monday", D(2027, 1, 18))))
m("nl", "Vorige week vrijdag is Bas Tolhoek in zijn proeftijd ontslagen. Vergeten te melden, sorry. Hij heeft nog een sleutel van de meelzolder.",
  L("Bas Tolhoek", LW("friday")), past=True)
m("en", "Spring tour guides (all start Saturday 3 April):\n1. Mila Reinders\n2. Otto Vrieling\n3. Lotte ter Haar",
  J("Mila Reinders", ON("saturday", D(2027, 4, 3))), J("Otto Vrieling", D(2027, 4, 3)), J("Lotte ter Haar", D(2027, 4, 3)))
m("nl", "Per 1 januari verhuist zorgmedewerker Esther Wagenaar van onze dagbesteding bij De Hoop naar die bij De Zwaluw. Zelfde werk, andere molen.",
  MV("Esther Wagenaar", D(2027, 1, 1), CW, CW))
m("en", "Good news, Jolanda is back from her operation on Monday and will do the shop again.",
  none=True)
m("nl", "Het tijdelijke contract van magazijnmedewerker Rick Hulshof loopt op 31 januari af en wordt niet verlengd.",
  L("Rick Hulshof", D(2027, 1, 31)))
m("nl", "even een seintje: Emma Lindqvist wordt onze nieuwe facilitair coördinator, start 1/3. Ze doet beide molens en het magazijn.",
  J("Emma Lindqvist", D(2027, 3, 1), FC))
m("nl", "Onze ontwikkelaar Jasper Meulenbelt gaat per 1 april de winkel leiden; hij wil weer met mensen werken.",
  MV("Jasper Meulenbelt", D(2027, 4, 1), None, SE))
m("nl", "Overmorgen (zaterdag) begint Dewi Hartono als hulp in de molenwinkel voor de Sinterklaas- en kerstdrukte. Kan ze een kassalogin krijgen?",
  J("Dewi Hartono", P(2)))
m("en", "Just to confirm: Harold Brinkman's last day is Thursday 17 December.",
  L("Harold Brinkman", ON("thursday", D(2026, 12, 17))))
m("nl", "Met ingang van 18-01-2027 start Freek Roelofsen als bakker bij de bakworkshops in de molen.",
  J("Freek Roelofsen", D(2027, 1, 18)))
m("nl", "Is het account van Gerrie (oud-rondleider, vertrokken in oktober) eigenlijk al dicht? Ik zie haar nog in de Teams-groep staan.",
  none=True)
m("en", "Both of our carers in the day group are leaving: Annemiek Voskuil retires on 31 December, and Rosa Lammers leaves on 15 January for a job in the hospital.",
  L("Annemiek Voskuil", D(2026, 12, 31), CW), L("Rosa Lammers", D(2027, 1, 15), CW))

# An insect farm (mealworms and soldier-fly larvae for feed)

m("nl", "Goedemiddag,\n\nOp maandag 11 januari 2027 begint Niels Verhagen bij ons als kweekmedewerker in de larvenhal. Graag een account en toegang tot de hal.\n\nGroet,\nMaaike Doornbos\nHR, Insectenkwekerij Protinsect",
  J("Niels Verhagen", ON("monday", D(2027, 1, 11))))
m("en", "new operator on the drying line: jurre van lent, starts mon 14 dec 🪲 please sort his safety shoes + login",
  J("Jurre van Lent", ON("monday", D(2026, 12, 14))))
m("nl", "Dr. Marieke Ooms, onze entomoloog, heeft een aanstelling aan de WUR aangenomen. Ze vertrekt per 1 maart; haar laatste werkdag is vrijdag 26 februari.",
  L("Marieke Ooms", ON("friday", D(2027, 2, 26))))
m("en", "Do the agency cleaners in the fly hall need their own badge or do they sign in at reception?",
  none=True)
m("nl", "Laborant Sophie Verweij wordt per 1 februari kwaliteitsmedewerker (QA). Ze blijft in hetzelfde gebouw maar krijgt andere systemen.",
  MV("Sophie Verweij", D(2027, 2, 1), None, None))
m("en", "Please welcome Lars Mikkelsen, software engineer for our climate control and tracking platform. First day: Monday 1 February 2027.",
  J("Lars Mikkelsen", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Met pijn in het hart: onze chauffeur Ad Smolenaars is gisteravond overleden na een kort ziekbed. We zijn er stil van.",
  L("Ad Smolenaars", P(-1)), past=True)
m("en", "Hello, I write to inform that Mr. Ionuț Dumitrescu is start to work by us on 04.01.2027 as production worker in the larvae hall. Thank you.",
  J("Ionuț Dumitrescu", D(2027, 1, 4)))
m("nl", "ff doorgeven: ploegleider mike ramaekers vandaag ontslagen, per direct. badge is ingeleverd, laptop nog niet",
  L("Mike Ramaekers", NOW))
m("en", "Two new people in the fly hall: Anouk Lubbers from Monday 7 December and Hamza Ouali from Monday 14 December. Both production, day shift.",
  J("Anouk Lubbers", ON("monday", D(2026, 12, 7))), J("Hamza Ouali", ON("monday", D(2026, 12, 14))))
m("nl", "Vanaf maandag 4 januari neemt receptioniste Joyce Wevers de facilitaire dienst over van Henk, die met pensioen gaat.",
  MV("Joyce Wevers", ON("monday", D(2027, 1, 4)), FC, None))
m("nl", "Beste Karen,\nWij hebben Jolien Peeters aangeworven als accountmanager voor de veevoederbedrijven in Vlaanderen. Zij vervoegt ons op dinsdag 2 februari. Gelieve een laptop en een wagen te voorzien.\nMet vriendelijke groeten,\nDries",
  J("Jolien Peeters", ON("tuesday", D(2027, 2, 2)), AM))
m("en", "Jesse Verkerk, our climate technician, leaves in three weeks. He's been headhunted by a greenhouse builder.",
  L("Jesse Verkerk", P(21)))
m("nl", "Kleine correctie: Britt Huisman stopt niet op 31 januari maar al op vrijdag 15 januari, ze heeft nog vakantiedagen staan.",
  L("Britt Huisman", ON("friday", D(2027, 1, 15))))
m("nl", "Onze hoofdkweker Bram gaat vanaf maandag 8 weken ouderschapsverlof opnemen. Zijn vervanging regelen we intern. Geen nieuwe accounts nodig.",
  none=True)
m("en", "Dear Sir/Madam,\nPlease be informed that Mr. Kwame Boateng, Quality Assurance Officer, will be relieved of his duties with effect from 31st December 2026.\nYours faithfully,\nPersonnel Office",
  L("Kwame Boateng", D(2026, 12, 31)))
m("nl", "volgende week maandag start onze nieuwe vertegenwoordiger koen van gerwen, voor de diervoederfabrikanten in het zuiden. laptop + auto graag",
  J("Koen van Gerwen", NW("monday"), AM))
m("en", "We let go of Steven Marsh last week Wednesday, end of his probation. I forgot to tell you. His account still works apparently.",
  L("Steven Marsh", LW("wednesday")), past=True)
m("nl", "Softwareontwikkelaar Timo Bosch stopt per 1/3. Wil iemand ervoor zorgen dat zijn toegang tot GitLab en de klimaatcomputers die dag vervalt?",
  L("Timo Bosch", D(2027, 3, 1), SE))
m("nl", "Wie kan mij vertellen waarom de pas van een nieuwe kweker het niet doet in hal 2? Hij is gisteren begonnen en is al wel aangemeld.",
  none=True)
m("en", "Update on Nadia Bouzid: her temp contract in the lab was extended, she now leaves on 31 March instead of 31 January.",
  L("Nadia Bouzid", D(2027, 3, 31)))
m("nl", "In week 3 beginnen op maandag twee uitzendkrachten op de inpaklijn: Wesley Pronk en Dilan Aydoğan.",
  J("Wesley Pronk", WK(3)), J("Dilan Aydoğan", WK(3)))
m("en", "As of Monday 1 March Femke Jonkers moves from customer service to sales: she becomes account manager for the pet food makers.",
  MV("Femke Jonkers", ON("monday", D(2027, 3, 1)), AM, None))
m("nl", "sinds maandag werkt yusuf karaca bij ons als heftruckchauffeur. vergeten door te geven 🙈 kan hij alsnog een account krijgen?",
  J("Yusuf Karaca", P(-3)), past=True)
m("nl", "Per 31 december gaan er twee mensen weg bij de logistiek: chauffeur Gert Hofstee met pensioen en magazijnmedewerker Tim Lagerweij omdat zijn contract afloopt.",
  L("Gert Hofstee", D(2026, 12, 31)), L("Tim Lagerweij", D(2026, 12, 31)))
m("nl", "ter info: laborante olivia brandt heeft morgen haar laatste dag. dank!",
  L("Olivia Brandt", P(1)))
m("nl", "Over vijf weken begint Charlotte Wijnands als facilitair medewerker. Kan ik nu al een pas voor haar aanvragen?",
  J("Charlotte Wijnands", P(35), FC))
m("en", "Operator Dennis Oosting moves from the night shift to the day shift from Monday 4 January. Same job, but his access hours change.",
  MV("Dennis Oosting", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Moet ik voor iemand die na zijn pensioen als oproepkracht terugkomt opnieuw een aanmelding doen, of loopt dat via jullie automatisch?",
  none=True)
m("en", "Tomorrow is Rutger Hoeksema's first day as biologist in our R&D team.",
  J("Rutger Hoeksema", P(1)))

# A leather tannery

m("nl", "Goedemorgen allen,\n\nPer maandag 18 januari 2027 komt Jeroen Buitenhuis ons team versterken als looier op de vatenafdeling.\n\nMet vriendelijke groet,\nIngrid van Hooff\nP&O",
  J("Jeroen Buitenhuis", ON("monday", D(2027, 1, 18))))
m("en", "new guy on the splitting machine: stefan gruber, wed 6 jan. austrian, speaks german + english",
  J("Stefan Gruber", ON("wednesday", D(2027, 1, 6))))
m("nl", "Na 38 jaar in de looierij gaat Harrie Bongers met pensioen. Zijn laatste werkdag is donderdag 28 januari. Afscheidsreceptie volgt.",
  L("Harrie Bongers", ON("thursday", D(2027, 1, 28))))
m("en", "The chemicals supplier sends a technician every other week to check the drums. Does he need an account or just a visitor badge?",
  none=True)
m("nl", "Nick Spanjaard gaat per 1 maart van de planning naar de buitendienst, als vertegenwoordiger voor de meubelindustrie.",
  MV("Nick Spanjaard", D(2027, 3, 1), AM, None))
m("en", "We're getting a developer for our batch-tracking system: Aditi Rao, starting the 1st of February. She'll work from Eindhoven two days a week.",
  J("Aditi Rao", D(2027, 2, 1), SE))
m("nl", "Helaas moeten we melden dat onze onderhoudsmonteur Piet Schellekens vorige week donderdag is overleden. Hij was 58.",
  L("Piet Schellekens", LW("thursday")), past=True)
m("en", "Good morning, I inform you that Mr. Giovanni Ricci will start the 8 of February as leather technician in our lab. Cordial greetings, Francesca",
  J("Giovanni Ricci", D(2027, 2, 8)))
m("nl", "gisteren heeft vatenman rob van dongen ruzie gemaakt met de ploegleider, op staande voet ontslagen. graag alles dicht",
  L("Rob van Dongen", P(-1)), past=True)
m("nl", "Nieuwe mensen voor de afwerking:\n- Marleen Bouwhuis, per 4 januari\n- Arjen Kuipers, per 11 januari",
  J("Marleen Bouwhuis", D(2027, 1, 4)), J("Arjen Kuipers", D(2027, 1, 11)))
m("en", "From Monday 11 January we have a facilities coordinator again: Hannah Becker.",
  J("Hannah Becker", ON("monday", D(2027, 1, 11)), FC))
m("nl", "Dag Veerle,\nOnze collega Jan Verhaegen, verantwoordelijke zuivering, gaat op pensioen. Zijn laatste werkdag is vrijdag 29 januari. Gelieve na die dag zijn toegangen af te sluiten.\nMvg,\nPatrick",
  L("Jan Verhaegen", ON("friday", D(2027, 1, 29))))
m("en", "Karim Lahlou starts in six weeks as a sales representative for the shoe industry in Portugal and Spain.",
  J("Karim Lahlou", P(42), AM))
m("nl", "Let op: Joost Verbeek begint niet op 4 januari maar pas op maandag 25 januari. Zijn vorige werkgever laat hem niet eerder gaan.",
  J("Joost Verbeek", ON("monday", D(2027, 1, 25))))
m("nl", "Anja van de expeditie is sinds vorige week ziek thuis, het duurt langer. Haar werk wordt verdeeld. Niks aan haar account veranderen graag.",
  none=True)
m("en", "Dear colleagues,\nWe regret to inform you that the employment of Mr. Lennart Vink, chemical operator, has been terminated with immediate effect today. Please revoke all access.\nKind regards,\nHR",
  L("Lennart Vink", NOW))
m("nl", "Startdatum: 2027-01-11. Naam: Petra Sluijter. Functie: laborante afvalwater.",
  J("Petra Sluijter", D(2027, 1, 11)))
m("en", "Swap from 1 February: Rachel Timmerman goes from the dye house to finishing, and Bob Lansink goes from finishing to the dye house. Both team leaders, same job.",
  MV("Rachel Timmerman", D(2027, 2, 1), None, None), MV("Bob Lansink", D(2027, 2, 1), None, None))
m("nl", "Onze accountmanager voor de Italiaanse modehuizen, Giulia Moretti, vertrekt per 1 april. Ze gaat terug naar Florence.",
  L("Giulia Moretti", D(2027, 4, 1), AM))
m("nl", "Felix Amankwah begint aanstaande woensdag als heftruckchauffeur in het huidenmagazijn.",
  J("Felix Amankwah", WD("wednesday")))
m("nl", "laatste werkdag van stagiair timon de kleijn is vrijdag 22 januari. daarna terug naar school",
  L("Timon de Kleijn", ON("friday", D(2027, 1, 22))))
m("en", "When someone goes on unpaid leave for three months (our dyer, Erik), do we need to close his account or leave it open?",
  none=True)
m("nl", "Programmeur Wouter Lenders begint op 1-2-2027.",
  J("Wouter Lenders", D(2027, 2, 1), SE))
m("en", "Bad news: our driver Gareth Price was caught drinking on the job this afternoon. Dismissed effective today.",
  L("Gareth Price", NOW))
m("nl", "Vanaf morgen hebben we een nieuwe facilitair medewerker: Naomi Rademaker.",
  J("Naomi Rademaker", P(1), FC))
m("en", "Hugo Scherpenzeel, our quality manager, is retiring. His last day will be Monday the 21st of December.",
  L("Hugo Scherpenzeel", ON("monday", D(2026, 12, 21))))
m("nl", "Over twee weken wordt Ellen Bruggink hoofd van het lab; nu is ze nog laborante.",
  MV("Ellen Bruggink", P(14), None, None))
m("en", "Hello together, at 01.02.2027 starts Mr. Florian Weiß as sales representative for Germany. Please arrange laptop and car. Best regards, Katrin",
  J("Florian Weiß", D(2027, 2, 1), AM))
m("nl", "Oproepkracht Lisa Wolfs komt per 7 december op de expeditie, voorlopig tot eind februari.",
  J("Lisa Wolfs", D(2026, 12, 7)))
m("nl", "Het contract van vatenmedewerker Ferdi Kortenhorst loopt eind januari af. Hij heeft nog wat vrij, dus zijn laatste werkdag is woensdag 20 januari.",
  L("Ferdi Kortenhorst", ON("wednesday", D(2027, 1, 20))))

# A clog maker with a museum shop

m("nl", "Hallo,\n\nVanaf maandag 1 februari 2027 werkt Menno Stegeman bij ons als klompenmaker op de machines.\n\nGroeten,\nGea Brinkers\nKlompenmakerij Het Holle Hout",
  J("Menno Stegeman", ON("monday", D(2027, 2, 1))))
m("en", "hi! clog painter julia vermaat starts thu 7 jan, she paints the tulip ones 🌷 just needs a login for the order screen",
  J("Julia Vermaat", ON("thursday", D(2027, 1, 7))))
m("nl", "Vertegenwoordiger Henk-Jan Grootenhuis stopt per 1 maart. Laatste werkdag wordt vrijdag 26 februari.",
  L("Henk-Jan Grootenhuis", ON("friday", D(2027, 2, 26)), AM))
m("en", "In summer we take on students for the demonstrations in the shop. Is it OK if I announce them all at once in April, or one by one?",
  none=True)
m("nl", "Gerard Hulsbosch stopt met de demonstraties in de winkel en gaat vanaf 4 januari de facilitaire dienst doen.",
  MV("Gerard Hulsbosch", D(2027, 1, 4), FC, None))
m("en", "New web shop developer: Ji-ho Kang, starting on Monday 15 February.",
  J("Ji-ho Kang", ON("monday", D(2027, 2, 15)), SE))
m("nl", "Zaterdag is onze oud-klompenmaker en rondleider Gradus Oonk overleden, hij werkte nog twee dagen per week in de winkel. We missen hem.",
  L("Gradus Oonk", P(-5)), past=True)
m("en", "Dear all, I am happy to inform that Ms. Yuki Tanaka will join our company as export sales for Japan from 11 January 2027.",
  J("Yuki Tanaka", D(2027, 1, 11), AM))
m("nl", "vanmiddag lotte van wijngaarden ontslagen, ze nam geld uit de kassa van de winkel. per direct, dus alles vandaag dicht aub",
  L("Lotte van Wijngaarden", NOW))
m("nl", "Twee nieuwe klompenmakers in opleiding: Thijs Wolbers (start 11-1) en Bente Oude Wesselink (start 18-1).",
  J("Thijs Wolbers", D(2027, 1, 11)), J("Bente Oude Wesselink", D(2027, 1, 18)))
m("en", "Our facility coordinator Ria Kamphorst moves with the warehouse to the new building in Enter on 1 March. Same job.",
  MV("Ria Kamphorst", D(2027, 3, 1), FC, FC))
m("nl", "Dag Els,\nOnze beschilderster Lien Goossens stopt bij ons op 31 januari, ze verhuist naar Gent. Gelieve haar account na die dag af te sluiten.\nMvg,\nTine",
  L("Lien Goossens", D(2027, 1, 31)))
m("nl", "Alex Nijenhuis begint maandag in de zagerij (populierenstammen).",
  J("Alex Nijenhuis", WD("monday")))
m("nl", "Vraag: de mailbox van Hennie (vorig jaar met pensioen) krijgt nog bestellingen binnen. Kunnen die naar verkoop@ worden doorgestuurd?",
  none=True)
m("en", "From Monday 8 February Rinske Dijkstra moves from the shop till to sales: she'll be our account manager for garden centres.",
  MV("Rinske Dijkstra", ON("monday", D(2027, 2, 8)), AM, None))
m("nl", "Over vier weken, op oudejaarsdag, gaat Wim Hesselink met pensioen.",
  L("Wim Hesselink", P(28)))
m("en", "Hello, Mr. Emre Yıldırım is starting at Monday 4 January like machine operator in the clog factory. Regards, Selin",
  J("Emre Yıldırım", ON("monday", D(2027, 1, 4))))
m("nl", "Geen nieuwe mensen deze maand 🙂 wel gaat Marjolein vanaf 1 januari met zwangerschapsverlof, tot ergens in april.",
  none=True)
m("nl", "Onze programmeur Rik Hagedoorn vertrekt op vrijdag 15 januari naar een bureau in Enschede.",
  L("Rik Hagedoorn", ON("friday", D(2027, 1, 15)), SE))
m("en", "For the Christmas market stall we hired two temps: Olivier Desmet and Zoë Harteveld, both from Saturday 12 December until 3 January.",
  J("Olivier Desmet", ON("saturday", D(2026, 12, 12))), J("Zoë Harteveld", D(2026, 12, 12)))
m("nl", "gisteren begonnen in de zagerij: ahmet doğan. had t vorige week al moeten melden, sorry. kan hij een pas?",
  J("Ahmet Doğan", P(-1)), past=True)
m("en", "Kim Gerrits' contract as a painter ends on 28 February and we won't renew it. Please plan her leaver tasks.",
  L("Kim Gerrits", D(2027, 2, 28)))
m("nl", "Vanaf volgende week dinsdag helpt Rutger Kleinsman in de winkel, hij komt over van de zagerij.",
  MV("Rutger Kleinsman", NW("tuesday"), None, None))
m("en", "Good news: Bert withdrew his resignation, he's staying after all. Please ignore my leaver message from last week.",
  none=True)
m("nl", "Per 1 januari gaan drie mensen bij ons weg:\n1. Dinie Roerink (pensioen)\n2. Marco Tijhuis (andere baan)\n3. Stefanie Olthof (contract afgelopen)",
  L("Dinie Roerink", D(2027, 1, 1)), L("Marco Tijhuis", D(2027, 1, 1)), L("Stefanie Olthof", D(2027, 1, 1)))
m("nl", "Willen jullie een account aanmaken voor Emily Grant? Ze begint op vier januari als officemanager.",
  J("Emily Grant", D(2027, 1, 4)))
m("nl", "Robbie Leferink werkt nog tot en met vrijdag 18 december als inpakker, daarna stopt hij.",
  L("Robbie Leferink", ON("friday", D(2026, 12, 18))))
m("en", "is there a form somewhere for new starters? i have someone for the workshop in january but i don't have the exact date yet",
  none=True)
m("nl", "Per 1 februari wordt Jorien Ballast, nu nog beschilderster, ons nieuwe hoofd van de beschilderafdeling.",
  MV("Jorien Ballast", D(2027, 2, 1), None, None))
m("nl", "morgen begint mirthe bosman als verkoopster in de museumwinkel, voor de vrijdagen en zaterdagen. alleen kassa en mail nodig",
  J("Mirthe Bosman", P(1), AM))

# ---------------------------------------------------------------- part 2: a151-a320
# A tree-care company

m("nl", "Goedemorgen,\n\nPer maandag 11 januari 2027 start Tobias Lindeman bij ons als boomverzorger (klimmer). Hij heeft zijn European Tree Worker-diploma.\n\nGroet,\nJosien Klaassen\nBoomzorg Oost",
  J("Tobias Lindeman", ON("monday", D(2027, 1, 11))))
m("en", "new ground worker for the chipper crew: dylan mulder, mon 7 dec. no climbing yet 🌳",
  J("Dylan Mulder", ON("monday", D(2026, 12, 7))))
m("nl", "Onze boomveiligheidscontroleur Hans Wolterink gaat per 1 februari met pensioen. Laatste werkdag: vrijdag 29 januari.",
  L("Hans Wolterink", ON("friday", D(2027, 1, 29))))
m("en", "Are subcontracted climbers supposed to get a company phone with the app, or do they use their own? Nobody here seems to know.",
  none=True)
m("nl", "Vanaf 1 maart is Stijn Kolkman geen grondman meer maar werkvoorbereider op kantoor. Hij krijgt een laptop in plaats van een tablet.",
  MV("Stijn Kolkman", D(2027, 3, 1), None, None))
m("nl", "We hebben Nora Eklund aangenomen om onze bomenregister-app voor gemeenten te bouwen. Ontwikkelaar, start 1 februari, vooral thuis.",
  J("Nora Eklund", D(2027, 2, 1), SE))
m("nl", "Verschrikkelijk nieuws: onze klimmer Jelmer Hylkema is gisteren bij een val uit een eik om het leven gekomen. We zijn er kapot van.",
  L("Jelmer Hylkema", P(-1)), past=True)
m("en", "Hello, Mr. Paweł Nowicki start by us 11.01.2027 as climber. He have all certificates. Regards, Marta",
  J("Paweł Nowicki", D(2027, 1, 11)))
m("nl", "vanochtend stobbenfreesman jordy bakkenes ontslagen, kwam voor de 3e keer niet opdagen. per direct graag",
  L("Jordy Bakkenes", NOW))
m("nl", "Nieuw in de ploeg van Erik:\n- Ties Lammertink, 4 januari\n- Roel Hoekstra, 18 januari",
  J("Ties Lammertink", D(2027, 1, 4)), J("Roel Hoekstra", D(2027, 1, 18)))
m("en", "Our facilities coordinator Sandra Pijl leaves on 22 January; she's moving to Groningen.",
  L("Sandra Pijl", D(2027, 1, 22), FC))
m("nl", "Dag Nele,\nWij hebben Brecht Wouters aangeworven als boomverzorger voor de ploeg in Mechelen. Hij start op dinsdag 5 januari. Gelieve alles te voorzien.\nMvg,\nBart",
  J("Brecht Wouters", ON("tuesday", D(2027, 1, 5))))
m("nl", "Laura Hendrix begint over twee weken als accountmanager voor gemeenten en woningcorporaties.",
  J("Laura Hendrix", P(14), AM))
m("nl", "Oeps, fout in mijn vorige bericht: Mark Stoffelen stopt op 8 januari, niet op 18 januari.",
  L("Mark Stoffelen", D(2027, 1, 8)))
m("nl", "Klimmer Kees Bultman komt na zijn val niet meer terug in de bomen. In goed overleg stopt hij per 1 maart bij ons.",
  L("Kees Bultman", D(2027, 3, 1)))
m("en", "Dear Sir or Madam,\nPlease note that the fixed-term contract of Mr. Adrian Kovács, arborist, ends on 31 January 2027 and will not be renewed.\nKind regards,\nPersonnel",
  L("Adrian Kovács", D(2027, 1, 31)))
m("nl", "afgelopen dinsdag begonnen als hoogwerkermachinist: kevin ter beek. vergeten te melden, kan hij nog een account krijgen?",
  J("Kevin ter Beek", P(-2)), past=True)
m("en", "From Monday 1 February Jan-Willem Knol moves from the crew to sales: sales representative for the estates and golf courses.",
  MV("Jan-Willem Knol", ON("monday", D(2027, 2, 1)), AM, None))
m("nl", "Programmeur Ilse Bruinsma vertrekt eind februari. Haar laatste werkdag is vrijdag 19 februari.",
  L("Ilse Bruinsma", ON("friday", D(2027, 2, 19)), SE))
m("en", "Two climbers leave us at year end: Sjoerd Veenstra (back to Friesland) on 31 December and Matteo Greco (contract ends) on 24 December.",
  L("Sjoerd Veenstra", D(2026, 12, 31)), L("Matteo Greco", D(2026, 12, 24)))
m("nl", "Morgen begint Fatima Ait Lahcen als planner. Zou ze haar laptop vandaag al kunnen ophalen?",
  J("Fatima Ait Lahcen", P(1)))
m("en", "Jurgen starts his paternity leave on Monday, four weeks. His out-of-office is set, nothing else needed.",
  none=True)
m("nl", "Per 1-3-2027 wordt boomverzorger Gijsbert Hazeleger ploegleider van de ploeg in Ede.",
  MV("Gijsbert Hazeleger", D(2027, 3, 1), None, None))
m("nl", "fyi grondman rick veldhuis heeft morgen zijn laatste dag, hij gaat naar een hoveniersbedrijf",
  L("Rick Veldhuis", P(1)))
m("nl", "Op woensdag 13 januari begint Anita Stroeve als facilitair medewerker op de werf in Lochem.",
  J("Anita Stroeve", ON("wednesday", D(2027, 1, 13)), FC))
m("en", "How far ahead do I need to announce starters? I've got a climber, Owen Mitchell, starting on 1 March.",
  J("Owen Mitchell", D(2027, 3, 1)))
m("nl", "Over vijf weken gaat Marco Rozema van de vestiging Zutphen naar die in Apeldoorn. Zelfde werk, boomverzorger.",
  MV("Marco Rozema", P(35), None, None))
m("en", "Hello together, from 15.02.2027 Mrs. Lena Hoffmann starts by us as tree inspector. Please arrange tablet and account. Many greetings, Dirk",
  J("Lena Hoffmann", D(2027, 2, 15)))

# A self-storage company

m("nl", "Hallo allemaal,\n\nOp maandag 4 januari 2027 begint Vera Slagter als vestigingsmanager van onze nieuwe opslaglocatie in Amersfoort.\n\nMet vriendelijke groet,\nThomas Eijkelenboom\nOpslagBox Nederland",
  J("Vera Slagter", ON("monday", D(2027, 1, 4))))
m("en", "new counter guy in utrecht: sven oudshoorn, starts sat 9 jan. weekends only",
  J("Sven Oudshoorn", ON("saturday", D(2027, 1, 9))))
m("nl", "Verkoper Ruud Meijboom (vestiging Breda) stopt per 1 februari, hij gaat een eigen zaak beginnen.",
  L("Ruud Meijboom", D(2027, 2, 1), AM))
m("en", "Customers who rent a unit sometimes ask for a Wi-Fi login. That's not for you, right? Just checking before I raise a ticket.",
  none=True)
m("nl", "Per 1 maart stapt Nadine Vlug over van de klantenservice naar de zakelijke markt, als accountmanager voor bedrijven die opslag huren.",
  MV("Nadine Vlug", D(2027, 3, 1), AM, None))
m("en", "Hi HR, our new developer for the access-gate app is Tomás Oliveira. He starts Monday 11 January in the Utrecht office.",
  J("Tomás Oliveira", ON("monday", D(2027, 1, 11)), SE))
m("nl", "Onze beheerder in Zwolle, Herman Olde Rikkert, is zondag overleden aan een hartaanval. Hij was pas 52.",
  L("Herman Olde Rikkert", P(-4)), past=True)
m("en", "Respected Sir/Madam,\nI wish to inform that Ms. Kavya Menon, Customer Care Executive, will be joining our Rotterdam branch w.e.f. 18th January 2027.\nThanks & regards",
  J("Kavya Menon", D(2027, 1, 18)))
m("nl", "beheerder dennis haverkamp vandaag op staande voet ontslagen, hij verkocht spullen uit verlaten boxen 😡 alles dicht graag",
  L("Dennis Haverkamp", NOW))
m("nl", "Twee nieuwe baliemedewerkers: Priscilla Doelwijt per 4 januari in Almere en Bas Eijsink per 11 januari in Deventer.",
  J("Priscilla Doelwijt", D(2027, 1, 4)), J("Bas Eijsink", D(2027, 1, 11)))
m("en", "We finally found a facility coordinator for the three northern sites: Greta Halvorsen, first day 1 March.",
  J("Greta Halvorsen", D(2027, 3, 1), FC))
m("nl", "Beste Sarah,\nOnze verkoopster Margot De Smedt verlaat ons op vrijdag 8 januari. Gelieve haar toegangen daarna af te sluiten.\nMet vriendelijke groeten,\nKristof",
  L("Margot De Smedt", ON("friday", D(2027, 1, 8)), AM))
m("en", "Bit late, sorry: we dismissed Craig Fenwick on Monday (probation). His gate code still works!",
  L("Craig Fenwick", P(-3)), past=True)
m("nl", "Over zes weken start Jorrit Spoelstra als technisch medewerker; hij gaat de sloten en camera's onderhouden.",
  J("Jorrit Spoelstra", P(42)))
m("nl", "Correctie: Esmée Kroes begint niet per 1 februari maar al per 18 januari, de vorige manager is eerder weg.",
  J("Esmée Kroes", D(2027, 1, 18)))
m("en", "Kenneth Boakye, site manager in Almere, takes over our Lelystad site from 1 February. Same role, just a different location.",
  MV("Kenneth Boakye", D(2027, 2, 1), None, None))
m("nl", "De vacature voor vestigingsmanager Tilburg is ingetrokken, we voegen die locatie samen met Breda. Er komt dus niemand.",
  none=True)
m("en", "Sofia Andersson, our only software engineer, resigned. Her last day is Wednesday 24 February.",
  L("Sofia Andersson", ON("wednesday", D(2027, 2, 24)), SE))
m("nl", "Voor de verhuisdrukte rond de jaarwisseling komt Jamal Aouragh helpen aan de balie, vanaf maandag 28 december tot en met 15 januari.",
  J("Jamal Aouragh", ON("monday", D(2026, 12, 28))))
m("en", "Please note: Hugh Brennan starts on the eleventh of January as regional manager.",
  J("Hugh Brennan", D(2027, 1, 11)))
m("nl", "per 1/2 wordt baliemedewerker sylvia ten brink vestigingsmanager in hoofddorp",
  MV("Sylvia ten Brink", D(2027, 2, 1), None, None))
m("nl", "Het contract van oproepkracht Yannick Boersen loopt per 31 december af. Hij heeft het prima gedaan maar we hebben geen uren meer.",
  L("Yannick Boersen", D(2026, 12, 31)))
m("en", "Chloé Dubois starts next Monday as customer service agent (French-speaking clients). Desk is ready, just needs accounts.",
  J("Chloé Dubois", WD("monday")))
m("nl", "Na 12 jaar gaat onze huismeester Geert Tromp met pensioen. Zijn laatste werkdag is donderdag 24 december, daarna geniet hij van zijn caravan.",
  L("Geert Tromp", ON("thursday", D(2026, 12, 24))))
m("en", "Can a temp get access to only one site? Ivo Brugman from the agency starts at Amersfoort on Monday 14 December and shouldn't open the other sites.",
  J("Ivo Brugman", ON("monday", D(2026, 12, 14))))
m("nl", "Vanaf 01-02-2027 is Wendy Maas accountmanager voor de zakelijke klanten in het zuiden. Ze komt bij een verhuisbedrijf vandaan.",
  J("Wendy Maas", D(2027, 2, 1), AM))
m("en", "Changes in Rotterdam: Bilal Ouahabi leaves on 15 January and Iris Wagemaker (now at the counter) takes over as site manager on 18 January.",
  L("Bilal Ouahabi", D(2027, 1, 15)), MV("Iris Wagemaker", D(2027, 1, 18), None, None))
m("nl", "In week 2 begint op dinsdag Lotte Bremer als medewerker klantenservice.",
  J("Lotte Bremer", WK(2, "tuesday")))

# An animation studio

m("nl", "Hoi iedereen,\n\nPer maandag 18 januari 2027 komt Noa Verschoor ons team versterken als 3D-animator voor de nieuwe serie. Welkom Noa!\n\nGroetjes,\nLinda\nproductie, Studio Kleurrijk",
  J("Noa Verschoor", ON("monday", D(2027, 1, 18))))
m("en", "storyboard artist freya campbell starts wed 13 jan, remote from glasgow. needs vpn + the tablet drivers lol",
  J("Freya Campbell", ON("wednesday", D(2027, 1, 13))))
m("nl", "Compositor Jens Hoogeveen vertrekt per 1 maart naar een studio in Berlijn. Zijn laatste werkdag wordt vrijdag 26 februari.",
  L("Jens Hoogeveen", ON("friday", D(2027, 2, 26))))
m("en", "Our freelancers get a studio login for the render farm only. Do I announce those here, or does IT handle them separately?",
  none=True)
m("nl", "Vanaf 4 januari gaat Roy Bakhuis van de render-afdeling naar het pipelineteam, als ontwikkelaar. Hij heeft er zelf om gevraagd.",
  MV("Roy Bakhuis", D(2027, 1, 4), SE, None))
m("en", "Pipeline developer Akira Nakamura joins on Tuesday 2 February. He'll mostly write Python tools for the animators.",
  J("Akira Nakamura", ON("tuesday", D(2027, 2, 2)), SE))
m("nl", "Heel verdrietig: onze producer Marijke Zwart is afgelopen vrijdag overleden. Ze was al een tijdje ziek.",
  L("Marijke Zwart", P(-6)), past=True)
m("en", "Bonjour, I inform you that Mr. Théo Lambert will start the 25 January as rigger. He comes from Annecy. Cordialement, Manon",
  J("Théo Lambert", D(2027, 1, 25)))
m("nl", "gisteravond lucas van der meer ontslagen, lekte beelden van de serie op insta. graag vandaag alles blokkeren!!",
  L("Lucas van der Meer", P(-1)), past=True)
m("nl", "Stagiaires van de kunstacademie vanaf 1 februari:\n• Sara Boukhari\n• Jip Hoogendijk\n• Elif Çelik\nAllemaal tot eind juni.",
  J("Sara Boukhari", D(2027, 2, 1)), J("Jip Hoogendijk", D(2027, 2, 1)), J("Elif Çelik", D(2027, 2, 1)))
m("en", "Our account manager for the broadcasters, Pieter Rutgers, leaves in three weeks. He's going to Netflix, lucky guy.",
  L("Pieter Rutgers", P(21), AM))
m("nl", "Dag Wim,\nWij hebben Fien Vandenberghe aangeworven als compositing artist. Zij vervoegt de studio in Gent op maandag 1 maart.\nMvg,\nAn",
  J("Fien Vandenberghe", ON("monday", D(2027, 3, 1))))
m("nl", "Per 1 februari wordt onze officemanager Gwen Latuheru ook facilitair coördinator; voor de verhuizing van de studio hebben we iemand nodig die het regelt.",
  MV("Gwen Latuheru", D(2027, 2, 1), FC, None))
m("nl", "Volgende week vrijdag is de laatste werkdag van render wrangler Twan Beekman. Hij gaat reizen.",
  L("Twan Beekman", NW("friday")))
m("en", "Our series got a second season 🎉 so we'll have about ten new people in spring. I'll send names when contracts are signed.",
  none=True)
m("nl", "Jasmijn Tjoe is gisteren begonnen als junior animator. Ik was het vergeten te melden, kan ze vandaag nog een account krijgen?",
  J("Jasmijn Tjoe", P(-1)), past=True)
m("en", "Hello together, Mr. Maximilian Braun finish his contract at the 28.02.2027 as lighting artist. Many greetings, Sabine",
  L("Maximilian Braun", D(2027, 2, 28)))
m("nl", "Animator Sanne Griffioen werkt vanaf 1 januari vanuit onze studio in Eindhoven in plaats van Hilversum. Zelfde functie.",
  MV("Sanne Griffioen", D(2027, 1, 1), None, None))
m("en", "New sales rep for the licensing deals: Marcus Whitaker, from the 18th of January. He'll travel a lot, so a laptop and a phone.",
  J("Marcus Whitaker", D(2027, 1, 18), AM))
m("nl", "over twee weken stopt stagiair bram keijzer, zijn stage zit erop. laptop moet terug",
  L("Bram Keijzer", P(14)))
m("en", "Correction to yesterday's message: Olivia Hartley starts on Monday 8 February, not on the 1st.",
  J("Olivia Hartley", ON("monday", D(2027, 2, 8))))
m("nl", "Producer Inge gaat in februari met zwangerschapsverlof; haar vervanger Kai Donkers begint op 1 februari.",
  J("Kai Donkers", D(2027, 2, 1)))
m("en", "Dmitri Volkov will be our new technical director (pipeline lead, not a coder day to day). Starting Monday 1 March.",
  J("Dmitri Volkov", ON("monday", D(2027, 3, 1))))
m("nl", "Ruben Sitompul heeft vandaag zijn laatste werkdag, hij heeft zelf opgezegd.",
  L("Ruben Sitompul", NOW))
m("en", "Hannah Goldberg's last day is Thursday next week. She's joining a game studio.",
  L("Hannah Goldberg", NW("thursday")))
m("nl", "Op maandag 11 januari beginnen twee animators: Mees Harkema en Yara Stuivenberg.",
  J("Mees Harkema", ON("monday", D(2027, 1, 11))), J("Yara Stuivenberg", D(2027, 1, 11)))
m("nl", "hoi, colorist nina ferreira stopt vrijdag, eigen keuze. kunnen jullie na 18u alles dichtzetten?",
  L("Nina Ferreira", WD("friday")))
m("nl", "Per 15 februari hebben we een facilitair medewerker voor het nieuwe pand: Bert-Jan Wiegman.",
  J("Bert-Jan Wiegman", D(2027, 2, 15), FC))

# A cooking school

m("nl", "Goedemiddag,\n\nPer vrijdag 8 januari 2027 treedt Joris Kamminga in dienst als kok-docent voor de avondcursussen.\n\nHartelijke groet,\nMiriam Bleeker\nKookschool De Pollepel",
  J("Joris Kamminga", ON("friday", D(2027, 1, 8))))
m("en", "new dishwasher for the evening classes: mo benhaddou, starts tomorrow 🍳 pls make him a clock-in code",
  J("Mo Benhaddou", P(1)))
m("nl", "Chef-docent Ton Verhoef stopt per 1 april na 22 jaar. Zijn laatste les geeft hij op woensdag 31 maart.",
  L("Ton Verhoef", ON("wednesday", D(2027, 3, 31))))
m("en", "Guest chefs who teach one masterclass a month — do they need an account for the booking system, or can they use the shared kitchen tablet?",
  none=True)
m("nl", "Vanaf 1 februari doet Linda Maarsen geen bediening meer maar wordt ze verkoper van onze bedrijfsworkshops.",
  MV("Linda Maarsen", D(2027, 2, 1), AM, None))
m("en", "We're bringing in a developer for the booking site: Hamid Rezaei, from Monday 25 January. Contract for six months.",
  J("Hamid Rezaei", ON("monday", D(2027, 1, 25)), SE))
m("nl", "Onze afwasser Klaas Nauta is vorige week maandag overleden. We hoorden het pas gisteren van zijn zus.",
  L("Klaas Nauta", LW("monday")), past=True)
m("en", "Hello, I inform you that Mrs. Paula Giménez begins like pastry teacher the day 15 of February. Thank you. Best regards, Elena",
  J("Paula Giménez", D(2027, 2, 15)))
m("nl", "kok-docent frank biesheuvel is gisteren ontslagen, dronk tijdens de les. alles dicht aub",
  L("Frank Biesheuvel", P(-1)), past=True)
m("nl", "Voor de kerstworkshops komen er twee hulpkrachten bij: Rosalie de Wit en Thomas Veerman, allebei vanaf zaterdag 12 december.",
  J("Rosalie de Wit", ON("saturday", D(2026, 12, 12))), J("Thomas Veerman", D(2026, 12, 12)))
m("en", "Could you set up Derya Kılıç as our new facilities coordinator? She starts on 4 January and will look after both kitchens.",
  J("Derya Kılıç", D(2027, 1, 4), FC))
m("nl", "Dag Katrien,\nOnze kookleraar Pieter-Jan Declercq gaat op pensioen. Zijn laatste werkdag is donderdag 24 december. Gelieve alles na die dag af te sluiten.\nMvg,\nGert",
  L("Pieter-Jan Declercq", ON("thursday", D(2026, 12, 24))))
m("en", "Sommelier Antoine Girard joins two weeks from today for the wine-pairing classes.",
  J("Antoine Girard", P(14)))
m("nl", "Yvette Brandsma stopt toch niet op 31 december; ze blijft tot en met vrijdag 29 januari. Dat is nu haar laatste werkdag.",
  L("Yvette Brandsma", ON("friday", D(2027, 1, 29))))
m("nl", "Hoe zit het met mensen via een payrollbedrijf? Ik heb er één: Demi Lagendijk, start 4 januari in de bediening.",
  J("Demi Lagendijk", D(2027, 1, 4)))
m("en", "Dear Sir/Madam,\nKindly be informed that Miss Abena Owusu has been appointed Kitchen Assistant with effect from 11th January, 2027.\nYours faithfully,\nManagement",
  J("Abena Owusu", D(2027, 1, 11)))
m("nl", "sinds afgelopen maandag werkt ilona dekkers bij ons in de bediening. had ik al moeten doorgeven, sorry",
  J("Ilona Dekkers", P(-3)), past=True)
m("en", "From 1 March our account manager Gregory Sinclair becomes head of sales.",
  MV("Gregory Sinclair", D(2027, 3, 1), None, AM))
m("nl", "Met ingang van 1 januari gaat kok-docent Meryem Aksoy naar onze vestiging in Haarlem. Verder blijft alles hetzelfde.",
  MV("Meryem Aksoy", D(2027, 1, 1), None, None))
m("en", "our programmer sem ouwehand leaves 15/1, pls remove him from the hosting panel that day",
  L("Sem Ouwehand", D(2027, 1, 15), SE))
m("nl", "Het contract van afwashulp Damian Kamiński eindigt op 8 januari. Niet verlengen.",
  L("Damian Kamiński", D(2027, 1, 8)))
m("nl", "Volgende week donderdag begint Wilma Smit als gastvrouw bij de bedrijfsuitjes.",
  J("Wilma Smit", NW("thursday")))
m("en", "Our bookkeeper Margaret Fox retires at the end of January; her last working day is Friday the 29th.",
  L("Margaret Fox", D(2027, 1, 29)))
m("nl", "Vanaf maandag 15 februari hebben we een nieuwe verkoper voor de zakelijke markt: Jeffrey Tan.",
  J("Jeffrey Tan", ON("monday", D(2027, 2, 15)), AM))
m("en", "Is Rachel's account still active? She left in the summer and I just got an out-of-office from her address.",
  none=True)
m("nl", "Twee kok-docenten gaan weg: Hidde Postma stopt op 18 december en Lisanne Kluivers op 22 januari.",
  L("Hidde Postma", D(2026, 12, 18)), L("Lisanne Kluivers", D(2027, 1, 22)))
m("en", "Charlie Dawson was dismissed this afternoon after a serious hygiene breach. Please disable everything today.",
  L("Charlie Dawson", NOW))
m("nl", "Per a.s. maandag komt Sevda Arslan de administratie versterken, 24 uur per week.",
  J("Sevda Arslan", WD("monday")))
m("nl", "Facilitair medewerker Joop Wiersma gaat per 28 februari met vervroegd pensioen.",
  L("Joop Wiersma", D(2027, 2, 28), FC))

# A 3D-printing service bureau

m("nl", "Beste collega's,\n\nOp maandag 1 februari 2027 begint Ruben Zwiers als printoperator op de metaalprinters in Eindhoven.\n\nMet vriendelijke groet,\nDaphne Willemsen\nHR, Additief BV",
  J("Ruben Zwiers", ON("monday", D(2027, 2, 1))))
m("en", "new post-processing guy: wessel van rijn, starts mon 11 jan. he'll do support removal + sanding",
  J("Wessel van Rijn", ON("monday", D(2027, 1, 11))))
m("nl", "Application engineer Bastiaan Kok (3D-printen, niet software) vertrekt per 1 maart naar een concurrent. Laatste werkdag vrijdag 26 februari.",
  L("Bastiaan Kok", ON("friday", D(2027, 2, 26))))
m("en", "Customers sometimes send their own engineers to watch a print job. Do visitors like that need to be registered here?",
  none=True)
m("nl", "Per 1 februari wordt Maud Hilhorst, nu CAD-tekenaar, softwareontwikkelaar in het slicer-team.",
  MV("Maud Hilhorst", D(2027, 2, 1), SE, None))
m("en", "Firmware developer Siddharth Kulkarni joins us on Monday 4 January 2027 to work on the printer controllers.",
  J("Siddharth Kulkarni", ON("monday", D(2027, 1, 4)), SE))
m("nl", "Onze oud-collega en parttime kwaliteitscontroleur Frans Hoebink is dinsdag overleden. Hij werkte nog twee dagen per week bij ons.",
  L("Frans Hoebink", P(-2)), past=True)
m("en", "Hello together, from the 01.02.2027 Mr. Tobias Krüger is starting as application engineer (materials, no software) in Eindhoven. Best greetings, Heike",
  J("Tobias Krüger", D(2027, 2, 1)))
m("nl", "printoperator kay de haas vandaag weg, op staande voet (printte privé spullen op de titaniumprinter 🙄)",
  L("Kay de Haas", NOW))
m("nl", "Drie uitzendkrachten voor de nabewerking, allemaal per maandag 7 december:\n1. Oksana Melnyk\n2. Dani Vermeer\n3. Youri Sprenger",
  J("Oksana Melnyk", ON("monday", D(2026, 12, 7))), J("Dani Vermeer", D(2026, 12, 7)), J("Youri Sprenger", D(2026, 12, 7)))
m("en", "Facilities coordinator Monique Blom moves to our new Venlo plant on Monday 1 March; same job over there.",
  MV("Monique Blom", ON("monday", D(2027, 3, 1)), FC, FC))
m("nl", "Dag Annelies,\nOnze accountmanager Kobe Maes vertrekt op 29 januari naar een ander bedrijf. Gelieve zijn wagen en laptop na die dag op te halen.\nMvg,\nSteven",
  L("Kobe Maes", D(2027, 1, 29), AM))
m("en", "Our new account manager for the medical sector, Rebecca Stone, starts in five weeks.",
  J("Rebecca Stone", P(35), AM))
m("nl", "Foutje: Gijs Koeleman begint op maandag 18 januari, niet op 11 januari zoals ik eerder schreef.",
  J("Gijs Koeleman", ON("monday", D(2027, 1, 18))))
m("nl", "Onze kwaliteitsmanager is een paar maanden uit de roulatie na een operatie. Tijdelijk neemt Evi Schipper zijn werk over vanaf 4 januari; ze komt via een detacheerder.",
  J("Evi Schipper", D(2027, 1, 4)))
m("en", "Dear all,\nAfter 19 years our head of production, Peter van Aalst, retires on 31 December. His successor, Aylin Demirci, joins us on 4 January.\nBest, the management team",
  L("Peter van Aalst", D(2026, 12, 31)), J("Aylin Demirci", D(2027, 1, 4)))
m("nl", "Ingaande 1 maart 2027 is Olaf Tuinman onze nieuwe verkoper binnendienst.",
  J("Olaf Tuinman", D(2027, 3, 1), AM))
m("nl", "ter info: technicus callum reid is gisteren ontslagen, proeftijd niet gehaald. accounts graag dicht",
  L("Callum Reid", P(-1)), past=True)
m("nl", "Over twee weken begint Naima Essaidi als kwaliteitsinspecteur. Kan er een pas klaarliggen?",
  J("Naima Essaidi", P(14)))
m("en", "Marta Rossi moves from the print floor to sales on 1 April; she'll be a sales representative for dental labs.",
  MV("Marta Rossi", D(2027, 4, 1), AM, None))
m("nl", "vorige week woensdag is arjan lodewijks begonnen op de polymeerprinters, is nog niet aangemeld geloof ik",
  J("Arjan Lodewijks", LW("wednesday")), past=True)
m("en", "Start date 2027-01-25 for Jonas Eriksen, quality engineer (hardware inspection, not software). Please prepare his account.",
  J("Jonas Eriksen", D(2027, 1, 25)))
m("nl", "Stagiaire Romy Harmelink werkt nog tot en met woensdag 20 januari, dan zit haar stage erop.",
  L("Romy Harmelink", ON("wednesday", D(2027, 1, 20))))
m("en", "We're closing the Delft location at the end of March. First to move is Luc Fontaine, who goes to Eindhoven on 1 February in the same job.",
  MV("Luc Fontaine", D(2027, 2, 1), None, None))
m("nl", "Ontwikkelaar Tygo Heijnen stopt per 1 februari. Wie kan zijn toegang tot de printerportal overnemen?",
  L("Tygo Heijnen", D(2027, 2, 1), SE))
m("en", "2 new operators for nights: ricardo mendes + kees van den hoven, both from mon 4 jan",
  J("Ricardo Mendes", ON("monday", D(2027, 1, 4))), J("Kees van den Hoven", D(2027, 1, 4)))
m("nl", "Per direct neemt magazijnchef Hüseyin Yavuz de facilitaire dienst erbij, tot we iemand nieuw hebben. Graag zijn rechten uitbreiden.",
  MV("Hüseyin Yavuz", NOW, FC, None))
m("nl", "Dinsdag 12 januari start Wendelien Koops als office manager. Ze heeft een laptop en een telefoon nodig.",
  J("Wendelien Koops", ON("tuesday", D(2027, 1, 12))))
m("en", "Good day,\nThis is to inform you that Engr. Tunde Bakare will resume as Firmware Developer on Monday 18th January, 2027.\nThank you.",
  J("Tunde Bakare", ON("monday", D(2027, 1, 18)), SE))

# A guide-dog school with a guesthouse for its clients

m("nl", "Goedemorgen,\n\nMet ingang van maandag 1 februari 2027 komt Femke Raaijmakers bij ons werken als geleidehondeninstructeur.\n\nMet vriendelijke groet,\nEllen de Graaf\nP&O, Stichting Geleidehonden Oost",
  J("Femke Raaijmakers", ON("monday", D(2027, 2, 1))))
m("en", "new kennel hand: milan jovanović, starts mon 14 dec, mornings. he loves labradors 🐕",
  J("Milan Jovanović", ON("monday", D(2026, 12, 14))))
m("nl", "Hondenverzorger Jacqueline Tabak stopt per 1 februari. Ze heeft 15 jaar voor onze honden gezorgd.",
  L("Jacqueline Tabak", D(2027, 2, 1)))
m("en", "The puppy foster families are volunteers. Do they need any account from us, or just the app on their own phone?",
  none=True)
m("nl", "Voor ons gastenverblijf, waar blinde cliënten twee weken met hun nieuwe hond verblijven, hebben we een verzorgende aangenomen: Greetje Hofman, start 4 januari.",
  J("Greetje Hofman", D(2027, 1, 4), CW))
m("en", "From Monday 4 January Jayden Kross goes from the kennel to the instructor training programme. He'll need access to the client files.",
  MV("Jayden Kross", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Onze dierenarts Willem Baarsma is afgelopen maandag onverwacht overleden. Hij werkte 20 jaar voor de stichting.",
  L("Willem Baarsma", P(-3)), past=True)
m("en", "Our app developer Chen Wei leaves on 31 January. He built the route-training app, so please make sure the repo access is handed over.",
  L("Chen Wei", D(2027, 1, 31), SE))
m("nl", "kennelmedewerker tim oldenkamp vanochtend op staande voet ontslagen, ruw met een hond omgegaan. badge graag meteen blokkeren",
  L("Tim Oldenkamp", NOW))
m("nl", "Wisseling in het gastenverblijf: zorgmedewerker Petra Oosterveld stopt per 1 januari, en Lies Bouma begint daar op 11 januari als verzorgende.",
  L("Petra Oosterveld", D(2027, 1, 1), CW), J("Lies Bouma", D(2027, 1, 11), CW))
m("en", "Please welcome Mark Delaney, our facility coordinator from Monday 11 January. He'll look after the kennels building and the guesthouse.",
  J("Mark Delaney", ON("monday", D(2027, 1, 11)), FC))
m("nl", "Dag Jan,\nWij hebben Ine Janssens aangeworven als instructrice voor onze afdeling in Leuven. Zij vervoegt ons op maandag 8 februari. Gelieve haar toegangen te voorzien.\nMvg,\nSarah",
  J("Ine Janssens", ON("monday", D(2027, 2, 8))))
m("en", "Account manager for corporate sponsors Grace Carter starts on the 15th of February.",
  J("Grace Carter", D(2027, 2, 15), AM))
m("nl", "Over vier weken, op 31 december, gaat trainer Arie Blokland met pensioen. Feestje volgt in januari.",
  L("Arie Blokland", P(28)))
m("nl", "Instructeur Daan is vanaf 4 januari drie maanden met ouderschapsverlof (twee dagen per week). Zijn account moet gewoon blijven.",
  none=True)
m("nl", "Kennelhulp Rosie Palmer begint aanstaande zaterdag, voor de weekenddiensten.",
  J("Rosie Palmer", WD("saturday")))
m("nl", "Per 1 maart wordt Hans Koning (nu chauffeur van de hondenbus) onze facilitair medewerker.",
  MV("Hans Koning", D(2027, 3, 1), FC, None))
m("en", "btw puppy coordinator sara lindgren leaves tmrw, moving to sweden. can u close her stuff after?",
  L("Sara Lindgren", P(1)))
m("nl", "Het tijdelijke contract van trainer Mustafa Erdem loopt op 28 februari af. We verlengen niet.",
  L("Mustafa Erdem", D(2027, 2, 28)))
m("en", "Small correction: Bilal Chahid starts on Tuesday 5 January, not Monday the 4th. He still has to work the 4th at his old job.",
  J("Bilal Chahid", ON("tuesday", D(2027, 1, 5))))
m("nl", "Vanaf 1-3 ruilen instructeurs Kirsten Vos en Joyce Pelgrim van regio: Kirsten gaat naar Zwolle, Joyce naar Arnhem.",
  MV("Kirsten Vos", D(2027, 3, 1), None, None), MV("Joyce Pelgrim", D(2027, 3, 1), None, None))
m("en", "Dear Team,\nThis is to inform that Mr. Rohit Deshmukh, Software Developer, has been relieved from his duties on 15th January 2027.\nRegards,\nAdmin",
  L("Rohit Deshmukh", D(2027, 1, 15), SE))
m("nl", "Vandaag is Maartje Groenendijk begonnen als fondsenwerver. Ze zit voorlopig op de flexplek bij de receptie.",
  J("Maartje Groenendijk", NOW))
m("en", "Our vet nurse Emma-Louise Hart finishes on Friday 22 January; she's moving to a referral hospital.",
  L("Emma-Louise Hart", ON("friday", D(2027, 1, 22))))
m("nl", "Onze vrijwilliger Gerda Meulman krijgt per 1 januari een contract als kennelmedewerker. Moet ze dan opnieuw aangemeld worden?",
  J("Gerda Meulman", D(2027, 1, 1)))
m("nl", "In week 5 begint op woensdag de nieuwe vrijwilligerscoördinator, Anke Drenth.",
  J("Anke Drenth", WK(5, "wednesday")))
m("en", "Two trainers are leaving: Oscar Lund on 18 December and Beatrix Zandbergen on 29 January.",
  L("Oscar Lund", D(2026, 12, 18)), L("Beatrix Zandbergen", D(2027, 1, 29)))
m("nl", "morgen begint esra yılmaz als zorgmedewerker in het gastenverblijf, de nachtdienst. pas en sleutels graag",
  J("Esra Yılmaz", P(1), CW))


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
        where = "a%03d" % i
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
            out.write(json.dumps({"id": "a%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-29.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
