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
