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

# ---------------------------------------------------------------------------------------
# Part 2 (n151-n320): a funeral home, a greenhouse grower, a rail maintenance contractor, a
# weather and climate research institute, an event-technology rental company, a pension
# administrator and a taxi company.
# ---------------------------------------------------------------------------------------

# A funeral home.
m("nl", "Goedemiddag, per 1 januari komt Hendrik-Jan Bouwman ons team versterken als uitvaartverzorger. Hij heeft een laptop en telefoon nodig.",
  J("Hendrik-Jan Bouwman", MD(1, 1)))
m("en", "Hi, our new funeral assistant Megan Doyle starts on Monday 4 January. She will mostly do the evening calls.",
  J("Megan Doyle", ON("monday", D(2027, 1, 4))))
m("nl", "Drager Jan Willem Hofman stopt per 31 december, hij gaat verhuizen.",
  L("Jan Willem Hofman", MD(12, 31)))
m("nl", "Van: Personeelszaken\nVerzonden: dinsdag 1 december 2026 09:14\nAan: Handover\nOnderwerp: FW: uitdiensttreding\n\nBeste collega,\n\nMarjolein Kersten (administratie) heeft haar contract opgezegd. Haar laatste werkdag is vrijdag 5 februari 2027.\n\nMet vriendelijke groet,\nAfdeling Personeelszaken",
  L("Marjolein Kersten", ON("friday", D(2027, 2, 5))))
m("en", "Our funeral director Thomas Whitaker retires on 31 March. His successor is Ingrid van Halteren, who starts 1 March so they overlap a month.",
  L("Thomas Whitaker", MD(3, 31)), J("Ingrid van Halteren", MD(3, 1)))
m("nl", "Vanaf maandag 11 januari werkt Chantal Rozendaal bij ons als medewerker condoleancecentrum.",
  J("Chantal Rozendaal", ON("monday", D(2027, 1, 11))))
m("en", "Quick question: does a volunteer who drives the hearse twice a month need a badge?",
  none=True)
m("nl", "Esther Wijnberg komt na haar zwangerschapsverlof op 1 februari weer terug op de administratie.",
  none=True)
m("nl", "Onze planner, Ruud Haverkamp, wordt per 1 maart uitvaartleider. Hij draait nu nog de planning.",
  MV("Ruud Haverkamp", D(2027, 3, 1), None, None))
m("en", "We hired a web developer for the online condolence register, Kai Tanaka. He starts 18/1.",
  J("Kai Tanaka", D(2027, 1, 18), "software-engineer"))
m("nl", "Met pijn in het hart laat ik weten dat onze collega Bert Verhulst afgelopen zaterdag is overleden.",
  L("Bert Verhulst", P(-5)), past=True)
m("nl", "nieuwe chauffeur rouwauto: dewi pattinama, begint volgende week maandag",
  J("Dewi Pattinama", NW("monday")))
m("en", "Hello, Olga Ivanova will join our crematorium team as an operator from the 15th of February.",
  J("Olga Ivanova", D(2027, 2, 15)))
m("nl", "Per 1-3-2027 gaat Saskia Meulenbelt van het crematorium in Tiel naar ons crematorium in Culemborg, zelfde functie (medewerker ontvangst).",
  MV("Saskia Meulenbelt", D(2027, 3, 1), None, None))
m("en", "Please create an account for Ayaan Qureshi, our new funeral assistant in Zeist, starting 1/3.",
  J("Ayaan Qureshi", D(2027, 3, 1)))
m("nl", "Hoi, we hebben een nieuwe facilitair medewerkster: Naima Boukhari. Start per 4 januari, in de aula en de koffiekamer.",
  J("Naima Boukhari", MD(1, 4), "facility-coordinator"))
m("en", "Hi HR, Patrick O'Connell (embalmer) has been dismissed today for misconduct. Please revoke all access immediately.",
  L("Patrick O'Connell", NOW))
m("nl", "Uitvaartverzorgster Hanneke Lodewijks gaat met pensioen; haar laatste dag is dinsdag 22 december.",
  L("Hanneke Lodewijks", ON("tuesday", D(2026, 12, 22))))
m("en", "We have two new pallbearers, starting Saturday 12 December: Kwame Boateng and Luuk Hermsen.",
  J("Kwame Boateng", ON("saturday", D(2026, 12, 12))), J("Luuk Hermsen", D(2026, 12, 12)))
