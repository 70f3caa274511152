"""Blind-18: managers' announcements written by hand, one at a time (session 28).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-17's gen.py) only turn the date a reader means into a calendar date counted from
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
# Part 1 (n001-n150): a car dealership with its workshop, a bookshop chain, a home-care
# organisation, an opticians chain, a kitchen manufacturer, a container terminal and a
# swimming pool.
# ---------------------------------------------------------------------------------------

# A car dealership and its workshop.
m("nl", "Goedemorgen,\n\nper maandag 11 januari komt Thijs Verhoeven bij ons in de werkplaats als APK-monteur. Wil je zorgen dat hij een account heeft voor het werkplaatssysteem?\n\nGroet, Erwin",
  J("Thijs Verhoeven", ON("monday", D(2027, 1, 11))))
m("en", "Hi, our service advisor Karen Whitfield is leaving us, her last day is Friday 18 December.",
  L("Karen Whitfield", ON("friday", D(2026, 12, 18))))
m("nl", "Nieuwe verkoper voor de showroom: Bas Hoogendoorn. Hij begint 4 januari.",
  J("Bas Hoogendoorn", MD(1, 4), "account-manager"))
m("nl", "hoi, kees de wit (onderdelenmagazijn) stopt eind van de maand, laatste werkdag 31 december",
  L("Kees de Wit", MD(12, 31)))
m("en", "Please set up Milan Novak, he joins the workshop as an apprentice mechanic on Monday.",
  J("Milan Novak", WD("monday")))
m("nl", "Per 1 februari wordt Ilse Brouwer, nu receptioniste, onze nieuwe facilitair coördinator voor beide vestigingen.",
  MV("Ilse Brouwer", D(2027, 2, 1), "facility-coordinator", None))
m("nl", "Vraagje: is alles voor Thijs Verhoeven al geregeld? Ik heb nog niks gehoord van IT.",
  none=True)
m("en", "Workshop foreman Gary Lindqvist retires at the end of January - last working day Friday 29 January 2027.",
  L("Gary Lindqvist", ON("friday", D(2027, 1, 29))))
m("nl", "We hebben Yusuf Demir aangenomen als schadehersteller (carrosserie). Start: 18-01-2027.",
  J("Yusuf Demir", D(2027, 1, 18)))
m("nl", "Dag allemaal,\nvanaf 4 januari komt Jens Vermeulen ons team vervoegen als verkoper bedrijfswagens. Gelieve zijn laptop en gsm klaar te zetten.\nMvg,\nKristof",
  J("Jens Vermeulen", MD(1, 4), "account-manager"))
m("en", "Dismissed today: Ryan Fletcher (car washer). Please block his badge right away.",
  L("Ryan Fletcher", NOW))
m("nl", "Lotte Schouten gaat van de receptie naar de verkoop, ze wordt verkoper occasions vanaf maandag 7 december.",
  MV("Lotte Schouten", ON("monday", D(2026, 12, 7)), "account-manager", None))
m("en", "Hi! Two new mechanics start next week Monday: Piotr Kowalczyk and Dennis Groot. Both in the Amersfoort workshop.",
  J("Piotr Kowalczyk", NW("monday")), J("Dennis Groot", NW("monday")))
m("nl", "De start van onze nieuwe werkplaatsplanner is uitgesteld, we weten nog niet wanneer. Ik laat het weten.",
  none=True)
m("en", "Our web developer Sofia Marchetti (she builds the stock pages of the website) leaves on 15 January.",
  L("Sofia Marchetti", MD(1, 15), "software-engineer"))
m("nl", "Gisteren heeft Marco Pinas ontslag genomen, hij werkt nog tot en met vrijdag 8 januari.",
  L("Marco Pinas", ON("friday", D(2027, 1, 8))))
m("nl", "Fleur Jansen (administratie) gaat vanaf 1 maart minder uren werken, 24 in plaats van 32. Verder verandert er niks.",
  none=True)
m("en", "Hello team, Ahmed Bakkali will join us as a tyre specialist on 4/1. Thanks, Joyce",
  J("Ahmed Bakkali", D(2027, 1, 4)))
m("nl", "Onze accountmanager leasemaatschappijen, Roel van den Heuvel, vertrekt per 1 februari naar een concurrent.",
  L("Roel van den Heuvel", D(2027, 2, 1), "account-manager"))
m("en", "Good day, I inform you that Mr. Tomasz Wiśniewski start by us Monday 14 december as painter in the paint shop. Regards",
  J("Tomasz Wiśniewski", ON("monday", D(2026, 12, 14))))
m("nl", "Wim Bosman is afgelopen dinsdag overleden. Hij werkte al dertig jaar bij ons in de werkplaats. Willen jullie zijn accounts netjes afsluiten?",
  L("Wim Bosman", P(-2)), past=True)
m("en", "Can you move Sander Blom from the Utrecht workshop to Nieuwegein per 1/2? Same job, still mechanic.",
  MV("Sander Blom", D(2027, 2, 1), None, None))

# A bookshop chain.
m("nl", "Hoi, Emma de Graaf begint zaterdag als winkelmedewerker in onze winkel in Deventer. Alvast bedankt!",
  J("Emma de Graaf", WD("saturday")))
m("en", "We've hired Oliver Bennett as our new developer for the webshop. He starts on January 11th.",
  J("Oliver Bennett", D(2027, 1, 11), "software-engineer"))
m("nl", "Filiaalmanager Anneke Hofstra gaat met pensioen. Haar laatste werkdag is donderdag 24 december.",
  L("Anneke Hofstra", ON("thursday", D(2026, 12, 24))))
m("nl", "Voor de kerstdrukte komen er drie tijdelijke krachten bij in Groningen: Noor Bakker, Sem Visser en Daan Mulder. Ze beginnen alle drie maandag 14 december.",
  J("Noor Bakker", ON("monday", D(2026, 12, 14))), J("Sem Visser", D(2026, 12, 14)),
  J("Daan Mulder", D(2026, 12, 14)))
m("en", "Hi there, Lucy O'Brien our buyer for children's books leaves us. Last day 22/12.",
  L("Lucy O'Brien", D(2026, 12, 22)))
m("nl", "Jeroen van Dijk wordt per 1 januari accountmanager scholen en bibliotheken; hij was tot nu toe filiaalmanager in Zwolle.",
  MV("Jeroen van Dijk", MD(1, 1), "account-manager", None))
m("en", "Not an announcement, just a question: do freelancers who help us at book fairs need an account at all?",
  none=True)
m("nl", "ontslag genomen: kim wouters, filiaal arnhem. laatste dag zaterdag 9 januari",
  L("Kim Wouters", ON("saturday", D(2027, 1, 9))))
m("en", "From Monday 4 January Hannah Schmidt joins the online team as a customer service assistant.",
  J("Hannah Schmidt", ON("monday", D(2027, 1, 4))))
m("nl", "Beste collega's,\n\nMet ingang van 1 februari 2027 neemt Mirjam Oosterhuis de functie van facilitair medewerker in ons distributiecentrum over. Mirjam komt van Bruna.\n\nMet vriendelijke groet,\nPetra Zijlstra\nHR",
  J("Mirjam Oosterhuis", D(2027, 2, 1), "facility-coordinator"))
m("en", "Bram Koster (bookseller, Haarlem) is moving to our Leiden shop from 18 January, same job.",
  MV("Bram Koster", MD(1, 18), None, None))
m("nl", "De nieuwe winkelmedewerker voor Zwolle komt toch niet, ze heeft een andere baan aangenomen.",
  none=True)
m("nl", "Per 4-1 begint Samira Ouali bij ons als inkoper non-fictie.",
  J("Samira Ouali", D(2027, 1, 4)))
m("en", "Heads up: Ethan Clarke, the sales rep who visits the schools, handed in his notice. He works until the 31st of January.",
  L("Ethan Clarke", D(2027, 1, 31), "account-manager"))
m("nl", "Marieke ten Brink stopt als boekhandelaar in Apeldoorn en gaat vanaf maandag 1 maart op het hoofdkantoor aan de slag als marketingmedewerker.",
  MV("Marieke ten Brink", ON("monday", D(2027, 3, 1)), None, None))
m("en", "Our programmer Raj Patel will finish on Friday, 15 January 2027.",
  L("Raj Patel", ON("friday", D(2027, 1, 15)), "software-engineer"))
m("nl", "Over twee weken begint Tessa Kramer als medewerker klantenservice webshop.",
  J("Tessa Kramer", P(14)))
m("en", "Sorry, forgot to tell you: Grace Mitchell left on 30 November. She still has a store key.",
  L("Grace Mitchell", D(2026, 11, 30)), past=True)
m("nl", "Goedemiddag, vanaf volgende week dinsdag werkt Ruben Smits bij ons als chauffeur voor de bestellingen aan scholen.",
  J("Ruben Smits", NW("tuesday")))
m("en", "Lena Fischer's maternity leave starts next month; she'll be back in May. No action needed I guess?",
  none=True)
m("nl", "Henk Jonker (filiaalmanager Meppel) heeft per direct ontslag gekregen. Vandaag is zijn laatste dag.",
  L("Henk Jonker", NOW))
m("en", "New starter tmrw in Utrecht: Zoë Martens, shop assistant.",
  J("Zoë Martens", P(1)))

# A home-care organisation.
m("nl", "Goedemorgen,\nPer 1 januari start Anouk Verbeek bij ons als verzorgende IG in team Noord. Graag een telefoon en toegang tot Nedap.\nGroet, Marloes (teamleider)",
  J("Anouk Verbeek", MD(1, 1), "care-worker"))
m("nl", "Wijkverpleegkundige Gerda Postma gaat per 1 maart met pensioen.",
  L("Gerda Postma", D(2027, 3, 1)))
m("en", "Hi, we have a new caregiver starting Monday the 7th: Blessing Okafor. She'll work evenings in Arnhem-Zuid.",
  J("Blessing Okafor", ON("monday", D(2026, 12, 7)), "care-worker"))
m("nl", "zorgmedewerker fatima el idrissi stopt, laatste dienst is zondag 20 december",
  L("Fatima el Idrissi", ON("sunday", D(2026, 12, 20)), "care-worker"))
m("nl", "Jolanda Smit, nu planner, gaat vanaf 1 februari als zorgmedewerker in de wijk werken.",
  MV("Jolanda Smit", D(2027, 2, 1), "care-worker", None))
m("nl", "Onze huishoudelijke hulp Tineke Veenstra is gisteren overleden. Wat moeten we doen met haar telefoon?",
  L("Tineke Veenstra", P(-1)), past=True)
m("en", "Please onboard two healthcare assistants for the night team: Maria Santos and Ana Ferreira. Start date 11-01-2027.",
  J("Maria Santos", D(2027, 1, 11), "care-worker"), J("Ana Ferreira", D(2027, 1, 11), "care-worker"))
m("nl", "Het contract van Wendy Hoekstra (verzorgende) wordt verlengd tot 1 juli. Dus geen vertrek op 31 december!",
  none=True)
m("nl", "Beste,\n\nLies Peeters komt op 18 januari ons thuisverplegingsteam vervoegen als zorgkundige.\n\nMet vriendelijke groeten,\nVeerle",
  J("Lies Peeters", MD(1, 18), "care-worker"))
m("en", "Our planner, Mark de Ruiter, is leaving - last working day Wed 13 January.",
  L("Mark de Ruiter", ON("wednesday", D(2027, 1, 13))))
m("nl", "Verzorgende Karin Dijkstra verhuist naar Friesland en stapt daar over naar ons team Leeuwarden, vanaf 1 maart. Zelfde functie.",
  MV("Karin Dijkstra", D(2027, 3, 1), "care-worker", "care-worker"))
m("en", "Hi, a new carer starts on Monday 11 January: Grace Adeyemi. Team West, day shifts.",
  J("Grace Adeyemi", ON("monday", D(2027, 1, 11)), "care-worker"))
m("nl", "Vandaag op staande voet ontslagen: zorgmedewerker Priscilla Kwakye. Graag direct alle toegang intrekken.",
  L("Priscilla Kwakye", NOW, "care-worker"))
m("nl", "Per week 2 begint Ellen Huisman als wijkverpleegkundige in Doetinchem.",
  J("Ellen Huisman", WK(2)))
m("en", "Hi, Kevin Mulder will start as a carer on Tuesday 5 January. Thanks!",
  J("Kevin Mulder", ON("tuesday", D(2027, 1, 5)), "care-worker"))
m("nl", "Het ontslag van Ingrid Kok is ingetrokken, ze blijft gewoon bij ons.",
  none=True)
m("nl", "Zorgmedewerker Demi Vos gaat na haar opleiding aan de slag als wijkverpleegkundige, per 15-2.",
  MV("Demi Vos", D(2027, 2, 15), None, "care-worker"))
m("en", "We hired Samuel Asante as facilities coordinator for our offices in Ede and Wageningen, starting in three weeks.",
  J("Samuel Asante", P(21), "facility-coordinator"))
m("nl", "Per 1 april stopt Corrie van Leeuwen (huishoudelijke hulp) na 25 jaar.",
  L("Corrie van Leeuwen", D(2027, 4, 1)))
m("en", "Hello, I want to inform that Agnieszka Nowak will not work with us anymore from tomorrow. Her last day is today.",
  L("Agnieszka Nowak", NOW))
m("nl", "Nieuw in team Oost vanaf maandag: Sevda Yıldız (zorgmedewerker) en Lisanne Pronk (leerling-verzorgende).",
  J("Sevda Yıldız", WD("monday"), "care-worker"), J("Lisanne Pronk", WD("monday"), "care-worker"))
m("en", "FYI Tom Hendriks (IT) is leaving us on 8 January to work for a hospital. He was our only developer for the client app.",
  L("Tom Hendriks", MD(1, 8), "software-engineer"))

# An opticians chain.
m("nl", "Hallo, per 1 maart 2027 begint Niels Verschuren als opticien in onze winkel in Breda.",
  J("Niels Verschuren", D(2027, 3, 1)))
m("en", "Optometrist Claire Dubois starts with us on the 4th of January in the Eindhoven store.",
  J("Claire Dubois", MD(1, 4)))
m("nl", "laatste werkdag van rachel meijer is vrijdag 11 december, ze gaat studeren",
  L("Rachel Meijer", ON("friday", D(2026, 12, 11))))
m("nl", "Bij de winkel in Tilburg stoppen per 1 januari Johan Aarts en Petra Wolters, de winkel gaat dicht. Karin Janssen gaat vanaf 4 januari naar onze winkel in Oisterwijk, in dezelfde functie.",
  L("Johan Aarts", MD(1, 1)), L("Petra Wolters", MD(1, 1)), MV("Karin Janssen", MD(1, 4), None, None))
m("en", "Quick q - is the new contact lens specialist in Den Bosch already in the system? Her start got moved.",
  none=True)
m("nl", "Beste HR,\n\nHierbij meld ik dat audicien Mohamed Amrani per 15 januari uit dienst gaat.\n\nGroet,\nHans",
  L("Mohamed Amrani", MD(1, 15)))
m("en", "Our new account manager for the B2B side (company glasses, safety eyewear) is Victoria Hughes, starting Monday January 18.",
  J("Victoria Hughes", ON("monday", D(2027, 1, 18)), "account-manager"))
m("nl", "Vanaf morgen is Sjoerd de Haan niet meer in dienst, hij is vandaag voor het laatst.",
  L("Sjoerd de Haan", NOW))
m("nl", "Sanne Lammers, opticien in Roosendaal, wordt filiaalmanager in Bergen op Zoom per 1 februari.",
  MV("Sanne Lammers", D(2027, 2, 1), None, None))
m("en", "Hi, could you cancel the onboarding for Julia Weber? She's not coming after all.",
  none=True)
m("nl", "We hebben een nieuwe developer voor de afsprakenapp: Stijn Willemsen, start 1/2/2027.",
  J("Stijn Willemsen", D(2027, 2, 1), "software-engineer"))
m("en", "Optician Paul Harrington passed away on Sunday. We are all shocked. Could you take care of his accounts quietly?",
  L("Paul Harrington", P(-4)), past=True)
m("nl", "In januari begint een nieuwe opticien in Breda, maar het contract is nog niet getekend. Naam volgt.",
  none=True)
m("nl", "Eva Vermeulen-Jacobs begint volgende week woensdag als winkelmedewerker in Etten-Leur.",
  J("Eva Vermeulen-Jacobs", NW("wednesday")))
m("en", "Daniel Kim, optician at our Utrecht store, is moving to the Amsterdam Zuid store as of 11 January. Same role.",
  MV("Daniel Kim", MD(1, 11), None, None))
m("nl", "Ik wil even melden dat Ayla Kaya per 31-12 stopt, ze heeft zelf opgezegd.",
  L("Ayla Kaya", D(2026, 12, 31)))
m("en", "Please add Noah Visser, our new salesman for the corporate eyewear contracts. He starts Wednesday 6 January.",
  J("Noah Visser", ON("wednesday", D(2027, 1, 6)), "account-manager"))
m("nl", "Onze facilitair medewerker Gert Jan Boersma gaat per 1 januari over naar de facilitaire dienst van het hoofdkantoor in Zeist, zelfde werk.",
  MV("Gert Jan Boersma", MD(1, 1), "facility-coordinator", "facility-coordinator"))
m("nl", "Mila Kuiper (winkelmedewerker) neemt ouderschapsverlof van januari t/m maart.",
  none=True)
m("en", "We let go of Liam Carter, store assistant in Venlo, this morning.",
  L("Liam Carter", NOW))
m("nl", "Nieuwe collega per 7/12 in Breda: Youssef Ait Taleb, opticien in opleiding.",
  J("Youssef Ait Taleb", D(2026, 12, 7)))

# A kitchen manufacturer.
m("nl", "Per maandag 4 januari starten twee nieuwe productiemedewerkers op de zagerij: Erik Hendriksen en Lucas Brink.",
  J("Erik Hendriksen", ON("monday", D(2027, 1, 4))), J("Lucas Brink", D(2027, 1, 4)))
m("en", "Hi HR, we hired a software developer for the kitchen configurator: Anna Kowalska. She starts Monday the 1st of February.",
  J("Anna Kowalska", ON("monday", D(2027, 2, 1)), "software-engineer"))
m("nl", "Onze vertegenwoordiger voor de dealers in Brabant, Rob van Gils, gaat met vervroegd pensioen. Laatste werkdag 26 februari.",
  L("Rob van Gils", MD(2, 26), "account-manager"))
m("en", "CNC operator Dragan Petrović has resigned. He works until Friday 22 January.",
  L("Dragan Petrović", ON("friday", D(2027, 1, 22))))
m("nl", "keukenmonteur ivo de bruin begint 11 jan, bus en telefoon graag regelen",
  J("Ivo de Bruin", MD(1, 11)))
m("nl", "Werkvoorbereider Marco Klein gaat vanaf 1 maart aan de slag als ontwikkelaar van onze tekensoftware. Hij heeft de cursus afgerond.",
  MV("Marco Klein", D(2027, 3, 1), "software-engineer", None))
m("en", "Hi, Jack Turner (sales rep Belgium) is moving to the Netherlands team per 1 January, same job, different region.",
  MV("Jack Turner", MD(1, 1), "account-manager", "account-manager"))
m("nl", "Ricardo Gomes (spuiterij) is gisteren ontslagen, hij komt niet meer terug.",
  L("Ricardo Gomes", P(-1)), past=True)
m("en", "Could you prepare a laptop for our new engineer? He's a mechanical engineer (cabinet design in SolidWorks, not software): Pieter Brouwers, starting on 18 January.",
  J("Pieter Brouwers", MD(1, 18)))
m("nl", "De verlenging van het contract van Frank Scholten is rond: hij blijft tot en met juni. Zijn vertrek per 1 januari gaat dus niet door.",
  none=True)
m("en", "Starting next Monday, Sophie Laurent joins us as showroom sales representative in Rotterdam.",
  J("Sophie Laurent", WD("monday"), "account-manager"))
m("nl", "Hoi! Carlijn Mertens komt vanaf 18-1 de facilitaire dienst versterken. Werkplek in hal 2.",
  J("Carlijn Mertens", D(2027, 1, 18), "facility-coordinator"))
m("en", "The Slovak crew starts on Monday 11 January: Marek Horváth, Juraj Kováč and Peter Baláž, all three assembly workers.",
  J("Marek Horváth", ON("monday", D(2027, 1, 11))), J("Juraj Kováč", D(2027, 1, 11)),
  J("Peter Baláž", D(2027, 1, 11)))
m("nl", "Onze ontwikkelaar Joris Wijnands vertrekt per 1 april naar een start-up.",
  L("Joris Wijnands", D(2027, 4, 1), "software-engineer"))
m("nl", "Laura Bos gaat vanaf maandag 8 februari van de showroom naar de binnendienst, als planner.",
  MV("Laura Bos", ON("monday", D(2027, 2, 8)), None, None))
m("en", "We'll have a new logistics planner in January but HR is still negotiating the contract. I'll come back with the name.",
  none=True)
m("nl", "Vorige week donderdag is Hans Kuijpers, onze heftruckchauffeur, verongelukt. Hij is overleden. Willen jullie alles afsluiten?",
  L("Hans Kuijpers", LW("thursday")), past=True)
m("en", "New sales rep for the dealers in Limburg: Frederik Lenaerts. Start 01.02.2027.",
  J("Frederik Lenaerts", D(2027, 2, 1), "account-manager"))
m("nl", "Tim Peeters begint niet op 4 januari maar een week later, op maandag 11 januari, als productiemedewerker.",
  J("Tim Peeters", ON("monday", D(2027, 1, 11))))
m("nl", "Stagiair Bart Veldman (mbo meubelmaker) loopt stage van 1 februari t/m 30 juni.",
  J("Bart Veldman", D(2027, 2, 1)))
m("en", "Sarah Goldberg, our HR advisor, leaves on 28 February.",
  L("Sarah Goldberg", MD(2, 28)))
m("nl", "Na haar verlof komt Yvonne Claassen niet meer terug; ze heeft ontslag genomen per 1 februari.",
  L("Yvonne Claassen", D(2027, 2, 1)))

# A container terminal.
m("en", "Hi, three new straddle carrier drivers start Monday 14 December: Kofi Mensah, Jan-Willem Roos and Mustafa Yilmaz.",
  J("Kofi Mensah", ON("monday", D(2026, 12, 14))), J("Jan-Willem Roos", D(2026, 12, 14)),
  J("Mustafa Yilmaz", D(2026, 12, 14)))
m("nl", "Per 1 januari begint Sven Dekker als planner op de terminal.",
  J("Sven Dekker", MD(1, 1)))
m("nl", "Kraanmachinist Arie Koppelaar gaat met pensioen, laatste dienst op zondag 31 januari.",
  L("Arie Koppelaar", ON("sunday", D(2027, 1, 31))))
m("en", "Our lasher Dmitri Volkov was dismissed yesterday after the incident on the quay.",
  L("Dmitri Volkov", P(-1)), past=True)
m("nl", "Gate-medewerker Naomi Tahiri gaat per 1 maart naar de planning. Ze wordt daar planner.",
  MV("Naomi Tahiri", D(2027, 3, 1), None, None))
m("en", "We are hiring a developer for the terminal operating system integrations. Name: Arjun Mehta. Starts 25 January.",
  J("Arjun Mehta", MD(1, 25), "software-engineer"))
m("nl", "Hoi, kan ik al zien of de pas voor Kofi Mensah klaar is? Hij begint binnenkort.",
  none=True)
m("nl", "In week 3 beginnen bij de kade twee sjorders: Ricardo Fernandes en Bilal Chaouch.",
  J("Ricardo Fernandes", WK(3)), J("Bilal Chaouch", WK(3)))
m("en", "Reefer technician Hugo Lambert is leaving on the 18th. Please collect his radio and badge.",
  L("Hugo Lambert", MD(12, 18)))
m("nl", "Onze facilitair coördinator Mariska Dam vertrekt. Ze werkt nog t/m 22-12-2026.",
  L("Mariska Dam", D(2026, 12, 22), "facility-coordinator"))
m("en", "Ibrahim Sesay moves from the gate to the control tower as vessel planner, effective Monday 4 January.",
  MV("Ibrahim Sesay", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Vanaf vrijdag werkt Jelle Boonstra bij ons als monteur kranen.",
  J("Jelle Boonstra", WD("friday")))
m("en", "Hi! Our account manager for the shipping lines, Charlotte Evans, is leaving. Last working day: Thursday 31 December.",
  L("Charlotte Evans", ON("thursday", D(2026, 12, 31)), "account-manager"))
m("nl", "Kevin Dirks van de gate gaat per 4 januari op de kraan, als kraanmachinist in opleiding.",
  MV("Kevin Dirks", MD(1, 4), None, None))
m("en", "New start in the security team: Ousmane Diallo, security guard, from 1-2.",
  J("Ousmane Diallo", D(2027, 2, 1)))
m("nl", "Per 15 januari vertrekt Marloes Brinkman van de facilitaire dienst, ze gaat naar een andere werkgever in Antwerpen.",
  L("Marloes Brinkman", MD(1, 15), "facility-coordinator"))
m("en", "Our IT guy Wouter Blok, who is a developer on the TOS, goes to the planning department as shift planner from 1 March.",
  MV("Wouter Blok", D(2027, 3, 1), None, "software-engineer"))
m("nl", "Straddle-carrierchauffeur Romano Sedney is vorige week vrijdag overleden.",
  L("Romano Sedney", LW("friday")), past=True)
m("en", "Please note: Nina Kovač's last day moves from 31 December to 31 March.",
  L("Nina Kovač", D(2027, 3, 31)))
m("nl", "Twee nieuwe vertegenwoordigers voor de rederijen, Thomas Vink en Esra Güler, beginnen op 1 februari.",
  J("Thomas Vink", D(2027, 2, 1), "account-manager"), J("Esra Güler", D(2027, 2, 1), "account-manager"))
m("en", "Crane driver Gerrit Mol takes early retirement - his final shift is on the 29th of January.",
  L("Gerrit Mol", D(2027, 1, 29)))

# A swimming pool.
m("nl", "Hoi, per zaterdag 5 december komt Femke Brouwer ons team versterken als zweminstructeur.",
  J("Femke Brouwer", ON("saturday", D(2026, 12, 5))))
m("nl", "badmeester luuk van der veen stopt eind januari, laatste werkdag vrijdag 29 januari",
  L("Luuk van der Veen", ON("friday", D(2027, 1, 29))))
m("en", "Hello, a new lifeguard, Jasmine Taylor, starts tomorrow at our indoor pool. I know it's short notice, sorry!",
  J("Jasmine Taylor", P(1)))
m("nl", "Kassamedewerker Tamara Roelofs gaat per 1 januari naar de horeca van het zwembad, als medewerker horeca.",
  MV("Tamara Roelofs", MD(1, 1), None, None))
m("nl", "Onze technisch medewerker (installaties, chloor) Dirk Stam gaat met pensioen op 31 maart 2027.",
  L("Dirk Stam", D(2027, 3, 31)))
m("en", "Swim teacher Oscar Lindgren leaves us at the end of the year, his last day is 31 Dec.",
  L("Oscar Lindgren", MD(12, 31)))
m("nl", "Per 11-1 beginnen twee nieuwe badmeesters: Rens Bakker en Amira Haddou.",
  J("Rens Bakker", D(2027, 1, 11)), J("Amira Haddou", D(2027, 1, 11)))
m("en", "Facility coordinator Bart Schipper leaves us per 1 February for a job at the municipality.",
  L("Bart Schipper", D(2027, 2, 1), "facility-coordinator"))
m("nl", "Zweminstructeur Ilona Mertens heeft haar contract opgezegd. Haar laatste les geeft ze zaterdag 19 december.",
  L("Ilona Mertens", ON("saturday", D(2026, 12, 19))))
m("en", "Hi. Sam Peters becomes our new team leader lifeguards as of Monday 1 March; he is a lifeguard now.",
  MV("Sam Peters", ON("monday", D(2027, 3, 1)), None, None))
m("nl", "Jesse de Lange, nu medewerker facilitaire dienst, wordt per 1 februari facilitair coördinator van alle drie de baden.",
  MV("Jesse de Lange", D(2027, 2, 1), "facility-coordinator", "facility-coordinator"))
m("nl", "Het vertrek van Gijs Dekkers gaat niet door, hij blijft toch als badmeester.",
  none=True)
m("en", "Pool attendant Lucas Moreau was let go on Monday.",
  L("Lucas Moreau", P(-3)), past=True)
m("nl", "Nieuwe medewerker receptie: Wendela van Rijswijk-Smit, start over drie weken.",
  J("Wendela van Rijswijk-Smit", P(21)))
m("en", "Our reception employee Holly Gardner will work fewer hours from January (3 days instead of 5).",
  none=True)
m("nl", "Per 1 april 2027 start Thijmen Koopman als accountmanager zakelijke abonnementen.",
  J("Thijmen Koopman", D(2027, 4, 1), "account-manager"))
m("en", "Correction: our new swimming teacher Bo Hermans does not start on 11 January but on 18 January.",
  J("Bo Hermans", MD(1, 18)))
m("nl", "Lisa Evers, zweminstructeur, is gisteravond overleden na een kort ziekbed.",
  L("Lisa Evers", P(-1)), past=True)
m("nl", "Vanaf 4 januari werkt Anouar Bouzid als facilitair medewerker bij ons in Zwembad De Wetering.",
  J("Anouar Bouzid", MD(1, 4), "facility-coordinator"))
m("en", "Developer Chloé Martin (she built our booking system) finishes 29/01/2027; her contract isn't renewed.",
  L("Chloé Martin", D(2027, 1, 29), "software-engineer"))


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
        where = "n%03d" % i
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
            out.write(json.dumps({"id": "n%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")







if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-18.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