m("nl", "Joyce Leenders stopt per direct, vandaag is haar laatste werkdag.",
  L("Joyce Leenders", NOW))
m("nl", "Onze accountmanager voor verzekeraars, Dennis Hoekman, gaat per 1 april naar ons kantoor in Den Haag, in dezelfde rol.",
  MV("Dennis Hoekman", D(2027, 4, 1), "account-manager", "account-manager"))
m("en", "Heads up - Rosa Martínez starts in two weeks as our new receptionist at the funeral centre.",
  J("Rosa Martínez", P(14)))
m("nl", "Uitvaartbegeleider Marcel Tijssen begint toch niet op 4 januari maar op 1 februari, zijn opzegtermijn is langer.",
  J("Marcel Tijssen", D(2027, 2, 1)))
m("en", "Funeral director Ian Fraser leaves on Friday 26 February; he's starting his own business.",
  L("Ian Fraser", ON("friday", D(2027, 2, 26))))
m("nl", "Per week 5 start Thirza Wouterse als administratief medewerker.",
  J("Thirza Wouterse", WK(5)))

# A greenhouse grower.
m("nl", "Per maandag 14 december beginnen vier Poolse oogstmedewerkers: Kamil Zieliński, Paweł Wójcik, Ewa Kamińska en Marta Lewandowska.",
  J("Kamil Zieliński", ON("monday", D(2026, 12, 14))), J("Paweł Wójcik", D(2026, 12, 14)),
  J("Ewa Kamińska", D(2026, 12, 14)), J("Marta Lewandowska", D(2026, 12, 14)))
m("en", "Our head grower, Arjen Stolk, is leaving the company on 26 February.",
  L("Arjen Stolk", MD(2, 26)))
m("nl", "Hoi, Wesley van der Meer gaat vanaf 1 januari als vertegenwoordiger onze tomaten verkopen aan de groothandels. Tot nu toe was hij teeltmedewerker.",
  MV("Wesley van der Meer", MD(1, 1), "account-manager", None))
m("en", "New climate computer specialist: Julian Kraus, starting 01-02-2027. He is not a programmer, he sets the climate for the crops.",
  J("Julian Kraus", D(2027, 2, 1)))
m("nl", "Teeltmedewerker Nguyen Thi Hoa is gisteren ontslagen wegens diefstal.",
  L("Nguyen Thi Hoa", P(-1)), past=True)
m("nl", "Vanaf dinsdag 5 januari werkt Mehmet Çelik bij ons als heftruckchauffeur in de verpakkingshal.",
  J("Mehmet Çelik", ON("tuesday", D(2027, 1, 5))))
m("en", "Hello, I inform you that the seasonal worker Julien Girard has finish his contract on Friday 18 december, it is his last day.",
  L("Julien Girard", ON("friday", D(2026, 12, 18))))
m("nl", "Onze ontwikkelaars Koen Bijl en Mariam Saleh (ze bouwen de oogstregistratie-app) vertrekken allebei per 1 maart.",
  L("Koen Bijl", D(2027, 3, 1), "software-engineer"), L("Mariam Saleh", D(2027, 3, 1), "software-engineer"))
m("nl", "Het contract van de Roemeense oogstploeg wordt verlengd tot en met april. Niemand vertrekt dus in januari.",
  none=True)
m("en", "Lotte Vermaat moves from the packing hall to quality control per 4 January; she'll be QC inspector.",
  MV("Lotte Vermaat", MD(1, 4), None, None))
m("nl", "Hallo,\nWannes Goossens komt vanaf maandag 1 februari onze ploeg vervoegen als teeltverantwoordelijke. Alvast bedankt om alles klaar te zetten.\nGroetjes, An",
  J("Wannes Goossens", ON("monday", D(2027, 2, 1))))
m("en", "The new accountmanager for the UK supermarkets, Harriet Cole, starts on Monday 18 January.",
  J("Harriet Cole", ON("monday", D(2027, 1, 18)), "account-manager"))
m("nl", "Peter van 't Hof (techniek, verwarming en WKK) stopt per 1 februari. Laatste werkdag vrijdag 22 januari.",
  L("Peter van 't Hof", ON("friday", D(2027, 1, 22))))
m("en", "Sorry, late notice: harvest worker Tomas Petrauskas left us last Friday, he went back to Lithuania.",
  L("Tomas Petrauskas", P(-6)), past=True)
m("nl", "Per volgende week woensdag begint Sophie Kuijt als medewerker personeelszaken.",
  J("Sophie Kuijt", NW("wednesday")))
m("nl", "Wij hebben een nieuwe facilitair coördinator voor de drie locaties in het Westland: Ronald Zwinkels. Startdatum 11 januari.",
  J("Ronald Zwinkels", MD(1, 11), "facility-coordinator"))
m("en", "Naomi Brandsma (sales rep Germany) is going on maternity leave from mid-January. Her replacement is still unknown.",
  none=True)
m("nl", "Vandaag heeft Gerben Zijlstra laten weten dat hij stopt; hij werkt nog tot en met de 8e januari.",
  L("Gerben Zijlstra", MD(1, 8)))
m("en", "From next week Tuesday, Ali Reza Hosseini joins the packing line.",
  J("Ali Reza Hosseini", NW("tuesday")))
m("nl", "De teeltmedewerkers Stefan Nijhuis en Bram Wessels gaan vanaf 1 februari naar onze nieuwe kas in Middenmeer. Zelfde werk.",
  MV("Stefan Nijhuis", D(2027, 2, 1), None, None), MV("Bram Wessels", D(2027, 2, 1), None, None))
m("en", "Good news: Carmen Ruiz is not leaving us, she accepted the new contract.",
  none=True)
m("nl", "Joost Verburg, onze enige programmeur, stopt per 15-3.",
  L("Joost Verburg", D(2027, 3, 15), "software-engineer"))
m("en", "New starter in the packhouse on Monday 4 January: Lina Haddad. Only her for now, the others come later.",
  J("Lina Haddad", ON("monday", D(2027, 1, 4))))
m("nl", "Per 1 januari wordt Esmée Brink, nu medewerker inkoop, onze nieuwe verkoper voor de retail.",
  MV("Esmée Brink", MD(1, 1), "account-manager", None))

# A rail maintenance contractor.
m("nl", "Goedemorgen, per 4 januari starten bij ons twee monteurs bovenbouw: Dave Koning en Ricky Vos. Ze hebben allebei een VCA en een LWB-pas nodig.",
  J("Dave Koning", MD(1, 4)), J("Ricky Vos", MD(1, 4)))
m("en", "Our safety officer Britt Holm leaves on the 15th of January.",
  L("Britt Holm", D(2027, 1, 15)))
m("nl", "Werkvoorbereider Jeroen Baas wordt per 1 februari projectleider. Graag zijn rechten aanpassen.",
  MV("Jeroen Baas", D(2027, 2, 1), None, None))
m("en", "We welcome Ahmed Hassan, our new developer for the track inspection software, on Tuesday 12 January.",
  J("Ahmed Hassan", ON("tuesday", D(2027, 1, 12)), "software-engineer"))
m("nl", "Machinist onderhoudstrein Gerard Pool is afgelopen maandag overleden aan een hartaanval.",
  L("Gerard Pool", P(-3)), past=True)
m("nl", "Via het uitzendbureau komen er vanaf week 3 drie lassers (thermiet) bij: Patryk Nowicki, Sebastian Krol en Mateusz Adamski.",
  J("Patryk Nowicki", WK(3)), J("Sebastian Krol", WK(3)), J("Mateusz Adamski", WK(3)))
m("en", "Hi, can you offboard Lee Chambers? He was let go on Tuesday.",
  L("Lee Chambers", P(-2)), past=True)
m("nl", "Voor de werkzaamheden rond Utrecht komen vanaf 18 januari Rik Mollema en Tom Scheepers ons team versterken als monteur.",
  J("Rik Mollema", MD(1, 18)), J("Tom Scheepers", MD(1, 18)))
m("en", "Planner Amber Stevens becomes an account manager for ProRail and the regional carriers as of 1 February.",
  MV("Amber Stevens", D(2027, 2, 1), "account-manager", None))
m("nl", "Nieuwe monteur per 11-1: Hüseyin Doğan. Hij heeft al een LWB-pas, dus dat hoeft niet.",
  J("Hüseyin Doğan", D(2027, 1, 11)))
m("nl", "hoi. mo el hamdaoui stopt per 1 jan, gaat naar een andere aannemer",
  L("Mo el Hamdaoui", MD(1, 1)))
m("en", "Please note that Sander Visscher will start on 11 January 2027 as a track engineer (rail, not software).",
  J("Sander Visscher", D(2027, 1, 11)))
m("nl", "Van: Jolanda Peek\nVerzonden: woensdag 2 december 2026 16:40\nOnderwerp: nieuwe collega\n\nHoi,\nMaandag 21 december begint Fenna Swart bij ons op de afdeling materieel als magazijnmedewerker.\nGroet, Jolanda",
  J("Fenna Swart", ON("monday", D(2026, 12, 21))))
m("en", "Machine operator Viktor Horvat has resigned; last day Thursday 14 January.",
  L("Viktor Horvat", ON("thursday", D(2027, 1, 14))))
m("nl", "De facilitaire dienst krijgt er per 1 maart een collega bij: Yara Bouma.",
  J("Yara Bouma", D(2027, 3, 1), "facility-coordinator"))
m("en", "Dylan Rietveld (our only software engineer) will move to the asset management team as data analyst on Monday 1 February.",
  MV("Dylan Rietveld", ON("monday", D(2027, 2, 1)), None, "software-engineer"))
m("nl", "Onze vertegenwoordiger in België, Pieter-Jan Claes, gaat op pensioen. Zijn laatste werkdag is 30 april 2027. Mvg",
  L("Pieter-Jan Claes", D(2027, 4, 30), "account-manager"))
m("en", "The start of the two Romanian welders is postponed until their papers are in order. No date yet.",
  none=True)
m("nl", "Elif Aydın begint over vijf weken als HR-adviseur.",
  J("Elif Aydın", P(35)))
m("nl", "Ploegleider Harm Scholten gaat vanaf maandag 4 januari naar de ploeg in Zwolle. Zelfde functie.",
  MV("Harm Scholten", ON("monday", D(2027, 1, 4)), None, None))
m("en", "hey, new guy tomorrow - Jayden Brown, apprentice track worker. thx",
  J("Jayden Brown", P(1)))
m("nl", "Ontwikkelaar Ilse van Dongen komt per 1 februari bij ons werken, ze bouwt de planningstool. Ze heeft een developer-laptop nodig.",
  J("Ilse van Dongen", D(2027, 2, 1), "software-engineer"))
m("en", "Correction regarding our surveyor Lars Eriksen: his last day is not 15 January but the 22nd.",
  L("Lars Eriksen", D(2027, 1, 22)))
m("nl", "Stefan de Groot (monteur) is per direct ontslagen na een veiligheidsincident vorige week. Vandaag was zijn laatste dag.",
  L("Stefan de Groot", NOW))

# A weather and climate research institute.
m("en", "Dear HR,\n\nI am pleased to announce that Dr. Ingrid Solberg will join the climate research department as senior researcher on 1 March 2027.\n\nKind regards,\nProf. Hans Meier",
  J("Ingrid Solberg", D(2027, 3, 1)))
m("nl", "Aanstaande maandag begint Floris Akkerman als weerkundige in het operationele team.",
  J("Floris Akkerman", WD("monday")))
m("en", "PhD student Aisha Bello finishes her contract on 31 January; her defence was last month.",
  L("Aisha Bello", MD(1, 31)))
m("nl", "Onze softwareontwikkelaar Bart-Jan Hoekstra gaat vanaf 1 maart als weerkundige werken. Hij blijft dus wel bij ons.",
  MV("Bart-Jan Hoekstra", D(2027, 3, 1), None, "software-engineer"))
m("en", "We are happy to welcome two programmers for the weather model: Chen Wei and Priya Raman. Both start January 4th.",
  J("Chen Wei", D(2027, 1, 4), "software-engineer"), J("Priya Raman", D(2027, 1, 4), "software-engineer"))
m("nl", "Gisteren is onze collega van de instrumentenafdeling, Theo Lammerts, overleden.",
  L("Theo Lammerts", P(-1)), past=True)
m("nl", "mw. dr. Annemiek van der Zwaan gaat per 1 april met emeritaat.",
  L("Annemiek van der Zwaan", D(2027, 4, 1)))
m("en", "The observer at the Cabauw station, Ruben Kok, leaves on Wednesday 30 December.",
  L("Ruben Kok", ON("wednesday", D(2026, 12, 30))))
m("nl", "Even checken: krijgt de gastonderzoeker uit Kopenhagen een eigen account of werkt hij via zijn eigen universiteit?",
  none=True)
m("en", "Postdoc Mateo González moves from De Bilt to our Groningen office from 1 February, same position.",
  MV("Mateo González", D(2027, 2, 1), None, None))
m("nl", "Per 15 januari start Lieke Schuurman als facilitair medewerker op de locatie De Bilt.",
  J("Lieke Schuurman", MD(1, 15), "facility-coordinator"))
m("en", "Guest researcher Tomoko Sato arrives from Kyoto on 11 January and stays for six months; she needs an account.",
  J("Tomoko Sato", MD(1, 11)))
m("nl", "Datamanager Guus Terpstra gaat per 1 maart 2027 met pensioen. Zijn laatste werkdag is vrijdag 26 februari.",
  L("Guus Terpstra", ON("friday", D(2027, 2, 26))))
m("en", "Meteorologist Sean Gallagher was dismissed on Monday after a long procedure.",
  L("Sean Gallagher", P(-3)), past=True)
m("nl", "Nieuwe stagiair bij de afdeling R&D: Jasper Timmer. Hij start de 1e februari en blijft tot de zomer.",
  J("Jasper Timmer", D(2027, 2, 1)))
m("en", "Dear colleagues,\nAs of 18 January 2027, Fatou Ndiaye will be our new facility coordinator.\nBest,\nMarit",
  J("Fatou Ndiaye", D(2027, 1, 18), "facility-coordinator"))
m("nl", "De heer Cornelis de Bont, instrumentmaker, vertrekt eind februari. Laatste werkdag 26-02-2027.",
  L("Cornelis de Bont", D(2027, 2, 26)))
m("en", "Software engineer Oskar Berg moves from the data team to the radar team next Monday; same job.",
  MV("Oskar Berg", WD("monday"), "software-engineer", "software-engineer"))
m("nl", "Het vertrek van onderzoeker Myrthe Gerritsen is uitgesteld; ze blijft tot haar project af is. Einddatum nog onbekend.",
  none=True)
m("en", "Just to let you know, Hamid Karimi started here on Tuesday as a research assistant and still has no laptop!",
  J("Hamid Karimi", P(-2)), past=True)
m("nl", "Vanaf donderdag 7 januari werkt Jorien Wolters bij ons als communicatieadviseur.",
  J("Jorien Wolters", ON("thursday", D(2027, 1, 7))))
m("en", "Anna Lindberg, climate scientist, leaves for a university job in Sweden. Her last day is 12 February.",
  L("Anna Lindberg", MD(2, 12)))
m("nl", "Ramon Wijaya komt per 4 januari bij ons als systeembeheerder (netwerken en servers, hij programmeert niet).",
  J("Ramon Wijaya", MD(1, 4)))
m("en", "Hello, I'm writing to confirm that Julia Nowicka will start with us on Monday, January 25th, as a research software engineer.",
  J("Julia Nowicka", ON("monday", D(2027, 1, 25)), "software-engineer"))

# An event-technology rental company.
m("nl", "Yo, nieuwe lichttechnicus per 14 dec: Jurre Pennings. Kan hij vrijdag al zijn pas ophalen?",
  J("Jurre Pennings", MD(12, 14)))
m("en", "Our rigger Connor Walsh resigned, his last working day will be 23 December.",
  L("Connor Walsh", MD(12, 23)))
m("nl", "Per 1 februari wordt Tamara de Wit-Verhoef, nu projectleider, accountmanager voor de zakelijke evenementen.",
  MV("Tamara de Wit-Verhoef", D(2027, 2, 1), "account-manager", None))
m("en", "We have 3 new crew members for the warehouse, starting Monday 11 January: Bas Jacobs, Nadia Benali and Thijs Ververs.",
  J("Bas Jacobs", ON("monday", D(2027, 1, 11))), J("Nadia Benali", D(2027, 1, 11)), J("Thijs Ververs", D(2027, 1, 11)))
m("nl", "Geluidstechnicus Robin Claessens is vanochtend ontslagen. Hij hoeft niet meer te komen.",
  L("Robin Claessens", NOW))
m("en", "Hi, the planner who was going to start on 4 January has withdrawn. Please stop everything for her.",
  none=True)
m("nl", "Vanaf vrijdag 8 januari gaat Mick Smulders van het magazijn in Eindhoven naar onze vestiging in Utrecht, zelfde werk.",
  MV("Mick Smulders", ON("friday", D(2027, 1, 8)), None, None))
m("en", "New sales reps for the Benelux: Lukas Meyer (start 4 Jan) and Sanne Kok (start 1 Feb).",
  J("Lukas Meyer", MD(1, 4), "account-manager"), J("Sanne Kok", MD(2, 1), "account-manager"))
m("nl", "Videotechnicus Gijs Huisman stopt na 12 jaar; hij werkt nog tot en met woensdag 27 januari.",
  L("Gijs Huisman", ON("wednesday", D(2027, 1, 27))))
m("en", "Our developer Emre Şahin (he wrote the rental planning system) is leaving per 1 March.",
  L("Emre Şahin", D(2027, 3, 1), "software-engineer"))
m("nl", "Op 30 november is Hans van Wijk, onze chauffeur, gestopt. Sorry, vergeten te melden! Hij heeft nog een bussleutel.",
  L("Hans van Wijk", D(2026, 11, 30)), past=True)
m("en", "Hi! Isabel Tavares starts as our office & facility coordinator on 18 January.",
  J("Isabel Tavares", MD(1, 18), "facility-coordinator"))
m("nl", "Per 1e februari begint Rogier Lamers als vertegenwoordiger congressen.",
  J("Rogier Lamers", D(2027, 2, 1), "account-manager"))
m("en", "Lighting designer Freya Andersen will leave us on the 8th of February.",
  L("Freya Andersen", D(2027, 2, 8)))
m("nl", "Hoi hoi, de twee zzp'ers voor de kerstshows hebben geen account nodig, die werken met hun eigen spullen. Dus niks aanmaken :)",
  none=True)
m("en", "Stagehand Ole Petersen passed away yesterday in a traffic accident. Please handle his accounts with care.",
  L("Ole Petersen", P(-1)), past=True)
m("nl", "Marit Vonk begint 6-1 als planner verhuur.",
  J("Marit Vonk", D(2027, 1, 6)))
m("en", "Developer Sven Olsen joins our team on the 4th, i.e. Monday 4 January 2027.",
  J("Sven Olsen", ON("monday", D(2027, 1, 4)), "software-engineer"))
m("nl", "Technicus Lars de Boer stapt per 1 maart over naar de verkoop: hij wordt dan accountmanager.",
  MV("Lars de Boer", D(2027, 3, 1), "account-manager", None))
m("en", "Warehouse lead Dominic Reyes retires at the end of March. Final day: Wednesday 31 March 2027.",
  L("Dominic Reyes", ON("wednesday", D(2027, 3, 31))))
m("nl", "Twee stagiairs evenementtechniek, Mats Lubbers en Jente Peeters, beginnen maandag 1 februari.",
  J("Mats Lubbers", ON("monday", D(2027, 2, 1))), J("Jente Peeters", D(2027, 2, 1)))
m("en", "Production assistant Yasmin Farah is leaving tomorrow, which is her last day.",
  L("Yasmin Farah", P(1)))
m("nl", "In week 2 start Koen van Schaik als magazijnmedewerker.",
  J("Koen van Schaik", WK(2)))

# A pension administrator.
m("nl", "Beste HR,\n\nPer 1 januari 2027 treedt mevrouw Renske Haitsma in dienst als pensioenadviseur bij het team Deelnemers.\n\nMet vriendelijke groet,\nW. de Jager\nTeamleider",
  J("Renske Haitsma", D(2027, 1, 1)))
m("en", "Hi, Benjamin Cohen (actuary) will leave us per 31 January.",
  L("Benjamin Cohen", MD(1, 31)))
m("nl", "Per 1 februari gaat Naomi Pinto van de klantenservice naar de afdeling Sales, als accountmanager werkgevers.",
  MV("Naomi Pinto", D(2027, 2, 1), "account-manager", None))
m("en", "We have a new Java developer joining on 11 Jan: Alejandro Ruiz. Please arrange the dev laptop and GitHub access.",
  J("Alejandro Ruiz", MD(1, 11), "software-engineer"))
m("nl", "Jacqueline Mulder-de Roo stopt per 1 maart, ze gaat met vervroegd pensioen.",
  L("Jacqueline Mulder-de Roo", D(2027, 3, 1)))
m("nl", "Onze devloper Wessel Prins vertrekt per 8 januari.",
  L("Wessel Prins", MD(1, 8), "software-engineer"))
m("en", "Team leader Fiona MacLeod becomes head of the participants department as of Monday 1 March.",
  MV("Fiona MacLeod", ON("monday", D(2027, 3, 1)), None, None))
m("nl", "Vraag: ik heb vorige week Dirk Jan Stapel aangemeld, maar ik hoor niks. Klopt de startdatum van 4 januari nog?",
  none=True)
m("en", "---------- Forwarded message ---------\nFrom: HR Services\nSent: Tuesday, 1 December 2026 11:02\nSubject: Leaver\n\nPlease process the departure of Gemma Lowe, compliance officer. Her last working day is Friday 15 January 2027.",
  L("Gemma Lowe", ON("friday", D(2027, 1, 15))))
m("nl", "Vanaf 18-01-2027 werkt Bouchra Ennaji als medewerker facilitaire zaken.",
  J("Bouchra Ennaji", D(2027, 1, 18), "facility-coordinator"))
m("nl", "Klantadviseurs Sjaak Roos en Meryem Koç beginnen volgende week donderdag.",
  J("Sjaak Roos", NW("thursday")), J("Meryem Koç", NW("thursday")))
m("en", "Our CFO, Richard Hale, will retire; his last day is 30 June 2027.",
  L("Richard Hale", D(2027, 6, 30)))
m("nl", "Per direct is Erwin Kuipers niet meer in dienst; hij is vandaag ontslagen.",
  L("Erwin Kuipers", NOW))
m("en", "Hi! Could you set up Mei Ling Tan? She is our new accountmanager for employers in the south and starts Feb 1st.",
  J("Mei Ling Tan", D(2027, 2, 1), "account-manager"))
m("nl", "Software-ontwikkelaar Hidde Kaspers gaat per 1 februari naar het team Data, zelfde werk.",
  MV("Hidde Kaspers", D(2027, 2, 1), "software-engineer", "software-engineer"))
m("en", "HR here. The leaving date of Olivia Grant is now 28 February instead of 31 January.",
  L("Olivia Grant", MD(2, 28)))
m("nl", "Kees-Jan Valk (pensioenadministratie) is overleden op 29 november.",
  L("Kees-Jan Valk", D(2026, 11, 29)), past=True)
m("nl", "Linda Bosch komt per 1 maart terug als pensioenadviseur; ze werkte hier tot 2024 en heeft nu een nieuw contract getekend.",
  J("Linda Bosch", D(2027, 3, 1)))
m("en", "Starting Monday December 14, Lars Vinter joins us as a temp for the year-end run.",
  J("Lars Vinter", ON("monday", D(2026, 12, 14))))
m("nl", "Hallo! Vandaag heeft Sophie Renes haar ontslag ingediend. Ze werkt door tot 1 februari, dat is haar laatste dag.",
  L("Sophie Renes", D(2027, 2, 1)))
m("en", "Ruud van Beek moves from the pension administration to the service desk as of 1 April.",
  MV("Ruud van Beek", D(2027, 4, 1), None, None))
m("nl", "Per maandag 8 februari begint Wilma Koster als facilitair coördinator.",
  J("Wilma Koster", ON("monday", D(2027, 2, 8)), "facility-coordinator"))
m("en", "Short notice: Lucas Bianchi, a temp in the call team, finishes Friday (tomorrow).",
  L("Lucas Bianchi", P(1)))

# A taxi company.
m("nl", "Per maandag 7 december rijdt Ayoub Benali bij ons als taxichauffeur.",
  J("Ayoub Benali", ON("monday", D(2026, 12, 7))))
m("en", "Two new drivers for the school routes: Hakan Yavuz and Dimitra Papadopoulou, both from 4/1.",
  J("Hakan Yavuz", D(2027, 1, 4)), J("Dimitra Papadopoulou", D(2027, 1, 4)))
m("nl", "Chauffeur zorgvervoer Henk de Vries is gisteren op staande voet ontslagen.",
  L("Henk de Vries", P(-1)), past=True)
m("en", "Our dispatcher Kelly Ramsey is leaving. Last shift: Sunday 10 January.",
  L("Kelly Ramsey", ON("sunday", D(2027, 1, 10))))
m("nl", "Centralist Priya Ramdin wordt per 1 maart planner. Ze blijft in Rotterdam.",
  MV("Priya Ramdin", D(2027, 3, 1), None, None))
m("nl", "Hoi, Rachid Azzouz begint niet volgende week maar pas op maandag 11 januari. Hij is chauffeur.",
  J("Rachid Azzouz", ON("monday", D(2027, 1, 11))))
m("en", "Hi there! Lenny Carvalho, accountmanager for the hospitals and care institutions, starts with us 1 February.",
  J("Lenny Carvalho", D(2027, 2, 1), "account-manager"))
m("nl", "De chauffeur die 14 december zou beginnen heeft afgezegd. Zijn naam was nog niet doorgegeven, dus er hoeft niks te gebeuren.",
  none=True)
m("en", "Please add Abdi Warsame, he is wheelchair-transport driver, his start date is 12-01-2027.",
  J("Abdi Warsame", D(2027, 1, 12)))
m("nl", "Onze facilitair medewerker Dolf Brands gaat vanaf 1 februari als planner aan de slag.",
  MV("Dolf Brands", D(2027, 2, 1), None, "facility-coordinator"))
m("en", "Driver Stuart Kerr passed away on Saturday. He had been with us for 20 years.",
  L("Stuart Kerr", P(-5)), past=True)
m("nl", "Per 1 april stopt Anja Terlouw als centralist; ze gaat met pensioen.",
  L("Anja Terlouw", D(2027, 4, 1)))
m("en", "Our taxi app has a new developer from January 18th: Rahul Sharma.",
  J("Rahul Sharma", D(2027, 1, 18), "software-engineer"))
m("nl", "Volgende week vrijdag is de laatste werkdag van chauffeur Cor Vermeer.",
  L("Cor Vermeer", NW("friday")))
m("en", "Hello, the new driver starting on Monday is Sergei Popov (not Sergei Petrov, I made a mistake yesterday).",
  J("Sergei Popov", WD("monday")))
m("nl", "We nemen per 1 januari afscheid van Trees Hendrix (administratie). Haar laatste werkdag is 31 december.",
  L("Trees Hendrix", MD(12, 31)))
m("en", "Andrea Conti, dispatcher, is moving to our Amsterdam location per 4 January. Same job.",
  MV("Andrea Conti", MD(1, 4), None, None))
m("nl", "nieuwe chauffeur: jordy van der heijden. begint maandag a.s.",
  J("Jordy van der Heijden", WD("monday")))
m("en", "Is the new driver Ayoub Benali already in the system? He starts Monday.",
  none=True)
m("nl", "Per 15-1 begint Gülşen Arslan als verkoper voor de zakelijke ritten (bedrijven en hotels).",
  J("Gülşen Arslan", D(2027, 1, 15), "account-manager"))
m("en", "Our care transport coordinator, Ellis Roelofs, leaves us on 26 March.",
  L("Ellis Roelofs", MD(3, 26)))
m("nl", "Sylvia Hamers begint per 5 januari als begeleider in de rolstoelbus. Ze is geen zorgmedewerker, ze helpt alleen met in- en uitstappen.",
  J("Sylvia Hamers", MD(1, 5)))
m("en", "Driver Kyle Morgan's contract ends on 31 January, last shift Friday 29 January.",
  L("Kyle Morgan", ON("friday", D(2027, 1, 29))))
m("nl", "Centralist Imane Ouahabi gaat per 1 februari bij onze vestiging in Den Haag werken. Verder blijft alles hetzelfde.",
  MV("Imane Ouahabi", D(2027, 2, 1), None, None))
m("en", "Please onboard our new salesperson for corporate accounts, Marco Rossi, per 1 March.",
  J("Marco Rossi", D(2027, 3, 1), "account-manager"))
m("nl", "Voor de intensieve ritten in het zorgvervoer hebben we een verzorgende IG aangenomen die meerijdt: Hilde Brouns, per 1 februari.",
  J("Hilde Brouns", D(2027, 2, 1), "care-worker"))
m("nl", "Hoi allemaal,\nNieuwe collega's per maandag 18 januari:\n- Ilias Bouzidi, chauffeur\n- Kim Reijnders, centralist\n- Zeynep Öztürk, accountmanager zorginstellingen\nGraag alles regelen. Dank!",
  J("Ilias Bouzidi", ON("monday", D(2027, 1, 18))), J("Kim Reijnders", D(2027, 1, 18)),
  J("Zeynep Öztürk", D(2027, 1, 18), "account-manager"))


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
